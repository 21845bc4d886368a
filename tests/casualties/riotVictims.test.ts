// The dead of a riot or a pogrom (issue 7, casualties): people killed in "disorders", "rioting" or by "mobs" in a town
// are of both nations living there, not the town's side, unless the sentence gives them a nation. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "russia") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("victims of a riot", () => {
  it("places no one who lost their lives in the disorders in a town", () => {
    expect(read("Twenty-six people lost their lives in the disorders in the town of Ganja.")).toEqual([["unspecified", 26, null]]);
  });
  it("places no one in the toll of a month of ethnic unrest", () => {
    expect(read("The confirmed toll of a month of ethnic unrest in Ganja stands at 26.")).toEqual([["unspecified", 26, null]]);
  });
  it("places no one who died in the rioting, in a belligerent's words", () => {
    expect(read("Twenty-six people died in the rioting in Ganja.", "azerbaijan")).toEqual([["unspecified", 26, null]]);
  });
  it("still places victims the sentence gives a nation", () => {
    expect(read("Two Azerbaijani men were killed in the riots.", "azerbaijan")).toEqual([["azerbaijan", 2, null]]);
  });
  it("still places victims of an offensive told in another clause than the pogroms", () => {
    expect(read("He recalled the pogroms in Ganja, and that the offensive at Tartar killed 26 civilians.")).toEqual([["azerbaijan", 26, null]]);
  });
  it("still counts riot police as any police", () => {
    expect(read("Riot police said two of its officers were wounded.")).toEqual([["russia", null, 2]]);
  });
});
