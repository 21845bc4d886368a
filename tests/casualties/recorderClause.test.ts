// A clause in which another body records the dead (issue 7, casualties): "the parliament gave a figure of N dead,
// and <a rights group> recorded the killing of M civilians" leaves M the group's figure, of the same victims.
// Sentences of our own.
import { describe, expect, it } from "vitest";
import { casualtyClaimant, extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import type { CasualtyContext } from "../../src/core/casualties/extractCasualties.ts";
import { ctx, testSideOf } from "./helpers.ts";

/** The test gazetteer, which also knows one rights group as a third party. */
const withGroup = (claimant: Parameters<typeof ctx>[0]): CasualtyContext => ({
  ...ctx(claimant),
  sideOf: (phrase) => (/Amnesty International/i.test(phrase) ? "other" : testSideOf(phrase)),
});
const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => {
  const c = withGroup(claimant);
  return extractCasualties(sentence, c).map((d) => [casualtyClaimant(d, c), d.affected, d.killed]);
};

describe("a recorder's clause after the speaker's", () => {
  it("gives the figure of the clause to the body that recorded it", () => {
    expect(
      read("The Azerbaijani ministry has put the toll at 300 dead, and Amnesty International documented the killing of 120 civilians.", "azerbaijan"),
    ).toEqual([
      ["azerbaijan", "azerbaijan", 300],
      ["other", "azerbaijan", 120],
    ]);
  });
  it("leaves both figures the speaker's when the clause names a body of no known side", () => {
    expect(read("The Azerbaijani ministry has put the toll at 300 dead, and Local Volunteers counted 120 civilians killed.", "azerbaijan")).toEqual([
      ["azerbaijan", "azerbaijan", 300],
      ["azerbaijan", "azerbaijan", 120],
    ]);
  });
  it("leaves a clause of the speaker's own side the speaker's", () => {
    expect(read("The Karabakh army put its losses at 40 dead, and the Karabakh ombudsman counted 12 civilians killed.", "nagorno-karabakh")).toEqual([
      ["nagorno-karabakh", "nagorno-karabakh", 40],
      ["nagorno-karabakh", "nagorno-karabakh", 12],
    ]);
  });
});
