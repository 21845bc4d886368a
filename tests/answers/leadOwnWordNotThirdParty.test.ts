// "How did Armenia's envoy explain the capture of the town at the Security Council?": a
// belligerent's own word is asked for; another state's representative at the same session, who
// holds more of the question's words, does not answer it.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a belligerent's own word is not a third party's", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "council.txt",
      published: "1993-08-20",
      paragraphs: [
        "The Security Council met on Thursday to discuss the capture of the town of Ordubad.",
        "The envoy of Greece told the Security Council that Armenia had to explain the capture of Ordubad, an act of aggression.",
        "The representative of Armenia said his country was not a party to the fighting.",
      ],
      claims: [
        { paragraph: 1, fragment: "The envoy of Greece", side: "other", speaker: "The envoy of Greece", kind: "accusation" },
        { paragraph: 2, fragment: "The representative of Armenia", side: "armenia", speaker: "The representative of Armenia", kind: "denial" },
      ],
    }),
  );

  it("leads 'how did Armenia's envoy explain the capture of Ordubad' with Armenia's representative", () => {
    const answer = ask(index, "How did Armenia's envoy explain the capture of Ordubad at the Security Council?");
    expect(answer.lead?.text).toContain("The representative of Armenia said");
  });
});
