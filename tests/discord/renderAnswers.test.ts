import type { AnswerLine } from "../../src/core/types.ts";
import { describe, expect, it } from "vitest";
import type { Answer, SourceRef } from "../../src/core/types.ts";
import { groupSources, sourceNumbers } from "../../src/adapters/render/answerBlocks.ts";
import { lineLabel } from "../../src/adapters/render/sideLabels.ts";
import { resultToDiscordPages } from "../../src/adapters/render/toDiscordPages.ts";
import { answerToText, resultToText } from "../../src/adapters/render/toText.ts";
import { discordLimitViolations } from "./discordLimitsCheck.ts";
import { fakeAnswerService, HADRUT_LINES, SOURCES } from "./fakeAnswerService.ts";

const answers = fakeAnswerService();
const descriptionLines = (a: Answer) => resultToDiscordPages({ type: "answer", answer: a }).flatMap((p) => p.embeds[0]!.description!.split("\n"));

describe("rendering an answer for Discord", () => {
  it("starts each claim line with its side and speaker, then the claim, then numbered sources", () => {
    const lines = descriptionLines(answers.incident("Hadrut"));
    expect(lines).toContain("**Azerbaijan (Defence Ministry)**: Azerbaijani forces took control of Hadrut and several villages. [1]");
    expect(lines).toContain("**Armenia (Defence Ministry)** [disputed]: Hadrut was never captured; fighting continues on its outskirts. [2]");
  });

  it("labels the outlet's own reporting as the outlet's and marks mediator statements", () => {
    const lines = descriptionLines(answers.incident("Hadrut"));
    expect(lines).toContain("**Reuters (own reporting)**: Smoke rose over the town as shelling continued overnight. [1]");
    expect(lines.some((l) => l.startsWith("**Russia (Foreign Minister Sergei Lavrov)** [mediator]:"))).toBe(true);
  });

  it("lists the cited sources with outlet, date and title, and flags disputed casualty figures", () => {
    const [page] = resultToDiscordPages({ type: "answer", answer: answers.incident("Hadrut") });
    const sources = page!.embeds[0]!.fields!.find((f) => f.name === "Sources")!.value;
    expect(sources).toContain("**[1]** Reuters · 2020-10-09 · Fighting rages around Hadrut");
    expect(sources).toContain("**[2]** Azatutyun · 2020-10-10 · Yerevan denies Hadrut capture");
    expect(page!.embeds[0]!.description).toContain("**Armenia** [disputed]: more than 120 killed on the Azerbaijan side (2020-10-09) [2]");
  });

  it("neutralises mentions, markdown and masked links from corpus text", () => {
    const [page] = resultToDiscordPages({ type: "answer", answer: answers.ask("hostile") });
    const shown = JSON.stringify(page!.embeds);
    expect(shown).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(shown).not.toContain("<@123456789012345678>");
    expect(page!.embeds[0]!.description).not.toMatch(/(?<!\\)\]\(https:/); // a masked link needs an unescaped "]("
    expect(page!.embeds[0]!.description).toContain("\\*\\*bold\\*\\*");
  });

  it("never shows lone surrogates or bidi controls, even where a long line is cut inside an emoji", () => {
    const trick = `Armenia said \u202eevila\u202c it \u2066held\u2069 \ud800 the \udfff town \u200f`;
    const base = answers.ask("hostile");
    const long = `${"🙂".repeat(800)}`;
    const answer: Answer = {
      ...base,
      title: `${trick}${long}`,
      lines: [
        { ...base.lines[0]!, text: trick, speaker: trick },
        { ...base.lines[0]!, text: long },
      ],
    };
    const shown = JSON.stringify(resultToDiscordPages({ type: "answer", answer }).map((p) => p.embeds));
    const raw = resultToDiscordPages({ type: "answer", answer }).flatMap((p) =>
      p.embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => f.value)]),
    );
    expect(shown).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    for (const text of raw) expect(text ?? "").not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(shown).toContain("evila it held \ufffd the \ufffd town");
  });

  it("cuts a long answer into pages at line boundaries, every page within Discord's limits", () => {
    const answer = answers.claims("azerbaijan", "ceasefire");
    const pages = resultToDiscordPages({ type: "answer", answer });
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(discordLimitViolations(page)).toEqual([]);
    // Every claim appears exactly once, whole, across the pages.
    const claimLines = pages.flatMap((p) => p.embeds[0]!.description!.split("\n")).filter((l) => l.includes("Claim number"));
    expect(claimLines).toHaveLength(answer.lines.length);
    expect(pages.flatMap((p) => p.claims.map((c) => c.lineIndex))).toEqual(answer.lines.map((_, i) => i));
    expect(pages.at(-1)!.embeds[0]!.footer!.text).toBe(`Page ${pages.length}/${pages.length} · Counterclaim`);
  });

  it("repeats the group heading when a group continues on the next page", () => {
    const pages = resultToDiscordPages({ type: "answer", answer: answers.claims("armenia") });
    const continued = pages.slice(1).filter((p) => p.embeds[0]!.description!.split("\n")[0]!.startsWith("**Incident"));
    expect(continued.length).toBe(pages.length - 1);
  });

  it("stays within the limits whatever the corpus: giant sentences, titles, and hundreds of sources", () => {
    const sources: SourceRef[] = Array.from({ length: 300 }, (_, i) => ({ ...SOURCES[0]!, n: i + 1, title: "T".repeat(5000), outlet: "O".repeat(500) }));
    const answer: Answer = {
      kind: "ask",
      query: "q",
      title: "x".repeat(1000),
      text: "",
      note: "n".repeat(9000),
      sources,
      lines: Array.from({ length: 200 }, (_, i) => ({
        ...HADRUT_LINES[i % 4]!,
        text: "word ".repeat(2000),
        speaker: "s".repeat(500),
        group: "g".repeat(600),
        sources: Array.from({ length: 40 }, (_, k) => ((i * 40 + k) % 300) + 1),
      })),
    };
    const pages = resultToDiscordPages({ type: "answer", answer });
    for (const page of pages) expect(discordLimitViolations(page)).toEqual([]);
    expect(pages.reduce((n, p) => n + p.claims.length, 0)).toBe(200);
  });

  it("renders an empty answer as a short note rather than an empty embed", () => {
    const answer: Answer = { kind: "ask", query: "q", title: "Nothing", text: "", lines: [], sources: [], note: "I found nothing reliable on that." };
    const [page] = resultToDiscordPages({ type: "answer", answer });
    expect(page!.embeds[0]!.description).toBe("*I found nothing reliable on that.*");
  });

  it("summarises a re-index: counts, changes, errors per file and time", () => {
    const report = {
      ok: true,
      articles: 5,
      passages: 120,
      claims: 48,
      changed: { added: ["a.txt"], removed: [], modified: [] },
      errors: [{ file: "bad.txt", reason: "NUL bytes" }],
      elapsedMs: 1500,
    };
    const [page] = resultToDiscordPages({ type: "reindex", report });
    expect(page!.embeds[0]!.title).toBe("Re-index complete");
    expect(page!.embeds[0]!.description).toContain("5 articles, 120 passages, 48 claims");
    expect(page!.embeds[0]!.description).toContain("- bad.txt: NUL bytes");
    expect(page!.embeds[0]!.description).toContain("Time: 1.5 s.");
    expect(page!.embeds[0]!.description).not.toContain("Re-indexed by");
  });

  it("says which replica re-indexed where several share the corpus", () => {
    const report = { ok: true, articles: 5, passages: 120, claims: 48, changed: { added: [], removed: [], modified: [] }, errors: [], elapsedMs: 900 };
    const text = (r: typeof report & { reindexedBy: { replica: string; self: boolean } }) =>
      resultToDiscordPages({ type: "reindex", report: r })[0]!.embeds[0]!.description;
    expect(text({ ...report, reindexedBy: { replica: "replica-2", self: true } })).toContain("Re-indexed by replica-2 (this replica).");
    expect(text({ ...report, reindexedBy: { replica: "replica-1", self: false } })).toContain(
      "Re-indexed by replica-1; this replica waited for it and swapped to its index.",
    );
  });
});

