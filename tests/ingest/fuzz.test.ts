// Ingestion under fuzzing: real-looking articles (front matter, page furniture, datelines, live-blog
// stamps, markdown) mutated at random, plus random unicode and huge lines, go through the whole
// parse path. Every case must either parse and extract, or be refused with a CounterclaimError
// naming the file; nothing may crash. A hang or a super-linear rule shows as a slow test run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CounterclaimError } from "../../src/core/errors.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import type { ParsedArticle } from "../../src/core/types.ts";

const SEEDS = [
  [
    "---",
    'title: "Ceasefire violated near Tartar"',
    "outlet: Eurasianet",
    "published: 2020-10-20",
    "url: https://eurasianet.org/x",
    "tags:",
    "  - karabakh",
    "---",
    "# Ceasefire violated near Tartar",
    "",
    "By Joshua Kucera | Eurasianet",
    "Published: 21 October 2020",
    "",
    "BAKU (AFP) - Azerbaijan's Defence Ministry said on Tuesday that two civilians were killed.",
    'Armenia denied the report, calling it "a provocation".',
    "",
    "Share on Facebook",
    "© 2020 Reuters. All rights reserved.",
  ],
  [
    "Live: fighting in Nagorno-Karabakh",
    "",
    "10:15",
    "The Armenian Defence Ministry said 16 servicemen were killed overnight.",
    "",
    "11:40 GMT",
    "Baku said it had taken three villages. It gave no figures.",
    "",
    "Related: Read more",
    "- [Earlier](https://example.com/a)",
  ],
  [
    "Report.az | Military",
    "",
    "Stepanakert, 12 October 2020 – The separatist authorities said the city came under fire.",
    "",
    "Q: Will talks resume?",
    "A: Zakharova: We call on both sides to exercise restraint.",
    "",
    "CLAIM: Armenia used cluster munitions.",
    "VERDICT: Misleading",
  ],
];

/** Lines that trip the ingest rules: furniture, metadata, front matter fences, odd characters. */
const NASTY_LINES = [
  "---",
  "...",
  "title: [1,2]",
  "published: 2020-02-30",
  "url: not a link",
  "title: Yerevan: no talks",
  "  - nested",
  "By Sunday, Azerbaijani forces had advanced.",
  "Photo: Reuters",
  "Updated 2 hours ago",
  "September 20, 2023 10:14 AM GMT+4 Updated 2 hours ago",
  "| a | b |",
  "> quoted",
  "***",
  "See [the statement](https://mil.gov.az/en/news/a-long-address-that-never-closes-its-bracket",
  "[[[[[[[[ **bold _and `code",
  "\u202Eevil override\u202C",
  "\uD800 lone high, \uDC00 lone low",
  "\u0000\u0001\u001F",
  "\r",
  "\t\t",
  "\uFEFF",
  "ZWJ\u200D\u200Cjoin",
  "日本語の記事。アゼルバイジャン国防省は述べた。",
  "Азербайджан заявил, что двое мирных жителей погибли.",
  "«Հայաստանը», - ասաց նա։",
  "😀😀😀 👨‍👩‍👧",
];

const line = fc.oneof(
  fc.constantFrom(...NASTY_LINES, ...SEEDS.flat()),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
);

/**
 * A line thousands of characters long, built from a fragment that regular expressions like to revisit,
 * sometimes inside a sentence that gives the rules something to find ("By By By … two civilians were
 * killed": a run of capitalised words once split into listed names in exponentially many ways).
 */
const hugeLine = fc
  .tuple(
    fc.constantFrom("By ", "a ", "Armenia said ", "1,", "\u00A0", "-- ", "The ministry, ", "[x](", "**", "Q: ", "12:00 "),
    fc.integer({ min: 500, max: 5_000 }),
    fc.constantFrom("", "two civilians were killed.", "Armenia said three soldiers died.", "and Aram Petrosyan were wounded."),
    fc.constantFrom("", "Officials said "),
  )
  .map(([fragment, times, tail, lead]) => lead + fragment.repeat(times) + tail);

