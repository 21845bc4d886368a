import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("a war's dead given by nation, with the missing", () => {
  it("reads 'military' after two nations' counts as the forces each lost", () => {
    expect(read("By the council's estimate, some 1 200 Armenian and 800 Azerbaijani military were killed in the spring fighting.", "other")).toEqual([
      { affected: "armenia", killed: 1200, wounded: null, qualifier: "some" },
      { affected: "azerbaijan", killed: 800, wounded: null, qualifier: null },
    ]);
  });
  it("reads those 'killed or missing' as the dead", () => {
    expect(read("The report lists about 600 Armenian and 450 Azerbaijani military killed or missing, and many displaced.", "other")).toEqual([
      { affected: "armenia", killed: 600, wounded: null, qualifier: "about" },
      { affected: "azerbaijan", killed: 450, wounded: null, qualifier: null },
    ]);
    expect(read("The ministry said 64 of its soldiers were killed or missing after the assault.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 64, wounded: null, qualifier: null },
    ]);
  });
  it("still reads the dead and the missing together ('dead or missing') as no toll of the dead", () => {
    expect(read("Officials said 90 people were dead or missing after the assault.", "armenia")).toEqual([]);
  });
  it("reads 'military' as no one when a thing follows it", () => {
    expect(read("The strike destroyed three military vehicles near the road.", "azerbaijan")).toEqual([]);
    expect(read("Two military officers were killed in the strike.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
  });
});
