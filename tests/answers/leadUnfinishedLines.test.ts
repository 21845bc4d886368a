// A line that ends without a sentence's closing mark (a fact box's figure, a reading list's item,
// a section's label) points to what the article tells in full: the sentence that tells it leads.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { isUnfinishedLine } from "../../src/core/answers/leadScore.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("lines that are no sentences", () => {
  it("tells a fact box's figure and a list item from sentences, a footnote mark aside", () => {
    expect(isUnfinishedLine("3x: rise in the price of flour since November, per Talvar shopkeepers")).toBe(true);
    expect(isUnfinishedLine("Our spring explainer: what the draft treaty says, and what it leaves out")).toBe(true);
    expect(isUnfinishedLine("The truce entered into force on 12 May.[3]")).toBe(false);
    expect(isUnfinishedLine('"We will not leave," he said.')).toBe(false);
  });

  const index = indexOf([
    "prices.md",
    [
      "# Winter on a closed road",
      "",
      "Lowland Press · 4 February 2026",
      "",
      "> **Key figures**",
      "> - 3x: rise in the price of flour since November, per Talvar shopkeepers",
      "> - 40: trucks that used to reach the valley every day",
      "",
      "Shopkeepers in Talvar say the price of flour has risen threefold since the road closed in November, and that sugar can no longer be found at all.",
    ],
  ]);

  it("leads with the sentence rather than the fact box's line", () => {
    const answer = ask(index, "how much did the price of flour rise in Talvar since the road closed?");
    expect(answer.lead?.text).toContain("Shopkeepers in Talvar say");
  });
});
