// "What did X claim about the tanks?": a sentence of X's that never names the thing the question asks
// about (a class of lead error on the unseen sets: the spokeswoman's claim of the other side's losses
// for a question about the helicopters she said were hit) tells another of X's claims.
import { describe, expect, it } from "vitest";
import { missesTopicAsked, questionFit } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";

describe("the thing a word is asked about", () => {
  it("is read after 'about', up to a preposition", () => {
    const question = "What did the spokesman claim about Azerbaijani tanks on Monday?";
    expect(missesTopicAsked(question, "He said the Azerbaijani side had lost more than 30 soldiers.")).toBe(true);
    expect(missesTopicAsked(question, "He said two Azerbaijani tanks had been destroyed.")).toBe(false);
    expect(missesTopicAsked("What did the spokesman claim on Monday?", "He said the other side had lost 30 soldiers.")).toBe(false);
  });

  it("makes a sentence of the same speaker that never names it answer less well", () => {
    const question = understandQuestion("What did the Armenian defence ministry spokesman claim about enemy tanks?");
    const facts = (text: string) => ({
      sentence: { id: "berd.txt#p1.s0", passageId: "berd.txt#p1", text },
      heading: false,
      claims: [],
      figures: [],
      places: [],
      published: "2014-03-04",
    });
    const other = questionFit(question, facts("The spokesman claimed that the other side had lost more than 30 soldiers in the night."));
    const named = questionFit(question, facts("The spokesman claimed that Armenian units had destroyed two enemy tanks in the night."));
    expect(other).toBeLessThan(named);
  });
});
