// "How long will the observers stay?" (issue 8): a span of time is asked, and the sentence giving
// one ("for a maximum of two months", "banned for life") answers, even paragraphs after the account
// of the deal, which holds more of the question's words. A time between two events ("four days
// after the war began") is no span asked.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { asksDuration, givesDuration } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a span of time asked", () => {
  it("reads 'how long' as asking a span, and 'how long ago' as not", () => {
    expect(asksDuration("How long will the observers stay on the border?")).toBe(true);
    expect(asksDuration("How long ago did the mission arrive?")).toBe(false);
  });

  it.each(["the mission would run for a maximum of two months", "banned him from football for life", "a mandate extended until 19 February 2027"])(
    "reads '%s' as giving a span",
    (text) => {
      expect(givesDuration(text)).toBe(true);
    },
  );

  it("does not read 'four days after the war began' as giving a span", () => {
    expect(givesDuration("the salute came four days after the war began")).toBe(false);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "observers.txt",
      published: "2022-10-07",
      paragraphs: [
        "The leaders agreed in Prague that EU observers would be sent to the Armenia-Azerbaijan border to help build confidence.",
        filler,
        "The observers are to arrive in October, the statement said.",
        filler,
        "Baku agreed to cooperate, and the text specified that the deployment would last for a maximum of two months.",
      ],
      claims: [
        { paragraph: 0, fragment: "EU observers would be sent", side: "european-union", speaker: "the leaders", kind: "mediation" },
        { paragraph: 4, fragment: "maximum of two months", side: "european-union", speaker: "the text", kind: "mediation" },
      ],
    }),
  );

  it("leads 'how long will the EU observers stay on the border' with the span the text gives", () => {
    expect(ask(index, "How long will the EU observers stay on the Armenia-Azerbaijan border?").lead?.text).toContain("maximum of two months");
  });
});
