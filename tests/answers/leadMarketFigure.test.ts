// "How much did the bond's yield go up during the clashes?" (issue 8): a market's figure asked, not a
// toll. The sentence giving the move in basis points answers, not the casualty figure the same
// article gives for the clashes. Article of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const index = buildAnswerIndex(
  extractCorpus([
    {
      file: "bonds.md",
      text: [
        "# Caucasus debt slips as border clashes spread",
        "",
        "Harbour Markets Wire · 6 August 2014",
        "",
        "Azerbaijan's dollar notes due 2024 fell for a second day, lifting the yield 14 basis points to 4.71% as the clashes continued.",
        "",
        "Traders said the selling was orderly and that few funds held the notes.",
        "",
        "Azerbaijan's defence ministry said three of its soldiers were killed in the clashes overnight.",
      ].join("\n"),
    },
  ]).knowledge,
);

describe("a market's figure asked", () => {
  it("reads a yield, a bond or an export figure as no toll", () => {
    expect(understandQuestion("how much did azerbaijan's bond yield go up during the 2014 clashes?").notCasualties).toBe(true);
    expect(understandQuestion("how far did Armenia's exports fall in 2020?").notCasualties).toBe(true);
    expect(understandQuestion("how many soldiers were killed in the 2014 clashes?").notCasualties).toBe(false);
  });
  it("leads with the move in basis points, not the clashes' toll", () => {
    expect(ask(index, "how much did azerbaijan's bond yield go up during the 2014 clashes?").lead?.text).toContain("14 basis points");
  });
});
