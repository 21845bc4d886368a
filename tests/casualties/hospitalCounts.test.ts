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