describe("rendering an answer as text", () => {
  it("uses the same labels and markers as Discord, and lists the sources with their files", () => {
    const text = answerToText(answers.incident("Hadrut"));
    expect(text).toContain("- Azerbaijan (Defence Ministry): Azerbaijani forces took control of Hadrut and several villages. [1]");
    expect(text).toContain("- Armenia (Defence Ministry) [disputed]: Hadrut was never captured");
    expect(text).toContain("- Russia (Foreign Minister Sergei Lavrov) [mediator]: We call on both sides");
    expect(text).toContain("[1] Reuters · 2020-10-09 · Fighting rages around Hadrut (001_ffe39782a73d4c6c.txt)");
    expect(text).toContain("Note: The sides' figures for Hadrut contradict each other.");
  });

  it("strips terminal escape sequences from corpus text", () => {
    const answer = { ...answers.ask("x"), title: "\u001b]0;pwned\u0007Title \u001b[31mred\u001b[0m" };
    expect(answerToText(answer).split("\n")[0]).toBe("Title red");
  });

  it("renders a failed re-index as failed, keeping the old index", () => {
    const text = resultToText({
      type: "reindex",
      report: {
        ok: false,
        articles: 0,
        passages: 0,
        claims: 0,
        changed: { added: [], removed: [], modified: [] },
        errors: [{ file: "x.txt", reason: "bad" }],
        elapsedMs: 10,
      },
    });
    expect(text).toContain("Re-index failed");
    expect(text).toContain("the previous index is still answering");
    expect(text).toContain("x.txt: bad");
  });
});

describe("side labels and source lists", () => {
  it("name the side once, keeping who within the side spoke", () => {
    const label = (side: AnswerLine["side"], speaker: string | null) => lineLabel({ side, speaker, sources: [] }, []);
    expect(label("azerbaijan", "the Azerbaijani military")).toBe("Azerbaijan (Military)");
    expect(label("nagorno-karabakh", "Karabakh’s Armenian-backed Defense Army")).toBe("Nagorno-Karabakh (Armenian-backed Defense Army)");
    expect(label("armenia", "Armenia")).toBe("Armenia");
    expect(label("azerbaijan", "the Azerbaijani side")).toBe("Azerbaijan");
    expect(label("other", "Human Rights Watch")).toBe("Other party (Human Rights Watch)");
    expect(label("outlet", null)).toBe("The outlet's own reporting");
  });

  it("list an article cited by several passages once, with all its numbers", () => {
    const sources = [1, 2, 3, 5].map((n) => ({ ...SOURCES[0]!, n })).concat({ ...SOURCES[1]!, n: 4 });
    expect(groupSources(sources).map((g) => `${sourceNumbers(g.numbers)} ${g.summary}`)).toEqual([
      "[1]–[3][5] Reuters · 2020-10-09 · Fighting rages around Hadrut",
      "[4] Azatutyun · 2020-10-10 · Yerevan denies Hadrut capture",
    ]);
  });
});
