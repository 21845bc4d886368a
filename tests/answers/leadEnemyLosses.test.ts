// "According to Baku, how many enemy soldiers died": the speaker's count of its enemy's losses,
// not its own toll told in the same report (articles of our own).
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("the enemy's losses asked of one side", () => {
  const index = indexOf([
    "crossing.md",
    [
      "# Winter push across the river",
      "",
      "Plains Courier · 14 January 1994",
      "",
      "Azerbaijan's Defence Ministry said nine servicemen of the National Army were killed and 30 were wounded on the first day of the river crossing operation.",
      "",
      "The ministry said the enemy lost more than 200 men killed in the same fighting.",
    ],
  ]);

  it("reads 'enemy soldiers' as the speaker's enemy's losses", () => {
    expect(understandQuestion("According to Baku, how many enemy soldiers died in the river crossing?").affected).toBe("armenia");
    expect(understandQuestion("How many enemy troops did the Karabakh army say it killed?").affected).toBe("azerbaijan");
  });

  it("leads with the count of the enemy's dead, not the side's own toll", () => {
    const answer = ask(index, "According to Baku, how many enemy soldiers died in the river crossing operation in January 1994?");
    expect(answer.lead?.text).toContain("enemy lost more than 200");
  });
});
