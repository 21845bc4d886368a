// "How did Ankara react …" (issue 8): a reaction is told by the sentence that names its speaker
// ("The foreign minister put the blame on Yerevan."); the sentence going on from it by a pronoun
// ("He urged Armenia to …"), or quoting words whose gist the first already reported, adds to it.
// It inherits the speaker's names and may hold more of the question's words, but does not lead.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Traffic on the border highway was light through the afternoon.";

describe("a reaction is led by the sentence that names its speaker", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "reaction.txt",
      published: "2022-09-14",
      paragraphs: [
        "Fighting on the Armenia-Azerbaijan border killed dozens of soldiers on Tuesday.",
        filler,
        "Turkish Foreign Minister Mehmet Aydin put the blame squarely on Yerevan. He urged Armenia to stop its attacks and to talk peace with Azerbaijan about the border.",
      ],
      claims: [
        { paragraph: 2, fragment: "put the blame", side: "turkey", speaker: "Turkish Foreign Minister Mehmet Aydin", kind: "accusation" },
        { paragraph: 2, fragment: "He urged Armenia", side: "turkey", speaker: "Turkish Foreign Minister Mehmet Aydin", kind: "statement" },
      ],
    }),
  );

  it("leads 'turkish reaction to the armenia azerbaijan border fighting' with the minister's blame", () => {
    expect(ask(index, "turkish reaction to the armenia azerbaijan border fighting").lead?.text).toContain("put the blame squarely");
  });

  it("still leads 'what did the Turkish minister urge Armenia to do' with what he urged", () => {
    expect(ask(index, "What did the Turkish minister urge Armenia to do?").lead?.text).toContain("He urged Armenia");
  });
});
