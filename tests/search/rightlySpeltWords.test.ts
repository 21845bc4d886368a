// A question word spelt right but missing from the corpus is not a typo: "vote count" must not be
// read as "vote court", nor "the failure of the talks" as "the figure of the talks". A real typo
// is still corrected, and a word's other English spelling ("center" for "centre") is still found.
// Question words with a second reading ("say sorry", "hilltops", "carrying weapons") meet the
// passages that answer them. On passages of our own.
import { describe, expect, it } from "vitest";
import { isEnglishWord, oneVowelApart } from "../../src/core/search/englishWords.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const index = buildSearchIndex(
  corpusFixture(
    {
      file: "court.txt",
      published: "2021-03-02",
      paragraphs: [
        "The court in the capital heard the case of the detained soldiers on Tuesday.",
        "The figure of the dead rose to twelve, the ministry said.",
        "The monitoring centre opened near the border, officials said.",
        "The refugees crossed the bridge at dawn.",
      ],
    },
    {
      file: "assembly.txt",
      published: "2021-03-03",
      paragraphs: [
        "The assembly adopted the resolution by 80 votes to 12 after a long debate.",
        "The foreign ministry apologised to the neighbouring country for the incident with the helicopter.",
        "Troops took two strategic heights above the valley, the defence ministry said.",
        "The ministry insisted the helicopter was unarmed and flying a routine patrol.",
      ],
    },
  ),
);

const corrections = (question: string) => planQuery(index, question).corrections.map((c) => `${c.typed}>${c.corrected}`);

describe("a rightly spelt question word", () => {
  it("is known to the English word list", () => {
    expect(isEnglishWord("count")).toBe(true);
    expect(isEnglishWord("failure")).toBe(true);
    expect(isEnglishWord("refugess")).toBe(false);
  });

  it("is not read as a corpus word a letter away", () => {
    expect(corrections("What was the vote count in the assembly?")).toEqual([]);
    expect(corrections("Who was blamed for the failure of the talks?")).toEqual([]);
  });

  it("still lets a typo be corrected", () => {
    expect(corrections("How many refugess crossed the bridge?")).toEqual(["refugess>refugees"]);
  });

  it("may still be read as its other English spelling, one vowel away", () => {
    expect(oneVowelApart("center", "centre")).toBe(true);
    expect(oneVowelApart("protestors", "protesters")).toBe(true);
    expect(oneVowelApart("count", "court")).toBe(false);
    expect(oneVowelApart("stuck", "struck")).toBe(false);
    expect(corrections("When did the monitoring center open?")).toEqual(["center>centre"]);
  });
});

describe("question words with a second reading", () => {
  const top = (question: string) => searchPassages(index, question).hits[0]?.record.passage.text ?? "";

  it("reads 'say sorry' as an apology", () => {
    expect(top("Did the ministry say sorry?")).toContain("apologised");
  });

  it("reads 'hilltops' as heights", () => {
    expect(top("Which hilltops were seized?")).toContain("strategic heights");
  });

  it("reads 'own up' as admitting, though both its words are stop words", () => {
    expect(planQuery(index, "Did the ministry own up to it?").terms.map((t) => t.term)).toEqual(
      planQuery(index, "Did the ministry admit it?").terms.map((t) => t.term),
    );
    expect(top("Did they own up?")).toContain("apologised");
  });

  it("reads 'carrying weapons' as whether it was unarmed", () => {
    expect(top("Was the helicopter carrying weapons?")).toContain("unarmed");
  });
});
