// The armed men who came at a side's lines, and the size of a unit that is no count of its losses. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, c = ctx("azerbaijan")) => extractCasualties(sentence, c).map((d) => [d.affected, d.killed]);

describe("attackers killed, in a belligerent's words", () => {
  it("are the enemy's losses, not the speaker's", () => {
    expect(read("The ministry said its units had repelled the assault near the village, killing about 40 attackers.")).toEqual([["armenia", 40]]);
    expect(read("Six infiltrators were killed overnight, the ministry said.", ctx("armenia"))).toEqual([["azerbaijan", 6]]);
  });
  it("are no one's the sentence can tell when the outlet counts them", () => {
    expect(read("Six attackers were killed overnight.", ctx("unattributed"))).toEqual([["unspecified", 6]]);
    expect(read("Six Armenian attackers were killed overnight.", ctx("unattributed"))).toEqual([["armenia", 6]]);
  });
});

describe("the size of a unit", () => {
  it("counts no victims, only the part of it said to be killed does", () => {
    expect(read("The ministry said a group of 10 to 12 saboteurs had been repelled, with three of them killed.", ctx("armenia"))).toEqual([["azerbaijan", 3]]);
  });
});
