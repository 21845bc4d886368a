// "What sentence did prosecutors ask for Anna Petrosyan?": the penalty asked is hers. A sentence giving
// other defendants' penalties, naming them and not her, answers for them, however many of the
// question's other words ("prosecutors", "asked", "sentences") it holds.
import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";

const facts = (id: string, text: string): SentenceFacts => ({
  sentence: { id, passageId: "p", text },
  heading: false,
  claims: [],
  figures: [],
  places: [],
  published: null,
});
const others = facts("s1", "For the former ministers Karen Avetisyan and Hrant Melkumyan, prosecutors asked for 15-year prison sentences, citing their age.");
const hers = facts("s2", "The state's case closed with a demand of life imprisonment for the council's former chairwoman, Anna Petrosyan.");
const unnamed = facts("s3", "The prosecution asked for life imprisonment for the council's former chairwoman.");

describe("a penalty asked for a person named is hers, not another defendant's", () => {
  it("fits the others' 15-year terms less than her life term for 'what sentence did prosecutors ask for Anna Petrosyan'", () => {
    const question = understandQuestion("What sentence did prosecutors ask for Anna Petrosyan?");
    expect(questionFit(question, others)).toBeLessThan(questionFit(question, hers));
  });

  it("fits them as well as hers when one of them is asked about", () => {
    const question = understandQuestion("What sentence did prosecutors ask for Hrant Melkumyan?");
    expect(questionFit(question, others)).toBeGreaterThanOrEqual(questionFit(question, hers));
  });

  it("leaves a sentence naming nobody as it was: it may well be about her", () => {
    const question = understandQuestion("What sentence did prosecutors ask for Anna Petrosyan?");
    expect(questionFit(question, unnamed)).toBe(questionFit(question, hers));
  });
});

describe("a court's name is no other defendant, and 'the others' are asked too", () => {
  const atCourt = facts("s4", "On Tuesday, prosecutors at the Northern District Court asked for life imprisonment for five of the defendants.");
  const plain = facts("s5", "On Tuesday, prosecutors asked for life imprisonment for five of the defendants.");

  it("does not lower a sentence that names only the court", () => {
    const question = understandQuestion("What sentence did prosecutors ask for Anna Petrosyan?");
    expect(questionFit(question, atCourt)).toBe(questionFit(question, plain));
  });

  it("does not lower the others' terms when the question asks for hers and the others'", () => {
    const question = understandQuestion("What sentences did prosecutors ask for Anna Petrosyan and the other council members?");
    expect(questionFit(question, others)).toBe(
      questionFit(question, facts("s6", "For the former ministers, prosecutors asked for 15-year prison sentences, citing their age.")),
    );
  });
});
