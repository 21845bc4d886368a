// Two readings of question words found on unseen sets: "station" in "petrol station" is a place,
// not troops stationed; and a blast is an explosion, whichever word the article uses.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const index = buildSearchIndex(
  corpusFixture(
    {
      file: "depot.txt",
      published: "2021-06-02",
      paragraphs: [
        "Investigators said the explosion at the fuel depot near Martuni was probably caused by a leaking tank.",
        "New border posts were manned by troops stationed near the river, the ministry said.",
        "Officials on both sides traded statements through the day while diplomats urged calm.",
      ],
    },
    {
      file: "market.txt",
      published: "2021-06-03",
      paragraphs: ["The market in the capital reopened after the holiday.", "Grain prices rose again this week, traders said."],
    },
  ),
);

describe("a station as a place", () => {
  it("does not read a petrol station as a deployment", () => {
    expect(analyze("a fire at the petrol station")).not.toContain(analyze("troops stationed")[1]);
    expect(analyze("the gas station")).toEqual(analyze("the filling station"));
  });
});

describe("a blast and an explosion", () => {
  it("finds the article's explosion for a question's blast", () => {
    const [top] = searchPassages(index, "What caused the blast near Martuni?").hits;
    expect(top?.record.passage.text).toContain("explosion at the fuel depot");
  });
});
