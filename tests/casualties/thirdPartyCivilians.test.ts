import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const afterAzerbaijaniDead = (sentence: string, claimant: Parameters<typeof ctx>[0]) =>
  extractCasualties(sentence, { ...ctx(claimant), earlierVictims: "azerbaijan" });

describe("a third party's count of civilians that names no side", () => {
  it("counts the victims the figures just before counted", () => {
    expect(afterAzerbaijaniDead("A rights group says more than 60 civilians were killed in the attack.", "other")).toEqual([
      { affected: "azerbaijan", killed: 60, wounded: null, qualifier: "more than" },
    ]);
  });
  it("leaves a toll that may count both sides unspecified", () => {
    expect(afterAzerbaijaniDead("The monitor said the death toll of the fighting had reached 24 people.", "other")[0]?.affected).toBe("unspecified");
  });
  it("leaves the outlet's own count of civilians to the rules that read it", () => {
    expect(afterAzerbaijaniDead("More than 60 civilians were killed in the attack.", "unattributed")[0]?.affected).toBe("unspecified");
  });
});

describe("the bodies a witness counted", () => {
  it("counts the victims the figures just before counted", () => {
    expect(afterAzerbaijaniDead("A surgeon there said he had counted 47 bodies brought in on a single day.", "other")[0]?.affected).toBe("azerbaijan");
  });
  it("leaves a toll of lives unspecified", () => {
    expect(afterAzerbaijaniDead("A report stated that violence since 2014 had claimed over a hundred lives.", "other")[0]?.affected).toBe("unspecified");
  });
});
