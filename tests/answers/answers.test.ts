import { beforeAll, describe, expect, it } from "vitest";
import { buildAnswerIndex, type AnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask, casualties, claims, incident, mediators, NOTHING_RELIABLE, sources, suggestIncidents } from "../../src/core/answers/index.ts";
import type { Answer } from "../../src/core/types.ts";
import { conflictCorpus } from "./conflictFixture.ts";

let index: AnswerIndex;
beforeAll(() => {
  index = buildAnswerIndex(conflictCorpus());
});

/** Every line names a side (or the outlet) and cites sources that exist. */
function expectWellSourced(answer: Answer): void {
  const numbers = new Set(answer.sources.map((s) => s.n));
  for (const line of answer.lines) {
    expect(line.side).toBeTruthy();
    expect(line.sources.length).toBeGreaterThan(0);
    for (const n of line.sources) expect(numbers.has(n)).toBe(true);
  }
  expect(answer.sources.map((s) => s.n)).toEqual(answer.sources.map((_, i) => i + 1));
  expect(answer.text.length).toBeGreaterThan(0);
}

describe("ask", () => {
  it("answers with the claim's side and speaker and numbered sources", () => {
    const answer = ask(index, "How many Azerbaijani soldiers died near Hadrut?");
    expectWellSourced(answer);
    const line = answer.lines.find((l) => l.text.includes("four of its soldiers"));
    expect(line).toMatchObject({ side: "azerbaijan", speaker: "Azerbaijan's defence ministry" });
    expect(answer.sources[0]).toMatchObject({ outlet: "Test Wire", published: "2020-12-13", file: "a1_wire.txt" });
  });

  it("marks a sentence no party said as the outlet's own reporting", () => {
    const answer = ask(index, "shelling in Talish");
    expect(answer.lines[0]).toMatchObject({ side: "outlet", speaker: "Border Post" });
  });

  it("says it found nothing reliable instead of offering weak matches", () => {
    const answer = ask(index, "What is the best recipe for sourdough bread?");
    expect(answer.lines).toEqual([]);
    expect(answer.note).toBe(NOTHING_RELIABLE);
    expect(answer.text).toContain(NOTHING_RELIABLE);
  });

  it("returns a clean answer for hostile questions", () => {
    for (const q of ["", "'=^!|", "🙂🔥", "x".repeat(10_000), "^=!'|".repeat(2_000)]) {
      const answer = ask(index, q);
      expect(answer.kind).toBe("ask");
      expect(typeof answer.text).toBe("string");
    }
  });
});

describe("incident", () => {
  it("merges the reports of two articles about the same place and day into one incident", () => {
    const answer = incident(index, "Hadrout");
    expectWellSourced(answer);
    const files = new Set(answer.sources.map((s) => s.file));
    expect(files).toEqual(new Set(["a1_wire.txt", "a2_daily.txt"]));
    const groups = new Set(answer.lines.map((l) => l.group?.split(" · ")[0]));
    expect(groups.size).toBe(1);
    expect([...groups][0]).toContain("12 Dec 2020");
    expect([...groups][0]).toContain("2 articles");
  });

  it("sets each side's claims side by side, with the mediators' reaction", () => {
    const answer = incident(index, "Hadrut December 2020");
    const sides = new Set(answer.lines.map((l) => l.side));
    expect(sides).toContain("azerbaijan");
    expect(sides).toContain("armenia");
    expect(sides).toContain("nagorno-karabakh");
    expect(answer.lines.some((l) => l.mediator && l.side === "osce-minsk-group")).toBe(true);
  });

  it("lists each claimant's casualty figures and flags the contradicting ones", () => {
    const table = incident(index, "Hadrut").table ?? [];
    const killedAz = table.filter((r) => r.affected === "azerbaijan" && r.killed !== null);
    expect(killedAz.map((r) => [r.claimedBy, r.killed, r.disputed])).toEqual(
      expect.arrayContaining([
        ["azerbaijan", 4, true],
        ["nagorno-karabakh", 10, true],
      ]),
    );
  });

  it("finds nothing for a place no article mentions", () => {
    expect(incident(index, "Ganja").note).toBe(NOTHING_RELIABLE);
  });
});

describe("casualties", () => {
  it("tabulates claimed by, affected, killed, wounded, qualifier, date and source", () => {
    const answer = casualties(index);
    expectWellSourced(answer);
    const row = answer.table?.find((r) => r.wounded === 6);
    expect(row).toMatchObject({ claimedBy: "armenia", affected: "nagorno-karabakh", killed: null, qualifier: null, disputed: false });
    expect(row?.date?.start).toBe("2020-12-12");
    expect(answer.note).toMatch(/disputed/);
  });

  it("narrows the table to a topic", () => {
    const answer = casualties(index, "Karabakh fighters injured");
    expect(answer.table?.[0]?.wounded).toBe(6);
  });
});

describe("claims", () => {
  it("lists a side's claims with the other sides' counter-claims on the same incident", () => {
    const answer = claims(index, "azerbaijan");
    expectWellSourced(answer);
    expect(answer.lines[0]).toMatchObject({ side: "azerbaijan", group: "Claims by Azerbaijan" });
    const counters = answer.lines.filter((l) => l.group?.startsWith("Counter-claims"));
    expect(counters.map((l) => l.side)).toEqual(expect.arrayContaining(["armenia", "nagorno-karabakh"]));
  });

  it("filters by topic", () => {
    const answer = claims(index, "russia", "ceasefire");
    expect(answer.lines.map((l) => l.text)).toEqual(["Russian peacekeepers reported that the ceasefire held in Shusha throughout the week."]);
  });
});

describe("mediators, sources and autocomplete", () => {
  it("lists mediator statements, each flagged as a mediator's", () => {
    const answer = mediators(index);
    expect(answer.lines.map((l) => l.side).sort()).toEqual(["osce-minsk-group", "russia"]);
    expect(answer.lines.every((l) => l.mediator)).toBe(true);
  });

  it("lists every indexed article as the outlet's own", () => {
    const answer = sources(index);
    expect(answer.lines).toHaveLength(6);
    expect(answer.lines.every((l) => l.side === "outlet")).toBe(true);
  });

  it("suggests places and incidents for a typed prefix", () => {
    expect(suggestIncidents(index, "had")[0]).toBe("Hadrut");
    expect(suggestIncidents(index, "")).not.toHaveLength(0);
    expect(suggestIncidents(index, "'=^!|")).toEqual([]);
  });
});
