// Whose figure it is (issue 7, casualties, round 30), in sentences of our own: a key figure's source in brackets with
// its state after the office, a belligerent raising its toll in a third party's sentence, and a toll "usually quoted
// by news agencies" that a speaker sets aside.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.claimedBy ?? claimant, d.affected, d.killed, d.wounded]);

describe("a key figure's source in brackets", () => {
  it("gives '(Prosecutor General of Azerbaijan)' the figure before it", () => {
    expect(read("- 61 civilians killed and 290 wounded in Azerbaijan, 27 September - 20 October (Prosecutor General of Azerbaijan)", "unattributed")).toEqual([
      ["azerbaijan", "azerbaijan", 61, 290],
    ]);
  });
  it("gives '(Ministry of Health of Armenia)' the figure before it", () => {
    expect(read("- 12 civilians killed in Armenia, up to 20 October (Ministry of Health of Armenia)", "unattributed")).toEqual([
      ["armenia", "armenia", 12, null],
    ]);
  });
  it("credits no one for a place and a date in brackets", () => {
    expect(read("- 12 civilians killed (Tartar, 20 October)", "unattributed")).toEqual([["unattributed", "unspecified", 12, null]]);
  });
});

describe("a belligerent raising its toll in a third party's sentence", () => {
  it("gives the new value to the side that raises it, as its own dead", () => {
    expect(read("Aid group warns of shortages as Armenia counts arrivals and Karabakh officials raise the toll from a depot blast to 70", "other")).toEqual([
      ["nagorno-karabakh", "nagorno-karabakh", 70, null],
    ]);
  });
  it("leaves a toll the speaker itself gives to the speaker", () => {
    expect(read("The aid group put the toll from the depot blast at 70.", "other")).toEqual([["other", "unspecified", 70, null]]);
  });
});

describe("a toll usually quoted by news agencies", () => {
  it("gives the agencies' toll to a third party when a speaker sets it aside", () => {
    expect(
      read("UN officials, rejecting the toll of 2,000 usually quoted by news agencies, say at least 8,000 people have been killed.", "united-nations"),
    ).toEqual([
      ["other", "unspecified", 2000, null],
      ["united-nations", "unspecified", 8000, null],
    ]);
  });
  it("gives a toll 'according to the figure most often quoted by news agencies' to a third party", () => {
    expect(
      read("The four-year war over Karabakh has cost about 2,000 lives, according to the figure most often quoted by news agencies.", "unattributed"),
    ).toEqual([["other", "unspecified", 2000, null]]);
  });
});
