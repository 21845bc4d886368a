import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

describe("sentence patterns", () => {
  it("reads a passive figure: 'five soldiers were killed'", () => {
    expect(extractCasualties("Five Armenian soldiers were killed in the clash.", ctx("unattributed"))).toEqual([
      { affected: "armenia", killed: 5, wounded: null, qualifier: null },
    ]);
  });
  it("reads an active figure: 'shelling killed two civilians'", () => {
    expect(extractCasualties("Artillery fire killed two civilians in the town on Sunday.", ctx("unattributed"))).toEqual([
      { affected: "unspecified", killed: 2, wounded: null, qualifier: null },
    ]);
  });
  it("reads a bare number after an active verb: 'an attack that killed three'", () => {
    expect(extractCasualties("On Monday an attack that killed three had hit a school.", ctx("unattributed"))[0]?.killed).toBe(3);
  });
  it("reads postfixed figures as one record: 'left three dead and eleven wounded'", () => {
    expect(extractCasualties("The clash left three dead and eleven wounded.", ctx("unattributed"))).toEqual([
      { affected: "unspecified", killed: 3, wounded: 11, qualifier: null },
    ]);
  });
  it("reads 'the Armenian side has six wounded' with the side from the subject", () => {
    expect(extractCasualties('"The Azerbaijani side has four wounded," the ministry said.', ctx("azerbaijan"))).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 4, qualifier: null },
    ]);
  });
  it("reads an appositive: 'one of its officers, Name, died'", () => {
    expect(extractCasualties("One of its officers, Davit Petrosyan, died of his wounds.", ctx("armenia"))).toEqual([
      { affected: "armenia", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'N of its troops had been killed'", () => {
    expect(extractCasualties("Baku announced that seven of its troops had been killed since the truce.", ctx("azerbaijan"))).toEqual([
      { affected: "azerbaijan", killed: 7, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'one of its servicemen was shot and killed'", () => {
    expect(extractCasualties("The army said one of its servicemen was shot and killed by a sniper.", ctx("nagorno-karabakh"))[0]).toEqual({
      affected: "nagorno-karabakh",
      killed: 1,
      wounded: null,
      qualifier: null,
    });
  });
  it("reads 'a soldier was killed' as one", () => {
    expect(extractCasualties("A 25-year-old soldier was killed on Tuesday, the ministry said.", ctx("armenia"))).toEqual([
      { affected: "armenia", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("gives one record per coordinated group with its own qualifier", () => {
    expect(extractCasualties("In that war nearly 3,000 soldiers and more than 90 civilians were killed.", ctx("unattributed"))).toEqual([
      { affected: "unspecified", killed: 3000, wounded: null, qualifier: "nearly" },
      { affected: "unspecified", killed: 90, wounded: null, qualifier: "more than" },
    ]);
  });
  it("joins killed and wounded of the same group: 'two soldiers were killed and five wounded'", () => {
    expect(extractCasualties("Two soldiers were killed and five wounded in the shelling.", ctx("armenia"))).toEqual([
      { affected: "armenia", killed: 2, wounded: 5, qualifier: null },
    ]);
  });
  it("joins an active 'killed two soldiers and wounded three' into one record", () => {
    expect(extractCasualties("Shelling killed two soldiers and wounded three, the ministry said.", ctx("azerbaijan"))).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: 3, qualifier: null },
    ]);
  });
  it("skips words between the group and the verb that are an aside: 'including civilians'", () => {
    expect(extractCasualties("More than 900 people, including civilians, were killed in the fighting.", ctx("unattributed"))[0]?.killed).toBe(900);
  });
  it("reads quoted speech inside the sentence as well as the reported part", () => {
    const s =
      "“As a result of the attack three Azerbaijani soldiers were wounded,” the ministry said, claiming that at least ten Armenian soldiers were killed.";
    expect(extractCasualties(s, ctx("azerbaijan"))).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 3, qualifier: null },
      { affected: "armenia", killed: 10, wounded: null, qualifier: "at least" },
    ]);
  });
});

describe("numbers that are not casualties", () => {
  it.each([
    "Two hundred soldiers were captured and 15 went missing.",
    "About 1.5 million people were displaced by the war.",
    "Some 2,000 Russian troops were deployed to monitor the truce.",
    "Russia sent nearly 2,000 peacekeepers for at least five years.",
    "Azerbaijan regained seven districts after six weeks of fighting.",
    "The war of the 1990s ended in 1994 with a ceasefire.",
    "Twelve detainees were evacuated on November 26 to Yerevan.",
    "The village, home to 300 families, has been monitored 24/7 since 2020.",
    "A 19-year-old conscript was detained on Monday.",
  ])("finds no figure in %s", (sentence) => {
    expect(extractCasualties(sentence, ctx("unattributed"))).toEqual([]);
  });
  it("does not count soldiers whose only verb is another clause's", () => {
    expect(extractCasualties("Five soldiers were evacuated and two were killed.", ctx("armenia"))).toEqual([
      { affected: "armenia", killed: 2, wounded: null, qualifier: null },
    ]);
  });
});

describe("figures inside larger figures and tolls", () => {
  const ctx = {
    claimant: "nagorno-karabakh" as const,
    possessorSide: "nagorno-karabakh" as const,
    sideOf: (p: string) => (/armenian/i.test(p) ? ("armenia" as const) : /azerbaijan/i.test(p) ? ("azerbaijan" as const) : null),
  };

  it("keeps 'including two civilians' inside the figure it belongs to", () => {
    expect(extractCasualties("At least 27 people had been killed, including two civilians, and more than 200 wounded.", ctx)).toEqual([
      { affected: "nagorno-karabakh", killed: 27, wounded: 200, qualifier: "at least" },
    ]);
  });

  it("reads 'put their losses at 92 dead' as a toll of the possessor", () => {
    expect(extractCasualties("Armenian officials put their losses at 92 dead.", { ...ctx, claimant: "armenia", possessorSide: "armenia" })).toMatchObject([
      { affected: "armenia", killed: 92 },
    ]);
  });

  it("takes the side from 'on the Armenian side'", () => {
    expect(extractCasualties("At least four civilians were killed on the Armenian side.", { ...ctx, claimant: "other", possessorSide: null })).toMatchObject([
      { affected: "armenia", killed: 4 },
    ]);
  });
});

describe("whose losses a toll counts", () => {
  const az = {
    claimant: "azerbaijan" as const,
    possessorSide: "azerbaijan" as const,
    sideOf: (p: string) => (/armenian/i.test(p) ? ("armenia" as const) : /azerbaijan/i.test(p) ? ("azerbaijan" as const) : null),
  };

  it("gives 'the enemy had lost' to the other belligerent", () => {
    expect(extractCasualties("The military reported that the enemy had lost up to 100 servicemen.", az)).toMatchObject([
      { affected: "armenia", killed: 100, qualifier: "up to" },
    ]);
  });

  it("gives a civilian toll with no nationality to the belligerent that reports it", () => {
    expect(extractCasualties("The death toll among civilians rose to 50, the prosecutor said.", az)).toMatchObject([{ affected: "azerbaijan", killed: 50 }]);
  });

  it("leaves a civilian toll unspecified when the outlet states it", () => {
    expect(extractCasualties("The death toll among civilians rose to 50.", { ...az, claimant: "unattributed" as const, possessorSide: null })).toMatchObject([
      { affected: "unspecified", killed: 50 },
    ]);
  });
});

describe("losses", () => {
  const az = { claimant: "azerbaijan" as const, possessorSide: "azerbaijan" as const, sideOf: () => null };

  it("reads 'its own forces suffered no losses' as none of the claimant's killed", () => {
    expect(extractCasualties("The ministry said its own forces suffered no losses.", az)).toMatchObject([{ affected: "azerbaijan", killed: 0 }]);
  });
});
