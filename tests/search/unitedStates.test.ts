// "What did the US co-chair say": folded, "US" was the pronoun "us" (a stop word) and "U.S." two
// single letters, so the question lost its side. In capitals they now read as the United States,
// which also meets "American" and "the State Department".
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { searchTerms } from "../../src/core/search/tokenize.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

describe("the United States, however written", () => {
  it("reads 'US' and 'U.S.' in capitals as the country, and leaves the pronoun alone", () => {
    expect(analyze("the US envoy")).toEqual(analyze("the United States envoy"));
    expect(analyze("the U.S. envoy")).toEqual(analyze("the American envoy"));
    expect(analyze("the State Department said")).toEqual(analyze("the United States said"));
    expect(analyze("let us talk")).toEqual(analyze("let talk"));
  });

  it("leaves 'US' alone in a text written in capitals, where it is the pronoun", () => {
    expect(searchTerms("THEY TOLD US TO LEAVE")).not.toContain("usa");
  });

  it("finds the American co-chair's words for a question about the US co-chair", () => {
    const index = buildSearchIndex(
      corpusFixture({
        file: "summit.txt",
        published: "2001-04-08",
        paragraphs: [
          "The talks in Florida ended on Saturday with no agreement, and the mediators said the work would go on.",
          "The American co-chair of the mediators told reporters that the two leaders had made remarkable progress.",
          "The French co-chair of the mediators left for Paris on Sunday.",
          "Officials on both sides traded statements through the day while diplomats urged calm along the border.",
          "Markets in the capital opened as usual, and the border crossing kept its normal hours.",
        ],
      }),
    );
    expect(planQuery(index, "What did the US co-chair say after the talks?").terms.map((t) => t.term)).toContain(analyze("American")[0]);
    expect(searchPassages(index, "What did the US co-chair say after the talks?").hits[0]?.record.passage.text).toContain("remarkable progress");
  });
});
