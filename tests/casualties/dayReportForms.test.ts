// Casualty forms of the single-day news report met on first contact with blind51, on sentences
// written for them: a side the sentence opens on, the target of fire before "killing three",
// troops "destroyed" in the passive, and a neighbour's villages hit by stray fire.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { ctx } from "./helpers.ts";

const only = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("whose losses a bare count is", () => {
  it("reads 'On the Armenian side, the losses were three dead and two wounded' as Armenia's", () => {
    expect(only("On the Armenian side, the losses were three dead and two wounded.", "russia")).toEqual([
      { affected: "armenia", killed: 3, wounded: 2, qualifier: null },
    ]);
  });

  it("reads 'opened fire on a truck carrying Karabakh police officers, killing two' as the police's", () => {
    expect(only("Soldiers opened fire on a truck carrying Karabakh police officers, killing two and wounding one.", "russia")).toEqual([
      { affected: "nagorno-karabakh", killed: 2, wounded: 1, qualifier: null },
    ]);
  });
});

describe("troops 'destroyed', as defence ministries write it", () => {
  it("counts 'up to 60 enemy soldiers had been destroyed' as killed", () => {
    expect(only("The ministry said up to 60 enemy soldiers had been destroyed in two days.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: 60, wounded: null, qualifier: "up to" },
    ]);
  });

  it("counts no destroyed vehicles", () => {
    expect(only("The ministry said four tanks and two trucks were destroyed.", "azerbaijan")).toEqual([]);
  });
});

describe("a neighbour's villages hit by stray fire", () => {
  const text = [
    "Stray rockets hit border villages",
    "",
    "TABRIZ, 9 October 2020 -- Rockets fired in the fighting landed in three Iranian border villages on Friday, wounding two farmers, the governor of the county told the state news agency.",
    "",
    "Rockets also landed near Stepanakert, the ministry in Baku said.",
  ].join("\n");
  const { casualties } = extractArticle(parseArticle({ file: "stray.txt", text }));

  it("gives the wounded to Iran when Iran reports them on its own ground", () => {
    expect(casualties.map((c) => [c.claimedBy, c.affected, c.wounded])).toContainEqual(["iran", "iran", 2]);
  });
});

describe("ranks listed together", () => {
  it("counts 'three captains, two sergeants and a private were killed' as six", () => {
    expect(only("Three captains, two sergeants and a private were killed, the ministry said.", "armenia")).toEqual([
      { affected: "armenia", killed: 6, wounded: null, qualifier: null },
    ]);
  });

  it("counts 'two officers, a major and a lieutenant,' as the two officers again", () => {
    expect(only("Two officers, a major and a lieutenant, had been killed, she said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
  });

  it("reads no victim in 'a major offensive'", () => {
    expect(only("A major offensive killed four soldiers.", "azerbaijan")).toEqual([{ affected: "azerbaijan", killed: 4, wounded: null, qualifier: null }]);
  });

  it("keeps soldiers of two sides apart", () => {
    expect(only("Two Armenian soldiers and three Azerbaijani soldiers were killed.", "russia")).toHaveLength(2);
  });
});

describe("figures quoted as the speaker put them, and the enemy's losses", () => {
  it("counts '\"more than 400\" Azerbaijani soldiers had been killed' with its hedge", () => {
    expect(only('The ministry said "more than 400" Azerbaijani soldiers had been killed.', "armenia")).toEqual([
      { affected: "azerbaijan", killed: 400, wounded: null, qualifier: "more than" },
    ]);
  });

  it("gives 'the enemy losses, according to our data, exceed 2,000 killed' to the enemy", () => {
    expect(only("He added that the enemy losses, according to the army's data, exceed 2,000 killed.", "armenia")).toEqual([
      { affected: "azerbaijan", killed: 2000, wounded: null, qualifier: null },
    ]);
  });
});

describe("an attack placed in the sentence before", () => {
  const text = [
    "Title: Rocket fire on the towns",
    "",
    "The monitors documented two rocket attacks in Tartar and one in Goranboy in the first week of October.",
    "",
    "The attacks killed at least five civilians and wounded 12, Amnesty International said.",
    "",
    "A separate barrage struck Stepanakert on Sunday. That strike killed three civilians, Amnesty International said.",
  ].join("\n");
  const { casualties } = extractArticle(parseArticle({ file: "placed.txt", text }));

  it("counts the civilians 'the attacks' killed on the ground the sentence before named", () => {
    expect(casualties.map((c) => [c.affected, c.killed, c.wounded])).toContainEqual(["azerbaijan", 5, 12]);
    expect(casualties.map((c) => [c.affected, c.killed, c.wounded])).toContainEqual(["nagorno-karabakh", 3, null]);
  });
});
