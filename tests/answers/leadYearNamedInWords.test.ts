// A sentence may name the year of what it tells in its own words, though no claim or figure of it
// carries a date: "in 2020 the country lost 2,900 soldiers" counts another war's dead when the
// question asks about September 2023, whatever day it was said on.
import { describe, expect, it } from "vitest";
import { questionFit } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { facts } from "./sentenceFacts.ts";

const timeFit = (question: string, text: string) => questionFit(understandQuestion(question), facts(text));

describe("a year named in the sentence's own words", () => {
  const question = "How many soldiers died in the offensive of September 2023?";

  it("weighs a toll of another year, named in its words, below one that names none", () => {
    expect(timeFit(question, "The ministry said 2,900 soldiers had been killed in the fighting of 2020.")).toBeLessThan(
      timeFit(question, "The ministry said 190 soldiers had been killed in the fighting of that week."),
    );
  });

  it("does not weigh down a sentence that also names the asked year", () => {
    expect(timeFit(question, "The ministry said 190 soldiers were killed in September 2023, more than in any month of 2020.")).toBe(
      timeFit(question, "The ministry said 190 soldiers were killed in September 2023, more than in any month before."),
    );
  });

  it("does not weigh down a span running from an earlier year to the time of writing", () => {
    expect(timeFit(question, "Since 2020, 300 soldiers have been killed on the border, the ministry said.")).toBe(
      timeFit(question, "Over the years, 300 soldiers have been killed on the border, the ministry said."),
    );
  });
});
