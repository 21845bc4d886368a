// Ranking causes from a third blind set, each on a small corpus written for it: "captured"
// read as taken prisoner, "negotiated" read as mediated, and a place named only in the headline.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";
const top = (index: ReturnType<typeof buildSearchIndex>, q: string) =>
  searchPassages(index, q)
    .hits.slice(0, 2)
    .map((h) => h.record.passage.text);

describe("question words with a second reading", () => {
  const index = buildSearchIndex(
    corpusFixture({
      file: "c1.txt",
      published: "2021-11-17",
      paragraphs: [
        "Azerbaijani forces seized two hills after a day of fighting.",
        "Thirteen servicemen have been taken prisoner and four were detained at a checkpoint, the ministry said.",
        "A ceasefire was reached through Russian mediation late on Tuesday.",
        "Diplomats held talks about trade and transit in another capital.",
        filler,
      ],
    }),
  );

  it("finds soldiers taken prisoner for 'soldiers captured'", () => {
    expect(top(index, "how many soldiers captured")[0]).toContain("taken prisoner");
  });

  it("reads a misspelled 'negociated' as negotiated and finds the mediated ceasefire", () => {
    const result = searchPassages(index, "who negociated the ceasefire");
    expect(result.query.corrections).toContainEqual(expect.objectContaining({ typed: "negociated", corrected: "negotiated" }));
    expect(result.hits[0]?.record.passage.text).toContain("Russian mediation");
  });
});

describe("a place named in the article's lead lifts its other passages", () => {
  const index = buildSearchIndex(
    corpusFixture(
      {
        file: "p1.txt",
        published: "2021-11-18",
        paragraphs: ["Villages in Syunik on edge after a border clash.", filler, "A ceasefire was agreed late on Tuesday, the council said."],
        places: ["Syunik"],
      },
      {
        file: "p2.txt",
        published: "2021-11-18",
        paragraphs: ["Fighting in Tavush left farms damaged.", filler, "A ceasefire was agreed late on Tuesday, the ministry said."],
        places: ["Tavush"],
      },
    ),
  );

  it("ranks the Syunik report's ceasefire passage above the other report's", () => {
    const texts = searchPassages(index, "ceasefire agreed syunik").hits.map((h) => h.record.passage.text);
    const syunik = texts.indexOf("A ceasefire was agreed late on Tuesday, the council said.");
    const other = texts.indexOf("A ceasefire was agreed late on Tuesday, the ministry said.");
    expect(syunik).toBeGreaterThanOrEqual(0);
    expect(other < 0 || syunik < other).toBe(true);
  });
});