type Mutation = (lines: string[]) => string[];

/** A copy of `lines` with `remove` lines at `at` replaced by `insert` (Array#toSpliced, before ES2023's lib). */
function spliced(lines: readonly string[], at: number, remove: number, ...insert: string[]): string[] {
  const copy = [...lines];
  copy.splice(at, remove, ...insert);
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), line).map(
    ([at, l]): Mutation =>
      (lines) =>
        spliced(lines, at % (lines.length + 1), 0, l),
  ),
  fc.nat().map(
    (at): Mutation =>
      (lines) =>
        spliced(lines, at % Math.max(1, lines.length), 1),
  ),
  fc.nat().map(
    (at): Mutation =>
      (lines) =>
        spliced(lines, at % Math.max(1, lines.length), 0, lines[at % Math.max(1, lines.length)] ?? ""),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: "binary", maxLength: 3 })).map(
    ([at, pos, s]): Mutation =>
      (lines) => {
        const i = at % Math.max(1, lines.length);
        const l = lines[i] ?? "";
        const p = pos % (l.length + 1);
        return spliced(lines, i, 1, l.slice(0, p) + s + l.slice(p + 1));
      },
  ),
);

const article = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { maxLength: 12 }), fc.constantFrom("\n", "\r\n", "\r"))
  .map(([seed, mutations, eol]) => mutations.reduce((lines, m) => m(lines), [...seed]).join(eol));

/** Parses; a refusal must be a CounterclaimError naming the file, anything else fails the case. */
function parse(file: string, text: string): ParsedArticle | null {
  try {
    const parsed = parseArticle({ file, text });
    expect(new Set(parsed.passages.map((p) => p.id)).size).toBe(parsed.passages.length);
    for (const passage of parsed.passages) expect(passage.text.trim()).not.toBe("");
    return parsed;
  } catch (error) {
    expect(error).toBeInstanceOf(CounterclaimError);
    expect((error as CounterclaimError).where?.file).toBe(file);
    return null;
  }
}

/** Parses and extracts: every claim points at one of the article's passages. */
function ingest(file: string, text: string): void {
  const parsed = parse(file, text);
  if (!parsed) return;
  const ids = new Set(parsed.passages.map((p) => p.id));
  for (const claim of extractArticle(parsed).claims) expect(ids.has(claim.passageId)).toBe(true);
}

// Parsing is cheap, so it gets thousands of cases; extraction (attribution, casualties, dates)
// costs a few milliseconds an article, so it gets hundreds: the file runs in a few seconds.
// FUZZ_SCALE=10 runs ten times as many (a longer hunt than CI affords).
const scale = Number(process.env.FUZZ_SCALE ?? 1) || 1;
const runs = (n: number) => ({ numRuns: Math.round(n * scale) });

describe("ingestion under fuzzing", () => {
  it("parses or refuses thousands of mutated articles without crashing", () => {
    fc.assert(
      fc.property(article, (text) => {
        parse("fuzz.md", text);
      }),
      runs(1_500),
    );
    // A property run of 1,500 articles: seconds alone, more on a machine shared with other jobs.
  }, 60_000);

  it("parses or refuses random unicode, lone surrogates and control characters without crashing", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        parse("random.txt", lines.join("\n"));
      }),
      runs(1_500),
    );
    // A property run of 1,500 articles: seconds alone, more on a machine shared with other jobs.
  }, 60_000);

  it("extracts claims from mutated articles without crashing", () => {
    fc.assert(
      fc.property(article, (text) => {
        ingest("fuzz.md", text);
      }),
      runs(200),
    );
  }, 60_000);

  it("gets through huge lines among the paragraphs", () => {
    fc.assert(
      fc.property(article, hugeLine, fc.nat(), (text, huge, at) => {
        const lines = text.split("\n");
        ingest("huge.txt", spliced(lines, at % (lines.length + 1), 0, huge).join("\n"));
      }),
      runs(30),
    );
    // Thirty articles, each with a line of up to ~70 KB: 0.5–2 s alone, up to 21 s beside the e2e tests.
  }, 60_000);
});
