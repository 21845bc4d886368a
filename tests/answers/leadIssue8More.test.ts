// More classes of lead error from the development sets of issue 8 (blind–blind12, html, the
// question sets), each on a small corpus written for it: a headline that holds the question's
// words gives the lead to the paragraph under it; "who denied that …" is answered by the denial
// even when the accusation holds more of the question's words; "were any civilians hurt" is
// answered by the casualty figure, not by a scene that shares the question's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";
import type { CasualtyFigure } from "../../src/core/types.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a headline gives the lead to the paragraph under it", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "sarsang.md",
      title: "Above Lake Sarsang: what drone footage shows about the new positions",
      published: "2021-06-02",
      paragraphs: [
        "Reading time: 6 min",
        "Comparing clips recorded before and after the clashes, we counted twelve fresh trenches and two supply tracks on the ridge.",
        "The reservoir supplies water to farms on both sides of the line.",
        filler,
      ],
      places: ["Sarsang"],
    }),
  );

  it("leads 'what does drone footage show at lake sarsang' with the summary, not the headline", () => {
    const answer = ask(index, "what does drone footage show at lake sarsang");
    expect(answer.lead?.text).toContain("we counted twelve fresh trenches");
  });
});

describe("'who denied that …' is answered by the denial, not by the accusation it answers", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "conscript.txt",
      published: "2017-03-10",
      paragraphs: [
        "Officials in Stepanakert said conscript Arman Petrosyan was shot dead by sniper fire from Azerbaijani positions near Talish on Thursday.",
        filler,
        "Baku's defence ministry rejected the account, saying there had been no shooting in that area.",
      ],
      places: ["Talish"],
      claims: [
        { paragraph: 0, fragment: "shot dead", side: "nagorno-karabakh", speaker: "Officials in Stepanakert", kind: "accusation", date: "2017-03-09" },
        { paragraph: 2, fragment: "rejected the account", side: "azerbaijan", speaker: "Baku's defence ministry", kind: "denial", date: "2017-03-10" },
      ],
      casualties: [
        {
          paragraph: 0,
          fragment: "shot dead",
          claimedBy: "nagorno-karabakh",
          affected: "nagorno-karabakh",
          killed: 1,
          wounded: null,
          qualifier: null,
          date: "2017-03-09",
        },
      ],
    }),
  );

  it("leads 'who denied that Azerbaijani snipers shot Arman Petrosyan' with Baku's denial", () => {
    const answer = ask(index, "Who denied that Azerbaijani snipers shot Arman Petrosyan?");
    expect(answer.lead?.text).toContain("rejected the account");
    expect(answer.lead?.side).toBe("azerbaijan");
  });

  it("still leads 'who shot Arman Petrosyan' with the account of the shooting", () => {
    expect(ask(index, "Who shot Arman Petrosyan?").lead?.text).toContain("shot dead by sniper fire");
  });
});

describe("a yes-or-no question about losses is answered by the casualty figure", () => {
  const sentence = (id: string, text: string) => ({ id, passageId: "p", text });
  const scene: SentenceFacts = {
    sentence: sentence("s1", "All afternoon, people in the valley heard the shelling where the armies fought."),
    heading: false,
    claims: [],
    figures: [],
    places: [],
    published: null,
  };
  const figure: CasualtyFigure = {
    claimedBy: "armenia",
    affected: "armenia",
    killed: null,
    wounded: 0,
    qualifier: null,
    date: null,
    file: "f.txt",
    passageId: "p",
    sentenceId: "s2",
    sentence: "The governor said no civilians had been injured.",
  };
  const governor: SentenceFacts = { ...scene, sentence: sentence("s2", "The governor said no civilians had been injured."), figures: [figure] };

  it("lifts a sentence with a casualty figure for 'were any people hurt in the fighting?' as a figure question would", () => {
    const question = understandQuestion("were any people in the valley villages hurt in the fighting?");
    expect(questionFit(question, governor) / questionFit(question, scene)).toBeGreaterThanOrEqual(1.5);
  });

  it("does not lift it for a question that asks nothing about losses", () => {
    const question = understandQuestion("were the valley villages shelled in the fighting?");
    expect(questionFit(question, governor)).toBe(questionFit(question, scene));
  });
});
