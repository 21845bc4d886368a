import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("parts of a total", () => {
  it("gives a hedged part introduced by 'including' a record of its own", () => {
    expect(read("Up to 90 people were killed in the shelling, including at least 12 children.")).toEqual([
      { affected: "unspecified", killed: 90, wounded: null, qualifier: "up to" },
      { affected: "unspecified", killed: 12, wounded: null, qualifier: "at least" },
    ]);
  });
  it("lets the hedged part share the total's side", () => {
    expect(read("The army said 40 people were killed on the Armenian side, including more than 15 civilians.", "nagorno-karabakh")).toEqual([
      { affected: "armenia", killed: 40, wounded: null, qualifier: null },
      { affected: "armenia", killed: 15, wounded: null, qualifier: "more than" },
    ]);
  });
  it("keeps an unhedged part inside its total", () => {
    expect(read("At least 40 people were killed, including three children, and 80 wounded.")).toEqual([
      { affected: "unspecified", killed: 40, wounded: 80, qualifier: "at least" },
    ]);
  });
  it("reads 'the dead included at least N' after a total as a part of its own", () => {
    expect(read("By Friday 60 people had died in the floods and the dead included at least eight children.")).toEqual([
      { affected: "unspecified", killed: 60, wounded: null, qualifier: null },
      { affected: "unspecified", killed: 8, wounded: null, qualifier: "at least" },
    ]);
  });
  it("reads 'the dead included N' with no total before it as a death figure", () => {
    expect(read("The dead included four children from the same family.")).toEqual([{ affected: "unspecified", killed: 4, wounded: null, qualifier: null }]);
  });
  it("reads 'among the wounded were N' as a wounded figure", () => {
    expect(read("Among the wounded were two journalists working for a French channel.")).toEqual([
      { affected: "unspecified", killed: null, wounded: 2, qualifier: null },
    ]);
  });
  it("keeps a total whose 'among them' names no number", () => {
    expect(read("Eight police officers were killed, among them the head of the district department, the ministry said.", "armenia")).toEqual([
      { affected: "armenia", killed: 8, wounded: null, qualifier: null },
    ]);
  });
});

describe("deaths as the object of a noun", () => {
  it("reads 'documented the deaths of at least N civilians' as killed", () => {
    expect(read("Rights monitors documented the deaths of at least 30 civilians in the district.", "other")).toEqual([
      { affected: "unspecified", killed: 30, wounded: null, qualifier: "at least" },
    ]);
  });
  it("reads 'the deaths of N of its soldiers' as the possessor's dead", () => {
    expect(read("Yerevan later confirmed the deaths of 12 of its soldiers.", "armenia")).toEqual([
      { affected: "armenia", killed: 12, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'the deaths of the two pilots'", () => {
    expect(read("Investigators are still looking into the deaths of the two pilots.")).toEqual([
      { affected: "unspecified", killed: 2, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'the wounding of N' as wounded", () => {
    expect(read("The mission condemned the wounding of three medics near the checkpoint.")).toEqual([
      { affected: "unspecified", killed: null, wounded: 3, qualifier: null },
    ]);
  });
});

describe("owners named after the victims", () => {
  it("reads 'servicemen of the Armed Forces of Azerbaijan' as Azerbaijan's", () => {
    expect(read("Twenty servicemen of the Armed Forces of Azerbaijan were killed in the counter-attack.")).toEqual([
      { affected: "azerbaijan", killed: 20, wounded: null, qualifier: null },
    ]);
  });
  it("joins 'N servicemen of the Army were martyred and M were wounded' into one record", () => {
    expect(read('"Three servicemen of the Azerbaijani Army were martyred and five were wounded," the ministry said.', "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 3, wounded: 5, qualifier: null },
    ]);
  });
  it("reads a country named after 'the army of the Republic of'", () => {
    expect(read("Two conscripts from the army of the Republic of Armenia died of their wounds overnight.")).toEqual([
      { affected: "armenia", killed: 2, wounded: null, qualifier: null },
    ]);
  });
});

describe("a total broken down in brackets", () => {
  it("keeps only the toll when the dead in brackets after it add up to it by where they died", () => {
    expect(read("Health officials: 30 dead (18 bodies found in the rubble, 12 died in hospital).", "armenia")).toEqual([
      { affected: "armenia", killed: 30, wounded: null, qualifier: null },
    ]);
  });
  it("keeps the parts that do not add up to the toll", () => {
    expect(read("Health officials: 30 dead (18 bodies found in the rubble, 9 died in hospital).", "armenia").map((d) => d.killed)).toEqual([30, 18, 9]);
  });
  it("keeps the parts that say whose dead they were", () => {
    expect(read("Prosecutors: 40 dead (30 Armenians, 10 Azerbaijanis).", "other").map((d) => [d.killed, d.affected])).toEqual([
      [40, "unspecified"],
      [30, "armenia"],
      [10, "azerbaijan"],
    ]);
  });
});

describe("a total broken down in apposition", () => {
  it("keeps only the total when where the people were comes before the apposition", () => {
    expect(read("All 30 people on board, 26 passengers and four crew, were killed in the crash.")).toEqual([
      { affected: "unspecified", killed: 30, wounded: null, qualifier: "all" },
    ]);
  });
  it("keeps only the total when the people are broken down between commas", () => {
    expect(read("Six people, four police officers and two road workers, were killed by a mine.")).toEqual([
      { affected: "unspecified", killed: 6, wounded: null, qualifier: null },
    ]);
  });
});

describe("parts named by 'of them' and 'of the wounded'", () => {
  it("keeps 'one of them a child' inside the two civilians it belongs to", () => {
    expect(read("Two civilians, one of them a child, have been killed and 11 wounded, the ombudsman said.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 2, wounded: 11, qualifier: null },
    ]);
  });
  it("keeps 'one of them an officer' inside the dead when the outcome comes between them", () => {
    expect(read("The ministry said three soldiers were killed, one of them an officer, and seven wounded.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 3, wounded: 7, qualifier: null },
    ]);
    expect(read("By nightfall we knew of at least two dead, one of them a woman, and nine wounded.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 2, wounded: 9, qualifier: "at least" },
    ]);
  });
  it("keeps 'four of them women' inside the dead it describes, and the wounded after it with them", () => {
    expect(read("The ombudsman said the strike killed eight civilians, three of them women, and wounded 27.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 8, wounded: 27, qualifier: null },
    ]);
    expect(read("The strike killed 12 civilians, four of them children, officials said.", "nagorno-karabakh").map((d) => d.killed)).toEqual([12]);
  });
  it("counts no new victims in wounded who were moved", () => {
    expect(read("He said 168 of the wounded had been taken to hospitals in Armenia.", "nagorno-karabakh")).toEqual([]);
  });
  it("counts 'another 70' as 70, not as one more", () => {
    expect(read('The group said the attack "reportedly killed at least 21 civilians and wounded at least another 70".', "other")).toEqual([
      { affected: "unspecified", killed: 21, wounded: 70, qualifier: "at least" },
    ]);
    expect(read("Another soldier was killed.", "other")).toEqual([{ affected: "unspecified", killed: 1, wounded: null, qualifier: null }]);
  });
  it("joins the people injured 'with' a count of bodies to it", () => {
    expect(read("The ministry said at least five bodies had been pulled from the rubble, with 17 people injured.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 5, wounded: 17, qualifier: "at least" },
    ]);
  });
  it("counts the wounded who died as dead", () => {
    expect(read("Three of the wounded died in hospital.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 3, wounded: null, qualifier: null },
    ]);
  });
});
