// "Who won the runoff?" (issue 8): a runoff is reported as the vote's second round ("received 61
// percent of the vote in Sunday's second round"), so the paragraph giving the result meets the question.
// Articles of our own.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

describe("a runoff and a second round", () => {
  it("reads a second round as a runoff", () => {
    expect(analyze("the second round")).toEqual(expect.arrayContaining(analyze("the runoff")));
  });

  const index = buildSearchIndex(
    corpusFixture({
      file: "vote.txt",
      published: "2020-04-15",
      paragraphs: [
        "Officials in the region said turnout had been low because of the epidemic.",
        "Vardan Melikyan received 61 percent of the vote in Sunday's second round, the election commission said.",
      ],
    }),
  );

  it("finds the result of the second round for 'who won the runoff'", () => {
    const [top] = searchPassages(index, "who won the 2020 presidential runoff?").hits;
    expect(top?.record.passage.text).toContain("61 percent");
  });
});
