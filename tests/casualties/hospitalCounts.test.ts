import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("the hurt as hospitals count them", () => {
  it("reads people 'treated for injuries' as wounded, past an aside naming some of them", () => {
    expect(read("The ministry said about 45 people, among them two photographers, were treated for injuries.", "armenia")).toEqual([
      { affected: "armenia", killed: null, wounded: 45, qualifier: "about" },
    ]);
  });
});

describe("'in hospital' that counts no one hurt", () => {
  it("reads the dead broken down after a colon as where they died, not as wounded", () => {
    expect(read("The ministry said 30 people had died: nine in hospital, and 21 whose bodies were found at the site.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 30, wounded: null, qualifier: null },
    ]);
  });
  it("reads an age someone turned in hospital as no count", () => {
    expect(read("In May, when the leader turned 75 in hospital, the minister praised him.", "armenia")).toEqual([]);
  });
  it("still reads those in hospital after the dead as the hurt", () => {
    expect(read("Officials said 20 people were dead and around 150 in hospital.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 20, wounded: 150, qualifier: "around" },
    ]);
  });
});
