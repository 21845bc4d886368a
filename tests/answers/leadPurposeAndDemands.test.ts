// Two question shapes the lead read wrongly (issue 8): a purpose asked ("what did the minister say
// the swap was for") is a "why" question, answered by the sentence that gives the aim ("was
// intended to build trust"), not by the speaker's other words; a demand or a condition asked
// ("what preconditions did the minister set") is answered by the sentence that states one ("must").
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { asksDemand } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a purpose asked is a 'why' question", () => {
  it.each([
    "What did the Kremlin say the prisoner exchange was for?",
    "what was the truce for",
    "What was the purpose of the observer mission?",
    "What was the operation meant to achieve?",
  ])("reads %s as asking why", (q) => {
    expect(understandQuestion(q).asked).toBe("why");
  });

  it.each(["What did the Kremlin ask for in April?", "What is the penalty for desertion?", "What did the ministers agree?"])(
    "does not read %s as asking why",
    (q) => {
      expect(understandQuestion(q).asked).not.toBe("why");
    },
  );

  const index = buildAnswerIndex(
    corpusFixture({
      file: "exchange.txt",
      published: "2011-03-20",
      paragraphs: [
        "The Kremlin hosted both presidents at Sochi, where they agreed to swap prisoners held since the spring clashes.",
        "Spokesman Ivan Orlov said the Kremlin hoped the presidents would agree a further prisoner exchange before the summer.",
        "Orlov told reporters that the swap was intended to restore confidence between the two capitals.",
      ],
      claims: [
        { paragraph: 1, fragment: "hoped the presidents", side: "russia", speaker: "Spokesman Ivan Orlov", kind: "mediation" },
        { paragraph: 2, fragment: "intended to restore", side: "russia", speaker: "Spokesman Ivan Orlov", kind: "mediation" },
      ],
    }),
  );

  it("leads 'what did the Kremlin say the prisoner exchange was for' with the aim it gave", () => {
    expect(ask(index, "What did the Kremlin say the prisoner exchange was for?").lead?.text).toContain("intended to restore confidence");
  });
});

describe("a demand or a condition asked is answered by the sentence stating it", () => {
  it.each([
    "What preconditions did the foreign minister set for signing the treaty?",
    "what does Baku demand before signing",
    "What conditions did Yerevan put on the talks?",
  ])("reads %s as asking a demand", (q) => {
    expect(asksDemand(q)).toBe(true);
  });

  it.each(["What did the minister say about the treaty?", "What did the co-chairs ask Azerbaijan?"])("does not read %s as asking a demand", (q) => {
    expect(asksDemand(q)).toBe(false);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "treaty.txt",
      published: "2025-03-14",
      paragraphs: [
        "Foreign Minister Kamal Rustamov said on Monday that the peace treaty text was agreed, and he set out his preconditions.",
        "Rustamov said Armenia must first change its constitution before the peace treaty is signed.",
      ],
      claims: [
        { paragraph: 0, fragment: "peace treaty text", side: "azerbaijan", speaker: "Foreign Minister Kamal Rustamov", kind: "statement" },
        { paragraph: 1, fragment: "must first change", side: "azerbaijan", speaker: "Foreign Minister Kamal Rustamov", kind: "statement" },
      ],
    }),
  );

  it("leads 'what preconditions did Rustamov set for signing the peace treaty' with the condition", () => {
    expect(ask(index, "What preconditions did Rustamov set for signing the peace treaty?").lead?.text).toContain("must first change");
  });
});
