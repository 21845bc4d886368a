// "What did Kocharyan complain about at the summit?": the word of the person named is asked. What
// "about" is asked about is missing here ("about at the summit" names a place, not a topic), and
// a sentence in which only other people named in full speak ("Foreign Minister Vartan Oskanian
// said …") is their word, not his; a body speaking ("the foreign ministry") may be speaking for him.
import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { missesTopicAsked, questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";
import type { Claim } from "../../src/core/types.ts";

const claimBy = (speaker: string): Claim => ({
  id: `c-${speaker}`,
  file: "summit.md",
  passageId: "p",
  sentenceId: "s",
  sentence: "",
  speaker,
  side: "armenia",
  kind: "statement",
  date: null,
});
const facts = (text: string, speaker: string | null): SentenceFacts => ({
  sentence: { id: "s", passageId: "p", text },
  heading: false,
  claims: speaker ? [claimBy(speaker)] : [],
  figures: [],
  places: [],
  published: null,
});

describe("'complain about at the summit' asks no topic", () => {
  it("does not take the place after 'about' for the topic the sentence must name", () => {
    expect(missesTopicAsked("What did Kocharyan complain about at the summit?", "He complained that the mediators had done too little.")).toBe(false);
  });

  it("still asks the topic named right after 'about'", () => {
    expect(missesTopicAsked("What did Kocharyan say about the refugees at the summit?", "He said the mediators had done too little.")).toBe(true);
  });
});

describe("the word of the person asked, not of another person", () => {
  const question = understandQuestion("What did Kocharyan warn about the talks?");
  const minister = facts("Foreign Minister Vartan Oskanian warned that the talks could stall.", "Foreign Minister Vartan Oskanian");
  const ministry = facts("The foreign ministry warned that the talks could stall.", "the Armenian foreign ministry");
  const president = facts("President Robert Kocharyan warned that the talks could stall.", "President Robert Kocharyan");

  it("fits a sentence in which only another person speaks less than one in which a body speaks", () => {
    expect(questionFit(question, minister)).toBeLessThan(questionFit(question, ministry));
  });

  it("fits the person asked best, whatever the spelling of his name", () => {
    expect(questionFit(question, president)).toBeGreaterThan(questionFit(question, ministry));
    const otherSpelling = understandQuestion("What did Kocharian warn about the talks?");
    expect(questionFit(otherSpelling, president)).toBeGreaterThanOrEqual(questionFit(otherSpelling, ministry));
  });
});
