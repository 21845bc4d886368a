// Culture, faith, heritage and sport pages, met on first contact with them (issue 7): ministers named
// by their office before the name and later called "the minister", and the bodies such pages quote.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { readSentences } from "./readSides.ts";

describe("an office named before its holder's name", () => {
  it("reads a later 'the minister' as the minister named nearest, not one named in the opening", () => {
    const reads = readSentences(
      "Azerbaijan's culture minister has announced a working group on the churches of the region.",
      "Armenia's foreign ministry condemned the plan.",
      "On Tuesday Foreign Minister Ruben Arakelyan told lawmakers that it ignored the court.",
      "The minister said a monitoring mission had become urgent.",
    );
    expect(reads.at(-1)?.sides).toEqual(["armenia"]);
  });
});
