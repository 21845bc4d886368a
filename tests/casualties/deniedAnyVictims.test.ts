// A denial that there were any victims at all (issue 7, casualties): "denied there had been any fatalities" is none
// killed, put forward by the one who denies; with no owner named it answers both sides' figures and is no one side's.
// Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string) => extractCasualties(sentence, ctx("nagorno-karabakh")).map((d) => [d.affected, d.killed, d.wounded]);

describe("a denial that there had been any victims", () => {
  it("reads 'denied there had been any fatalities, civilian or military' as none killed, no one side's", () => {
    expect(read("The Karabakh army's spokesman denied there had been any fatalities, civilian or military, near Martakert.")).toEqual([
      ["unspecified", 0, null],
    ]);
  });
  it("reads 'denied there were any casualties' as none killed or wounded", () => {
    expect(read("The spokesman denied that there were any casualties.")).toEqual([["unspecified", 0, 0]]);
  });
  it("keeps the owner named after the victims", () => {
    expect(read("The spokesman denied there were any casualties among its troops.")).toEqual([["nagorno-karabakh", 0, 0]]);
  });
  it("keeps the nation named before the victims", () => {
    expect(read("The spokesman denied there had been any Azerbaijani fatalities.")).toEqual([["azerbaijan", 0, null]]);
  });
  it("keeps a denial of the speaker's own losses its own", () => {
    expect(read("The spokesman denied it had suffered any casualties.")).toEqual([["nagorno-karabakh", 0, 0]]);
  });
});
