// Reporters, monitors and activists who count the dead themselves. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { casualtyClaimant, extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, c = ctx("unattributed")) => extractCasualties(sentence, c).map((d) => [casualtyClaimant(d, c), d.killed]);

describe("a count made by reporters or monitors", () => {
  it("is a third party's, even when the country they work in is named before them", () => {
    expect(read("Armenian independent outlets have put the military death toll above 150.")).toEqual([["other", 150]]);
    expect(read("Reporters who reached the village on foot counted 18 bodies in the school yard.")).toEqual([["other", 18]]);
  });
  it("is not what officials tell reporters", () => {
    expect(read("The Azerbaijani ministry told reporters that 12 soldiers had died.", ctx("azerbaijan"))).toEqual([["azerbaijan", 12]]);
  });
});

describe("counts credited to whose reckoning they are, or to outlets placed in a country", () => {
  const read = (sentence: string) => extractCasualties(sentence, ctx("unattributed"));
  it("gives a historian's reckoning to a third party", () => {
    expect(read("By Smith's reckoning the war of 1988-94 left around 25,000 people dead.")[0]?.claimedBy).toBe("other");
  });
  it("gives a side's reckoning to that side, and leaves the outlet's own", () => {
    expect(read("By Azerbaijan's reckoning, 40 soldiers died in the offensive.")[0]?.claimedBy).toBe("azerbaijan");
    expect(read("By our reckoning, 40 soldiers died in the offensive.")[0]?.claimedBy).toBeUndefined();
  });
  it("gives outlets in a country, described by a relative clause, a third party's count", () => {
    expect(
      read("Opposition outlets in Armenia, which keep their own lists from funeral notices, have put the military death toll above 300.")[0]?.claimedBy,
    ).toBe("other");
  });
});
