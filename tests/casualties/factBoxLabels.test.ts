// A fact box's labelled line (issue 7, casualties): "Deaths: N civilians by <side>'s official count" is N dead, that
// side's figure, as "Deaths: N" is N dead. Sentences of our own.
import { describe, expect, it } from "vitest";
import { casualtyClaimant, extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string) => {
  const c = ctx("unattributed");
  return extractCasualties(sentence, c).map((d) => [casualtyClaimant(d, c), d.affected, d.killed, d.wounded]);
};

describe("a labelled line of a fact box", () => {
  it("reads 'Deaths: N civilians by a side's official count' as that side's N dead", () => {
    expect(read("Deaths: 57 civilians by Armenia's official count")).toEqual([["armenia", "armenia", 57, null]]);
  });
  it("reads a capitalised 'Wounded:' label over soldiers of a nation", () => {
    expect(read("Wounded: 18 Azerbaijani soldiers")).toEqual([["unattributed", "azerbaijan", null, 18]]);
  });
  it("still reads a bare labelled count", () => {
    expect(read("Deaths: 57")).toEqual([["unattributed", "unspecified", 57, null]]);
  });
});
