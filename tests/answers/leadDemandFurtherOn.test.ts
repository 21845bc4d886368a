// A demand asked (issue 8): "what preconditions does Baku set before signing?" is answered by the
// sentence that states the demand ("Armenia will have to amend its constitution"), which often
// stands paragraphs after the news it was set against and shares none of the question's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a demand told paragraphs after the news it was set against", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "treaty-text.txt",
      published: "2025-03-14",
      paragraphs: [
        "Armenia and Azerbaijan have agreed the full text of a peace treaty before signing, the two foreign ministries said on Thursday.",
        "Yerevan said the treaty was ready for signing and proposed to start consultations on a date.",
        "Foreign Minister Kamal Rustamov said Baku welcomed the outcome of the talks.",
        '"At the next stage, Armenia will have to amend its constitution," Rustamov said.',
        "Neighbouring states welcomed the news.",
      ],
      claims: [
        { paragraph: 0, fragment: "have agreed the full text", side: "azerbaijan", speaker: "the two foreign ministries", kind: "statement" },
        { paragraph: 1, fragment: "ready for signing", side: "armenia", speaker: "Yerevan", kind: "statement" },
        { paragraph: 2, fragment: "welcomed the outcome", side: "azerbaijan", speaker: "Foreign Minister Kamal Rustamov", kind: "statement" },
        { paragraph: 3, fragment: "will have to amend", side: "azerbaijan", speaker: "Rustamov", kind: "statement" },
      ],
    }),
  );

  it("leads 'what preconditions does Baku set before signing the peace treaty' with the condition", () => {
    expect(ask(index, "What preconditions does Baku set before signing the peace treaty?").lead?.text).toContain("will have to amend");
  });

  it("leads 'what does Azerbaijan demand before signing' with the condition", () => {
    expect(ask(index, "what does azerbaijan demand before signing the peace treaty").lead?.text).toContain("will have to amend");
  });

  it("still leads 'what did Yerevan say about signing' with Yerevan's word", () => {
    expect(ask(index, "What did Yerevan say about signing the treaty?").lead?.text).toContain("ready for signing");
  });
});
