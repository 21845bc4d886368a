// "What did X tell … in Moscow": words the speaker is said to have spoken in another city ("…," he said
// in Baku at the time) were spoken on another occasion, and do not answer what he said where the
// question puts him.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("words said in another city answer no question about what was said in this one", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "clerics.txt",
      published: "2019-05-14",
      paragraphs: [
        "Armenian and Azerbaijani clerics met in Ganja on Monday to pray for peace.",
        filler,
        "The talks in Ganja lasted four hours. Addressing the meeting, the mufti urged both governments to free their prisoners before the summer, according to his office.",
        "The clerics had met once before, at a forum in Shusha in 2012.",
        '"Clerics must speak for the prisoners," the mufti told the clerics in Shusha at the time.',
      ],
      places: ["Ganja", "Shusha"],
      claims: [
        { paragraph: 2, fragment: "urged both governments", side: "other", speaker: "the mufti", kind: "statement", date: "2019-05-13" },
        { paragraph: 4, fragment: "Clerics must speak", side: "other", speaker: "the mufti", kind: "statement", date: "2012-01-01" },
      ],
    }),
  );

  it("leads 'what did the mufti tell the clerics in ganja about the prisoners' with his words there", () => {
    const answer = ask(index, "what did the mufti tell the clerics in ganja about the prisoners?");
    expect(answer.lead?.text).toContain("urged both governments to free their prisoners");
  });

  it("still leads 'what did the mufti say in shusha' with the words said there", () => {
    expect(ask(index, "what did the mufti say in shusha about the prisoners?").lead?.text).toContain("Clerics must speak");
  });
});
