// "How many Armenians were deported in Operation Ring?": the count ("more than 10,000 Armenians
// were deported from 24 villages") often stands in a paragraph that does not name the operation,
// which the article's headline names. The count and the headline together hold the question's
// words, so the count leads over the sentence that tells the operation with no count of the people.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a count of the asked people leads in the article whose headline names the event", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "harvest.txt",
      title: "Twenty years on, neighbours still disagree over 1992 'Operation Harvest'",
      published: "2012-05-04",
      paragraphs: [
        "Villagers on Friday marked the anniversary of Operation Harvest, the spring 1992 campaign in which police units expelled Azerbaijanis from Kerkenj and dozens of other hamlets.",
        "The local archive published a list of the abandoned houses last year.",
        "A regional newspaper reported this week that more than 6,000 Azerbaijanis were expelled from 17 villages of the valley.",
        "Officials on the other side have called the figure exaggerated.",
      ],
      places: ["Kerkenj"],
    }),
  );

  it("leads 'how many Azerbaijanis were expelled in Operation Harvest' with the count", () => {
    const answer = ask(index, "how many azerbaijanis were expelled in operation harvest?");
    expect(answer.lead?.text).toContain("more than 6,000 Azerbaijanis were expelled");
  });

  it("does not give a count of other things the headline's article holds ('17 villages') for a question about houses", () => {
    const answer = ask(index, "how many houses were abandoned in operation harvest?");
    expect(answer.lead?.text).not.toContain("6,000");
  });
});
