// "Did Armenia fire the rocket …": where the best sentence is the outlet's account of the deed,
// which tells what happened and not whether the side did it, the side's own word answers
// (articles of our own).
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("whether a side did a deed, told by the outlet and answered by the side", () => {
  const index = indexOf([
    "market.md",
    [
      "# Rocket hits a market",
      "",
      "River Post · 12 October 2020",
      "",
      "Hours after a rocket hit the covered market of Mingachevir on Monday, the two sides traded fire along the whole front.",
      "",
      "Armenia's Defence Ministry denied launching any strike on the town.",
    ],
  ]);

  it("leads with the side's denial, not the account of the rocket", () => {
    const answer = ask(index, "did armenia fire the rocket that hit the market in Mingachevir");
    expect(answer.lead?.text).toContain("denied launching");
  });
});
