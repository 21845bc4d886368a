// Forms met on first contact with unseen articles (issue 7): table rows, zero tolls of the unhurt,
// verbs with their own object, quoted sentences, lists counted after a list, the side named by
// who left or owned up to the dead, and where bodies were taken from. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import type { CasualtyContext } from "../../src/core/casualties/extractCasualties.ts";
import { ctx, testSideOf } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));
const counts = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => read(sentence, claimant).map((d) => [d.killed, d.wounded]);

describe("table rows", () => {
  it("reads '| Killed in the dam collapse | at least 45 | local authorities in Stepanakert |' as that body's figure", () => {
    expect(read("| Killed in the dam collapse | at least 45 | local authorities in Stepanakert, 3 May |")).toEqual([
      { affected: "nagorno-karabakh", killed: 45, wounded: null, qualifier: "at least", claimedBy: "nagorno-karabakh" },
    ]);
  });
  it("reads a hedged '~120' in an 'Injured' row as about 120 wounded", () => {
    expect(read("| Injured in the dam collapse | ~120 | hospital sources |")).toEqual([
      { affected: "unspecified", killed: null, wounded: 120, qualifier: "about" },
    ]);
  });
  it("reads counts with outcomes of their own in the value cell, with the label saying whose they are", () => {
    expect(read("| Killed in the shelling (Karabakh side) | at least 30 dead, more than 90 wounded | local authorities in Stepanakert |")).toEqual([
      { affected: "nagorno-karabakh", killed: 30, wounded: 90, qualifier: "at least", claimedBy: "nagorno-karabakh" },
    ]);
  });
  it("gives a source cell's figure to that source, even on a page that speaks for another body", () => {
    expect(read("| Dead in the dam collapse | 45 dead, 120 injured | local authorities in Stepanakert |", "united-nations")).toEqual([
      { affected: "nagorno-karabakh", killed: 45, wounded: 120, qualifier: null, claimedBy: "nagorno-karabakh" },
    ]);
  });
  it("reads each cell that quotes its source as that source's figure, placed where the row says, and not the count cells again", () => {
    const row =
      "| 9 May 2021 | Tartar, Azerbaijan | 3 killed | 5 wounded | Azerbaijani Interior Ministry, evening statement: three people killed and five hurt by shelling | Karabakh officials: no strike that day |";
    expect(read(row)).toEqual([{ affected: "azerbaijan", killed: 3, wounded: 5, qualifier: null, claimedBy: "azerbaijan" }]);
    expect(read("| 2 May 2021 | Mingachevir | 4 killed | not given | Russian monitors: four civilians killed by a rocket |")).toEqual([
      { affected: "azerbaijan", killed: 4, wounded: null, qualifier: null, claimedBy: "russia" },
    ]);
  });
  it("gives no figure for a row that counts no victims or holds no count", () => {
    expect(read("| Arrivals from the valley | 12,400 | Government of Armenia |")).toEqual([]);
    expect(read("| Indicator | Figure | Source |")).toEqual([]);
    expect(read("| Killed in the dam collapse | unknown | hospital sources |")).toEqual([]);
  });
});

describe("zero tolls", () => {
  it("reads 'no one was hurt' and 'none of its troops had been hurt' as nobody killed and nobody wounded", () => {
    expect(counts("The shells hit a school at night, but no one was hurt.", "azerbaijan")).toEqual([[0, 0]]);
    expect(counts("The ministry added that none of its own soldiers had been hurt.", "armenia")).toEqual([[0, 0]]);
  });
  it("does not read 'none of the casualty figures' as a toll", () => {
    expect(read("None of the casualty figures could be checked independently.")).toEqual([]);
    expect(read("Neither of the death reports was confirmed.")).toEqual([]);
  });
});

