// A work speaks for whoever the text says made it: "The CIA produced three assessments. … The first
// assessment warned …" is the agency's, not the rights group's that spoke just before.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const sideOf = (paragraphs: string[], pattern: RegExp) =>
  extractArticle(parseArticle({ file: "w.txt", text: ["Reading the 1988 files", "", ...paragraphs].join("\n\n") }))
    .claims.filter((c) => pattern.test(c.sentence))
    .map((c) => c.side);

describe("a work and its maker", () => {
  it("gives 'The first assessment warned' to the agency the text says produced the assessments", () => {
    const sides = sideOf(
      [
        "Human Rights Watch said the clashes of that winter were the worst in the region for decades.",
        "The Central Intelligence Agency produced three assessments of the unrest that year.",
        "The first assessment warned that Moscow's concessions would not satisfy the Armenians.",
      ],
      /first assessment warned/,
    );
    expect(sides).toEqual(["united-states"]);
  });

  it("still gives a report to the group that spoke last when nobody is said to have made it", () => {
    const sides = sideOf(
      ["Human Rights Watch said the shelling of the town was indiscriminate.", "The report said cluster munitions had been used in residential areas."],
      /cluster munitions/,
    );
    expect(sides).toEqual(["other"]);
  });

  it("does not give a paper to the maker of assessments", () => {
    const sides = sideOf(
      ["The Central Intelligence Agency produced three assessments of the unrest that year.", "The paper said the enmity between the two peoples ran deep."],
      /enmity/,
    );
    expect(sides).not.toContain("united-states");
  });
});
