import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant));

describe("a side that speaks in a clause of its own gives that clause's count", () => {
  it("gives 'and Azerbaijan reported 80 of its soldiers dead' to Azerbaijan, with its own dead", () => {
    expect(
      read("The mission came after clashes in which Armenia says 35 of its troops died and Azerbaijan reported 80 of its soldiers dead.", "armenia"),
    ).toEqual([
      { affected: "armenia", killed: 35, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 80, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("gives the count after '; the Azerbaijani side names' to that side", () => {
    expect(read("Armenian Defence Ministry: 40 servicemen dead after the border attack; the Azerbaijani side names 12 fallen servicemen", "armenia")).toEqual([
      { affected: "armenia", killed: 40, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 12, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("gives the count after ', while the Karabakh authorities say' to them", () => {
    expect(read("Azerbaijan says 31 of its civilians were killed, while the Karabakh authorities say 22 civilians died.", "azerbaijan")[1]).toEqual({
      affected: "nagorno-karabakh",
      killed: 22,
      wounded: null,
      qualifier: null,
      claimedBy: "nagorno-karabakh",
    });
  });
  it("keeps a count the speaker reports within its own clause ('and that Azerbaijan lost 30') the speaker's", () => {
    expect(read("Armenia said it lost 12 soldiers and that Azerbaijan lost 30 soldiers.", "armenia").map((d) => d.claimedBy)).toEqual([undefined, undefined]);
  });
});

describe("a speaker who relays two sides' figures", () => {
  it("keeps both figures its own when it spoke of neither clause itself", () => {
    expect(read("The Azerbaijani side reported seven dead, and the Armenian side has reported six dead.", "russia").map((d) => d.claimedBy)).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe("one side's count, then the other side's in a gapped clause", () => {
  it("reads '40 soldiers were killed on the Armenian side and 12 on the Azerbaijani side' as both sides' dead", () => {
    expect(read("By nightfall 40 soldiers had been killed on the Armenian side and 12 on the Azerbaijani side.", "unattributed")).toEqual([
      { affected: "armenia", killed: 40, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 12, wounded: null, qualifier: null },
    ]);
  });
  it("reads no count from a bare number that names no side after it", () => {
    expect(read("By nightfall 40 soldiers had been killed on the Armenian side and 12 tanks on the same day.", "unattributed").map((d) => d.killed)).toEqual([
      40,
    ]);
  });
});
