// Forms met on first contact with the opinion and business-press sets (blind135, blind136); the
// sentences here are written for this test.
import { describe, expect, it } from "vitest";
import { defaultGazetteer } from "../../src/core/attribution/gazetteer.ts";
import { introducedSpeaker } from "../../src/core/attribution/introduced.ts";
import { sidesOf } from "./readSides.ts";

describe("a people where it lives", () => {
  it("reads 'Azerbaijanis in Baku say' as people, not the state whose capital it is", () => {
    expect(sidesOf("Azerbaijanis in Baku say the town remains cut off and under fire from Armenian artillery.")).toEqual(["other"]);
    expect(sidesOf("Armenians in Moscow said the shelling went on all night.")).toEqual(["other"]);
  });

  it("keeps the side of a guest who represents a people where they are", () => {
    const cast = ["Anahit Melikyan, representative of the Karabakh Armenians in Paris"];
    expect(introducedSpeaker("MELIKYAN", cast, [], defaultGazetteer)?.sides).toEqual(["nagorno-karabakh"]);
  });

  it("still reads officials in a capital as the state's", () => {
    expect(sidesOf("Officials in Yerevan say the villages remain blockaded.")).toEqual(["armenia"]);
  });
});

describe("a side naming what the other side reported, after an aside", () => {
  it("gives 'X, for its part, called \"…\" a report that …' to X", () => {
    expect(sidesOf('Yerevan, for its part, called "baseless" an Azerbaijani claim that its troops had fired on Tovuz.')).toEqual(["armenia"]);
  });

  it("reads no claim in a place named by its locals", () => {
    expect(sidesOf('Lachin, a small town, called "the gate" by locals, was shelled.')).toEqual([]);
  });
});
