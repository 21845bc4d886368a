// A hit on a building asked about is the strike the article tells; a soldier hit is not read so.
import { describe, expect, it } from "vitest";
import { searchPassages } from "../../src/core/search/search.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const index = buildSearchIndex(
  corpusFixture(
    {
      file: "mosque.txt",
      published: "2021-03-02",
      paragraphs: [
        "Baku blames the Zangilan mosque's neglect on the occupation.",
        "Restorers began work on the minaret this month, and visitors were returning every weekend.",
        "In a statement issued at the time, Baku blamed Armenian artillery units for the strike on the Zangilan mosque in August 1993.",
      ],
    },
    {
      file: "market.txt",
      published: "2021-03-03",
      paragraphs: ["The market in the capital reopened after the holiday.", "Grain prices rose again this week, traders said."],
    },
  ),
);

describe("a hit on a building", () => {
  it("finds the passage telling the strike, not only those that name the building most", () => {
    const [top] = searchPassages(index, "who did baku blame for the hit on the zangilan mosque?").hits;
    expect(top?.record.passage.text).toContain("for the strike on the Zangilan mosque");
  });
});
