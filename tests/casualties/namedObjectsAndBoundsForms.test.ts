// Forms met on first contact with unseen sets (issue 7, cas65): people named with their rank or trade
// as the object of the harm, "both" with a plural, a toll that passes or nears a bound, adverbs of
// time and single wounds in the predicate, the losses "of" a side, and words that only contain a
// toll word. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";
import type { CasualtyContext } from "../../src/core/casualties/extractCasualties.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

describe("people named with their rank or trade after the verb of harm", () => {
  it("counts 'killing warrant officer Elvin Mammadli' as one of the speaker's soldiers", () => {
    expect(read("The ministry said an Armenian sniper fired across the river, killing warrant officer Elvin Mammadli.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null },
    ]);
  });
  it("counts 'had killed police officer Karen Avagyan' as one", () => {
    expect(read("Police said a gunman inside the depot had killed police officer Karen Avagyan.", "armenia")).toEqual([
      { affected: "armenia", killed: 1, wounded: null },
    ]);
  });
  it("counts two people named with their ranks after one verb", () => {
    expect(read("A mortar round then killed Lieutenant Davit Grigoryan and machine gunner Aram Sahakyan.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 2, wounded: null },
    ]);
  });
  it("counts 'the deaths of Sergeant A and Private B' as two dead", () => {
    expect(read("The spokeswoman announced the deaths of Sergeant Levon Hakobyan and Private Gor Martirosyan.", "armenia")).toEqual([
      { affected: "armenia", killed: 2, wounded: null },
    ]);
  });
  it("gives the named soldier the side of the forces named after him", () => {
    expect(read("Stepanakert said the gunman opened fire on a car, killing Major Tigran Vardanyan of the Armenian armed forces.", "nagorno-karabakh")).toEqual([
      { affected: "armenia", killed: 1, wounded: null },
    ]);
  });
  it("reads no toll into the death of a figure of history with no rank", () => {
    expect(read("The book recalls the death of Andranik Ozanian in California in 1927.")).toEqual([]);
  });
  it("does not read 'Badly wounded soldier X died' as one wounded as well as one dead", () => {
    expect(read("Badly wounded soldier Rashad Guliyev died in hospital on Monday.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null },
    ]);
  });
});

describe("'both' with a plural noun", () => {
  it("counts 'both conscripts were killed' as two", () => {
    expect(read("The army said both conscripts were killed by a mine near the post.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null },
    ]);
  });
  it("counts nothing in 'both soldiers and civilians', 'both sides' or 'both of them'", () => {
    expect(read("Both soldiers and civilians were hurt in the shelling, the ministry said.", "armenia")).toEqual([]);
    expect(read("Both sides reported losses on Tuesday.")).toEqual([]);
    expect(read("The ministry said both of them died in hospital.", "armenia")).toEqual([]);
  });
});

describe("tolls that pass or near a bound", () => {
  it("reads 'climbed past 150', 'above 60' and 'approaching 3,000' as the toll", () => {
    expect(read("The ombudsman said the toll had climbed past 150.", "nagorno-karabakh").map((d) => d.killed)).toEqual([150]);
    expect(read("Local officials put the civilian death toll above 60.", "azerbaijan").map((d) => d.killed)).toEqual([60]);
    expect(read("He said the total number of dead was approaching 3,000.", "russia").map((d) => d.killed)).toEqual([3000]);
  });
  it("reads a quoted 'approximately' as the figure's hedge", () => {
    expect(read('The minister said the number of dead was "approximately 900".', "armenia").map((d) => d.killed)).toEqual([900]);
  });
  it("reads no toll into a word that only contains one: 'by the regiment's account, … some 400 attackers'", () => {
    expect(read("By the regiment's account, the outpost was held by nine men who turned back some 400 attackers.", "nagorno-karabakh")).toEqual([]);
  });
  it("gives the earlier count of the wounded after 'up from'", () => {
    expect(read("It put the number of wounded at 31, up from 22 in the morning.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 31 },
      { affected: "azerbaijan", killed: null, wounded: 22 },
    ]);
  });
});

describe("predicates and owners", () => {
  it("reads 'has already died' as dead", () => {
    expect(read("One resident has already died of his wounds, the mayor said.", "armenia").map((d) => d.killed)).toEqual([1]);
  });
  it("reads 'had received a fatal shrapnel wound' as dead and 'taken to hospital with a gunshot wound' as wounded", () => {
    expect(read("A third conscript had received a fatal shrapnel wound, the army said.", "armenia")).toEqual([
      { affected: "armenia", killed: 1, wounded: null },
    ]);
    expect(read("A fifth guard was taken to hospital with a gunshot wound.", "armenia")).toEqual([{ affected: "armenia", killed: null, wounded: 1 }]);
  });
  it("reads 'human losses' as the dead", () => {
    expect(read("Officials said Armenia had suffered almost 250 human losses.", "azerbaijan")).toEqual([{ affected: "armenia", killed: 250, wounded: null }]);
  });
  it("gives 'the losses of the Armenian side at about 90' to that side, not to the speaker", () => {
    expect(read("The ministry put the losses of the Armenian side at about 90.", "azerbaijan")).toEqual([{ affected: "armenia", killed: 90, wounded: null }]);
  });
});

