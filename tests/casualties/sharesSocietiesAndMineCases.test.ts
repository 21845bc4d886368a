// Forms of issue 7 (casualties, round 30), in sentences of our own: a share of the dead beside a share of the hurt,
// the single victims of a mine-action report, a national Red Cross or Red Crescent society's people, and one more
// person after a count as the object of one verb of harm.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx, testSideOf } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("a share of the dead beside a share of the hurt", () => {
  it("reads '40 of the dead and 90 of the injured' as one figure of 40 killed and 90 wounded", () => {
    expect(read("Civilians made up 40 of the dead and 90 of the injured in that count, according to Azerbaijan's demining agency.", "azerbaijan")).toEqual([
      ["azerbaijan", 40, 90],
    ]);
  });
  it("counts no new victim in 'one of the wounded' whose condition is told", () => {
    expect(read("The Armenian Health Ministry said one of the wounded, a conscript, was in critical condition.", "armenia")).toEqual([]);
  });
});

describe("the single victims of a mine-action report", () => {
  it("counts a tractor driver slightly injured by a mine", () => {
    expect(read("A tractor driver was slightly injured when his tractor struck a mine in an area not yet cleared.", "azerbaijan")).toEqual([
      ["azerbaijan", null, 1],
    ]);
  });
  it("reads 'suffered a traumatic amputation' of a named man as one wounded", () => {
    expect(read("Tural Hasanov, born in 1990, suffered a traumatic amputation of his left foot in a mine explosion.", "azerbaijan")).toEqual([
      ["azerbaijan", null, 1],
    ]);
  });
  it("counts a named man once when his year of birth stands before his description", () => {
    expect(read("Tural Hasanov, born in 1990, a resident of Tapqaraqoyunlu village, was wounded in the leg by a mine.", "azerbaijan")).toEqual([
      ["azerbaijan", null, 1],
    ]);
  });
});

describe("the people of a nation's Red Cross or Red Crescent society", () => {
  it("gives a volunteer of the Azerbaijan Red Crescent to Azerbaijan", () => {
    expect(read("The Red Cross says a volunteer of the Azerbaijan Red Crescent was killed as shelling hit towns.", "icrc")).toEqual([["azerbaijan", 1, null]]);
  });
  it("gives volunteers of the Armenian Red Cross Society to Armenia", () => {
    expect(read("The ICRC said two volunteers of the Armenian Red Cross Society were wounded in the shelling.", "icrc")).toEqual([["armenia", null, 2]]);
  });
});

describe("one more person after a count, both the object of one verb of harm", () => {
  it("reads 'killed four Azerbaijani servicemen and one civilian' as five dead", () => {
    expect(read("Baku said the raids killed four Azerbaijani servicemen and one civilian, a driver ambushed on the road.", "azerbaijan")).toEqual([
      ["azerbaijan", 5, null],
    ]);
  });
  it("keeps the servicemen and a civilian apart when they are the subject of their own clause", () => {
    expect(read("Baku said four Azerbaijani servicemen and a civilian were killed.", "azerbaijan")).toEqual([
      ["azerbaijan", 4, null],
      ["azerbaijan", 1, null],
    ]);
  });
  it("keeps two nations' dead apart", () => {
    expect(read("Baku said the shelling killed four Armenian soldiers and one Azerbaijani civilian.", "azerbaijan")).toEqual([
      ["armenia", 4, null],
      ["azerbaijan", 1, null],
    ]);
  });
  it("keeps two counts of more than one apart", () => {
    expect(read("Baku said mine blasts killed four police officers and two road workers.", "azerbaijan")).toEqual([
      ["azerbaijan", 4, null],
      ["azerbaijan", 2, null],
    ]);
  });
});

describe("a body named after a place, opening the next clause", () => {
  const sideOf = (phrase: string) => (/red\s+cross/i.test(phrase) ? "icrc" : testSideOf(phrase));
  it("places the hurt on the town, not on the Red Cross whose delegate speaks after the comma", () => {
    const sentence = "As Armenian forces advanced on Tartar, Red Cross delegate Hans Muller said more than 70 people were injured by shelling.";
    expect(extractCasualties(sentence, { ...ctx("icrc"), sideOf }).map((d) => [d.affected, d.killed, d.wounded])).toEqual([["azerbaijan", null, 70]]);
  });
});
