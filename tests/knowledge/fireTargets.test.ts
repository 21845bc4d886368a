// People killed after fire on a target of one side: the target's people. Small reports written for these tests.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { fireTargetSide } from "../../src/core/casualties/affectedSide.ts";
import { testSideOf } from "../casualties/helpers.ts";

function figuresIn(...sentences: string[]) {
  const text = ["Shooting on the mountain road", "", sentences.join(" "), ""].join("\n");
  return extractArticle(parseArticle({ file: "fire.txt", text })).casualties.map((f) => [f.claimedBy, f.affected, f.killed, f.wounded]);
}

describe("people killed after fire on a target", () => {
  it("are the target's people, named in the sentence before or earlier in the same one", () => {
    expect(
      figuresIn(
        "The Russian defence ministry said Azerbaijani servicemen had opened fire on a minibus carrying Karabakh police officers near the bridge.",
        "Two people on board were killed and one was wounded, it said.",
      ),
    ).toEqual([["russia", "nagorno-karabakh", 2, 1]]);
    expect(
      figuresIn("The Russian defence ministry said fire was opened from the Armenian side on a group of Azerbaijani farmers, and that one man was killed."),
    ).toEqual([["russia", "azerbaijan", 1, null]]);
  });
  it("are no one's the text can tell when the target names no side", () => {
    expect(
      figuresIn("The Russian defence ministry said unknown gunmen had opened fire on a minibus near the bridge.", "Two people on board were killed, it said."),
    ).toEqual([["russia", "unspecified", 2, null]]);
  });
});

describe("the target of fire", () => {
  it("is the last one the text names", () => {
    expect(fireTargetSide("Troops fired first on a car carrying Karabakh police officers near the bridge.", { sideOf: testSideOf })).toBe("nagorno-karabakh");
    expect(fireTargetSide("The shells fell on the road.", { sideOf: testSideOf })).toBeNull();
  });
});
