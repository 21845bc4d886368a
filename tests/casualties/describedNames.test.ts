// A named victim described in apposition is one victim (issue 7, casualties): "Rauf Karimov, a resident of Tartar,
// was killed" counts one person, whose description says whose he was. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

describe("a named victim and his description in apposition", () => {
  it("counts the person once", () => {
    expect(read("Samir Guliyev, a shepherd from the village, was killed by a mine, the agency said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null },
    ]);
  });
  it("takes whose he was from the description", () => {
    expect(read("The ministry said Karen Hakobyan, an Armenian conscript, was killed at his post.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: 1, wounded: null },
    ]);
    expect(read("Officials said Igor Sokolov, a Russian photographer, was wounded in the strike.", "nagorno-karabakh")).toEqual([
      { affected: "unspecified", killed: null, wounded: 1 },
    ]);
  });
  it("reads a long description with a dotted name in it ('who writes for the Novosti.ru site')", () => {
    expect(
      read(
        "Officials said Igor Sokolov, a Russian blogger and military correspondent who writes for the Novosti.ru site, was wounded near the bridge.",
        "nagorno-karabakh",
      ),
    ).toEqual([{ affected: "unspecified", killed: null, wounded: 1 }]);
  });
});
