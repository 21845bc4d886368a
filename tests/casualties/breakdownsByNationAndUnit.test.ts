import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("a toll broken down by nation", () => {
  it("reads 'put the dead at N' as a toll of the dead", () => {
    expect(read("An inquiry by the regional court put the dead at 45.", "other")).toEqual([
      { affected: "unspecified", killed: 45, wounded: null, qualifier: null },
    ]);
  });
  it("keeps each nation's part of a toll named by its people ('Armenians', 'Azerbaijanis')", () => {
    expect(read("The commission later put the death toll at 40, among them 30 Armenians and ten Azerbaijanis.", "other")).toEqual([
      { affected: "unspecified", killed: 40, wounded: null, qualifier: null },
      { affected: "armenia", killed: 30, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 10, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'N of them Armenians and M Azerbaijanis' after a total as each nation's part", () => {
    expect(read("The inquiry said 40 people had been killed, 30 of them Armenians and 10 Azerbaijanis, a figure many disputed.", "other")).toEqual([
      { affected: "unspecified", killed: 40, wounded: null, qualifier: null },
      { affected: "armenia", killed: 30, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 10, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'of whom N were Armenians and M Azerbaijanis' after a toll as each nation's part", () => {
    expect(read("Investigators put the dead at 40, of whom 30 were Armenians and ten Azerbaijanis.", "other")).toEqual([
      { affected: "unspecified", killed: 40, wounded: null, qualifier: null },
      { affected: "armenia", killed: 30, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 10, wounded: null, qualifier: null },
    ]);
  });
  it("still folds parts of one nation into their total", () => {
    expect(read("The commission put the death toll at 40, among them 30 Armenians.", "other")).toEqual([
      { affected: "unspecified", killed: 40, wounded: null, qualifier: null },
    ]);
  });
  it("gives the nations an active verb killed its outcome, not the outcome of the clause opened after ', and'", () => {
    expect(read("The mob killed 19 Armenians and 4 Azerbaijanis, and more than 80 people were injured, the inquiry found.", "other")).toEqual([
      { affected: "armenia", killed: 19, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 4, wounded: null, qualifier: null },
      { affected: "unspecified", killed: null, wounded: 80, qualifier: "more than" },
    ]);
  });
  it("still shares a predicate with every group listed before it", () => {
    expect(read("Three soldiers and a civilian were wounded.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 3, qualifier: null },
      { affected: "azerbaijan", killed: null, wounded: 1, qualifier: null },
    ]);
  });
});

describe("a side reporting a bare count", () => {
  it("gives the count a side reports after another side's count to the side reporting it", () => {
    expect(read("By official data the Armenian side has 150 killed, and the Azerbaijani side reports 60 killed.", "other")).toEqual([
      { affected: "armenia", killed: 150, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 60, wounded: null, qualifier: null },
    ]);
  });
  it("reads each side's report of its dead and wounded as its own", () => {
    expect(read("The Azerbaijani side reported four dead and nine wounded, and the Armenian side has reported three dead.", "russia")).toEqual([
      { affected: "azerbaijan", killed: 4, wounded: 9, qualifier: null },
      { affected: "armenia", killed: 3, wounded: null, qualifier: null },
    ]);
  });
});

describe("a toll broken down by unit or place", () => {
  it("folds 'N of them from the border troops' into the servicemen it breaks down", () => {
    expect(read("A colonel told the tribunal that 20 servicemen, 15 of them from the border troops, had been killed in the raid.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 20, wounded: null, qualifier: null },
    ]);
  });
  it("folds 'N of them in hospital' into the dead it breaks down", () => {
    expect(read("Doctors said 17 people had died, six of them in hospital.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 17, wounded: null, qualifier: null },
    ]);
  });
  it("still keeps the civilians among a toll of all kinds", () => {
    expect(read("At least 28 people were killed, five of them civilians, and 150 wounded.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 28, wounded: 150, qualifier: "at least" },
      { affected: "nagorno-karabakh", killed: 5, wounded: null, qualifier: null },
    ]);
  });
});
