// An interview's answer follows the interviewer's question and need not repeat its words: "Q: Is the
// journalist a spy?" then "A: No. He has never worked for any state." The answer's first full
// sentence inherits the question it answers; the bare "No." that opens it says too little to lead.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("an interviewee's answer inherits the interviewer's question", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "lawyer-interview.txt",
        published: "2024-02-02",
        genre: "interview",
        paragraphs: [
          "Mariam Hakobyan represents several detainees held in Baku, among them the reporter Levon Sargsyan.",
          "Q: Is Levon Sargsyan a spy, as the prosecution says?",
          "A: No. He has never worked for any state service in his life. He wrote about the villages on the border and nothing else.",
          "Q: When is the next hearing?",
          "A: In March, if it is not put off again.",
        ],
        claims: [
          { paragraph: 2, fragment: "never worked for any state service", side: "other", speaker: "Mariam Hakobyan", date: "2024-02-02" },
          { paragraph: 2, fragment: "wrote about the villages", side: "other", speaker: "Mariam Hakobyan", date: "2024-02-02" },
        ],
      },
      {
        file: "trial-report.md",
        published: "2024-01-20",
        paragraphs: [
          "Mariam Hakobyan, a lawyer for the detainees, told reporters the trial of Levon Sargsyan was staged from the start.",
          "Officials on both sides traded statements through the day while diplomats urged calm.",
        ],
        claims: [{ paragraph: 0, fragment: "was staged from the start", side: "other", speaker: "Mariam Hakobyan", date: "2024-01-20" }],
      },
    ),
  );

  it("leads 'does Sargsyan's lawyer consider him a spy' with the answer to the interviewer's question", () => {
    expect(ask(index, "does Sargsyan's lawyer consider him a spy").lead?.text).toContain("never worked for any state service");
  });
});
