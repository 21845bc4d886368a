// A mediator named as the occasion or the audience of a belligerent's word ("what did Baku demand
// when the co-chairs came", "what did Armenia tell the UN") does not make the question a mediator's:
// the belligerent's own word answers it, not the mediators' statement on the same visit.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a mediator named as the occasion of a side's word", () => {
  it("reads the question as about the side's word, and still reads a mediator's own word as a mediator question", () => {
    expect(understandQuestion("What did Azerbaijan demand when the Minsk Group co-chairs visited Baku?").asked).not.toBe("mediator");
    expect(understandQuestion("What did Armenia tell the UN Security Council about the corridor?").asked).not.toBe("mediator");
    expect(understandQuestion("What did the Minsk Group co-chairs call for after their visit?").asked).toBe("mediator");
    expect(understandQuestion("Who mediated between Armenia and Azerbaijan in Sochi?").asked).toBe("mediator");
  });

  const index = indexOf([
    "visit.md",
    [
      "# Co-chairs end regional tour in Baku",
      "",
      "Caspian Ledger · 14 May 2019",
      "",
      "The co-chairs of the OSCE Minsk Group said in a statement at the end of their visit to Baku that they had urged both sides to prepare their populations for peace.",
      "",
      "Azerbaijan's foreign minister Elmar Mammadyarov told the co-chairs that the first step must be the withdrawal of Armenian forces from the occupied districts.",
      "",
      "The co-chairs travelled on to Yerevan on Wednesday.",
    ],
  ]);

  it("leads 'what did Azerbaijan demand when the co-chairs visited' with Azerbaijan's demand", () => {
    const answer = ask(index, "What did Azerbaijan demand when the Minsk Group co-chairs visited Baku in May 2019?");
    expect(answer.lead?.text).toContain("the first step must be the withdrawal");
    expect(answer.lead?.side).toBe("azerbaijan");
  });
});

describe("a side's word asked with another question word than 'what' or 'how'", () => {
  const index = indexOf([
    "pass.md",
    [
      "# Mountain pass falls after three days of fighting",
      "",
      "Highland Courier · 7 April 1993",
      "",
      "Ethnic Armenian forces have seized the Murov pass and the district north of it, in an offensive that has driven thousands of Azerbaijani villagers from their homes.",
      "",
      "In Yerevan, foreign minister Vahan Papazian said the operation was carried out by the self-defence forces of Karabakh alone, and that no Armenian unit had crossed the border.",
      "",
      "Snow still blocked the roads to the south of the pass on Tuesday.",
    ],
  ]);

  it("leads 'who did Yerevan say seized the pass' with Yerevan's statement, not the outlet's account of the capture", () => {
    const answer = ask(index, "Who did Yerevan say seized the Murov pass in 1993?");
    expect(answer.lead?.text).toContain("self-defence forces of Karabakh alone");
    expect(answer.lead?.side).toBe("armenia");
  });
});
