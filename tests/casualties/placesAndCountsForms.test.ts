// Forms met on first contact (issue 7, casualties): places that name no one side, a bare count owned by
// the side that lost it, hospital treatment as a wound, "N+" counts and "any casualties" after a denial.
// Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("places that place no victims", () => {
  it("reads places listed together ('in Armenia and Azerbaijan') as two sides, so no one side's", () => {
    expect(read("The fighting left 800 people dead in Armenia and Azerbaijan last year.").map((d) => d.affected)).toEqual(["unspecified"]);
  });
  it("keeps a single place's side: 'two civilians were killed in Ganja'", () => {
    expect(read("Two civilians were killed in Ganja overnight.").map((d) => d.affected)).toEqual(["azerbaijan"]);
  });
  it("gives a whole war's toll no place's side", () => {
    expect(read("The war has claimed some 3,000 lives since it began, when the council in Stepanakert voted to secede.")).toEqual([
      { affected: "unspecified", killed: 3000, wounded: null, qualifier: "some" },
    ]);
  });
  it("does not read a possessive after 'in' ('in Russia's view') or a mediator's capital as the place of the dead", () => {
    expect(read("Nine people were killed when a mob attacked the market, in Russia's first report of the riots.").map((d) => d.affected)).toEqual([
      "unspecified",
    ]);
  });
});

describe("a bare count owned by the side that lost it", () => {
  it("reads 'and that the Armenian side had lost three dead and two wounded' as Armenia's, after another side's figure", () => {
    const drafts = read(
      "It said gunmen had ambushed a bus, killing four people and wounding two, and that the Armenian side had lost three dead and two wounded.",
      "russia",
    );
    expect(drafts.map((d) => [d.affected, d.killed, d.wounded])).toEqual([
      ["unspecified", 4, 2],
      ["armenia", 3, 2],
    ]);
  });
});

describe("hospital treatment and plus signs", () => {
  it("reads 'were being treated in hospital' as wounded, joined to the toll before it", () => {
    expect(read("The agency said the toll had climbed to nine and that some 30 people were being treated in hospital.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 9, wounded: 30, qualifier: "some" },
    ]);
    expect(read("Fourteen workers were treated at the district hospital.").map((d) => d.wounded)).toEqual([14]);
  });
  it("reads '4,000+ people' as more than 4,000", () => {
    expect(read("4,000+ people killed in the autumn fighting, by most counts")).toEqual([
      { affected: "unspecified", killed: 4000, wounded: null, qualifier: "more than" },
    ]);
  });
});

describe("'any' after a denial", () => {
  it("reads 'denied that its troops had suffered any casualties' as nobody killed or wounded", () => {
    expect(read("The army denied that the Azerbaijani side had suffered any casualties.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 0, wounded: 0, qualifier: null },
    ]);
  });
  it("gives no figure for 'any' with no negation before it", () => {
    expect(read("Any casualties will be announced by the ministry.", "armenia")).toEqual([]);
    expect(read("The ministry asked whether any soldiers were killed.", "armenia")).toEqual([]);
  });
});

describe("people named as the object of a verb of harm", () => {
  it("counts 'killing 34-year-old Anna Petrosyan and her son Davit' as two dead", () => {
    expect(read("A shell hit the yard, killing 34-year-old Anna Petrosyan and her son Davit, the ministry said.", "armenia")).toEqual([
      { affected: "armenia", killed: 2, wounded: null, qualifier: null },
    ]);
  });
  it("does not give a claimant's own forces' victim to the claimant (an Armenian name is Armenia's)", () => {
    expect(read("Azerbaijani troops killed Garik Sahakyan near the border.", "azerbaijan").map((d) => d.affected)).toEqual(["armenia"]);
  });
  it("reads 'A second villager, Ilham Quliyev, 61, was wounded': an age after the name is still an aside", () => {
    expect(read("A second villager, Ilham Quliyev, 61, was wounded by shrapnel, the office said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 1, qualifier: null },
    ]);
  });
});

describe("the victims' nationality or home in apposition", () => {
  it("reads 'three farmers of the village, Armenians by nationality' as Armenia's", () => {
    expect(read("Three farmers of the village, Armenians by nationality, had been wounded.").map((d) => d.affected)).toEqual(["armenia"]);
  });
  it("reads 'two residents of Tartar' as Azerbaijan's, but not 'residents of Karabakh'", () => {
    expect(read("Two residents of Tartar were killed on Sunday.").map((d) => d.affected)).toEqual(["azerbaijan"]);
    expect(read("Two residents of Karabakh were killed on Sunday.").map((d) => d.affected)).toEqual(["unspecified"]);
  });
});

describe("parts listed in apposition that add up to the count", () => {
  it("reads 'the deaths of five of its citizens, three soldiers and two drivers' as five dead, not three figures", () => {
    expect(read("It blamed the raid on the deaths of five of its citizens, three soldiers and two drivers, on Monday.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 5, wounded: null, qualifier: null },
    ]);
  });
  it("keeps three figures when the first is a group of its own kind that happens to match the sum", () => {
    expect(read("The strike killed five soldiers, three civilians and two police officers.", "azerbaijan").map((d) => d.killed)).toEqual([5, 3, 2]);
  });
});