describe("verbs and their objects", () => {
  it("does not read 'about 900 observers, killed more than 3,000 people' as 900 killed", () => {
    expect(counts("The war, which ended with about 900 peacekeepers deployed, killed more than 3,000 people.")).toEqual([[3000, null]]);
    expect(counts("The conflict, which drew about 900 peacekeepers, killed more than 3,000 people.")).toEqual([[3000, null]]);
  });
  it("reads a bare number after 'kills' as people: 'rocket strike kills 7 as talks stall'", () => {
    expect(counts("Rocket strike kills 7 as talks stall")).toEqual([[7, null]]);
  });
  it("does not read a date after a passive verb as a count", () => {
    expect(counts("Two soldiers were killed 14 June near the border.")).toEqual([[2, null]]);
  });
  it("reads 'destroyed more than 40 enemy soldiers' as the enemy's dead, but not destroyed vehicles", () => {
    expect(read("Our units destroyed more than 40 enemy soldiers and three tanks.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: 40, wounded: null, qualifier: "more than" },
    ]);
    expect(read("The army destroyed 5 military personnel carriers.", "azerbaijan")).toEqual([]);
  });
  it("reads '12 of its soldiers and police were killed and 30 wounded' as one figure", () => {
    expect(counts("The ministry said 12 of its soldiers and police were killed and 30 wounded.", "azerbaijan")).toEqual([[12, 30]]);
  });
  it("reads 'nine soldiers said to have been killed' as nine dead", () => {
    expect(counts("The agency published a list of nine soldiers said to have been killed overnight.", "azerbaijan")).toEqual([[9, null]]);
  });
});

describe("which figures count the same victims", () => {
  it("keeps two sentences of one quote apart", () => {
    expect(counts('"There are at least 12 wounded soldiers this evening. We had two killed soldiers this morning," he said.', "armenia")).toEqual([
      [null, 12],
      [2, null],
    ]);
  });
  it("does not join people counted after a list to the list's last group", () => {
    expect(counts("Officials said three soldiers and 11 civilians had been killed by mines, and 60 people injured.", "azerbaijan")).toEqual([
      [3, null],
      [11, null],
      [null, 60],
    ]);
  });
  it("joins the wounded people given with a death toll to that toll", () => {
    expect(counts("The office said the death toll in Tartar had risen to 9, with more than 30 people wounded.", "azerbaijan")).toEqual([[9, 30]]);
    expect(counts("The bureau said the number of confirmed dead stood at 41, with 20 people missing and nearly 90 injured.", "nagorno-karabakh")).toEqual([
      [41, 90],
    ]);
  });
  it("reads 'the number of Armenian wounded had risen to six' as Armenian wounded", () => {
    expect(read("By evening the number of Armenian wounded had risen to six.", "nagorno-karabakh")).toEqual([
      { affected: "armenia", killed: null, wounded: 6, qualifier: null },
    ]);
  });
  it("keeps the figure given before 'after reporting N' as the earlier toll", () => {
    expect(counts("The ministry now says 40 of its servicemen died, after reporting 28.", "azerbaijan")).toEqual([
      [40, null],
      [28, null],
    ]);
  });
});

