// Forms met on first contact (issue 7): "as many" for a count said again, a count hedged before its
// outcome ("feared dead"), the people aboard a downed craft, and a part of the dead named by the force
// it served in. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import type { Claimant } from "../../src/core/types.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Claimant = "unattributed") => extractCasualties(sentence, ctx(claimant));
const figures = (sentence: string, claimant: Claimant = "unattributed") => read(sentence, claimant).map((d) => [d.affected, d.killed, d.wounded]);

describe("'as many' after a count", () => {
  it("counts as many people again with its own verb's outcome", () => {
    expect(figures("The ministry said raiders had struck an outpost at dawn, killing three soldiers and wounding as many.", "armenia")).toEqual([
      ["armenia", 3, 3],
    ]);
    expect(figures("Two guards were killed and as many again were injured in the ambush.")).toEqual([["unspecified", 2, 2]]);
  });
  it("leaves 'as many as' to the hedge it is", () => {
    expect(figures("As many as 30 villagers were wounded in the shelling.")).toEqual([["unspecified", null, 30]]);
  });
});

describe("a count hedged before its outcome", () => {
  it("reads 'about 25 feared dead' and 'three reported killed' as the dead", () => {
    expect(figures("Bus hit by shell near the front, about 25 feared dead")).toEqual([["unspecified", 25, null]]);
    expect(figures("Three reported killed after night of shelling")).toEqual([["unspecified", 3, null]]);
  });
});

describe("the people aboard a downed craft", () => {
  it("are the side named with the craft, even when the headline gives no word of a crash", () => {
    expect(figures("Armenian transport plane shot down, about 20 feared dead")).toEqual([["armenia", 20, null]]);
  });
  it("are the belligerent's own when it counts them and no side is named", () => {
    expect(figures("Officials said 17 people on board were killed when the missile struck.", "azerbaijan")).toEqual([["azerbaijan", 17, null]]);
  });
  it("stay no one's in an accident, whoever counts them", () => {
    expect(figures("The commission said 17 people on board were killed in the crash.", "azerbaijan")).toEqual([["unspecified", 17, null]]);
  });
});

describe("a part of the dead named by the force it served in", () => {
  it("is that force's side", () => {
    expect(figures("Two of the dead were members of the Azerbaijani border service.")).toEqual([["azerbaijan", 2, null]]);
    expect(figures("Four of the dead were officers of the Armenian army.")).toEqual([["armenia", 4, null]]);
  });
  it("names no side when the force is no one's", () => {
    expect(figures("Two of the dead were members of the volunteer fire brigade.")).toEqual([["unspecified", 2, null]]);
  });
});

describe("single persons listed after a count and what describes it", () => {
  it("are the same people again", () => {
    expect(figures("The last bus brought two bodies covered with sheets, a man and a woman who had died on the road.")).toEqual([["unspecified", 2, null]]);
  });
  it("are more people when a clause of their own counts them", () => {
    expect(figures("Two bodies were found near the bridge, and a man and a woman were wounded.")).toEqual([
      ["unspecified", 2, null],
      ["unspecified", null, 2],
    ]);
  });
});

describe("single persons described by what they were", () => {
  it("counts 'a man and a pregnant woman' as two", () => {
    expect(figures("Shelling killed a man and a pregnant woman in the village.")).toEqual([["unspecified", 2, null]]);
  });
});
