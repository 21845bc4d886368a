// "Who called the shelling a war crime?": the asker quotes a label someone put on the deed, so the answer is
// the sentence in which a speaker puts that label on it, not the report of the deed that shares more of
// the question's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a label asked about is answered by the sentence that puts it", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "bridge.txt",
      published: "2021-04-20",
      paragraphs: [
        "The old stone bridge over the river near Hadrut was blown up on Monday night, cutting the only road between the two villages on either bank of the river.",
        filler,
        "Local officials said the blast at the bridge had been heard across the valley. The regional governor called the attack on the bridge sabotage and said the army would investigate.",
        "Engineers said a temporary crossing could be built within a month.",
      ],
      places: ["Hadrut"],
      claims: [
        { paragraph: 2, fragment: "blast at the bridge", side: "other", speaker: "Local officials", kind: "statement", date: "2021-04-20" },
        { paragraph: 2, fragment: "called the attack", side: "other", speaker: "The regional governor", kind: "accusation", date: "2021-04-20" },
      ],
    }),
  );

  it("leads 'who called the blowing up of the bridge near hadrut sabotage' with the governor's word", () => {
    const answer = ask(index, "who called the blowing up of the bridge near hadrut sabotage?");
    expect(answer.lead?.text).toContain("called the attack on the bridge sabotage");
  });

  it("still leads 'when was the bridge near hadrut blown up' with the report of the blast", () => {
    expect(ask(index, "when was the old stone bridge near hadrut blown up?").lead?.text).toContain("was blown up on Monday night");
  });
});
