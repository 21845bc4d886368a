// Figures in an infobox's or a table's shorthand, whose label before a colon says whose losses they
// are ("Azerbaijani claim on Armenian losses: 300 soldiers killed"), and tolls of those who "lost their
// lives". Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) =>
  extractCasualties(sentence, ctx(claimant)).map((d) => ({ affected: d.affected, killed: d.killed, wounded: d.wounded }));

describe("a label naming whose losses before a colon", () => {
  it("gives the figures after it to the side the label names", () => {
    expect(read("Azerbaijani claim on Armenian losses: 300 soldiers killed, 450 wounded.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: 300, wounded: 450 },
    ]);
    expect(read("Armenian losses: 49 killed.", "unattributed")).toEqual([{ affected: "armenia", killed: 49, wounded: null }]);
  });

  it("leaves a claimant's own figures its own when the label names no losses", () => {
    expect(read("Per Azerbaijani sources: 30 soldiers killed, 40 wounded.", "azerbaijan")).toEqual([{ affected: "azerbaijan", killed: 30, wounded: 40 }]);
  });
});

describe("a toll of those who lost their lives", () => {
  it("reads the number the toll has risen to", () => {
    expect(read("The ministry said the number of Azerbaijani soldiers who lost their lives in the war had risen to 2,800.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2800, wounded: null },
    ]);
  });
});

describe("an agency closing a belligerent's figure", () => {
  it("leaves the figure the belligerent's, whose voice the sentence is", () => {
    expect(
      extractCasualties("That brings the number of its soldiers killed to 60, according to Interfax.", ctx("nagorno-karabakh")).map((d) => d.claimedBy),
    ).toEqual([undefined]);
  });
});
