// "Which villages go back under the border deal?": the names may be listed ("Kerpik and Kerpik
// Ayrum, Dovsar and Ashagi Dovsar, and …") in a paragraph that names neither the province nor the
// deal, which the article's headline names. The list is read with the headline, so it leads over a
// scene that holds more of the question's words than the list does.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("names listed under a headline naming the deal answer 'which villages'", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "border.md",
      title: "Border deal in Tavush hands villages back to Azerbaijan",
      published: "2024-04-28",
      paragraphs: [
        "For a week now, farmers have blocked the road that passes this village in Tavush.",
        "The commissions met on April 19. Under the text, the line will be drawn first between three pairs of settlements: Kerpik and Kerpik Ayrum, Dovsar and Ashagi Dovsar, and Tazagyugh and Garakend.",
        "Nobody in the village expects the line to be drawn quickly.",
      ],
      places: ["Tavush"],
    }),
  );

  it("leads 'which Tavush villages go back to Azerbaijan under the deal' with the pairs", () => {
    const answer = ask(index, "Which Tavush villages go back to Azerbaijan under the deal?");
    expect(answer.lead?.text).toContain("Kerpik and Kerpik Ayrum");
  });
});
