import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant));

describe("those who held a place are counted as its force", () => {
  it("reads '26 Armenian defenders and 11 civilians had been killed' as two counts", () => {
    expect(read("A spokesman said 26 Armenian defenders and 11 civilians had been killed since Saturday.", "nagorno-karabakh").map((d) => d.killed)).toEqual([
      26, 11,
    ]);
  });
  it("reads 'more than 200 defenders of the district had been killed' as the speaker's own dead", () => {
    expect(read("Officials said more than 200 defenders of the district had been killed.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 200, wounded: null, qualifier: "more than" },
    ]);
  });
  it("reads no count of human rights defenders who were detained", () => {
    expect(read("Two human rights defenders were detained.", "armenia")).toEqual([]);
  });
});
