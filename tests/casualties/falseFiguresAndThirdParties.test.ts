import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

describe("numbers that count no victims", () => {
  it("reads nothing into 'every one of these deaths'", () => {
    expect(read("Each one of these deaths is a loss for both nations, the minister said.", "iran")).toEqual([]);
  });
  it("does not count an age in apposition ('both nineteen') as victims", () => {
    expect(read("The ministry named two of its conscripts, both twenty, who died holding the post.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null },
    ]);
  });
  it("gives no figure for one count of the dead and the wounded together", () => {
    expect(read("The ministry put enemy losses at more than 300 servicemen killed and wounded.", "azerbaijan")).toEqual([]);
  });
  it("reads no harm into an intent to kill", () => {
    expect(read("Prosecutors said he had planned to kill an Armenian officer.", "other")).toEqual([]);
    expect(read("The rebels threatened to kill three hostages.", "other")).toEqual([]);
  });
  it("still reads a war that 'would kill' thousands", () => {
    expect(read("The war that followed would kill about 25,000 people.").map((d) => d.killed)).toEqual([25000]);
  });
  it("ends a toll at its own number: 'rose to 68 and the fate of 105 more people was unknown'", () => {
    expect(read("The toll had risen to 68 and the fate of 105 more people was still unknown.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 68, wounded: null },
    ]);
  });
  it("keeps a toll going on: 'at first at 18 and later at 91'", () => {
    expect(read("Yerevan put its military losses at first at 18 and later at 91.", "armenia").map((d) => d.killed)).toEqual([18, 91]);
  });
  it("counts no new dead in bodies still to be identified", () => {
    expect(read("It said 14 of the bodies still had to be identified through DNA tests.", "azerbaijan")).toEqual([]);
  });
});

describe("whose losses: third parties, neighbours and disasters", () => {
  it("reads foreign journalists as no party's people, and foreign soldiers as their state's", () => {
    expect(read("Two Russian reporters were wounded in the shelling of the town.", "nagorno-karabakh")).toEqual([
      { affected: "unspecified", killed: null, wounded: 2 },
    ]);
    expect(read("Three Russian peacekeepers were wounded near the post.", "russia")).toEqual([{ affected: "russia", killed: null, wounded: 3 }]);
  });
  it("reads the civilians Tehran counts, where no place names another side, as Iran's", () => {
    expect(read("A stray shell hit a farm, wounding a local shepherd, the governor said.", "iran")).toEqual([{ affected: "iran", killed: null, wounded: 1 }]);
  });
  it("still places civilians Tehran counts in a named town", () => {
    expect(read("Ten civilians were killed in Ganja, the spokesman said.", "iran")).toEqual([{ affected: "azerbaijan", killed: 10, wounded: null }]);
  });
  it("places the toll of a Karabakh blast in Karabakh, but not a Karabakh war's", () => {
    expect(read("Karabakh depot explosion: death toll climbs to 120")).toEqual([{ affected: "nagorno-karabakh", killed: 120, wounded: null }]);
    expect(read("The Karabakh war killed 6,500 people.")).toEqual([{ affected: "unspecified", killed: 6500, wounded: null }]);
  });
  it("gives a crew the side of the craft named at the start of the sentence", () => {
    expect(read("A Russian transport helicopter was shot down, killing two crew members.")).toEqual([{ affected: "russia", killed: 2, wounded: null }]);
  });
});

describe("people held by the other side", () => {
  it("reads detainees who died in one side's captivity as the other side's", () => {
    expect(read("Investigators found that three detainees died in Azerbaijani captivity.", "other")).toEqual([
      { affected: "armenia", killed: 3, wounded: null },
    ]);
  });
  it("reads 'civilians from X who died in Armenian custody'", () => {
    expect(read("The group documented two elderly civilians from Kubatly who died in Armenian custody.", "other")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null },
    ]);
  });
  it("counts no hostages who were only released", () => {
    expect(read("Officials said 15 hostages were released on Monday.")).toEqual([]);
  });
});

describe("the target of fire and a table's source cell", () => {
  it("gives people killed by fire on a named target the target's side", () => {
    expect(read("It said soldiers had fired at a car carrying Karabakh police officers, killing three people and wounding one.", "russia")).toEqual([
      { affected: "nagorno-karabakh", killed: 3, wounded: 1 },
    ]);
  });
  it("reads a table row whose first cell is the clause and whose next cell names its source", () => {
    expect(
      extractCasualties("| 1,024 Azerbaijani servicemen killed since the war began | Azerbaijani defence ministry, 3 November |", ctx("unattributed")),
    ).toEqual([{ affected: "azerbaijan", killed: 1024, wounded: null, qualifier: null, claimedBy: "azerbaijan" }]);
  });
});

describe("victims named again, not counted", () => {
  it("reads 'two children were among the 13 dead' as the toll of 13, not a figure of two", () => {
    expect(read("He told reporters that two children were among the 13 dead and that 50 people were injured.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 13, wounded: 50 },
    ]);
  });
  it("still reads 'forty civilians were among the wounded'", () => {
    expect(read("Forty civilians were among the wounded.", "azerbaijan")).toEqual([{ affected: "azerbaijan", killed: null, wounded: 40 }]);
  });
  it("counts no wounded child someone met or visited", () => {
    expect(read("The ombudsman said she had met relatives of the dead and a wounded child.", "azerbaijan")).toEqual([]);
    expect(read("The minister visited an injured boy in the city hospital.", "azerbaijan")).toEqual([]);
  });
});

describe("a killing a side's prosecutors charge someone with", () => {
  const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant));
  it("is that side's accusation, though another side speaks in the rest of the sentence", () => {
    expect(
      read("Armenian prosecutors had charged Rauf Aliyev with killing an Armenian shepherd near Goris; Baku called the charge fabricated.", "azerbaijan"),
    ).toEqual([{ affected: "armenia", killed: 1, wounded: null, qualifier: null, claimedBy: "armenia" }]);
    expect(read("Armenian prosecutors had charged Aliyev over the killing of an Armenian villager, a charge Baku dismissed.", "azerbaijan")[0]?.claimedBy).toBe(
      "armenia",
    );
  });
  it("leaves the speaker a killing no one is charged with", () => {
    expect(read("Baku said an Armenian shepherd had been killed by a mine.", "azerbaijan")[0]?.claimedBy).toBeUndefined();
  });
});
