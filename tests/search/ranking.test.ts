import { beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, type SearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { analyze } from "../../src/core/search/analyze.ts";
import { conflictCorpus } from "../answers/conflictFixture.ts";

let index: SearchIndex;
beforeAll(() => {
  index = buildSearchIndex(conflictCorpus());
});

const topFile = (question: string) => searchPassages(index, question).hits[0]?.record.passage.file;
const topText = (question: string) => searchPassages(index, question).hits[0]?.record.passage.text ?? "";

describe("ranking passages for a question", () => {
  it("corrects a misspelled place against the corpus vocabulary", () => {
    const result = searchPassages(index, "What happened near Hadrot?");
    expect(result.query.corrections).toContainEqual(expect.objectContaining({ typed: "hadrot", corrected: "hadrut" }));
    expect(result.hits[0]?.record.passage.text).toContain("Hadrut");
  });

  it("finds a place under another of its spellings, with nothing to correct", () => {
    const result = searchPassages(index, "What happened near Hadrout?");
    expect(result.query.corrections).toEqual([]);
    expect(result.hits[0]?.record.passage.text).toContain("Hadrut");
  });

  it("corrects a misspelled country name and still finds its ministry's claim", () => {
    expect(topText("What did the Azerbaijian defence ministry say about the ambush?")).toContain("Azerbaijan's defence ministry");
  });

  it("matches synonyms: chopper finds helicopter, peace monitors find peacekeepers", () => {
    expect(topText("Was a chopper downed?").toLowerCase()).toContain("helicopter");
    expect(topText("What did the peace monitors say?")).toContain("peacekeepers");
  });

  it("matches a phrase synonym: artillery fire finds shelling", () => {
    expect(topFile("artillery fire on Talish")).toBe("a4_talish.txt");
  });

  it("treats died, killed and fatalities as one word", () => {
    expect(analyze("died")).toEqual(analyze("fatalities"));
    expect(topText("How many soldiers were killed near Hadrut?")).toContain("died in an ambush");
  });

  it("reads 'how many did they lose' as a question about the dead", () => {
    expect(analyze("lose")).toEqual(analyze("died"));
    expect(
      searchPassages(index, "How many soldiers did they lose near Hadrut?")
        .hits.map((h) => h.record.passage.text)
        .join(" "),
    ).toContain("died in an ambush");
  });

  it("never spell-corrects a word of the synonym table into an unrelated corpus word", () => {
    expect(searchPassages(index, "chopper").query.corrections).toEqual([]);
  });

  it("uses a date in the question to choose between otherwise identical passages", () => {
    expect(topFile("Fighting near Martakert in September 2022")).toBe("a6_new.txt");
    expect(topFile("Fighting near Martakert in October 2020")).toBe("a5_old.txt");
  });

  it("ranks passages about the place the question names first", () => {
    const hits = searchPassages(index, "fighting near Hadrut").hits;
    const rankOf = (text: string) => hits.findIndex((h) => h.record.passage.text.includes(text));
    expect(hits[0]?.record.passage.text).toContain("Hadrut");
    expect(rankOf("Martakert")).toBeGreaterThan(rankOf("Hadrut"));
  });

  it("calls evidence weak when the question is about something the corpus never mentions", () => {
    const result = searchPassages(index, "How do I bake sourdough bread?");
    expect(result.weak).toBe(true);
  });
});

describe("hostile questions never crash the search", () => {
  const hostile = ["", "   ", "'=^!|", "!azerbaijan | ^hadrut$ 'killed =dead", "🙂🔥💥", "x".repeat(10_000), "killed ".repeat(2_000), "(((", "\u0000\u0001"];
  for (const question of hostile) {
    it(`answers ${JSON.stringify(question.slice(0, 24))}${question.length > 24 ? "…" : ""} with hits or a weak result`, () => {
      const result = searchPassages(index, question);
      expect(Array.isArray(result.hits)).toBe(true);
      if (result.hits.length === 0) expect(result.weak).toBe(true);
    });
  }
});
