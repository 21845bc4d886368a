// Travel advisories, elections and mediators' offices met on first contact with advisories, election
// reports and defence-trade texts (issue 7). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("an embassy in another state's capital", () => {
  it("is its own state's, the city it is in only its host", () => {
    const read = readSentences(
      "The U.S. Embassy in Baku says driving through the village of Tegh is permitted but stopping there is not.",
      "After the clashes, the embassy in Baku advised against travel east of the M2 highway.",
    );
    expect(read.map((r) => r.sides)).toEqual([["united-states"], ["united-states"]]);
    expect(read[0]?.speaker).toBe("The U.S. Embassy in Baku");
    expect(sidesOf("The Armenian embassy in Moscow said it had protested.")).toEqual(["armenia"]);
  });
});
