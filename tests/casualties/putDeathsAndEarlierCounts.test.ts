import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant));

describe("a speaker puts the dead of a side, or their deaths, at a number", () => {
  it("reads 'put the Azerbaijani dead at four' as four Azerbaijani dead", () => {
    expect(read("A spokesman later put the Azerbaijani dead at four.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 4, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'put Azerbaijani military deaths at 2,908' as 2,908 Azerbaijani dead", () => {
    expect(read("Its defence ministry later put Azerbaijani military deaths at 2,908.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2908, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'put civilian deaths on their side at 22' as the speaker's own 22 dead", () => {
    expect(read("The separatist authorities put civilian deaths on their side at 22.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 22, wounded: null, qualifier: null },
    ]);
  });
  it("does not read deaths that no one puts at a number", () => {
    expect(read("The ministry put the blame for the deaths on Baku at once.", "armenia")).toEqual([]);
    expect(read("They put deaths in the hundreds at the very least.", "armenia")).toEqual([]);
  });
});

describe("an earlier count with a noun of its own", () => {
  it("gives 'up from the 50 deaths it reported' once, not once as a group and once as the earlier count", () => {
    expect(read("The ministry published the names of 71 servicemen on Thursday, up from the 50 deaths it reported on Tuesday.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 71, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 50, wounded: null, qualifier: null },
    ]);
  });
  it("still gives a bare earlier count: 'rose to 71, up from 50'", () => {
    expect(read("The toll rose to 71, up from 50.", "azerbaijan").map((d) => d.killed)).toEqual([71, 50]);
  });
});

describe("a count compared with the same victims' count over an earlier span", () => {
  it("reads 'two soldiers were killed in 2012, compared with 11 in 2011' as both counts", () => {
    expect(read("Officials say two Armenian soldiers were killed by snipers during 2012, compared with 11 in 2011.", "armenia")).toEqual([
      { affected: "armenia", killed: 2, wounded: null, qualifier: null },
      { affected: "armenia", killed: 11, wounded: null, qualifier: null },
    ]);
  });
  it("keeps the outcome: 'five were wounded, compared with 12 in March' counts the wounded", () => {
    expect(read("Five soldiers were wounded this month, compared with 12 in March.", "armenia").map((d) => d.wounded)).toEqual([5, 12]);
  });
  it("reads no count from a comparison with a year", () => {
    expect(read("Two soldiers were killed this year, compared with 2021 in a report on the border.", "armenia").map((d) => d.killed)).toEqual([2]);
  });
});
