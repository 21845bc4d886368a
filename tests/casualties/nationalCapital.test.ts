// Civilians killed in a state's capital or cities named by the state's adjective. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const affected = (sentence: string) => extractCasualties(sentence, ctx("unattributed")).map((d) => [d.affected, d.killed]);

describe("ground named by its state's adjective", () => {
  it("places the people killed in that state's capital or cities", () => {
    expect(affected("Seven people died in the Armenian capital overnight when a protest turned violent.")).toEqual([["armenia", 7]]);
    expect(affected("Four people were killed in two Azerbaijani cities on Sunday.")).toEqual([["azerbaijan", 4]]);
  });
  it("places no one in a capital named by no state", () => {
    expect(affected("Seven people died in the capital overnight when a protest turned violent.")).toEqual([["unspecified", 7]]);
  });
});
