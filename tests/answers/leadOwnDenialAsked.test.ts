// "Did Azerbaijan deny targeting the mosque?": the side's denial answers, also when it is told in its
// own words ("its forces were not targeting religious buildings") and the side's charge against the
// other side, or a statement of its own, holds more of the question's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { relayedSide } from "../../src/core/answers/doer.ts";
import { deniesInWords } from "../../src/core/answers/leadScore.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a side's denial asked for", () => {
  const index = indexOf([
    "mosque.txt",
    [
      "Old mosque in Tartar hit by shells",
      "Lowland Press · 9 May 2026",
      "",
      "The Juma mosque in Tartar, a town near the front line, was hit by shells on Friday and its minaret partly collapsed.",
      "",
      "The Azerbaijani Defence Ministry said its forces were not targeting religious buildings and that it fired only at military positions.",
      "",
      "Azerbaijani officials have long accused Armenian forces of targeting the mosque and other monuments in Tartar.",
    ],
  ]);

  it("leads with the denial in the side's own words, not its charge against the other side", () => {
    const answer = ask(index, "Did Azerbaijan deny targeting the mosque in Tartar?");
    expect(answer.lead?.text).toContain("were not targeting religious buildings");
  });

  it("reads a deed said not to be done as a denial", () => {
    expect(deniesInWords("The ministry said its troops never fired on the village.")).toBe(true);
    expect(deniesInWords("Officials said there was no blockade and the road remained open.")).toBe(true);
    expect(deniesInWords("The ministry said its troops fired on the village.")).toBe(false);
  });

  it("reads a side speaking after an auxiliary, or declining to say, as the sentence's speaker", () => {
    expect(relayedSide("Azerbaijan's Defence Ministry has denied attacking the mosque.")).toBe("azerbaijan");
    expect(relayedSide("The Armenian defence ministry declined to confirm the reports.")).toBe("armenia");
  });
});
