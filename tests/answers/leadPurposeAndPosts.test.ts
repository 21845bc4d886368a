// Lead classes of issue 8: a purpose ("for humanitarian purposes") is the reason a "why" or "what
// was it for" question asks; an embedded post, quoted whole and signed with its account and day, is
// a statement in full, not a label; and for a go-between's word, a sentence in which nobody speaks
// (the outlet's account of the visit or the meeting) weighs less than one in which the mediators do.
import { describe, expect, it } from "vitest";
import { isUnfinishedLine, questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import type { Claim } from "../../src/core/types.ts";

const facts = (text: string, claims: Claim[] = []): SentenceFacts => ({
  sentence: { id: "a#p0.s0", passageId: "a#p0", text },
  heading: false,
  claims,
  figures: [],
  places: [],
  published: null,
});

const claimOf = (sentence: string, side: Claim["side"], speaker: string): Claim => ({
  id: "a#p0.s0:other",
  file: "a.txt",
  passageId: "a#p0",
  sentenceId: "a#p0.s0",
  sentence,
  speaker,
  side,
  kind: "statement",
  date: null,
});

describe("a purpose is a reason", () => {
  it("weighs a pause declared for a purpose above one declared with none", () => {
    const question = understandQuestion("Why did the two armies pause the fighting on Sunday?");
    const purpose = facts("The two armies paused the fighting on Sunday for humanitarian purposes, to collect the dead.");
    const none = facts("The two armies paused the fighting on Sunday for six hours near the river.");
    expect(questionFit(question, purpose)).toBeGreaterThan(questionFit(question, none));
  });
});

describe("an embedded post is a statement in full", () => {
  it("does not take a post signed with its account and day for an unfinished line", () => {
    expect(isUnfinishedLine('"The talks will go on next week in Vienna." — Foreign Ministry (@mfa_example) March 3, 2021')).toBe(false);
    expect(isUnfinishedLine("Talks to go on next week in Vienna")).toBe(true);
  });
});

describe("for a go-between's word, a sentence in which it speaks", () => {
  it("weighs the outlet's account of the mediators' visit below their word on it", () => {
    const question = understandQuestion("What did the OSCE Minsk Group co-chairs conclude after their visit to the border villages?");
    expect(question.asked).toBe("mediator");
    const outlet = facts("The OSCE Minsk Group co-chairs visited the border villages on Tuesday.");
    const spoken = facts("The OSCE Minsk Group co-chairs said after their visit to the border villages that the ceasefire was holding.", [
      claimOf(
        "The OSCE Minsk Group co-chairs said after their visit to the border villages that the ceasefire was holding.",
        "osce-minsk-group",
        "The OSCE Minsk Group co-chairs",
      ),
    ]);
    const before = questionFit(question, spoken) / questionFit(question, outlet);
    expect(before).toBeGreaterThan(1.9);
  });
});