describe("whose dead, from the rest of the sentence", () => {
  it("gives the dead a retreating side left on the battlefield to that side", () => {
    expect(read("He said the Azerbaijani side had left six bodies on the battlefield when it withdrew.", "armenia")[0]?.affected).toBe("azerbaijan");
    expect(read("An Armenian unit crossed the line and was pushed back, leaving behind two dead soldiers.", "azerbaijan")[0]?.affected).toBe("armenia");
  });
  it("does not give the dead an attack left to the attacker", () => {
    expect(read("Armenian shelling left two civilians dead in the village.", "unattributed")[0]?.affected).toBe("unspecified");
  });
  it("gives 'N of them' to the people named before with a side", () => {
    expect(read("According to the army, Azerbaijani troops had attacked at dawn, three of them were killed.", "nagorno-karabakh")[0]?.affected).toBe(
      "azerbaijan",
    );
  });
  it("does not give 'N of them' to the agent named after 'by'", () => {
    expect(read("The group listed civilians held by Azerbaijani forces and said two of them had died.", "other")[0]?.affected).toBe("unspecified");
  });
  it("gives military deaths a side acknowledged to that side", () => {
    expect(read("The letter says Armenia had acknowledged only 900 military deaths by then.", "other")[0]?.affected).toBe("armenia");
  });
  it("gives soldiers 'of the Republic of Azerbaijan' to Azerbaijan", () => {
    expect(read("Two soldiers of the Republic of Azerbaijan were killed in the exchange.")[0]?.affected).toBe("azerbaijan");
  });
  it("gives bodies taken out of a region to that region's side", () => {
    const sideOf = (p: string) => (/red cross|icrc/i.test(p) ? "icrc" : testSideOf(p));
    const icrc: CasualtyContext = { claimant: "icrc", possessorSide: "icrc", sideOf };
    expect(extractCasualties("The Red Cross said it moved around 60 bodies out of the Karabakh region last week.", icrc)).toEqual([
      { affected: "nagorno-karabakh", killed: 60, wounded: null, qualifier: "around" },
    ]);
  });
  it("gives the remains a named body transferred to that body when no one speaks", () => {
    const sideOf = (p: string) => (/red cross|icrc/i.test(p) ? "icrc" : testSideOf(p));
    const none: CasualtyContext = { claimant: "unattributed", possessorSide: null, sideOf };
    expect(extractCasualties("ICRC teams transferred the remains of around 60 people out of the Karabakh region.", none)).toEqual([
      { affected: "nagorno-karabakh", killed: 60, wounded: null, qualifier: "around", claimedBy: "icrc" },
    ]);
  });
});

describe("sources, tolls and parts met on the second pass", () => {
  it("gives a figure reported ', citing <body>' to that body when no one speaks", () => {
    expect(read("The first report said at least 14 people had died, citing Karabakh's health ministry.")).toEqual([
      { affected: "nagorno-karabakh", killed: 14, wounded: null, qualifier: "at least", claimedBy: "nagorno-karabakh" },
    ]);
  });
  it("reads 'puts its own military dead at N' as a toll of its own", () => {
    expect(read("The ministry puts its own military dead at 1,150.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1150, wounded: null, qualifier: null },
    ]);
  });
  it("counts a single body the other side left behind, not one brought back", () => {
    expect(read("The raiders fled, leaving behind the body of one of their men.", "nagorno-karabakh")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null, qualifier: null },
    ]);
    expect(read("The body of an Azerbaijani warrant officer was left behind when his unit withdrew.", "nagorno-karabakh")[0]?.affected).toBe("azerbaijan");
    expect(read("Its commandos brought back the body of one crew member and the remains of the other two.", "nagorno-karabakh")).toEqual([]);
  });
  it("reads 'another of its soldiers was killed' and 'about 500 of Agdam's inhabitants were killed'", () => {
    expect(counts("Another of its soldiers was killed in that exchange.", "azerbaijan")).toEqual([[1, null]]);
    expect(counts("About 500 of Agdam's inhabitants were killed, the office said.", "azerbaijan")).toEqual([[500, null]]);
  });
  it("reads 'a twelfth soldier was killed' as one more dead", () => {
    expect(counts("A twelfth soldier was killed on Friday.", "azerbaijan")).toEqual([[1, null]]);
  });
  it("gives the civilians among a toll of all kinds a figure of their own, and keeps the wounded with the whole", () => {
    expect(counts("Fresh figures: at least 40 people killed, nine of them civilians, and more than 150 wounded.", "nagorno-karabakh")).toEqual([
      [40, 150],
      [9, null],
    ]);
    expect(counts("The toll has reached 31, three of them civilians.", "nagorno-karabakh")).toEqual([
      [31, null],
      [3, null],
    ]);
  });
  it("keeps parts of a whole that is no toll as the figures: 'of whom 40 were killed and 90 injured'", () => {
    expect(counts("Since 2021, 130 people had fallen victim to mines, of whom 40 were killed and 90 were injured.", "azerbaijan")).toEqual([[40, 90]]);
  });
});

