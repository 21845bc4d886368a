import { beforeAll, describe, expect, it } from "vitest";
import { buildAnswerIndex, type AnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask, casualties, claims, mediators } from "../../src/core/answers/index.ts";
import { FIRST_PAGE_CLAIMS } from "../../src/core/answers/claims.ts";
import { resultToDiscordPages } from "../../src/adapters/render/toDiscordPages.ts";
import { answerToText } from "../../src/adapters/render/toText.ts";
import { corpusFixture, type FixtureArticle } from "../search/knowledgeFixture.ts";
import { conflictCorpus } from "./conflictFixture.ts";
import { tollCorpus } from "./tollFixture.ts";

let tolls: AnswerIndex;
let conflict: AnswerIndex;
beforeAll(() => {
  tolls = buildAnswerIndex(tollCorpus());
  conflict = buildAnswerIndex(conflictCorpus());
});

/** Many short reports by one side, to see that nothing is cut silently. */
function manyClaims(n: number): AnswerIndex {
  const articles: FixtureArticle[] = Array.from({ length: n }, (_, i) => ({
    file: `m${String(i).padStart(2, "0")}.txt`,
    outlet: "Wire",
    published: `2021-0${1 + (i % 9)}-1${i % 10}`,
    paragraphs: [`Baku said its post number ${i} came under fire overnight and returned fire.`],
    claims: [{ paragraph: 0, fragment: "came under fire", side: "azerbaijan", speaker: "Baku", kind: "incident" }],
  }));
  return buildAnswerIndex(corpusFixture(...articles));
}

describe("/mediators", () => {
  it("lists every mediator that spoke", () => {
    const sides = new Set(mediators(conflict).lines.map((l) => l.side));
    expect(sides).toEqual(new Set(["osce-minsk-group", "russia"]));
  });

  it("filters by a mediator typed as the query", () => {
    expect(mediators(tolls, "Red Cross").lines.map((l) => l.side)).toEqual(["icrc"]);
  });

  it("filters by a year or named event even when no passage matches the words", () => {
    expect(mediators(tolls, "2020").lines.map((l) => l.side)).toEqual(["icrc"]);
    expect(mediators(tolls, "the 44-day war").lines).toHaveLength(1);
    expect(mediators(tolls, "the four-day war").lines).toEqual([]);
  });

  it("dates every statement", () => {
    expect(mediators(tolls).lines.every((l) => l.date)).toBe(true);
  });
});

describe("/claims", () => {
  it("holds every claim, newest first, and says how many more follow the first page", () => {
    const answer = claims(manyClaims(30), "azerbaijan");
    expect(answer.lines.filter((l) => l.group === "Claims by Azerbaijan")).toHaveLength(30);
    expect(answer.note).toContain(`${30 - FIRST_PAGE_CLAIMS} more`);
    const days = answer.lines.map((l) => l.date ?? "");
    expect(days.every(Boolean)).toBe(true);
  });

  it("pages through them on Discord, each page short enough to read", () => {
    const pages = resultToDiscordPages({ type: "answer", answer: claims(manyClaims(30), "azerbaijan") });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.embeds[0]?.description?.length ?? 0).toBeLessThanOrEqual(1500);
  });
});

describe("/casualties on Discord and in the console", () => {
  it("is one monospace table with the same rows on both", () => {
    const answer = casualties(tolls, "Beylagan");
    const description = resultToDiscordPages({ type: "answer", answer })[0]?.embeds[0]?.description ?? "";
    expect(description).toMatch(/```\nclaimed by +whose losses +killed +wounded/);
    const text = answerToText(answer);
    const row = text.split("\n").find((l) => l.includes("updated 7 → 12"));
    expect(row).toMatch(/^Azerbaijan +Azerbaijan +12 +31 +2020-10-18 +updated 7 → 12 +yes/);
    expect(description).toContain(row ?? "missing row");
  });
});

describe("/ask", () => {
  it("leads with the sentence that answers, its side and day, before the supporting lines", () => {
    const answer = ask(tolls, "How many civilians did Baku say were killed in Beylagan?");
    expect(answer.lead).toMatchObject({ side: "azerbaijan", file: expect.stringMatching(/^t[12]_/) });
    expect(answer.lines[0]).toMatchObject({ lead: true, text: answer.lead?.text });
    expect(answer.lines[0]?.date).toMatch(/Oct 2020/);
  });

  it("puts one line per other side right after the lead where they disagree", () => {
    const answer = ask(tolls, "Who fired at Beylagan?");
    const sides = answer.lines.slice(0, 2).map((l) => l.side);
    expect(sides).toEqual(expect.arrayContaining(["azerbaijan", "armenia"]));
    expect(answer.lines[1]?.group).toBe("Other sides");
  });

  it("never shows the same sentence twice", () => {
    const answer = ask(tolls, "How many people were killed in Beylagan?");
    const texts = answer.lines.map((l) => `${l.text}|${l.side}`);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("dates every supporting line, since it may come from another incident", () => {
    const answer = ask(tolls, "How many people were killed in Beylagan?");
    expect(answer.lines.every((l) => l.date)).toBe(true);
  });

  it("shows a headline only when no body passage of its article is shown", () => {
    const answer = ask(tolls, "rocket strike on Beylagan");
    const headline = "Rocket strike on Beylagan kills 7";
    expect(answer.lines.filter((l) => l.text === headline && !l.lead)).toEqual([]);
  });

  it("prefers the sentence of the asked time: a named event picks its year", () => {
    const answer = ask(tolls, "How many were killed in the four-day war?");
    expect(answer.lead?.file).toBe("t3_older.txt");
  });

  it("the console shows the same structure: the answer first, then the other sides", () => {
    const text = answerToText(ask(tolls, "Who fired at Beylagan?"));
    expect(text.indexOf("== Answer ==")).toBeLessThan(text.indexOf("== Other sides =="));
  });
});
