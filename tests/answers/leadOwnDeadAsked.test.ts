// "What did Yerevan say about its own dead in the fighting?" (issue 8) asks the side's count of its
// losses, as "how many did Yerevan say it lost" does: the side's sentence giving its toll leads,
// not its bare rejection of the other side's figures.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a side's word about its own dead is its toll", () => {
  it("reads 'what did Yerevan say about its own dead' as asking Yerevan's count of Armenian losses", () => {
    const q = understandQuestion("What did Yerevan say about its own dead in the border fighting?");
    expect(q.asked).toBe("figure");
    expect(q.claimant).toBe("armenia");
    expect(q.affected).toBe("armenia");
  });

  it("still reads 'what did Yerevan say about the ceasefire' as asking what was said", () => {
    expect(understandQuestion("What did Yerevan say about the ceasefire?").asked).not.toBe("figure");
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "border.txt",
      published: "2020-07-15",
      paragraphs: [
        "Baku said on Tuesday that nine of its soldiers had been killed in the border fighting near Tavush.",
        "Yerevan rejected the Azerbaijani account of the border fighting outright. A ministry spokeswoman said Armenian losses stood at three officers killed.",
      ],
      places: ["Tavush"],
      claims: [
        { paragraph: 0, fragment: "nine of its soldiers", side: "azerbaijan", speaker: "Baku", kind: "casualties" },
        { paragraph: 1, fragment: "Yerevan rejected", side: "armenia", speaker: "Yerevan", kind: "denial" },
        { paragraph: 1, fragment: "Armenian losses stood", side: "armenia", speaker: "A ministry spokeswoman", kind: "casualties" },
      ],
      casualties: [
        { paragraph: 0, fragment: "nine of its soldiers", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 9, wounded: null, qualifier: null },
        { paragraph: 1, fragment: "Armenian losses stood", claimedBy: "armenia", affected: "armenia", killed: 3, wounded: null, qualifier: null },
      ],
    }),
  );

  it("leads 'what did Yerevan say about its own dead in the border fighting' with Armenia's toll", () => {
    expect(ask(index, "What did Yerevan say about its own dead in the border fighting?").lead?.text).toContain("three officers killed");
  });
});