describe("civilians listed together", () => {
  it("counts 'two journalists and a local official were killed' as three", () => {
    expect(counts("Two Azerbaijani journalists and a local official were killed and four other people were injured.", "azerbaijan")).toEqual([[3, 4]]);
  });
  it("counts them as three when their names stand in apposition", () => {
    expect(counts("Officials said two reporters, Anar Guliyev and Elvin Mammadov, and a local official, Ramin Aliyev, were killed.", "azerbaijan")).toEqual([
      [3, null],
    ]);
  });
  it("keeps soldiers and a civilian apart", () => {
    expect(counts("Five soldiers and a civilian were killed.", "azerbaijan")).toEqual([
      [5, null],
      [1, null],
    ]);
  });
  it("does not read officials who speak as victims", () => {
    expect(counts("Two officials said three soldiers were killed.", "azerbaijan")).toEqual([[3, null]]);
  });
});

describe("'the loss of' a count of people", () => {
  it("reads 'admitted the loss of 31 servicemen, one helicopter and one drone' as 31 dead, and no figure for lost machines", () => {
    expect(read("Azerbaijan had admitted the loss of 31 servicemen, one helicopter and one drone.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 31, wounded: null, qualifier: null },
    ]);
    expect(read("The army confirmed the loss of two tanks and a helicopter.", "azerbaijan")).toEqual([]);
  });
});

describe("the hurt named by their injuries", () => {
  it("reads '290 people with burns had been admitted to medical centers' as 290 wounded, with the dead of the same clause", () => {
    expect(
      counts("The health department said 20 people had died and that 290 people with burns had been admitted to medical centers.", "nagorno-karabakh"),
    ).toEqual([[20, 290]]);
  });
  it("does not read people 'with cameras' taken somewhere as hurt", () => {
    expect(counts("Twelve people with cameras were taken to the front line, where two were killed.")).toEqual([[2, null]]);
  });
});

describe("a pair of tolls given with 'at'", () => {
  it("reads 'put the dead at 14 and the wounded at more than 60' as one figure of both", () => {
    expect(counts("Officials in Stepanakert put the dead at 14 and the wounded at more than 60.", "nagorno-karabakh")).toEqual([[14, 60]]);
  });
  it("reads the pair with a possessive: 'put the country's dead at about 900 and its wounded at some 3,000'", () => {
    expect(counts("Officials put the country's dead at about 900 and its wounded at some 3,000.", "azerbaijan")).toEqual([[900, 3000]]);
  });
  it("leaves a wounded person 'at' a place alone", () => {
    expect(counts("The ministry put the dead at 3, and the wounded at the hospital were stable.", "azerbaijan")).toEqual([[3, null]]);
  });
});

describe("the hurt still in hospital", () => {
  it("counts 'and that 30 were still being treated in hospital' as wounded with the dead before it", () => {
    expect(counts("The ministry said 14 servicemen had been killed and that 30 were still being treated in hospital.", "azerbaijan")).toEqual([[14, 30]]);
  });
});

describe("thousands set off by spaces", () => {
  it("reads '2 900' as two thousand nine hundred, as the Council of Europe prints it", () => {
    expect(extractCasualties("The ministry has published a list of 2 900 servicemen killed in the war.", ctx("azerbaijan"))).toMatchObject([{ killed: 2900 }]);
  });

  it("never joins a year to the count after it", () => {
    expect(extractCasualties("In 1992 300 people were killed in the town.", ctx("azerbaijan"))).toMatchObject([{ killed: 300 }]);
  });
});
