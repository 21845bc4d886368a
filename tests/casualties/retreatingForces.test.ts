// The dead a retreating force left behind, in a belligerent's words. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const affected = (sentence: string, claimant: "armenia" | "azerbaijan" = "armenia") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed]);

describe("bodies a retreating force left behind", () => {
  it("are the enemy's when the force is named only by a pronoun or as a group it fought", () => {
    expect(affected("As they pulled back, they left five bodies behind on the slope.")).toEqual([["azerbaijan", 5]]);
    expect(affected("The ministry said the raiding party was repulsed and fled, leaving behind the bodies of three of its men.", "azerbaijan")).toEqual([
      ["armenia", 3],
    ]);
  });
  it("are the speaker's own when it says its own forces withdrew", () => {
    expect(affected("We pulled back at dawn, leaving two bodies behind.")).toEqual([["armenia", 2]]);
  });
});
