import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

describe("a killing named as someone's crime", () => {
  it("reads no figure in the killing a prisoner is serving a sentence for", () => {
    expect(read("The colonel, who was serving a 15-year sentence in Tbilisi for the 1998 murder of an Armenian driver, was flown home.")).toEqual([]);
    expect(read("A military court jailed the sergeant for life in 2011 for killing Private Karen Sahakyan, a conscript from Gyumri.")).toEqual([]);
  });
  it("reads no figure in a prison term or a pardon for a killing", () => {
    expect(read("The officer was jailed by a court in Vienna in 2009 for killing two Armenian soldiers.")).toEqual([]);
    expect(read("Critics said the president had pardoned a man jailed for the murder of an Armenian officer.", "other")).toEqual([]);
  });
  it("reads no figure in the deed that says who a killer is, nor counts the killer", () => {
    expect(read("Hasan Aliyev, the Azerbaijani conscript who killed an Armenian villager in 2014, was released on Monday.")).toEqual([]);
    expect(read("Freeing a soldier who, by the court's finding, killed two shepherds sends the wrong signal, the group said.", "other")).toEqual([]);
  });
  it("still counts a killing the sentence reports, or one a side accuses others of", () => {
    expect(read("Two Armenian soldiers were killed on Monday, hours after the court sentenced the commander.", "armenia")).toEqual([
      { affected: "armenia", killed: 2, wounded: null },
    ]);
    expect(read("The Karabakh authorities accused the two men of killing a 16-year-old Armenian boy.", "nagorno-karabakh")).toEqual([
      { affected: "armenia", killed: 1, wounded: null },
    ]);
  });
});
