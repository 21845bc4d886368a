import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const only = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));
const killed = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => only(sentence, claimant).map((d) => d.killed);

describe("bodies count the dead", () => {
  it("reads 'the bodies of 40 Azerbaijani soldiers' as 40 Azerbaijani dead", () => {
    expect(only("Rescuers said the bodies of 40 Azerbaijani soldiers had been handed over.", "armenia")).toEqual([
      { affected: "azerbaijan", killed: 40, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'recovered 57 bodies' and 'corpses of 12 dead servicemen' as dead", () => {
    expect(killed("Search teams recovered 57 bodies near the river, the ministry said.", "armenia")).toEqual([57]);
    expect(killed("Its forensic unit has examined the corpses of 12 dead servicemen.", "armenia")).toEqual([12]);
  });
  it("does not read 'two international bodies' as the dead", () => {
    expect(only("The dispute was referred to two international bodies for arbitration.")).toEqual([]);
  });
});

describe("tolls written as lives, counts and the fallen", () => {
  it("reads 'the clashes have claimed about 300 lives' and 'cost some 9,000 lives'", () => {
    expect(killed("The clashes have claimed about 300 lives since spring.")).toEqual([300]);
    expect(killed("The fighting cost some 9,000 lives and displaced thousands.")).toEqual([9000]);
  });
  it("does not read 'saved 300 lives' as a toll", () => {
    expect(only("Doctors at the field hospital saved 300 lives.")).toEqual([]);
  });
  it("reads 'names 45 fallen servicemen' as 45 killed", () => {
    expect(killed("The ministry names 45 fallen servicemen.", "azerbaijan")).toEqual([45]);
  });
  it("reads 'raised its toll to 71 from the 50 it gave on Monday' as both figures", () => {
    expect(killed("The ministry raised its toll to 71 from the 50 it gave on Monday.", "azerbaijan")).toEqual([71, 50]);
  });
  it("reads 'raised its count of Armenian wounded to nine' as nine wounded", () => {
    expect(only("The ministry later raised its count of Armenian wounded to nine.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: null, wounded: 9, qualifier: null },
    ]);
  });
  it("reads 'put their own side's dead at about 4,000' as the speaker's own dead", () => {
    expect(only("Officials in Baku put their own side's dead at about 4,000.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 4000, wounded: null, qualifier: "about" },
    ]);
  });
});

describe("predicates after the victims", () => {
  it("reads 'have now died' as killed", () => {
    expect(killed("Officials said 41 people have now died in the riots.", "azerbaijan")).toEqual([41]);
  });
  it("reads a relative clause: 'evacuated six people who had been wounded'", () => {
    expect(only("The ICRC said its team evacuated six people who had been wounded in the shelling.", "icrc")).toEqual([
      { affected: "unspecified", killed: null, wounded: 6, qualifier: null },
    ]);
  });
});

describe("a place names whose civilians they were", () => {
  it("reads civilians killed by a strike on an Azerbaijani city as Azerbaijan's losses", () => {
    expect(only("A missile strike on Mingachevir killed nine civilians overnight.")).toEqual([
      { affected: "azerbaijan", killed: 9, wounded: null, qualifier: null },
    ]);
  });
  it("reads people killed in a Karabakh town as Karabakh's losses", () => {
    expect(only("Four people were killed in Stepanakert when shells hit a market.")).toEqual([
      { affected: "nagorno-karabakh", killed: 4, wounded: null, qualifier: null },
    ]);
  });
  it("leaves civilians unspecified when places of both sides are named", () => {
    expect(only("Shelling of Tartar and Stepanakert killed six civilians.")[0]?.affected).toBe("unspecified");
  });
  it("never reads the place soldiers fought in as whose soldiers they were", () => {
    expect(only("Five soldiers were killed near Tartar.")[0]?.affected).toBe("unspecified");
  });
});

describe("what is not a toll or a place", () => {
  it("does not read 'the death toll from an Armenian missile attack' as one Armenian killed", () => {
    expect(only("The death toll from an Armenian missile attack on the city has risen to 12.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 12, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'the toll rose from 20 to 68' as both figures", () => {
    expect(killed("Officials said the toll rose from 20 to 68.", "nagorno-karabakh")).toEqual([20, 68]);
  });
  it("does not place people killed in the disputed region as a whole", () => {
    expect(only("Some 30,000 people were killed in Nagorno-Karabakh in the 1990s.")[0]?.affected).toBe("unspecified");
  });
});

describe("victims counted among a toll", () => {
  it("reads 'four children were among the civilian dead' as four killed", () => {
    expect(killed("The ombudsman said four children were among the civilian dead.", "nagorno-karabakh")).toEqual([4]);
  });
  it("reads '30 civilians were among the wounded' as 30 wounded", () => {
    expect(only("He said 30 civilians were among the wounded.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: null, wounded: 30, qualifier: null },
    ]);
  });
});

describe("sides speaking together", () => {
  const joint = { ...ctx("unattributed"), jointClaimants: ["armenia", "azerbaijan"] as const };
  it("gives each side its own losses: 'according to the two governments, three Armenian soldiers died and one Azerbaijani was wounded'", () => {
    const drafts = extractCasualties("According to the two governments, three Armenian soldiers died and one Azerbaijani soldier was wounded.", joint);
    expect(drafts.map((d) => [d.claimedBy, d.affected, d.killed, d.wounded])).toEqual([
      ["armenia", "armenia", 3, null],
      ["azerbaijan", "azerbaijan", null, 1],
    ]);
  });
  it("leaves a figure whose victims neither speaker owns to the outlet", () => {
    const drafts = extractCasualties("Both sides said two Russian peacekeepers were killed.", joint);
    expect(drafts.map((d) => d.claimedBy)).toEqual([undefined]);
  });
});

describe("one attack's killed and injured", () => {
  it("joins '9 civilians, including a child, were killed and more than 30 people were injured' into one figure", () => {
    expect(only("Nine civilians, including a child, were killed and more than 30 people were injured, the office said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 9, wounded: 30, qualifier: "more than" },
    ]);
  });
  it("keeps soldiers killed and civilians injured apart", () => {
    expect(only("Three soldiers were killed and ten civilians were injured.", "armenia")).toHaveLength(2);
  });
});

describe("one person named, and numbers that are not tolls", () => {
  it("reads 'Arsen Vardanyan was shot dead' as one killed", () => {
    expect(only("The army said Arsen Vardanyan was shot dead by a sniper.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("counts every person a list names before a plural outcome", () => {
    expect(killed("The army said Major Aram Hakobyan and Captain Levon Sargsyan had been fatally wounded by shelling.", "armenia")).toEqual([2]);
    expect(killed("Officials said Anna Petrosyan, Levon Avetisyan and Karen Sahakyan were killed.", "armenia")).toEqual([3]);
  });
  it("counts single persons listed together as one group: 'a woman and a child had been killed' is 2", () => {
    expect(killed("The spokesman said that a woman and a child had been killed in the Martuni region.", "nagorno-karabakh")).toEqual([2]);
    expect(killed("The army said a soldier, a policeman and a driver were killed.", "nagorno-karabakh")).toEqual([3]);
  });
  it("reads 'the number of Armenian servicemen killed had reached 105, up from the 49' as the toll and the earlier one", () => {
    expect(killed("Pashinyan said the number of Armenian servicemen killed had reached 105, up from the 49 he gave a day earlier.", "armenia")).toEqual([
      105, 49,
    ]);
  });
  it("keeps single persons with outcomes of their own apart", () => {
    expect(only("The ministry said a soldier was killed and a civilian was wounded.", "armenia").map((d) => [d.killed, d.wounded])).toEqual([
      [1, null],
      [null, 1],
    ]);
  });
  it("does not count states or bodies joined by 'and' as people", () => {
    expect(killed("Armenia and Azerbaijan were blamed for the shelling.", "armenia")).toEqual([]);
  });
  it("does not read a body's name before 'died' as a person", () => {
    expect(only("Officials said two employees of the State Road Agency died.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'Conscript, 19, killed by sniper' as no figure of nineteen", () => {
    expect(killed("Conscript, 19, killed by sniper near the border")).not.toContain(19);
  });
  it("reads 'raised its figure to 71' but not 'the figure of 2,500 vehicles'", () => {
    expect(killed("The ministry has raised its figure to 64.", "azerbaijan")).toEqual([64]);
    expect(only("The figure of 2,500 vehicles over two months needs context.")).toEqual([]);
  });
  it("reads 'listed 40 of its servicemen as killed'", () => {
    expect(killed("The army listed 40 of its servicemen as killed.", "armenia")).toEqual([40]);
  });
});

describe("killing named as murder, massacre or execution", () => {
  it("reads 'were murdered' and 'had been executed' as deaths", () => {
    expect(killed("The ministry said 48 villagers, including women and children, were murdered in the raid.", "azerbaijan")).toEqual([48]);
    expect(killed("The prosecutor said six soldiers had been executed in captivity.", "armenia")).toEqual([6]);
  });
});

describe("one record for the same victims counted twice in a sentence", () => {
  it("merges 'one civilian was killed and one civilian wounded'", () => {
    expect(only("The ministry added that one civilian was killed and one civilian wounded.", "azerbaijan").map((d) => [d.killed, d.wounded])).toEqual([[1, 1]]);
  });

  it("reads 'none killed' after a wounded count as no one killed", () => {
    expect(only("Three servicemen were wounded and none killed, the army said.", "armenia").map((d) => [d.killed, d.wounded])).toEqual([[0, 3]]);
  });

  it("reads the figure in '21 people it said were killed and 70 wounded'", () => {
    expect(
      only("The prosecutor's office published the names of 14 people it said were killed and 40 wounded.", "azerbaijan").map((d) => [d.killed, d.wounded]),
    ).toEqual([[14, 40]]);
  });
});

describe("what the attackers left behind", () => {
  it("counts the dead 'the attackers' or 'the attacking side' left as the claimant's enemy's", () => {
    expect(only("The army said the attackers retreated, leaving five dead soldiers.", "nagorno-karabakh").map((d) => d.affected)).toEqual(["azerbaijan"]);
    expect(
      only("The attacking side suffered heavy losses, leaving the bodies of six of its servicemen near the trenches.", "armenia").map((d) => d.affected),
    ).toEqual(["azerbaijan"]);
  });

  it("keeps the claimant's own dead its own when its own troops withdrew", () => {
    expect(only("Our troops withdrew, leaving two dead soldiers.", "armenia").map((d) => d.affected)).toEqual(["armenia"]);
  });
});

describe("more ways to say who died and whose they were", () => {
  it("reads 'gave their lives' as killed", () => {
    expect(killed("More than 300 of our servicemen gave their lives in the battle for the heights.", "azerbaijan")).toEqual([300]);
  });

  it("reads 'from the Azerbaijani side' after the victims as whose they were", () => {
    expect(only("Four were killed and many more wounded from the Azerbaijani side.", "armenia").map((d) => d.affected)).toEqual(["azerbaijan"]);
  });
});

describe("a figure relayed as another party's claim", () => {
  it("gives 'Azerbaijan's claim that N Armenian soldiers died' to Azerbaijan, though Armenia speaks", () => {
    expect(
      only("Yerevan said Azerbaijan's claim that nine Armenian soldiers died was false.", "armenia").map((d) => [d.claimedBy, d.affected, d.killed]),
    ).toEqual([["azerbaijan", "armenia", 9]]);
  });
});

describe("the side fire came from", () => {
  it("is not the victims' side ('wounded by fire from the Armenian side')", () => {
    expect(only("One serviceman was wounded by fire from the Armenian side near the bridge.", "azerbaijan").map((d) => d.affected)).toEqual(["azerbaijan"]);
  });
});

describe("parts of a total that is no toll itself", () => {
  const counts = (sentence: string) => only(sentence).map((d) => [d.killed, d.wounded]);

  it("reads 'N had fallen victim to mines, of whom K were killed and W injured' as the parts", () => {
    expect(counts("Since the truce 140 people have fallen victim to mines, of whom 31 were killed and 109 were injured.")).toEqual([[31, 109]]);
  });

  it("still reads 'killed 27 people, including two children' as one toll of 27", () => {
    expect(counts("The rocket strike killed 27 people, including two children.")).toEqual([[27, null]]);
  });

  it("reads 'N sustained injuries' after a bare number as wounded", () => {
    expect(counts("Four people lost their lives and 18 sustained injuries in the blast.")).toEqual([[4, 18]]);
  });
});

describe("a side that lost people", () => {
  it("reads 'Azerbaijan lost eight men' in Armenia's words as Azerbaijan's losses", () => {
    expect(only("By our information, Azerbaijan lost eight men in that attack.", "armenia").map((d) => [d.affected, d.killed])).toEqual([["azerbaijan", 8]]);
  });

  it("still reads 'Azerbaijan killed eight civilians' in Armenia's words as Armenia's losses", () => {
    expect(only("Azerbaijan killed eight civilians in the village.", "armenia").map((d) => d.affected)).toEqual(["armenia"]);
  });
});

describe("the same count on each side", () => {
  it("reads 'more than 2,000 had died on each side' as one figure per belligerent", () => {
    expect(only("More than 2,000 people had died on each side, he said.", "russia").map((d) => [d.affected, d.killed])).toEqual([
      ["armenia", 2000],
      ["azerbaijan", 2000],
    ]);
  });

  it("keeps '50 killed on both sides' one total for no one side", () => {
    expect(only("Fifty people were killed on both sides.").map((d) => d.affected)).toEqual(["unspecified"]);
  });
});

describe("a toll raised from an earlier one", () => {
  it("reads '…, up from 604' as the same claimant's earlier figure too", () => {
    expect(killed("The army raised its death toll to 673, up from 604 on Monday.", "nagorno-karabakh")).toEqual([673, 604]);
  });

  it("does not read a price 'up from 200' as a toll", () => {
    expect(only("Bread now costs 300 drams, up from 200 in December.")).toEqual([]);
  });
});

describe("no casualties", () => {
  it("reads 'there were no casualties' as nobody killed and nobody wounded", () => {
    expect(only("There were no casualties among our troops, the ministry said.", "armenia").map((d) => [d.killed, d.wounded])).toEqual([[0, 0]]);
  });

  it("reads 'suffered no losses' as nobody killed and nobody wounded, since a side with no losses has no wounded either", () => {
    expect(only("The ministry said its units had suffered no losses.", "azerbaijan").map((d) => [d.killed, d.wounded])).toEqual([[0, 0]]);
    expect(only("There were no losses among our servicemen that day, the spokesman said.", "armenia").map((d) => [d.killed, d.wounded])).toEqual([[0, 0]]);
  });

  it("reads a side's 'six victims' as six dead, as official tallies use the word", () => {
    expect(only("So far the Armenian side has six victims as a result of the attack, the ministry said.", "armenia").map((d) => [d.killed, d.wounded])).toEqual(
      [[6, null]],
    );
  });

  it("leaves 'victims' uncounted where the sentence also counts the hurt or breaks the victims down", () => {
    expect(only("The ministry said there were 40 victims, many of them badly injured.", "azerbaijan").map((d) => d.killed)).not.toContain(40);
    expect(only("The agency said mine victims now number 300, of whom 60 died.", "azerbaijan").map((d) => d.killed)).toEqual([60]);
  });

  it("gives no toll of the dead for people 'dead or missing', and keeps the wounded beside them", () => {
    const figures = only("The council said 150 people were dead or missing after the fighting and that 210 servicemen had been wounded.", "armenia");
    expect(figures.map((d) => d.killed)).not.toContain(150);
    expect(figures.map((d) => d.wounded)).toContain(210);
  });

  it("reads one 'evacuated with moderate injuries' as wounded, and one merely evacuated as no victim", () => {
    expect(only("Two crew members were killed and a third was evacuated with moderate injuries.", "russia").map((d) => [d.killed, d.wounded])).toEqual([
      [2, 1],
    ]);
    expect(only("Three soldiers were evacuated from the post.", "russia")).toEqual([]);
  });

  it("reads a child's age as no count, and the child as one victim", () => {
    expect(only("A boy aged about 12 was killed and two other children wounded.", "nagorno-karabakh").map((d) => [d.killed, d.wounded])).toEqual([[1, 2]]);
    expect(only("A woman, aged 65, was wounded.", "armenia").map((d) => [d.killed, d.wounded])).toEqual([[null, 1]]);
  });

  it("reads 'all 12', 'just 27' and 'only two' as the number itself", () => {
    expect(only("The district had been given up for the loss of just 27 soldiers.", "azerbaijan").map((d) => d.killed)).toEqual([27]);
    expect(only("Only two soldiers were wounded.", "armenia").map((d) => d.wounded)).toEqual([2]);
  });

  it("gives the people on board a downed craft the craft's side when the sentence names it", () => {
    expect(
      only("Forces shot down an Armenian helicopter carrying wounded fighters, killing all 12 people on board.", "nagorno-karabakh").map((d) => [
        d.killed,
        d.affected,
      ]),
    ).toEqual([[12, "armenia"]]);
    expect(only("A plane crashed near the capital, killing 38 people on board.", "unattributed").map((d) => [d.killed, d.affected])).toEqual([
      [38, "unspecified"],
    ]);
    expect(
      only("Forces shot down a helicopter evacuating wounded Armenian fighters, killing all 12 people on board.", "nagorno-karabakh").map((d) => d.affected),
    ).toEqual(["armenia"]);
    expect(
      only("A helicopter carrying Azerbaijani officials and Russian monitors crashed, killing all 22 people aboard.", "unattributed").map((d) => d.affected),
    ).toEqual(["unspecified"]);
  });

  it("reads an outcome an official's words put in quotation marks", () => {
    expect(only('The ministry said 12 of its servicemen had been "killed in action".', "azerbaijan").map((d) => d.killed)).toEqual([12]);
  });

  it("takes whose victims they were from what the sentence says they were", () => {
    expect(
      only("The two other victims were young Azerbaijani men killed near the town in a clash.", "unattributed").map((d) => [d.killed, d.affected]),
    ).toEqual([[2, "azerbaijan"]]);
  });

  it("gives no new figure for some of the victims picked out ('Two of the victims were identified')", () => {
    expect(only("Two of the victims have since been identified by their families.", "unattributed")).toEqual([]);
    expect(only("Three of the four victims were deminers employed by the agency.", "unattributed")).toEqual([]);
    expect(only("The group said one detainee had most likely been a victim of an execution.", "other").map((d) => d.killed)).toEqual([]);
  });

  it("reads 'there were no victims' as nobody killed and nobody wounded", () => {
    expect(only("There were no victims among the villagers, the ministry said.", "armenia").map((d) => [d.killed, d.wounded])).toEqual([[0, 0]]);
  });

  it("still reads '92 losses' as the dead alone", () => {
    expect(only("The ministry put its own losses that week at 92 losses in all.", "azerbaijan").map((d) => [d.killed, d.wounded])).toEqual([[92, null]]);
  });

  it("still reads '50 casualties' as no figure, since it may count the wounded", () => {
    expect(only("The shelling caused 50 casualties.", "armenia")).toEqual([]);
  });
});

describe("compatriots and nationals as victims", () => {
  it("counts 'one of our compatriots was injured' as one wounded of the speaker's side", () => {
    expect(only('"One of our compatriots was injured when a rocket struck a house," the ministry said.', "armenia")).toEqual([
      { affected: "armenia", killed: null, wounded: 1, qualifier: null },
    ]);
  });
});

describe("a toll given with 'was'", () => {
  it("reads 'the total number of dead was about 3,800' and 'its death toll is at least 12'", () => {
    expect(killed("The minister said the country's total number of dead was about 3,800.", "armenia")).toEqual([3800]);
    expect(killed("Baku said its death toll is at least 12.", "azerbaijan")).toEqual([12]);
  });
  it("reads no figure in 'the toll was not yet known'", () => {
    expect(only("Officials said the toll was not yet known.")).toEqual([]);
  });
});

describe("the dead counted by their names", () => {
  it("reads 'named the dead as A, B and C' as three dead, and the wounded said after it", () => {
    expect(
      only("The ministry later named the dead as Aram Petrosyan, Levon Hakobyan and Tigran Sargsyan, and said two more soldiers were wounded.", "armenia"),
    ).toEqual([expect.objectContaining({ killed: 3, wounded: 2 })]);
  });
  it("does not count a single name or a list of offices", () => {
    expect(killed("The ministry named the dead as Aram Petrosyan.", "armenia")).toEqual([]);
    expect(killed("It named the dead as Defence Ministry staff and Interior Ministry police.", "armenia")).toEqual([]);
  });
});

describe("comrades counted with a person's possessive", () => {
  it("reads 'four of his comrades were also injured' as four wounded", () => {
    expect(only("The ministry said a sergeant was wounded and three of his comrades were also injured.", "azerbaijan")).toEqual([
      expect.objectContaining({ wounded: 1 }),
      expect.objectContaining({ wounded: 3 }),
    ]);
  });
});

describe("a wound that killed", () => {
  it("reads 'of fatally wounding a soldier' and 'mortally wounded two' as dead, not wounded", () => {
    expect(only("Officials in Yerevan accused Azerbaijani troops of fatally wounding an Armenian conscript.", "armenia")).toEqual([
      { affected: "armenia", killed: 1, wounded: null, qualifier: null },
    ]);
    expect(killed("Snipers mortally wounded two Azerbaijani servicemen near Tartar.", "azerbaijan")).toEqual([2]);
  });
});

describe("the hurt named by where they were taken", () => {
  it("reads '290 had been admitted to hospital with burns' as 290 wounded beside the dead", () => {
    expect(only("Health officials said 14 people had died and 120 had been admitted to hospital with burns.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 14, wounded: 120, qualifier: null },
    ]);
  });
});

describe("civilians killed where a town was struck", () => {
  it("are that town's side when the town is named as the one hit", () => {
    expect(only("Human Rights Watch said Tartar had been struck by cluster rockets that killed four civilians.", "other")).toEqual([
      { affected: "azerbaijan", killed: 4, wounded: null, qualifier: null },
    ]);
  });
});

describe("a toll named as one already given", () => {
  it("keeps the side of the victims the toll counted before ('bringing that toll to 10')", () => {
    const text = [
      "Strike on Tartar",
      "",
      "On Sunday a strike on a market in Tartar killed six civilians and wounded 20, the district prosecutor said.",
      "",
      "A seventh victim died in hospital on Monday, bringing that toll to seven, the prosecutor said.",
    ].join("\n");
    const { casualties } = extractArticle(parseArticle({ file: "t.txt", text }));
    expect(casualties.filter((c) => c.killed === 7).map((c) => c.affected)).toEqual(["azerbaijan"]);
  });
});

describe("deaths told by the shooting", () => {
  it("reads 'had shot dead 33 villagers' and 'gunned down two' as dead", () => {
    expect(killed("Officials said gunmen had shot dead 33 villagers.", "azerbaijan")).toEqual([33]);
    expect(killed("Snipers gunned down two soldiers near the post.", "armenia")).toEqual([2]);
  });
});

describe("those who clear the mines", () => {
  it("reads 'a mine disposal specialist was injured' and 'two deminers were killed' as victims", () => {
    expect(only("The agency said a mine disposal specialist was injured near the village on Monday.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 1, qualifier: null },
    ]);
    expect(killed("The agency said two deminers were killed when a mine went off.", "azerbaijan")).toEqual([2]);
  });
  it("reads 'lost his right foot to a mine' after a named deminer and the year of his birth as one hurt", () => {
    expect(only("Last week a deminer, Elvin Mammadov, born 1994, lost his right foot to a mine near the road, the agency said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 1, qualifier: null },
    ]);
  });
});
