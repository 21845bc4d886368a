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
