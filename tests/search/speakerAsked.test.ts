// "What did Petrov say …": the question names who spoke, and the passage that answers is the one
// where that person is the speaker of the claims, often with fewer of the topic's words than a
// passage that tells the meeting. A country or a capital named as the speaker lifts nothing:
// its side speaks in too many passages to tell one from another. The verb of speech asked about
// ("demand", "complain") weighs more than the topic: it says what kind of words are asked for.
import { describe, expect, it } from "vitest";
import { FOCUS_VERB_WEIGHT, planQuery } from "../../src/core/search/query.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const filler = [
  "Officials on both sides traded statements through the day while diplomats urged calm along the border.",
  "Markets in the capital opened as usual, and the border crossing kept its normal hours.",
  "The weather in the mountains turned cold, and snow closed two passes for a day.",
  "Farmers in the valley brought in the last of the harvest before the rains.",
  "A new bridge over the river was opened to traffic on Tuesday.",
  "The national football team lost its away match by two goals.",
];

const index = buildSearchIndex(
  corpusFixture({
    file: "talks.txt",
    published: "1994-02-19",
    paragraphs: [
      "The defence ministers of the two countries met in Moscow on Friday and signed a protocol on a ceasefire.",
      '"We have achieved what seemed impossible a week ago," Petrov said after the talks, adding that observers could be sent within days.',
      "A further meeting on monitoring the ceasefire is planned for next month.",
      ...filler,
    ],
    claims: [
      { paragraph: 1, fragment: "We have achieved", side: "russia", speaker: "Defence Minister Petrov" },
      { paragraph: 0, fragment: "The defence ministers", side: "russia", speaker: "the defence ministry" },
    ],
  }),
);
const QUESTION = "What did Petrov say after the meeting of defence ministers in Moscow?";

describe("a question asking what a named person said", () => {
  it("reads the speaker from the words between the auxiliary and the verb of speech", () => {
    expect(planQuery(index, QUESTION).speakerAsked).toEqual(["petrov"]);
    expect(planQuery(index, "How did Petrov answer the criticism?").speakerAsked).toEqual(["petrov"]);
    expect(planQuery(index, "How many observers did Petrov say would be sent?").speakerAsked).toEqual(["petrov"]);
    expect(planQuery(index, "Where did the ministers meet?").speakerAsked).toEqual([]);
  });

  it("reads a mistyped or otherwise spelled name as the corpus spells it", () => {
    expect(planQuery(index, "What did Petrof say after the talks?").speakerAsked).toEqual(["petrov"]);
  });

  it("lifts the passage where that person speaks above one that only tells the meeting", () => {
    const top = (speakerBoost: number) => searchPassages(index, QUESTION, { speakerBoost }).hits[0]?.record.passage.text ?? "";
    expect(top(1)).toContain("The defence ministers of the two countries met");
    expect(top(1.6)).toContain("seemed impossible");
  });

  it("takes no country or capital as the asked speaker", () => {
    expect(planQuery(index, "What did Russia say about the protocol?").speakerAsked).toEqual([]);
    expect(planQuery(index, "Why did Baku say it signed the protocol?").speakerAsked).toEqual([]);
  });
});

describe("the verb a question asks about", () => {
  it("weighs more than the topic's words when it says what kind of words are asked for", () => {
    const weightOf = (question: string, word: string) => planQuery(index, question).terms.find((t) => t.term === word)?.weight;
    expect(weightOf("What did Petrov demand after the talks in Moscow?", "demand")).toBe(FOCUS_VERB_WEIGHT);
    expect(weightOf("What did Petrov demand after the talks in Moscow?", "moscow")).toBe(1);
  });

  it("is left at a word's weight when it only says that someone spoke", () => {
    const terms = planQuery(index, "What did Petrov say after the talks in Moscow?").terms;
    expect(terms.every((t) => t.weight <= 1)).toBe(true);
  });
});
