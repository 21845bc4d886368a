import { describe, expect, it } from "vitest";
import { casualtyClaimant, extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const affected = (sentence: string, c = ctx("unattributed")) => extractCasualties(sentence, c).map((d) => d.affected);

describe("the side that suffered a figure", () => {
  it("places civilians killed in the shelling of a town on that town's side", () => {
    expect(affected("Four civilians were killed in the shelling of Tartar.")).toEqual(["azerbaijan"]);
    // (A ministry of no side places no victims: its figure is no one's the sentence can name, so it gives no record.)
    expect(affected("The Ministry of Defence said four civilians were killed.")).toEqual([]);
    expect(affected("Karabakh is recognised as part of Azerbaijan, and a war in which about 30,000 people died ended in 1994.")).toEqual(["unspecified"]);
  });
  it("takes the nationality named in the victim group", () => {
    expect(affected("Three Azerbaijani servicemen were wounded near Tovuz.")).toEqual(["azerbaijan"]);
  });
  it("asks the gazetteer about a multi-word group such as 'Karabakh Armenian soldiers'", () => {
    expect(affected("Two Karabakh Armenian soldiers were wounded overnight.")).toEqual(["nagorno-karabakh"]);
  });
  it("reads 'separatist fighters' through the gazetteer", () => {
    expect(affected("Yerevan said four separatist fighters were injured.", ctx("armenia"))).toEqual(["nagorno-karabakh"]);
  });
  it("reads a plural nationality noun: 'five Armenians were killed'", () => {
    expect(affected("Five Armenians were killed in the village.")).toEqual(["armenia"]);
  });
  it("reads 'its troops' as the possessor's side", () => {
    expect(affected("The ministry said three of its troops were killed.", ctx("armenia", "armenia"))).toEqual(["armenia"]);
  });
  it("reads 'enemy soldiers' as the claimant's opponent", () => {
    expect(affected("The army said it killed 20 enemy soldiers.", ctx("nagorno-karabakh"))).toEqual(["azerbaijan"]);
    expect(affected("The ministry said 30 enemy soldiers were killed.", ctx("azerbaijan"))).toEqual(["armenia"]);
  });
  it("gives a bare military group in a belligerent's claim to that belligerent", () => {
    expect(affected("The ministry said three servicemen were killed in an ambush.", ctx("azerbaijan"))).toEqual(["azerbaijan"]);
  });
  it("leaves a bare military group unspecified when the outlet states it", () => {
    expect(affected("Three servicemen were killed in an ambush.")).toEqual(["unspecified"]);
  });
  it("gives civilians with no nationality in a belligerent's claim to that belligerent", () => {
    expect(affected("The ministry said shelling killed two civilians.", ctx("armenia"))).toEqual(["armenia"]);
    expect(affected("Officials in Baku said eleven people had died in the night.", ctx("azerbaijan"))).toEqual(["azerbaijan"]);
  });
  it("gives them to the claimant when the enemy did the killing, before or after the verb", () => {
    expect(affected("Stepanakert said Azerbaijani artillery pounded the market, killing four residents.", ctx("nagorno-karabakh"))).toEqual([
      "nagorno-karabakh",
    ]);
    expect(affected("The ministry said a drone launched by Armenian units killed a woman.", ctx("azerbaijan"))).toEqual(["azerbaijan"]);
  });
  it("leaves people unspecified when the claimant's own forces killed them", () => {
    expect(affected("The ministry said its forces killed three people who had crossed the line.", ctx("azerbaijan"))).toEqual(["unspecified"]);
    expect(affected("The army said it had killed eight militants and two civilians.", ctx("nagorno-karabakh"))).toEqual(["unspecified", "unspecified"]);
    expect(affected("Baku said Azerbaijani units returned fire, killing five people.", ctx("azerbaijan"))).toEqual(["unspecified"]);
  });
  it("treats Armenia and the Karabakh Armenians as one camp for the killers", () => {
    expect(affected("The Karabakh army said Armenian troops repelled the raid, killing six people.", ctx("nagorno-karabakh"))).toEqual(["unspecified"]);
  });
  it("leaves civilians unspecified when the outlet states the figure itself", () => {
    expect(affected("Shelling killed two civilians in the town overnight.")).toEqual(["unspecified"]);
  });
  it("leaves people killed 'on both sides' unspecified, whoever claims them", () => {
    expect(affected("The ministry said more than 40 people had died on both sides.", ctx("azerbaijan"))).toEqual(["unspecified"]);
  });
  it("keeps a side named for the civilians over the claimant", () => {
    expect(affected("Baku said five Armenian civilians were wounded by a mine.", ctx("azerbaijan"))).toEqual(["armenia"]);
  });
  it("does not take the agent of the killing for the victims", () => {
    expect(affected("Six soldiers were killed by Armenian forces, Baku said.", ctx("azerbaijan"))).toEqual(["azerbaijan"]);
  });
  it("reads the side after the group: 'soldiers of the Azerbaijani army'", () => {
    expect(affected("Two soldiers of the Azerbaijani army were wounded.")).toEqual(["azerbaijan"]);
  });
  it("gives 'another' the victims of the figure before it", () => {
    expect(affected("Two Russian peacekeepers were killed and another died in hospital.")).toEqual(["russia", "russia"]);
  });
});

describe("who claims a figure", () => {
  it("keeps the sentence's claimant when the sentence is a claim", () => {
    const c = ctx("azerbaijan");
    const [draft] = extractCasualties("The ministry said one of its soldiers died.", c);
    expect(draft && casualtyClaimant(draft, c)).toBe("azerbaijan");
    expect(draft?.claimedBy).toBeUndefined();
  });
  it("gives a possessive figure in the outlet's own sentence to the possessor", () => {
    const c = ctx("unattributed", "nagorno-karabakh");
    const [draft] = extractCasualties("One of its soldiers, Aram Grigoryan, died as a result.", c);
    expect(draft).toMatchObject({ affected: "nagorno-karabakh", killed: 1, claimedBy: "nagorno-karabakh" });
    expect(draft && casualtyClaimant(draft, c)).toBe("nagorno-karabakh");
  });
});

describe("the subject that owns a loss", () => {
  it("reads 'Armenia has lost N servicemen' as Armenia's dead, whoever claims it", () => {
    expect(extractCasualties("Baku said Armenia has lost 3,825 servicemen.", ctx("azerbaijan"))).toEqual([
      { affected: "armenia", killed: 3825, wounded: null, qualifier: null },
    ]);
  });
});

describe("whose losses a speaker puts at a figure", async () => {
  const { parseArticle } = await import("../../src/core/ingest/parseArticle.ts");
  const { extractArticle } = await import("../../src/core/knowledge/extractArticle.ts");
  const figures = (text: string) =>
    extractArticle(parseArticle({ file: "l.txt", text: `Losses\n\n${text}` })).casualties.map((f) => [f.claimedBy, f.affected, f.killed, f.wounded]);

  it("reads 'the enemy's losses' as the other side's", () => {
    expect(figures("Armenia's defence ministry put the enemy's losses at 40 killed and 60 wounded.")).toEqual([["armenia", "azerbaijan", 40, 60]]);
  });

  it("reads 'its own losses' as the speaker's", () => {
    expect(figures("Azerbaijan's defence ministry put its own losses at 12 servicemen.")).toEqual([["azerbaijan", "azerbaijan", 12, null]]);
  });

  it("reads a named side's losses as that side's", () => {
    expect(figures("Karabakh's defence ministry put the Azerbaijani side's losses at about 300 servicemen killed.")).toEqual([
      ["nagorno-karabakh", "azerbaijan", 300, null],
    ]);
  });

  it("gives a raised toll to the body that raised it", () => {
    expect(figures("The Karabakh defence ministry raised its death toll to 158 servicemen.")).toEqual([["nagorno-karabakh", "nagorno-karabakh", 158, null]]);
  });
});

describe("the side that lost, after the speaker who says so", () => {
  it("reads the subject of 'lost' after the reporting verb, not the speaker before it", () => {
    expect(affected("Armenia said Azerbaijan lost eight soldiers.", ctx("armenia"))).toEqual(["azerbaijan"]);
    expect(affected("The ministry said the Armenian side had lost 40 servicemen.", ctx("azerbaijan"))).toEqual(["armenia"]);
  });
});

describe("figures for both sides, one's own, and the enemy eliminated", () => {
  it("reads a figure put 'on both sides' as no one side's", () => {
    expect(affected("Monitors put the number of dead on both sides at about 3,000.", ctx("other"))).toEqual(["unspecified"]);
  });
  it("reads 'N dead of its own' as the claimant's own losses, after the enemy's", () => {
    expect(affected("Yerevan reports 30 Azerbaijanis dead and admits three dead of its own.", ctx("armenia"))).toEqual(["azerbaijan", "armenia"]);
  });
  it("counts enemy soldiers 'eliminated' as killed", () => {
    const [figure] = extractCasualties("Five enemy soldiers were eliminated in the counter-attack, the army said.", ctx("nagorno-karabakh"));
    expect(figure).toMatchObject({ affected: "azerbaijan", killed: 5 });
  });
});

describe("groups counted 'of its own' and groups with a plain noun before them", () => {
  const figures = (sentence: string, claimant = "azerbaijan") =>
    extractCasualties(sentence, ctx(claimant as Parameters<typeof ctx>[0])).map((d) => [d.killed, d.wounded, d.affected]);
  it("counts 'five of its own died' and 'one of its own soldiers killed' as the claimant's", () => {
    expect(figures("Baku said six of its own died in the clash.")).toEqual([[6, null, "azerbaijan"]]);
    expect(figures("The Karabakh army reported two of its own soldiers killed overnight.", "nagorno-karabakh")).toEqual([[2, null, "nagorno-karabakh"]]);
  });
  it("reads 'none of its own soldiers were killed or wounded' as no losses of either kind", () => {
    expect(figures("The army said none of its own soldiers were killed or wounded.", "armenia")).toEqual([[0, 0, "armenia"]]);
  });
  it("keeps two coordinated groups apart when the second has a plain noun modifier", () => {
    expect(figures("Prosecutors said three police officers and two civilian road workers were killed by a mine.")).toEqual([
      [3, null, "azerbaijan"],
      [2, null, "azerbaijan"],
    ]);
  });
});
