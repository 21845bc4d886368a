// "How many civilians did Amnesty say were killed in the war": the side "other" holds every third
// party, so only the named body's own word answers; and a war's toll put out in the months after it
// is a count of that war, not another time's. Articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import type { Claim } from "../../src/core/types.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a third party named as the claimant", () => {
  it("keeps the name of a third party the question asks about, not of a belligerent or a mediator", () => {
    expect(understandQuestion("How many civilians did Amnesty say were killed?").claimantName).toBe("Amnesty");
    expect(understandQuestion("How many soldiers did Azerbaijan say it lost?").claimantName ?? null).toBeNull();
    // A mediator's side is one body, whatever the text calls it ("the co-chairs", "the mediators").
    expect(understandQuestion("What did the Minsk Group co-chairs say about the clash?").claimantName ?? null).toBeNull();
  });

  const index = indexOf(
    [
      "war.md",
      [
        "# Civilians in the autumn war",
        "",
        "Lowland Review · 20 November 2020",
        "",
        "Human Rights Watch said on 3 November 2020 that at least 40 civilians had been killed in the shelling of Martakert district during the 44-day war, a count Amnesty International staff in the region also followed.",
      ],
    ],
    [
      "report.md",
      [
        "# A report on the war's civilian dead",
        "",
        "Lowland Review · 20 January 2021",
        "",
        "Amnesty International, in a report released on 14 January 2021, said 95 civilians had been killed during the 44-day war.",
      ],
    ],
  );

  it("leads with the named body's own toll, put out after the war, over another third party's figure dated within it", () => {
    const answer = ask(index, "How many civilians did Amnesty say were killed in the 44-day war?");
    expect(answer.lead?.text).toContain("95 civilians");
  });
  it("still leads with the other body's figure when that body is the one asked about", () => {
    const answer = ask(index, "How many civilians did Human Rights Watch say were killed in the 44-day war?");
    expect(answer.lead?.text).toContain("40 civilians");
  });
});

describe("a body named short in the question and long or by its title in the text", () => {
  const question = understandQuestion("Why did PACE refuse to ratify the delegation's credentials?");
  const factsOf = (speaker: string): SentenceFacts => {
    const sentence = { id: "p.md#p1.s0", passageId: "p.md#p1", text: `${speaker} said the credentials were refused because of broken commitments.` };
    const claim: Claim = {
      id: "c",
      file: "p.md",
      passageId: sentence.passageId,
      sentenceId: sentence.id,
      sentence: sentence.text,
      speaker,
      side: "other",
      kind: "statement",
      date: null,
    };
    return { sentence, heading: false, claims: [claim], figures: [], places: [], published: null };
  };
  it("takes the long name, a title naming no body and the short name alike for PACE's own word, and another body's for another speaker's", () => {
    const own = questionFit(question, factsOf("The Parliamentary Assembly of the Council of Europe"));
    expect(questionFit(question, factsOf("The Assembly"))).toBe(own);
    expect(questionFit(question, factsOf("PACE"))).toBe(own);
    expect(questionFit(question, factsOf("Human Rights Watch"))).toBeLessThan(own);
  });
});
