// Search causes found on unseen question sets (issue 8), each on a small corpus written for it:
// typo corrections that were really other words, paraphrases the articles use for the
// question's words, speakers the passage never names, and interview answers under their questions.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { buildVocabulary, correctionCandidates, editDistance } from "../../src/core/search/spelling.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";
const rankOf = (index: ReturnType<typeof buildSearchIndex>, question: string, fragment: string) =>
  searchPassages(index, question).hits.findIndex((h) => h.record.passage.text.includes(fragment)) + 1;

describe("a typo is a slip or two, not a shared run of letters", () => {
  const words = ["dmitry", "inflame", "hadrut", "corridor", "refugees"];
  const vocabulary = buildVocabulary(
    words,
    words.map(() => 3),
  );

  it("does not read real words as distant vocabulary words", () => {
    expect(correctionCandidates(vocabulary, "admit")).toEqual([]);
    expect(correctionCandidates(vocabulary, "flare")).toEqual([]);
  });

  it("still corrects slips, swaps and a doubled letter", () => {
    expect(correctionCandidates(vocabulary, "hadrout")[0]?.word).toBe("hadrut");
    expect(correctionCandidates(vocabulary, "corider")[0]?.word).toBe("corridor");
    expect(correctionCandidates(vocabulary, "refugess")[0]?.word).toBe("refugees");
    expect(editDistance("thier", "their")).toBe(1);
  });
});

describe("the articles' words for the question's words", () => {
  const index = buildSearchIndex(
    corpusFixture(
      {
        file: "truce.txt",
        published: "2019-03-02",
        paragraphs: [
          "A truce was discussed at length by the two delegations.",
          "A truce between the two armies came into force at midnight on Friday, the monitors said.",
          filler,
        ],
      },
      {
        file: "losses.txt",
        published: "2019-03-03",
        paragraphs: [
          "The army said its soldiers held their positions near the river.",
          "The army acknowledged that three of its soldiers had been killed near the river.",
          filler,
        ],
      },
      {
        file: "envoy.txt",
        published: "2019-03-04",
        paragraphs: [
          "Armenia and Colombia signed a trade agreement in Bogota.",
          "Armenia recalled its ambassador from Bogota for consultations after the arms sale.",
          filler,
        ],
      },
      {
        file: "visit.txt",
        published: "2019-03-05",
        paragraphs: [
          "The co-chairs met both presidents in Vienna last year.",
          "The co-chairs will travel to the region next month to meet both presidents.",
          filler,
        ],
      },
      {
        file: "mfa.txt",
        published: "2019-03-06",
        paragraphs: [
          "Armenia's defence minister toured the village of Ardzan.",
          "Armenia's Foreign Ministry accused Azerbaijan of shelling the village of Ardzan.",
          filler,
        ],
      },
      {
        file: "ankara.txt",
        published: "2019-03-07",
        paragraphs: ["A report on the fighting was published in Vienna.", "Ankara responded within hours, calling the report a fabrication.", filler],
      },
    ),
  );

  it("reads 'take effect' as 'came into force'", () => expect(rankOf(index, "When did the truce take effect?", "came into force")).toBe(1));
  it("reads 'admit' as 'acknowledged'", () => expect(rankOf(index, "Did the army admit soldiers were killed near the river?", "acknowledged")).toBe(1));
  it("reads 'pull its envoy' as 'recalled its ambassador'", () =>
    expect(rankOf(index, "Why did Armenia pull its envoy out of Bogota?", "recalled its ambassador")).toBe(1));
  it("reads 'planning to visit' as 'will travel'", () => expect(rankOf(index, "Are the co-chairs planning to visit the region?", "will travel")).toBe(1));
  it("reads 'MFA' as the Foreign Ministry", () => expect(rankOf(index, "what did the armenian MFA say about Ardzan?", "Foreign Ministry accused")).toBe(1));
  it("reads a capital speaking for its government as the country", () =>
    expect(rankOf(index, "how did turkey respond to the report", "Ankara responded")).toBe(1));
});

describe("a passage is found by who speaks in it", () => {
  const index = buildSearchIndex(
    corpusFixture({
      file: "address.txt",
      published: "2021-05-01",
      paragraphs: ["The residents of the valley were counted in a census.", "The residents of the valley are our citizens and will live in peace.", filler],
      claims: [{ paragraph: 1, fragment: "our citizens", side: "azerbaijan", speaker: "President Ilham Aliyev" }],
    }),
  );

  it("lifts the passage whose claim's speaker the question names", () => {
    expect(rankOf(index, "What did Aliyev say about the residents of the valley?", "our citizens")).toBe(1);
  });
});

describe("an interview's answer stands under its question", () => {
  const index = buildSearchIndex(
    corpusFixture({
      file: "interview.txt",
      published: "2021-06-01",
      paragraphs: [
        "Question (Evening Radio): Critics say your observers let the convoy be stopped at the bridge. How do you respond?",
        "Anna Vorontsova: We consider these statements baseless. Our mission did its work.",
        filler,
      ],
    }),
  );

  it("puts the answer first and the question after it", () => {
    const hits = searchPassages(index, "did the observers let the convoy be stopped at the bridge").hits;
    expect(hits[0]?.record.passage.text).toContain("baseless");
    expect(hits[1]?.record.passage.text).toContain("Critics say");
  });
});
