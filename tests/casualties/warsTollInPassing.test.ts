// A war's toll given in passing (issue 7, casualties): in a speaker's sentence, or one that carries a speaker on
// from the sentence before, "a conflict that killed some 30,000 people" is the outlet's background, not the
// speaker's claim. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { WARS_TOLL_RULES } from "../../src/core/casualties/warsToll.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant));
const outletsToll = (killed: number, qualifier: string) => [{ affected: "unspecified", killed, wounded: null, qualifier, claimedBy: "unattributed" }];

describe("a war's toll in passing is the outlet's", () => {
  it("gives the outlet a war in apposition after the speaker's words", () => {
    expect(
      read("He told the court that his uncle had died in the fighting over the region, a conflict that killed some 40,000 people in six years.", "azerbaijan"),
    ).toEqual(outletsToll(40000, "some"));
  });
  it("gives the outlet a sentence that opens on the war, carried on from a speaker", () => {
    expect(read("The 2020 war had killed more than 7,000 people.", "nagorno-karabakh")).toEqual(outletsToll(7000, "more than"));
  });
  it("leaves the speaker a war's toll with its own source after it", () => {
    expect(read("The war has killed an estimated 15,000 people, figures cited by aid groups.", "other")[0]?.claimedBy).toBeUndefined();
  });
  it("leaves the speaker a war against a side, and the speaker's own dead", () => {
    expect(read("The war waged against Azerbaijan killed more than 15,000 people.", "azerbaijan")[0]?.claimedBy).toBeUndefined();
    expect(read("The 44-day war killed 2,500 of our servicemen.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2500, wounded: null, qualifier: null },
    ]);
  });
});

describe("the war's-toll rules", () => {
  for (const [name, rule] of Object.entries(WARS_TOLL_RULES)) {
    for (const text of rule.examples) it(`${name} reads "${text}"`, () => expect(rule.pattern.test(text)).toBe(true));
    for (const text of rule.counterExamples) it(`${name} leaves "${text}"`, () => expect(rule.pattern.test(text)).toBe(false));
  }
});
