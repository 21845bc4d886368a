// A question's framing words and spellings that its answer does not share: "supposed to" asks what
// was planned, "Sarkisian" is the corpus's "Sargsyan", the "old people" of a question are a
// report's "elderly", and gas "cut" is gas "shut off". On passages of our own.
import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/core/search/nameSpellings.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const index = buildSearchIndex(
  corpusFixture(
    {
      file: "mission.txt",
      published: "2022-10-07",
      paragraphs: [
        "The monitoring mission would start in October for a maximum of two months, the council's office said.",
        "President Serzh Sargsyan told diplomats that Armenia would recognise the region's independence if the fighting went on.",
        "An elderly couple were found dead in their home after the village was retaken.",
        "Residents said Azerbaijan shut off the gas pipeline for the third time this winter.",
      ],
    },
    {
      file: "other.txt",
      published: "2022-10-08",
      paragraphs: ["The market in the capital reopened after the holiday, and the border crossing stayed busy."],
    },
  ),
);

const terms = (question: string) => planQuery(index, question).terms.map((t) => t.term);

describe("a question's framing and spellings", () => {
  it("drops 'supposed' from a question: what was planned is told without it", () => {
    expect(terms("How long was the monitoring mission supposed to last?")).not.toContain("suppos");
    const search = searchPassages(index, "How long was the monitoring mission supposed to last?");
    expect(search.weak).toBe(false);
    expect(search.hits[0]?.record.passage.text).toContain("maximum of two months");
  });

  it("gives the Western Armenian 'Sarkisian' and the Eastern 'Sargsyan' one key", () => {
    expect(nameKey("sarkisian")).toBe(nameKey("sargsyan"));
    expect(searchPassages(index, "What did Sarkisian threaten to do if the fighting went on?").hits[0]?.record.passage.text).toContain("Sargsyan");
  });

  it("also reads a question's 'old' as 'elderly' and its 'cut' as 'shut'", () => {
    expect(terms("What happened to the old people in the village?")).toContain("elderli");
    expect(terms("Who cut the gas this winter?")).toContain("shut");
  });
});
