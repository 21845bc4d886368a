// A sentence with no speaker of its own that points back to the document the last speaker put
// forward ("according to the indictment", "the same statement") carries on that speaker's report:
// its figures are that speaker's. Articles of our own.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { DOCUMENT_REFERENCE_RULES } from "../../src/core/knowledge/documentReference.ts";

function figuresOf(...paragraphs: string[]) {
  const knowledge = extractArticle(parseArticle({ file: "doc.txt", text: ["Trial opens in Yerevan", ...paragraphs].join("\n\n") }));
  return (start: string) => ({
    figures: knowledge.casualties.filter((f) => f.sentence.startsWith(start)).map((f) => [f.claimedBy, f.killed, f.wounded]),
    claims: knowledge.claims.filter((c) => c.sentence.startsWith(start)).map((c) => c.side),
  });
}

describe("the rules of a sentence that points back to a document", () => {
  const cases = Object.entries(DOCUMENT_REFERENCE_RULES).flatMap(([name, rule]) => [
    ...rule.examples.map((text) => ({ name, text, matches: true, pattern: rule.pattern })),
    ...rule.counterExamples.map((text) => ({ name, text, matches: false, pattern: rule.pattern })),
  ]);
  it.each(cases)("'$name' on \"$text\" matches: $matches", ({ pattern, text, matches }) => {
    expect(pattern.test(text)).toBe(matches);
  });
});

describe("figures given 'according to the indictment' after the prosecutors spoke", () => {
  const of = figuresOf(
    "Armenia's Prosecutor General's Office said on Tuesday that the two commanders had ordered the shelling of Berd.",
    "According to the indictment, the shelling killed four civilians and wounded nine others.",
  );

  it("are the prosecutors' side's", () => {
    expect(of("According to the indictment").figures).toEqual([["armenia", 4, 9]]);
  });

  it("make no claim of the sentence", () => {
    expect(of("According to the indictment").claims).toEqual([]);
  });
});

describe("'the same statement' right after a side's statement", () => {
  const of = figuresOf(
    '"Six servicemen were killed in the attack," Azerbaijan\'s Defence Ministry said in a statement.',
    "The same statement put the number of wounded soldiers at 14.",
  );
  it("gives the figure to that side", () => {
    expect(of("The same statement").figures).toEqual([["azerbaijan", null, 14]]);
  });
});

describe("a figure that inherits nothing", () => {
  it("when the sentence before names no speaker", () => {
    const of = figuresOf("The trial opened on Tuesday in a packed courtroom.", "According to the indictment, the shelling killed four civilians.");
    // (Nor is it the outlet's: the indictment is someone's, and the sentence does not say whose, so it gives no record.)
    expect(of("According to the indictment").figures).toEqual([]);
  });

  it("when the figures are nobody's in particular ('official figures')", () => {
    const of = figuresOf(
      "Armenia's Prosecutor General's Office said on Tuesday that the two commanders had ordered the shelling of Berd.",
      "According to official figures, the shelling killed four civilians.",
    );
    // (Officials of no named side counting victims of no named side: no record rather than the outlet's.)
    expect(of("According to official figures").figures).toEqual([]);
  });

  it("when two sides spoke in the sentence before", () => {
    const of = figuresOf(
      "Armenia's Defence Ministry and Azerbaijan's Defence Ministry each said the other side had opened fire first.",
      "According to the same statement, the shelling killed four civilians.",
    );
    expect(of("According to the same statement").figures).toEqual([["unattributed", 4, null]]);
  });
});
