// A reason given as what not acting would have brought (issue 8): "why did the prime minister
// agree to the deal?" is answered by his word "continuing the war would have led to the loss of the
// whole region", a cause in no "because", over the outlet's account of the signing.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("what not acting would have brought is the reason", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "deal.txt",
      published: "2020-11-12",
      paragraphs: [
        "The ceasefire deal was signed after midnight on November 10 by the leaders of the three countries, and it redraws the map of the region.",
        "Under the deal, troops will be deployed along the front line for five years.",
        "In the capital, Prime Minister Aram Vardanyan said the decision had been painful for him personally. He said the generals had told him that continuing the war would have led to the loss of the whole region.",
      ],
      claims: [
        { paragraph: 2, fragment: "had been painful", side: "armenia", speaker: "Prime Minister Aram Vardanyan", kind: "statement" },
        { paragraph: 2, fragment: "would have led", side: "armenia", speaker: "Prime Minister Aram Vardanyan", kind: "statement" },
      ],
    }),
  );

  it("leads 'why did Yerevan agree to the ceasefire deal' with the loss the war would have brought", () => {
    expect(ask(index, "Why did Yerevan agree to the November 10 ceasefire deal?").lead?.text).toContain("would have led to the loss");
  });
});
