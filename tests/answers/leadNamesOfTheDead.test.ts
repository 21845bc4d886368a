// The names of the dead asked for (issue 8): "names of the reporters killed by the mine" and
// "soldier killed near the lake name" ask who died, not how many: the sentence naming them leads,
// not the account of the blast with its toll.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { asksForPerson, understandQuestion } from "../../src/core/answers/question.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("names of the dead asked for", () => {
  it.each(["names of the reporters killed by the mine", "border guard killed near the lake name", "soldier killed name and what the ministry said"])(
    "reads %s as asking who",
    (q) => {
      expect(understandQuestion(q).asked).toBe("who");
    },
  );

  it("reads 'who died when the truck hit a mine' as asking for the people", () => {
    expect(asksForPerson("Who died when the reporters' truck hit a mine?")).toBe(true);
  });

  it("still reads 'how many soldiers were killed' as asking a figure", () => {
    expect(understandQuestion("how many soldiers were killed near the lake").asked).toBe("figure");
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "mine.txt",
      published: "2021-06-05",
      paragraphs: [
        "Three people, two of them reporters, were killed on Friday when their truck hit a mine on the road to the mountain pass, the prosecutor's office said.",
        "Cameraman Rauf Aliyev, born in 1987, and correspondent Kamran Safarov, born in 1980, died in the explosion, as did a local official.",
      ],
      claims: [{ paragraph: 0, fragment: "Three people", side: "azerbaijan", speaker: "the prosecutor's office", kind: "casualties" }],
      casualties: [{ paragraph: 0, fragment: "Three people", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 3, wounded: null, qualifier: null }],
    }),
  );

  it("leads 'names of the reporters killed by the mine' with the sentence naming them", () => {
    expect(ask(index, "names of the reporters killed by the mine").lead?.text).toContain("Rauf Aliyev");
  });

  it("leads 'who died when the truck hit a mine' with the sentence naming them", () => {
    expect(ask(index, "Who died when the truck hit a mine on the road to the pass?").lead?.text).toContain("Rauf Aliyev");
  });
});
