// A quotation that goes on from the sentence naming its speaker ('"…," it began') is that speaker's
// word, though the extraction gave it no claim of its own: where it answers best, it leads, under
// its speaker's side, and the sentence that only announces the statement does not take its place.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a quotation going on from its speaker's sentence is the speaker's word", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "truce-anniversary.md",
      published: "2004-05-12",
      paragraphs: [
        'To mark the tenth anniversary of the truce, the envoys of the OSCE Minsk Group issued a joint statement on Wednesday. "Ten years after the ceasefire, the Minsk Group envoys call on both governments to prepare their people for peace," it began. The envoys added that snipers should be pulled back from the line.',
        "Officials on both sides traded statements through the day while diplomats urged calm.",
      ],
      claims: [
        {
          paragraph: 0,
          fragment: "issued a joint statement",
          side: "osce-minsk-group",
          speaker: "the envoys of the OSCE Minsk Group",
          kind: "mediation",
          date: "2004-05-12",
        },
        { paragraph: 0, fragment: "snipers should be pulled back", side: "osce-minsk-group", speaker: "The envoys", kind: "mediation", date: "2004-05-12" },
      ],
    }),
  );

  it("leads 'what did the minsk group envoys say on the tenth anniversary of the ceasefire' with the quotation, as the mediators' word", () => {
    const answer = ask(index, "what did the minsk group envoys say on the tenth anniversary of the ceasefire");
    expect(answer.lead?.text).toContain("call on both governments to prepare their people for peace");
    expect(answer.lead?.side).toBe("osce-minsk-group");
  });
});
