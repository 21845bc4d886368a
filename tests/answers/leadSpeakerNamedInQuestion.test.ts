// "Who did Aliyev blame for the strike on the church?": the question names the person whose word
// it asks for. His sentence ("President Ilham Aliyev later told the BBC that the strike was a
// provocation by …") answers it, not another voice of his side on the same strike (the defence
// ministry's denial), though that one holds more of the question's words. "Baku" or "the
// Karabakh authorities" name a side's voice, not a person, and earn nothing of the kind.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { speaksAsNamed } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("the person a question names speaks in the lead", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "church.md",
      published: "2020-10-20",
      paragraphs: [
        "The roof of the Green Chapel in Shusha was hit twice on 8 October.",
        "Azerbaijan's defence ministry denied hitting the chapel in Shusha, saying its army does not target religious buildings. President Ilham Aliyev later told a television channel that the strike was either an error of his gunners or a provocation staged by the other side.",
        "Repairs have not begun.",
      ],
      places: ["Shusha"],
      claims: [
        { paragraph: 1, fragment: "denied hitting", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "denial", date: "2020-10-08" },
        { paragraph: 1, fragment: "either an error", side: "azerbaijan", speaker: "President Ilham Aliyev", date: "2020-10-15" },
      ],
    }),
  );

  it("leads 'who did Aliyev blame for the hit on the Shusha chapel' with Aliyev's words", () => {
    const answer = ask(index, "Who did Aliyev blame for the hit on the Shusha chapel?");
    expect(answer.lead?.text).toContain("President Ilham Aliyev later told");
  });

  it("knows a person's name from a side's or a body's", () => {
    expect(speaksAsNamed("what did Zakharova say", [{ speaker: "Foreign Ministry spokeswoman Maria Zakharova" }])).toBe(true);
    expect(speaksAsNamed("what did the Karabakh authorities say", [{ speaker: "The Karabakh authorities" }])).toBe(false);
    expect(speaksAsNamed("what did the defence ministry say", [{ speaker: "the Armenian Defence Ministry" }])).toBe(false);
    expect(speaksAsNamed("what did Aliyev say", [{ speaker: "Azerbaijan's defence ministry" }])).toBe(false);
  });
});
