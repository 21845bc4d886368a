// Foreigners hurt in the war, named by their nation and by what they were doing there. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import type { CasualtyContext } from "../../src/core/casualties/extractCasualties.ts";
import { ctx, testSideOf } from "./helpers.ts";

/** The test gazetteer, which also knows France as a side of its own. */
const withFrance: CasualtyContext = { ...ctx("unattributed"), sideOf: (phrase) => (/french/i.test(phrase) ? "france" : testSideOf(phrase)) };

describe("foreign reporters wounded while at work", () => {
  it("reads what they were doing as who they were, and counts them as no party's people", () => {
    const read = extractCasualties("Two French reporters working for a Paris weekly were wounded by shellfire in the town on Friday.", withFrance);
    expect(read.map((d) => [d.affected, d.wounded])).toEqual([["unspecified", 2]]);
  });
  it("reads reporters named by no nation, at work, as no party's people", () => {
    const read = extractCasualties("Two reporters working for a Paris weekly were wounded by shellfire in the town on Friday.", withFrance);
    expect(read.map((d) => [d.affected, d.wounded])).toEqual([["unspecified", 2]]);
  });
});
