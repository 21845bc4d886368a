// A figure a speaker relays by its owner's name (issue 7, casualties): "a historian gives Azerbaijan's official figure
// of N killed" is Azerbaijan's figure, not the historian's. Sentences of our own.
import { describe, expect, it } from "vitest";
import { casualtyClaimant, extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => {
  const c = ctx(claimant);
  return extractCasualties(sentence, c).map((d) => [casualtyClaimant(d, c), d.affected, d.killed, d.wounded]);
};

describe("a figure relayed by its owner's name", () => {
  it("leaves a state's official figure that an author cites the state's", () => {
    expect(read("In her book the historian cites Azerbaijan's official figure of 480 villagers killed in the siege.", "other")).toEqual([
      ["azerbaijan", "azerbaijan", 480, null],
    ]);
  });
  it("leaves a count named as a side's own that side's", () => {
    expect(read("The reporter quoted Armenia's latest count of 35 soldiers dead.", "other")).toEqual([["armenia", "armenia", 35, null]]);
  });
  it("keeps the speaker's own figure the speaker's", () => {
    expect(read("The historian puts the number of villagers killed in the siege at 480.", "other")).toEqual([["other", "unspecified", 480, null]]);
  });
  it("keeps a figure named as the speaker's own side's the speaker's", () => {
    expect(read("The ministry said Azerbaijan's official figure was 12 soldiers killed.", "azerbaijan")).toEqual([["azerbaijan", "azerbaijan", 12, null]]);
  });
});
