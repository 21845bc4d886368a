// Classes of lead error by the question's shape (issue 8): the lead should be the sentence that
// answers what the question asks, not the one that best repeats its words. Each class is shown on
// a small corpus written for it.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a day asked without its year is still the day asked", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "lankaran.txt",
      published: "2020-03-09",
      paragraphs: [
        "On 3 March, artillery shelling of Lankaran killed 4 civilians, the prosecutor's office said, in the first strike on the town.",
        "It put the toll of the shelling at 7 dead.",
        filler,
      ],
      places: ["Lankaran"],
      casualties: [
        { paragraph: 0, fragment: "killed 4", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 4, wounded: null, qualifier: null },
        { paragraph: 1, fragment: "7 dead", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 7, wounded: null, qualifier: null },
      ],
    }),
  );

  it("does not lead with a toll the sentence dates another day", () => {
    expect(ask(index, "lankaran artillery shelling march 8 death toll according to the prosecutor's office").lead?.text).not.toContain("killed 4");
  });

  it("leads with that toll when its day is the one asked", () => {
    expect(ask(index, "lankaran artillery shelling march 3 death toll according to the prosecutor's office").lead?.text).toContain("killed 4");
  });
});
