// "Did Armenia deny firing rockets at Barda?": a denial in an article that never names Barda
// ("Armenia denied firing on the village.") denies another attack; the denial in the article about
// the strike on Barda answers, though its own sentence does not name the town.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import type { Claim } from "../../src/core/types.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a sentence of an article that never names the asked place is about another", () => {
  const denial: Claim = {
    id: "a#p0.s0:armenia",
    file: "a",
    passageId: "a#p0",
    sentenceId: "a#p0.s0",
    sentence: "Armenia denied firing on the village.",
    speaker: "Armenia",
    side: "armenia",
    kind: "denial",
    date: null,
  };
  const facts = (articlePlaces: string[]): SentenceFacts => ({
    sentence: { id: "a#p0.s0", passageId: "a#p0", text: denial.sentence },
    heading: false,
    claims: [denial],
    figures: [],
    places: [],
    published: null,
    articlePlaces: new Set(articlePlaces),
  });

  it("weighs the same denial lower in an article that never names Barda", () => {
    const question = understandQuestion("Did Armenia deny firing rockets at Barda?");
    expect(questionFit(question, facts(["Tovuz"]))).toBeLessThan(questionFit(question, facts(["Barda"])));
  });

  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "barda.txt",
        published: "2020-10-28",
        paragraphs: [
          "Rockets fired at Barda killed 21 civilians, Azerbaijan's prosecutor said, accusing Armenian forces of the attack.",
          filler,
          "Armenia's Defence Ministry rejected the accusation. Its spokeswoman said the army had not fired across the line.",
        ],
        places: ["Barda"],
        claims: [
          { paragraph: 0, fragment: "Rockets fired at Barda", side: "azerbaijan", speaker: "Azerbaijan's prosecutor", kind: "accusation" },
          { paragraph: 2, fragment: "rejected the accusation", side: "armenia", speaker: "Armenia's Defence Ministry", kind: "denial" },
        ],
      },
      {
        file: "border.txt",
        published: "2021-05-20",
        paragraphs: [
          "A border guard was wounded by rockets fired from Armenian positions near a village in the north, Baku said.",
          "Armenia denied shelling the village.",
          filler,
        ],
        claims: [
          { paragraph: 0, fragment: "A border guard was wounded", side: "azerbaijan", speaker: "Baku", kind: "accusation" },
          { paragraph: 1, fragment: "Armenia denied shelling", side: "armenia", speaker: "Armenia", kind: "denial" },
        ],
      },
    ),
  );

  it("leads 'did Armenia deny firing rockets at Barda' with the denial in the Barda article", () => {
    const answer = ask(index, "Did Armenia deny firing rockets at Barda?");
    expect(answer.lead?.text).toContain("rejected the accusation");
  });
});
