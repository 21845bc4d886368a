// "What did the minister call the fighting?" (issue 8): the name a speaker gave a thing is asked;
// the sentence giving it ("described the attack on its troops as 'a terrorist attack'") answers,
// though it stands paragraphs from the headline and quotes that hold more of the question's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("the name given a thing is asked by 'what did X call'", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "ankara.txt",
      published: "2021-11-17",
      paragraphs: [
        "Minister Kemal Yavuz says Turkey will stand by Azerbaijan after the border fighting",
        filler,
        'Turkey\'s foreign minister on Wednesday described the assault on Azerbaijani troops near the frontier as "a terrorist attack".',
        filler,
        '"We will stand by Azerbaijan," Minister Kemal Yavuz told a news conference in Ankara.',
      ],
      claims: [
        { paragraph: 0, fragment: "stand by Azerbaijan after", side: "turkey", speaker: "Minister Kemal Yavuz", kind: "statement" },
        { paragraph: 2, fragment: "described the assault", side: "turkey", speaker: "Turkey's foreign minister", kind: "statement" },
        { paragraph: 4, fragment: "We will stand by", side: "turkey", speaker: "Minister Kemal Yavuz", kind: "statement" },
      ],
    }),
  );

  it("leads 'what did Yavuz call the border fighting' with the name he gave it", () => {
    expect(ask(index, "What did Yavuz call the border fighting?").lead?.text).toContain("a terrorist attack");
  });
});
