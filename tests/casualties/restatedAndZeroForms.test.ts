// Victims named again rather than counted, days of the month, names in apposition, the wounded
// admitted to hospital and "without losses": classes met on unseen sets, with sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import type { CasualtyContext } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const only = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));
const counts = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => only(sentence, claimant).map((d) => [d.killed, d.wounded]);
/** The context of a sentence right after one that counted the dead. */
const afterDeadCounted = (claimant: Parameters<typeof ctx>[0]): CasualtyContext => ({ ...ctx(claimant), earlier: { outcome: "killed", affected: "armenia" } });

describe("the dead named or identified after they were counted", () => {
  it("reads no figure in 'named one of the dead as X' or 'the surname of one of the dead'", () => {
    expect(only("Local sources named one of the dead as Vardan Mkrtchyan, a school teacher.", "armenia")).toEqual([]);
    expect(only("A correction gave the surname of one of the dead as Petrosian.")).toEqual([]);
  });
  it("reads no figure in 'the two dead were named as …' or 'only 14 of the bodies had been identified'", () => {
    expect(only("The two dead were named as Sergeant Aram Grigoryan and Private Davit Sahakyan.")).toEqual([]);
    expect(only("Only 14 of the bodies had been identified by Thursday, the coroner said.", "armenia")).toEqual([]);
  });
  it("reads 'named the dead as A, B and C' as no new figure right after the dead were counted", () => {
    const sentence = "The ministry later named the dead as Aram Petrosyan, Levon Hakobyan and Tigran Sargsyan.";
    expect(extractCasualties(sentence, afterDeadCounted("armenia"))).toEqual([]);
    expect(counts(sentence, "armenia")).toEqual([[3, null]]);
  });
  it("still counts 'one of the wounded … died in hospital' as one dead", () => {
    expect(counts("One of the wounded, 40-year-old Elchin Guliyev, died in hospital on Sunday.", "azerbaijan")).toEqual([[1, null]]);
  });
});

describe("a wounded person whose death raised the toll the sentence gives", () => {
  it("reads only the toll in 'raised the toll to 14 after a wounded man died in hospital'", () => {
    expect(counts("On Sunday the office raised the death toll to 14 after a wounded man died in hospital.", "azerbaijan")).toEqual([[14, null]]);
  });
  it("reads only the toll in 'X later died of his wounds, bringing the toll to 6'", () => {
    expect(counts("A 61-year-old farmer, Rauf Mammadov, later died of his wounds, bringing the toll to 6.", "azerbaijan")).toEqual([[6, null]]);
  });
  it("still counts a new death that brings a toll up: 'a soldier was killed overnight, bringing the toll to 9'", () => {
    expect(counts("A soldier was killed overnight by sniper fire, bringing the toll since Monday to 9.", "azerbaijan")).toEqual([
      [1, null],
      [9, null],
    ]);
  });
});

describe("days of the month are no counts", () => {
  it("reads no figure in 'as of 14 November' or a '3 JUNE' item label", () => {
    expect(counts("The office puts the toll since 2 October at 30 killed and 120 wounded as of 14 November.", "azerbaijan")).toEqual([[30, 120]]);
    expect(only("4) 3 JUNE -- border guard wounded near Sotk")).not.toContainEqual(expect.objectContaining({ wounded: 3 }));
  });
});

describe("names in apposition to a counted group", () => {
  it("counts 'two officers, Major A and Captain B, were killed' once, as two", () => {
    expect(counts("The ministry said two officers, Major Tigran Vardanyan and Captain Hayk Avetisyan, were killed.", "armenia")).toEqual([[2, null]]);
  });
  it("counts 'one soldier, conscript A, born in 2003, was killed' once", () => {
    expect(counts("It said one soldier, conscript Narek Hovhannisyan, born in 2003, was killed.", "armenia")).toEqual([[1, null]]);
  });
  it("still counts a name after the group's own clause as another victim", () => {
    expect(counts("Two soldiers were killed, and Private Aram Petrosyan was wounded.", "armenia")).toEqual([
      [2, null],
      [null, 1],
    ]);
  });
});

