// "How did the mediators react to the raid?": the belligerent's account of the raid holds the
// question's words (the place, the month), the mediators' word on it few. The mediators' sentence of
// the same article leads, the one of the paragraph that calls them "the mediators" before another
// envoy's; "who mediated" is left to the sentences that credit the go-between.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("the mediators' reaction, not the account of what they reacted to", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "goranboy-raid.md",
      published: "2012-03-12",
      paragraphs: [
        "Azerbaijan's Defence Ministry said on Sunday that an Armenian commando unit had raided a position near Goranboy in March, in the deadliest attack on the line this year.",
        "Officials on both sides traded statements through the day while diplomats urged calm.",
        "The international mediators were unusually blunt. The co-chairs of the OSCE Minsk Group said in a statement that they deplore the bloodshed and regret the loss of life.",
        "A European Union envoy for the region told reporters the clash was unacceptable and hurt the talks.",
      ],
      places: ["Goranboy"],
      claims: [
        {
          paragraph: 0,
          fragment: "commando unit had raided",
          side: "azerbaijan",
          speaker: "Azerbaijan's Defence Ministry",
          kind: "accusation",
          date: "2012-03-11",
        },
        {
          paragraph: 2,
          fragment: "deplore the bloodshed",
          side: "osce-minsk-group",
          speaker: "The co-chairs of the OSCE Minsk Group",
          kind: "mediation",
          date: "2012-03-12",
        },
        { paragraph: 3, fragment: "was unacceptable", side: "european-union", speaker: "A European Union envoy", kind: "mediation", date: "2012-03-12" },
      ],
    }),
  );

  it("leads 'how did the mediators react to the March 2012 Goranboy raid' with the co-chairs' statement", () => {
    expect(ask(index, "How did the mediators react to the March 2012 Goranboy raid?").lead?.text).toContain("deplore the bloodshed");
  });
});
