// Lead classes from the issue 8 development sets, each on a small corpus written for it: "how
// many" is not answered by a measure ("a 3-km-wide buffer zone") though "how wide" is; a table's
// row gives the lead to a sentence that says the same in full; a body "abolished" is found where
// the article says it was "dissolved".
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { isTableRow, questionFit } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { analyze } from "../../src/core/search/analyze.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";
import { facts, filler } from "./sentenceFacts.ts";

describe("'how many' is not answered by a measure", () => {
  it("scores a sentence whose only number is a width as holding no count, for 'how many' but not for 'how wide'", () => {
    const many = understandQuestion("How many monitors will patrol the buffer zone under the accord?");
    const wide = understandQuestion("How wide is the buffer zone under the accord?");
    const measure = facts("The accord sets up a 3-km-wide buffer zone along the river.");
    const count = facts("Under it, 120 monitors will patrol the zone.");
    expect(questionFit(many, measure)).toBeLessThan(questionFit(many, count));
    expect(questionFit(wide, measure)).toBeGreaterThan(questionFit(many, measure));
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "accord.txt",
      published: "2019-03-02",
      paragraphs: [
        "The accord, signed by the two foreign ministers in Geneva, takes effect on Monday. Under it, 120 unarmed monitors will deploy for a year. A 3-km-wide buffer zone along the river stays under the monitors' control until March 30.",
        filler,
      ],
    }),
  );

  it("leads 'how many monitors are being sent under the Geneva accord' with the count of monitors", () => {
    const answer = ask(index, "How many monitors are being sent under the Geneva accord in March?");
    expect(answer.lead?.text).toContain("120 unarmed monitors");
  });
});

describe("a table's row gives the lead to the sentence that says it in full", () => {
  it("knows a row of three cells or more", () => {
    expect(isTableRow("| 3 May 2016 | Tartar | 2 killed | 5 wounded | Defence ministry |")).toBe(true);
    expect(isTableRow("The ministry said two were killed | reports")).toBe(false);
  });

  it("weighs a row below the same toll told as a sentence", () => {
    const question = understandQuestion("How many people died in the shelling of Tartar?");
    const row = facts("| 3 May 2016 | Tartar | 2 killed | 5 wounded | Defence ministry: two civilians killed in the shelling |");
    const sentence = facts("The defence ministry said two civilians were killed in the shelling of Tartar on 3 May.");
    expect(questionFit(question, row)).toBeLessThan(questionFit(question, sentence));
  });
});

describe("a body abolished is found where the article says it was dissolved", () => {
  it("reads abolish, dissolve and disband as one word", () => {
    expect(analyze("abolish")).toEqual(analyze("dissolving"));
    expect(analyze("disbanded")).toEqual(analyze("dissolution"));
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "council.txt",
      published: "2011-06-20",
      paragraphs: [
        "The regional council met in emergency session on Friday as the water dispute deepened.",
        filler,
        "On 20 June the chairman signed a decree dissolving the regional council and all of its committees.",
      ],
    }),
  );

  it("leads 'when was the regional council abolished' with the decree dissolving it", () => {
    const answer = ask(index, "When was the regional council abolished?");
    expect(answer.lead?.text).toContain("signed a decree dissolving");
  });
});