describe("the wounded named by their admission to hospital", () => {
  it("reads '120 people had been admitted with burns' and 'with burns of varying severity had been admitted' as wounded", () => {
    expect(counts("Doctors said 120 people had been admitted with burns, of whom 40 were flown to Yerevan.", "nagorno-karabakh")).toEqual([[null, 120]]);
    expect(counts("It said 15 had died and that 80 people with burns of varying severity had been admitted to hospitals.", "nagorno-karabakh")).toEqual([
      [15, 80],
    ]);
  });
  it("reads nothing in 'ten patients were admitted to hospital'", () => {
    expect(only("Ten patients were admitted to the hospital on Monday.")).toEqual([]);
  });
  it("reads 'three seriously wounded soldiers' and 'three severely injured' as three wounded", () => {
    expect(counts("The agency flew three seriously wounded Azerbaijani soldiers to Ankara.", "turkey")).toEqual([[null, 3]]);
    expect(counts("Two residents were killed and three severely injured by the mine.", "azerbaijan")).toEqual([[2, 3]]);
  });
});

describe("no one killed, said in other words", () => {
  it("reads 'repelled without losses' and 'without causing casualties' as none killed or wounded", () => {
    expect(counts("The ministry said the attack was repelled without losses among its servicemen.", "azerbaijan")).toEqual([[0, 0]]);
    expect(counts("Enemy units fired at the posts overnight without causing casualties.", "azerbaijan")).toEqual([[0, 0]]);
  });
  it("reads nothing in 'did not pass without losses'", () => {
    expect(only("The raid did not pass without losses.", "azerbaijan")).toEqual([]);
  });
  it("reads 'nobody in the village had been killed' as none killed", () => {
    expect(counts("He said shells hit two houses but that nobody in the village had been killed.", "armenia")).toEqual([[0, null]]);
  });
});

describe("victims named with the defence ministries' words", () => {
  it("reads 'leaving a killed soldier on the battlefield' as the enemy's dead", () => {
    expect(only("The enemy retreated, leaving a killed soldier on the battlefield.", "armenia")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'a schoolboy was killed and two other children wounded' as one record", () => {
    expect(counts("Officials said a schoolboy was killed and two other children were wounded.", "nagorno-karabakh")).toEqual([[1, 2]]);
  });
});

describe("a craft's crew and forces named in full", () => {
  it("reads the crew of 'an Armenian Mi-24 attack helicopter' as Armenian, whoever shot it down", () => {
    expect(only("Azerbaijani forces shot down an Armenian Mi-24 attack helicopter on Tuesday, killing all three crew members.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: 3, wounded: null, qualifier: "all" },
    ]);
  });
  it("reads 'two of its three crew members' as two of the craft's crew", () => {
    expect(only("Baku apologised for downing a Russian military helicopter, killing two of its three crew members.", "azerbaijan")).toEqual([
      { affected: "russia", killed: 2, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'servicemen of Armenian military forces on board were killed' as Armenian dead", () => {
    expect(only("It said the two servicemen of Armenian military forces on board were killed.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: 2, wounded: null, qualifier: null },
    ]);
  });
  it("reads '12 confirmed civilian deaths' as 12 dead", () => {
    expect(counts("There are 12 confirmed civilian deaths so far, he wrote.", "nagorno-karabakh")).toEqual([[12, null]]);
  });
});

describe("words that count no one", () => {
  it("reads no figure in 'several thousand more were wounded'", () => {
    expect(counts("The enemy has lost 900 servicemen killed, and several thousand more have been wounded.", "armenia")).toEqual([[900, null]]);
  });
  it("reads no dead in 'children lost one parent'", () => {
    expect(only("Forty children lost both parents and 90 children lost one parent in the war.")).toEqual([]);
  });
  it("still reads 'the army lost two soldiers' as two dead", () => {
    expect(counts("The army lost two soldiers on Monday.", "azerbaijan")).toEqual([[2, null]]);
  });
});

describe("victims imagined, spoken of in general, or summed across the dead and the wounded", () => {
  it("reads no figure in a counterfactual 'if we had lost twelve men'", () => {
    expect(only("If we had lost nine soldiers, the whole town would be in mourning.", "armenia")).toEqual([]);
    expect(only("Had we lost a single man, we would say so.", "nagorno-karabakh")).toEqual([]);
  });
  it("reads no figure in 'every report of a wounded soldier'", () => {
    expect(only("From now on every report of a wounded conscript will be met with force.")).toEqual([]);
  });
  it("keeps the dead and the wounded of a total split by 'of whom', not the total as dead", () => {
    expect(counts("Mine victims since the war now number 120 people, 35 of whom were killed and 85 injured.", "azerbaijan")).toEqual([[35, 85]]);
  });
});

describe("civilians killed where a strike hit", () => {
  it("places them in the town the strike hit, named as its object", () => {
    expect(only("Rockets hit Tartar before dawn, killing three civilians.").map((d) => d.affected)).toEqual(["azerbaijan"]);
    expect(only("Azerbaijan shells Stepanakert again: two civilians killed").map((d) => d.affected)).toEqual(["nagorno-karabakh"]);
  });
});