describe("whose losses, when another speaker is relayed or a text is named", () => {
  it("gives 'its soldiers' to the side whose words a third party relays, not to the third party", () => {
    expect(read("Embassy officials report that the Karabakh side said two of its soldiers were wounded and none killed.", "united-states")).toEqual([
      { affected: "nagorno-karabakh", killed: 0, wounded: 2 },
    ]);
    expect(read("The ministry said Armenia had shelled its positions, killing two of its soldiers.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null },
    ]);
  });
  it("does not place civilians in the country a report is about", () => {
    expect(read("The State Department's annual report on Armenia later stated that the rocket killed nine civilians.", "united-states")).toEqual([
      { affected: "unspecified", killed: 9, wounded: null },
    ]);
  });
  it("counts an ensign killed with the others hurt in the same blast", () => {
    expect(read("An Azerbaijani army ensign has been killed and four other people injured in a mine blast, officials said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: 4 },
    ]);
  });
});

describe("people broken down in apposition", () => {
  it("reads 'four people, a border guard officer and three deminers, were injured' as four, not three", () => {
    expect(read("The joint statement said four people, a border service warrant officer and three deminers, were injured on Friday.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 4 },
    ]);
  });
  it("gives the people the one side their parts name", () => {
    expect(read("Three people, two Azerbaijani reporters and a village official, were killed when their car hit a mine.")).toEqual([
      { affected: "azerbaijan", killed: 3, wounded: null },
    ]);
  });
  it("gives no side when the parts name two, or when a part is only included", () => {
    expect(read("Officials said 40 people had been killed, 30 Armenians and ten Azerbaijanis.", "russia").map((d) => d.affected)[0]).toEqual("unspecified");
    expect(read("The shelling killed 50 people, including ten Azerbaijani civilians.")[0]).toEqual({ affected: "unspecified", killed: 50, wounded: null });
  });
});

describe("numbers that count no new victims", () => {
  it("reads no count into a share: 'three in four of those killed', 'one out of five'", () => {
    expect(read("Officials say roughly three in four of those killed were civilians.", "azerbaijan")).toEqual([]);
    expect(read("One out of five was killed, the report said.", "other")).toEqual([]);
  });
  it("still counts a toll given over days or places", () => {
    expect(read("The toll rose to 14 in three days.", "azerbaijan").map((d) => d.killed)).toEqual([14]);
    expect(read("The strikes killed 14 in two villages.", "azerbaijan").map((d) => d.killed)).toEqual([14]);
  });
  it("counts no new dead in bodies that have not yet been identified", () => {
    expect(read("She said 180 of those bodies had not yet been identified.", "armenia")).toEqual([]);
  });
});

describe("a toll updated by a pronoun, and the rise of a toll", () => {
  const afterDeaths = (sentence: string) => {
    const context: CasualtyContext = { ...ctx("azerbaijan"), earlier: { outcome: "killed", affected: "azerbaijan" } };
    return extractCasualties(sentence, context).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));
  };
  it("reads 'later revised it to 12' as a new value of the toll just given", () => {
    expect(afterDeaths("The ministry later revised it to 12.")).toEqual([{ affected: "azerbaijan", killed: 12, wounded: null }]);
    expect(afterDeaths("By Thursday it had raised that to 17.")).toEqual([{ affected: "azerbaijan", killed: 17, wounded: null }]);
  });
  it("reads nothing into 'revised it to 12' with no toll before, or into a percentage", () => {
    expect(read("The ministry later revised it to 12.", "azerbaijan")).toEqual([]);
    expect(afterDeaths("The bank later raised it to 12 per cent.")).toEqual([]);
  });
  it("does not count the bodies found after which a count rose as new dead of their own", () => {
    expect(read("By Sunday the count had risen to 38, he said, after three more bodies were found under the rubble.", "armenia")).toEqual([
      { affected: "armenia", killed: 38, wounded: null },
    ]);
  });
});

describe("a toll named after the value it reaches", () => {
  it("reads 'bringing to 9 the number of Azerbaijani soldiers it says have been killed' as that toll, and the death that brought it there as one of its dead", () => {
    expect(
      read("A major died on Monday, bringing to 9 the number of Azerbaijani soldiers it says have been killed since the clashes began.", "armenia"),
    ).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null },
      { affected: "azerbaijan", killed: 9, wounded: null },
    ]);
  });
  it("reads 'raised to 40 the death toll' as the dead and 'brought to 12 the number of people wounded' as the wounded", () => {
    expect(read("The strike on Friday raised to 40 the death toll in the town.", "azerbaijan").map((d) => [d.killed, d.wounded])).toEqual([[40, null]]);
    expect(read("The shelling brought to 12 the number of people wounded.", "azerbaijan").map((d) => [d.killed, d.wounded])).toEqual([[null, 12]]);
  });
  it("reads nothing into 'bringing to 12 the number of villages' shelled", () => {
    expect(read("The shelling spread, bringing to 12 the number of villages hit.", "azerbaijan")).toEqual([]);
  });
});