describe("tolls broken down after a colon or 'Of the dead,'", () => {
  it("reads 'counted 40 dead: 31 Armenians and 9 Azerbaijanis' as the total and each side's part", () => {
    expect(read("The commission counted 40 dead: 31 Armenians and 9 Azerbaijanis.", "other").map((d) => [d.affected, d.killed])).toEqual([
      ["unspecified", 40],
      ["armenia", 31],
      ["azerbaijan", 9],
    ]);
  });
  it("reads 'Of the dead, 70 were soldiers and 5 were police officers' as two figures of the dead", () => {
    expect(read("Of the dead, 70 were soldiers and 5 were police officers, the ministry said.", "azerbaijan").map((d) => d.killed)).toEqual([70, 5]);
  });
  it("gives each count the source named right after it in the outlet's own sentence", () => {
    expect(
      read(
        "Both sides reported civilian deaths: three Armenian civilians, according to Stepanakert, and two Azerbaijani civilians, according to the Azerbaijani ministry.",
      ),
    ).toEqual([
      { affected: "armenia", killed: 3, wounded: null, qualifier: null, claimedBy: "nagorno-karabakh" },
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
});

describe("names with asides", () => {
  it("reads 'One of the wounded, 41-year-old Rauf Karimov, died' as one dead, not one more wounded", () => {
    expect(read("One of the wounded, 41-year-old Rauf Karimov, died in hospital overnight, the office said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("counts a list of names with asides between them: 'A, born in 1975, and correspondent B, born in 1980, died'", () => {
    expect(read("Photographer Elnur Mammadov, born in 1975, and TV correspondent Rashad Aliyev, born in 1980, died in the blast.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
    expect(read("Colonel Aram Sargsyan, commander of the regiment, and Major Levon Hakobyan were killed at dawn.", "armenia").map((d) => d.killed)).toEqual([
      2,
    ]);
  });
  it("reads names listed in apposition to a count as an aside: 'two of its officers, Major A B and Captain C D, were shot dead'", () => {
    expect(read("The police said two of its officers, Major Armen Grigoryan and Captain Davit Hakobyan, were shot dead.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 2, wounded: null, qualifier: null },
    ]);
  });
});

describe("a count that goes on, and the outlet's own sum", () => {
  it("reads 'announced 30 deaths on Monday, then 44' and 'six deaths on Friday and two more on Sunday' as figures of the dead", () => {
    expect(read("The ministry announced 30 military deaths on Monday, then 44, and later put its losses at 60.", "armenia").map((d) => d.killed)).toEqual([
      30, 44, 60,
    ]);
    expect(read("The army, which had confirmed six deaths on Friday and two more on Sunday, blamed sabotage groups.", "armenia").map((d) => d.killed)).toEqual([
      6, 2,
    ]);
  });
  it("does not read a plain number after 'and' as more of the same: '12 deaths in Tartar and 4 in Ganja' is left alone", () => {
    expect(read("It reported 12 deaths in Tartar and 4 in Ganja.", "azerbaijan").map((d) => d.killed)).toEqual([12]);
  });
  it("reads a toll 'on both sides' as no one side's, and 'by our count' as the outlet's", () => {
    expect(read("The ministry said a soldier was killed, bringing the death toll on both sides since May to at least 17 by our count.", "armenia")).toEqual([
      { affected: "armenia", killed: 1, wounded: null, qualifier: null },
      { affected: "unspecified", killed: 17, wounded: null, qualifier: "at least", claimedBy: "unattributed" },
    ]);
  });
});

describe("crews and the people a toll counts among", () => {
  it("reads 'all four members of the crew were killed' as four dead", () => {
    expect(read("All four members of the crew were killed, officials said.", "nagorno-karabakh").map((d) => d.killed)).toEqual([4]);
  });
  it("reads 'no casualties among the servicemen' as the claimant's own forces, and 'among Armenian troops' as Armenia's", () => {
    expect(read("The command said there were no casualties among the peacekeepers.", "russia").map((d) => d.affected)).toEqual(["russia"]);
    expect(read("There were no casualties among Armenian troops on Sunday.").map((d) => d.affected)).toEqual(["armenia"]);
  });
});

describe("guards found on the fixture sets' neighbours", () => {
  it("gives no zero for 'did not disclose any military losses'", () => {
    expect(read("Azerbaijan did not disclose any military losses until December.", "azerbaijan")).toEqual([]);
    expect(read("The ministry has not published any casualties so far.", "armenia")).toEqual([]);
  });
  it("still reads a possessive place: 'a strike on Armenia's second city kills 4'", () => {
    expect(read("Strike on Armenia's second city kills 4 as talks stall").map((d) => d.affected)).toEqual(["armenia"]);
  });
  it("gives a count its own source even when another side speaks for the sentence", () => {
    expect(read("Both sides reported deaths: three Armenian civilians, according to Stepanakert, and two Azerbaijani civilians.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: 3, wounded: null, qualifier: null, claimedBy: "nagorno-karabakh" },
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
  });
  it("does not read 'one of the wounded, a conscript,' as a toll broken down", () => {
    expect(read("The surgeon said one of the wounded, a conscript, was in critical condition.", "armenia")).toEqual([]);
  });
  it("does not count a named victim twice when a counted apposition follows: 'killing Aram Petrosyan, an Armenian officer,'", () => {
    expect(read("He was jailed for killing Aram Petrosyan, an Armenian officer, in 2004.").map((d) => d.killed)).not.toContain(2);
    expect(read("He was jailed for killing Aram Petrosyan, an Armenian officer, in 2004.").length).toBeLessThanOrEqual(1);
  });
});
