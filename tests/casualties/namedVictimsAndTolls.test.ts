// Forms met on first contact (issue 7, casualties): victims known by name (the nation their surname is of, a
// surname alone, a named person of a force), one victim described at length, and a bare count that names its
// own outcome after a toll. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { SURNAME_RULES, namesNation, surnameNation } from "../../src/core/casualties/surnames.ts";
import type { Rule } from "../../src/core/rules/rule.ts";
import { ctx } from "./helpers.ts";

const only = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("a victim named by a surname of one nation is of that nation", () => {
  it("reads an Armenian officer named in full, in the outlet's own words, as Armenia's loss", () => {
    expect(only("Captain Davit Sahakyan was killed by a sniper near the village on Monday.")).toEqual([
      { affected: "armenia", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("reads an Azerbaijani farmer named in apposition to 'a resident of the village' as Azerbaijan's", () => {
    expect(only("A 63-year-old resident of the village, Elchin Gasimov, was wounded by shrapnel.")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 1, qualifier: null },
    ]);
  });
  it("reads two brothers named in apposition as Azerbaijan's two dead", () => {
    expect(only("Two brothers, Farid and Ramil Mammadov, died when the shell hit their house.")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
  });
  it("reads an Armenian named in Baku's statement as Armenia's loss, not Baku's own", () => {
    expect(only("The ministry said Hovhannes Grigoryan was wounded during the exchange of fire.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: null, wounded: 1, qualifier: null },
    ]);
  });
  it("keeps 'one of its soldiers, A B,' the speaker's own, whatever the name", () => {
    expect(only("One of its soldiers, Rustam Aliyev, died of his wounds.", "armenia").map((d) => d.affected)).toEqual(["armenia"]);
  });
  it("keeps a nation named before the name over the name's ending", () => {
    expect(only("Russian officer Pavel Sargsyan was wounded in the blast.", "unattributed").map((d) => d.affected)).toEqual(["russia"]);
  });
  it("does not take the country that speaks before a name for the victim's nation", () => {
    expect(only("Azerbaijan said Hovhannes Grigoryan was wounded at the post.", "azerbaijan").map((d) => d.affected)).toEqual(["armenia"]);
  });
  it("does not read a Russian peacekeeper's '-ov' as Azerbaijani in Moscow's own report", () => {
    expect(only("Lieutenant Colonel Ivan Petrov was killed when the vehicle came under fire.", "russia").map((d) => d.affected)).not.toContain("azerbaijan");
  });
});

describe("a person named by surname alone", () => {
  it("reads 'and Poghosyan was fatally wounded' as one Armenian dead", () => {
    expect(only("Shells hit the position at dawn, and Avagyan was fatally wounded.", "armenia")).toEqual([
      { affected: "armenia", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("reads an Azerbaijani surname wounded in Stepanakert's statement as Azerbaijan's", () => {
    expect(only("The army said Guliyev was wounded in the firefight that followed.", "nagorno-karabakh")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 1, qualifier: null },
    ]);
  });
  it("does not count a surname that only 'died', as in an obituary", () => {
    expect(only("Petrosyan died in 2011, and his widow kept the archive.")).toEqual([]);
  });
  it("does not take a nationality for a surname", () => {
    expect(only("Armenian was the language of the court records.")).toEqual([]);
  });
});

describe("a named person of a force", () => {
  it("reads 'Sergeant A B of the Azerbaijani army was killed' as one Azerbaijani dead", () => {
    expect(only("Sergeant Tural Babayev of the Azerbaijani army was killed in the night.")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'A B had died of his wounds' as one dead", () => {
    expect(only("Samvel Karapetyan had died of his wounds overnight.").map((d) => d.killed)).toEqual([1]);
  });
});

describe("surnames", () => {
  it("tell one nation for every name of a list, or none", () => {
    expect(namesNation("Major Sargis Abrahamyan and Captain Levon Sahakyan")).toBe("Armenian");
    expect(namesNation("Anar Huseynov, Elvin Guliyev and Orkhan Rzazade")).toBe("Azerbaijani");
    expect(namesNation("Aram Hakobyan and Elvin Guliyev")).toBeNull();
    expect(namesNation("John Smith")).toBeNull();
  });
  it("never tell a nation by a nationality or a first name", () => {
    expect(surnameNation("Iranian")).toBeNull();
    expect(surnameNation("Christian")).toBeNull();
  });
});

const cases = Object.entries(SURNAME_RULES as Record<string, Rule>).flatMap(([name, rule]) => [
  ...rule.examples.map((text) => ({ name, text, matches: true, rule })),
  ...rule.counterExamples.map((text) => ({ name, text, matches: false, rule })),
]);

describe("surname rule table", () => {
  it.each(cases)("surname rule '$name' on \"$text\" matches: $matches", ({ rule, text, matches }) => {
    expect(rule.pattern.test(text)).toBe(matches);
  });
});

describe("one victim described at length before the predicate", () => {
  it("reads 'a boy with a shrapnel wound to the chest died' as one dead", () => {
    expect(only("A 14-year-old girl with a shrapnel wound to the head died in the ward.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'a worker on a building site in the district was injured' as one wounded", () => {
    expect(only("A driver on a supply route in the Tartar district was injured when a shell exploded.", "azerbaijan").map((d) => d.wounded)).toEqual([1]);
  });
  it("still does not read a long clause of its own between many victims and a predicate", () => {
    expect(only("Two villages near the river where the troops had camped for months were shelled.")).toEqual([]);
  });
});

describe("tolls and the counts after them", () => {
  it("reads 'the death toll has reached seven, and there are 25 injured' as seven dead and 25 wounded", () => {
    expect(only("So far the death toll has reached seven, and there are more than 25 injured.", "armenia").map((d) => [d.killed, d.wounded])).toEqual([
      [7, 25],
    ]);
  });
});

describe("victims named by the body they worked for", () => {
  it("reads 'another agency employee, A B, was hurt' as one wounded, of the nation the name is", () => {
    expect(only("A week later another agency employee, Vusal Karimov, was hurt by a mine.")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 1, qualifier: null },
    ]);
  });
  it("reads 'a demining company worker was killed' as one dead", () => {
    expect(only("A demining company worker was killed near the road.", "azerbaijan").map((d) => d.killed)).toEqual([1]);
  });
});
