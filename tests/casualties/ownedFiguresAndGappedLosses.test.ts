import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import type { CasualtyContext, EarlierFigure } from "../../src/core/casualties/casualtyContext.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed", earlier?: EarlierFigure) => {
  const context: CasualtyContext = { ...ctx(claimant), ...(earlier ? { earlier } : {}) };
  return extractCasualties(sentence, context);
};

describe("a figure named by its owner after a toll was given", () => {
  it("reads '<capital>'s figure was N' as that side's new value of the toll", () => {
    expect(read("Stepanakert's figure on Wednesday night was 14.", "unattributed", { outcome: "killed", affected: "nagorno-karabakh" })).toEqual([
      { affected: "nagorno-karabakh", killed: 14, wounded: null, qualifier: null, claimedBy: "nagorno-karabakh" },
    ]);
  });
  it("keeps the outcome of the toll it refers to", () => {
    expect(read("The Ganja hospital board's figure was 61.", "unattributed", { outcome: "wounded", affected: "azerbaijan" })).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 61, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("credits 'gave a lower figure of N' to the body that gave it", () => {
    expect(read("A Karabakh parliamentary inquiry gave a lower figure of 310.", "unattributed", { outcome: "killed", affected: "nagorno-karabakh" })).toEqual([
      { affected: "nagorno-karabakh", killed: 310, wounded: null, qualifier: null, claimedBy: "nagorno-karabakh" },
    ]);
  });
  it("credits 'the current figure of N is from' to the body named after it", () => {
    expect(read("The current figure of 44 is from the Azerbaijani health ministry.", "unattributed", { outcome: "killed", affected: "azerbaijan" })).toEqual([
      { affected: "azerbaijan", killed: 44, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("reads no figure in a figure the text only asks about", () => {
    expect(read("The broadcast did not explain how the figure of 95 was reached.", "unattributed", { outcome: "killed", affected: "azerbaijan" })).toEqual([]);
  });
  it("reads no new figure in the earlier figure a side revised", () => {
    expect(read("It said 30 of its soldiers had died, revising an earlier figure of 22.", "armenia")).toEqual([
      { affected: "armenia", killed: 30, wounded: null, qualifier: null },
    ]);
  });
});

describe("losses going on in one sentence", () => {
  it("reads a bare 'lost N' that parallels a loss of soldiers just before", () => {
    expect(read("It says it lost six soldiers and that the Armenians lost 20.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 6, wounded: null, qualifier: null },
      { affected: "armenia", killed: 20, wounded: null, qualifier: null },
    ]);
  });
  it("reads a gapped loss ('and Azerbaijan 2,100') as the named side's", () => {
    expect(read("Armenia lost 2,700 soldiers and Azerbaijan 2,100 in the war, each government said.", "other")).toEqual([
      { affected: "armenia", killed: 2700, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 2100, wounded: null, qualifier: null },
    ]);
  });
  it("still reads no dead in a bare 'lost N' alone", () => {
    expect(read("The team lost four in the final.", "azerbaijan")).toEqual([]);
  });
  it("reads the nation's dead 'alone' as a death count", () => {
    expect(read("Officials say more than 9,000 Armenians alone were killed.", "armenia")).toEqual([
      { affected: "armenia", killed: 9000, wounded: null, qualifier: "more than" },
    ]);
  });
});

describe("figures the two sides gave for their own losses", () => {
  it("credits each side with its own losses 'according to their own official counts'", () => {
    expect(read("The war killed 2,700 Armenian soldiers and 2,100 Azerbaijani soldiers, according to their own official counts.")).toEqual([
      { affected: "armenia", killed: 2700, wounded: null, qualifier: null, claimedBy: "armenia" },
      { affected: "azerbaijan", killed: 2100, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("gives each side's figure once, not once per government", () => {
    expect(read("Clashes killed 40 Armenian servicemen and 25 Azerbaijani soldiers, according to figures released by the two governments.")).toHaveLength(2);
  });
});
