// One person named as a victim (issue 7, casualties): the fate told with a reflexive or after what was done to him
// first, a long description in apposition, and a murder named by its noun. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const only = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));
const oneDead = (affected: string) => [{ affected, killed: 1, wounded: null, qualifier: null }];

describe("what befell a named person before the harm", () => {
  it("reads 'was himself shot dead' as one dead", () => {
    expect(only("Mammadov was himself shot dead by police a week later.")).toEqual(oneDead("azerbaijan"));
  });
  it("reads 'was taken hostage and then killed' as one dead", () => {
    expect(only("Levon Hakobyan was taken hostage and then killed.")).toEqual(oneDead("armenia"));
  });
  it("reads 'were captured and later executed' as the count's dead", () => {
    expect(only("Three Armenian soldiers were captured and later executed, the ministry said.", "armenia")).toEqual([
      { affected: "armenia", killed: 3, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'have been found dead' as the count's dead", () => {
    expect(only("Four of them have been found dead since the raid.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 4, wounded: null, qualifier: null },
    ]);
  });
  it("counts no one who was captured and released", () => {
    expect(only("Two shepherds were captured and later released.")).toEqual([]);
  });
});

describe("a named person described at length before the fate", () => {
  it("reads the commander described in a long apposition opening on a capital as one dead", () => {
    expect(
      only(
        "Arsen Mkrtchyan, the Gyumri-born engineer who rose to lead the best-known volunteer battalion of the war, was killed on Sunday, officials said.",
        "nagorno-karabakh",
      ),
    ).toEqual(oneDead("nagorno-karabakh"));
  });
  it("does not count a veteran whose life is told at length before he 'died', as in an obituary", () => {
    expect(
      only("General Samvel Karapetyan, the Moscow-trained officer who led the defence of the northern villages in 1992, died on Friday in a Yerevan clinic."),
    ).toEqual([]);
  });
  it("does not count a named official described in apposition who says that someone else was killed", () => {
    expect(only("Elchin Guliyev, the Azerbaijani chief of the border service, said nobody was killed.", "azerbaijan").some((d) => d.killed === 1)).toBe(false);
  });
});

describe("a murder named by its noun", () => {
  it("reads 'convicted of the murder of A B' as one dead", () => {
    expect(only("A court convicted him of the murder of Aram Sargsyan in 2004.")).toEqual(oneDead("armenia"));
  });
  it("reads a nation and a force before the rank of the murdered officer", () => {
    expect(only("The trial followed the murder of Azerbaijani army sergeant Elvin Huseynov.")).toEqual(oneDead("azerbaijan"));
  });
  it("reads 'the murder of 12 villagers' as 12 dead", () => {
    expect(only("The report documents the murder of 12 Azerbaijani villagers.")).toEqual([
      { affected: "azerbaijan", killed: 12, wounded: null, qualifier: null },
    ]);
  });
});

describe("victims listed after a noun of death are one toll", () => {
  it("sums 'the deaths of four police officers and two civilians' into one figure of six", () => {
    expect(only("Baku cited the deaths of four police officers and two civilians from mines.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 6, wounded: null, qualifier: null },
    ]);
  });
  it("takes the side one item names for the whole list", () => {
    expect(only("He recalled the deaths of three Azerbaijani shepherds and two police officers this spring.", "united-nations")).toEqual([
      { affected: "azerbaijan", killed: 5, wounded: null, qualifier: null },
    ]);
  });
  it("keeps two nations' dead apart", () => {
    expect(only("It mourned the deaths of three Armenian soldiers and two Azerbaijani soldiers.").map((d) => d.killed)).toEqual([3, 2]);
  });
  it("keeps a list that is the subject of its verb apart, as before", () => {
    expect(only("Four police officers and two civilians were killed by mines, the ministry said.", "azerbaijan").map((d) => d.killed)).toEqual([4, 2]);
  });
});

describe("historic totals named by who keeps them", () => {
  it("reads 'the nation had sacrificed more than 2,900 of its sons' as its own dead", () => {
    expect(only("On Remembrance Day the minister said the nation had sacrificed more than 2,900 of its sons.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2900, wounded: null, qualifier: "more than" },
    ]);
  });
  it("counts no dead in a sacrifice of things", () => {
    expect(only("The government sacrificed two ministries to the reform.")).toEqual([]);
  });
});

describe("'they' who have the dead", () => {
  it("are the people the speaker named before them, not the speaker", () => {
    expect(only('"Armenian sabotage groups tried to cross at night. They were repelled, and they have nine dead," the officer said.', "azerbaijan")).toEqual([
      { affected: "armenia", killed: 9, wounded: null, qualifier: null },
    ]);
  });
});

describe("one person named by a bare noun in a headline or a timeline line", () => {
  const headline = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
    extractCasualties(sentence, { ...ctx(claimant), headline: true });
  it("reads 'Azerbaijani soldier killed, four wounded near the border' as one dead and four wounded", () => {
    expect(headline("Azerbaijani soldier killed, four wounded near the border")).toEqual([{ affected: "azerbaijan", killed: 1, wounded: 4, qualifier: null }]);
  });
  it("reads a timeline line's 'Armenian conscript killed' as one dead", () => {
    expect(only("2 March 2023 - Armenian conscript killed near Sotk")).toEqual(oneDead("armenia"));
  });
  it("reads 'Azerbaijani serviceman dies of wounds' in a side's own headline as one of its dead", () => {
    expect(headline("Ministry: Azerbaijani serviceman dies of wounds", "azerbaijan")).toEqual(oneDead("azerbaijan"));
  });
  it("gives no side's dead to a bare noun with no nation in a headline another clause of which has a speaker", () => {
    expect(headline("Soldier killed near the line, Karabakh army rejects Baku's account", "nagorno-karabakh")).toEqual([]);
  });
  it("does not read a subject with its article, or an agent, as a bare noun", () => {
    expect(only("The woman killed in the crash was not named.")).toEqual([{ affected: "unspecified", killed: 1, wounded: null, qualifier: null }]);
    expect(only("Police said the man killed himself.")).toEqual([]);
  });
});

describe("persons of two nations listed together", () => {
  it("keeps a count of one nation's soldiers and one person of the other nation apart", () => {
    expect(only("Three Azerbaijani soldiers and an Armenian conscript were killed in the clash.")).toEqual([
      { affected: "azerbaijan", killed: 3, wounded: null, qualifier: null },
      { affected: "armenia", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("still joins a civilian of no nation named after a nation's civilians", () => {
    expect(only("Two Azerbaijani journalists and a local official were killed.")).toEqual([
      { affected: "azerbaijan", killed: 3, wounded: null, qualifier: null },
    ]);
  });
});

describe("a side named right before the count", () => {
  it("reads 'while on the Armenian side at least five soldiers died' in Baku's words as Armenia's dead", () => {
    expect(only("One soldier was killed and two were wounded, while on the Armenian side at least five soldiers died.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: 2, qualifier: null },
      { affected: "armenia", killed: 5, wounded: null, qualifier: "at least" },
    ]);
  });
});

describe("a figure inside another nation's claims, relayed", () => {
  it("gives 'Armenian claims that 40 Azerbaijani soldiers had died', dismissed by Baku, to Armenia", () => {
    expect(only("The ministry dismissed Armenian claims that 40 Azerbaijani soldiers had died as propaganda.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 40, wounded: null, qualifier: null, claimedBy: "armenia" },
    ]);
  });
  it("gives 'Azerbaijani reports that' to Azerbaijan", () => {
    expect(only("Yerevan rejected Azerbaijani reports that 15 Armenian soldiers were killed.", "armenia")[0]?.claimedBy).toBe("azerbaijan");
  });
});
