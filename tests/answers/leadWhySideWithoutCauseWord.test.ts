// "Why did Azerbaijan call the assembly's vote a provocation?": the best match tells the act (the
// vote, by another party), and the side's answer gives its reason in its own terms ("called the
// resolution one-sided") with no "because". Where no sentence of the side states a cause in so many
// words, its word on the same matter leads, not the other party's account of the act.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a side's word on the act answers 'why did the side …' when it states no cause in so many words", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "assembly.md",
      published: "2020-11-26",
      paragraphs: [
        "The Belgian Senate on Wednesday adopted a resolution calling on the government to recognise Nagorno-Karabakh, by 41 votes to two, after a short debate.",
        "Belgium's government says recognition is not being considered.",
        "The Azerbaijani foreign ministry called the resolution one-sided and said it could only be regarded as a provocation against peace.",
        "Members of the Armenian community watched the debate from the gallery.",
      ],
      claims: [
        { paragraph: 0, fragment: "adopted a resolution", side: "other", speaker: "The Belgian Senate", date: "2020-11-25" },
        { paragraph: 2, fragment: "one-sided", side: "azerbaijan", speaker: "The Azerbaijani foreign ministry", date: "2020-11-26" },
      ],
    }),
  );

  it("leads 'why did azerbaijan call the belgian senate vote a provocation' with Baku's word", () => {
    const answer = ask(index, "why did azerbaijan call the belgian senate recognition vote a provocation");
    expect(answer.lead?.text).toContain("called the resolution one-sided");
    expect(answer.lead?.side).toBe("azerbaijan");
  });
});
