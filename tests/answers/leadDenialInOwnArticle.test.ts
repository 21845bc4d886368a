// "Did Baku deny forcing the villagers out of Talvar?": the side's answer in the article that tells
// the matter ("the families had left of their own free will") leads before its denial of another
// matter in another article, though the search ranked the answer's paragraph low.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a denial asked of the matter an article tells", () => {
  const index = indexOf(
    [
      "village.txt",
      [
        "Villagers driven out of Talvar",
        "Lowland Press · 3 May 2026",
        "",
        "Soldiers and police sent from Baku forced the villagers out of Talvar on Monday and put them on buses to the border.",
        "",
        "Markets in the capital opened as usual, and the border crossing kept its normal hours.",
        "",
        "The weather in the mountains turned cold, and snow closed two passes for a day.",
        "",
        "The Azerbaijani foreign ministry said the families had left of their own free will after being offered new homes.",
      ],
    ],
    [
      "border.txt",
      [
        "Shelling reported on the border",
        "Lowland Press · 4 May 2026",
        "",
        "Azerbaijan denied that its troops had fired across the border. Its defence ministry said its units had only answered fire from the other side, and that the shelling reported in the morning had come from positions far to the south of the main road.",
      ],
    ],
  );

  it("leads with the side's word in the article about the villagers", () => {
    const answer = ask(index, "Did Baku deny forcing the villagers out of Talvar?");
    expect(answer.lead?.text).toContain("of their own free will");
  });
});
