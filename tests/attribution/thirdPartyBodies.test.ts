// Third parties met on first contact in blind93 (issue 7): a demining charity's director in an
// interview, a deputy from a state that is no party. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const claimsOf = (text: string) => extractArticle(parseArticle({ file: "story.txt", text: `Mines and water\nField Desk\n12 March 2017\n\n${text}` })).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, fragment: string) => claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

describe("a demining charity speaks for no side", () => {
  const claims = claimsOf(
    "The HALO Trust has cleared mines in the region for two decades. Its programme manager, Petra Lindqvist, said 40 minefields remained near the village of Mataghis.\n\nLindqvist said farmers had been injured while ploughing in the spring.",
  );

  it("gives its director's words to 'other', as the charity's", () => {
    expect(sideOf(claims, "40 minefields remained")).toEqual(["other"]);
    expect(sideOf(claims, "farmers had been injured while ploughing")).toEqual(["other"]);
  });
});

describe("a person named by the nationality of a state that is no party", () => {
  const claims = claimsOf(
    "A Bosnian diplomat, Jasmin Hadzic, said the reservoir's dam needed urgent repair.\n\nA Tunisian observer told reporters the vote had been calm.",
  );

  it("is a third party, not 'unclear'", () => {
    expect(sideOf(claims, "dam needed urgent repair")).toEqual(["other"]);
    expect(sideOf(claims, "the vote had been calm")).toEqual(["other"]);
  });
});

const pageOf = (outlet: string, ...paragraphs: string[]) =>
  extractArticle(
    parseArticle({
      file: "report.txt",
      text: `Shelling of border villages\n4 May 2022\n\n${paragraphs.join("\n\n")}\n\nCopyright 2022 ${outlet}. Extracts may be reproduced with attribution.`,
    }),
  ).claims;

describe("a rights body's own report", () => {
  const claims = pageOf(
    "Caspian Civilian Watch",
    "Azerbaijan's defence ministry said its units had only returned fire on military positions.",
    "Caspian Civilian Watch found no evidence of military positions in the parts of the villages that were hit.",
    "Residents told our researchers that the shelling lasted three hours. Among the 40 families we interviewed, most had fled before dawn.",
    "For each incident we note what the parties said at the time. We were unable to reach the upper village.",
    "We call on both governments to stop firing on populated areas.",
  );

  it("keeps each party's word its own", () => {
    expect(sideOf(claims, "had only returned fire")).toEqual(["azerbaijan"]);
  });

  it("gives the body's findings under its own name, its interviews and its calls to 'other'", () => {
    expect(sideOf(claims, "found no evidence of military positions")).toEqual(["other"]);
    expect(sideOf(claims, "Among the 40 families we interviewed")).toEqual(["other"]);
    expect(sideOf(claims, "We call on both governments")).toEqual(["other"]);
  });

  it("takes its notes on method and the limits of its work for no claim", () => {
    expect(sideOf(claims, "For each incident we note")).toEqual([]);
    expect(sideOf(claims, "We were unable to reach")).toEqual([]);
  });
});

describe("a newspaper's 'we'", () => {
  const claims = pageOf("The Caspian Daily Review", "We call on readers to send us their photographs of the shelled villages.");

  it("is the newsroom's, no claim", () => {
    expect(sideOf(claims, "We call on readers")).toEqual([]);
  });
});

describe("a body the gazetteer does not know, named with a civil body's word", () => {
  const claims = claimsOf(
    "The Eastern Mine Clearance Forum believes that the border districts hold at least 200 minefields.\n\nSouth Caucasus Landmine Monitor calls on both sides to hand over their maps.\n\nThe Karabakh Information Center said two soldiers were wounded.",
  );

  it("speaks for no side", () => {
    expect(sideOf(claims, "hold at least 200 minefields")).toEqual(["other"]);
    expect(sideOf(claims, "to hand over their maps")).toEqual(["other"]);
  });

  it("unless a party's word is in its name", () => {
    expect(sideOf(claims, "two soldiers were wounded")).toEqual(["nagorno-karabakh"]);
  });
});

describe("speakers at a roundtable", () => {
  const claims = claimsOf(
    'Speakers largely agreed that the fighting had limited territorial aims.\n\nOne participant argued that Baku wanted a treaty on its own terms. Another speaker called the alliance\'s response "the end of an illusion" in Yerevan.\n\nA speaker with long experience of the Minsk Group said the format no longer worked.',
  );

  it("are third parties, whatever place or body their words name", () => {
    expect(sideOf(claims, "had limited territorial aims")).toEqual(["other"]);
    expect(sideOf(claims, "wanted a treaty on its own terms")).toEqual(["other"]);
    expect(sideOf(claims, "the end of an illusion")).toEqual(["other"]);
    expect(sideOf(claims, "the format no longer worked")).toEqual(["other"]);
  });
});

describe("protesters the sentence before introduced", () => {
  const claims = claimsOf(
    "Yerevan says the blockade is strangling the region.\n\nThe protesters, who call themselves environmental activists, pitched tents on the road on Monday. They say they want inspectors admitted to two mines. They have also demanded a meeting with the commander of the Russian contingent.",
  );

  it("are who 'they' are next, a third party, not the capital that spoke before them", () => {
    expect(sideOf(claims, "want inspectors admitted")).toEqual(["other"]);
    expect(sideOf(claims, "demanded a meeting with the commander")).toEqual(["other"]);
  });
});

describe("a minister's 'his ministry'", () => {
  const claims = claimsOf(
    "Armenia's foreign ministry said the road had been closed for a week.\n\nForeign Minister Jeyhun Bayramov repeated Baku's position at a briefing on Thursday. His ministry said it was the peacekeepers who had closed the road. The ministry also accused Armenia of laying new mines.",
  );

  it("is the minister's ministry, which a later 'the ministry' means", () => {
    expect(sideOf(claims, "peacekeepers who had closed the road")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "accused Armenia of laying new mines")).toEqual(["azerbaijan"]);
  });
});

describe("a state's own company", () => {
  const claims = claimsOf(
    "Azerbaijan's state gas company denied any involvement.\n\nA Western oil executive at the ceremony said no serious company would have invested before the truce.",
  );

  it("speaks for its state; an oil executive with no state speaks for none", () => {
    expect(sideOf(claims, "denied any involvement")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "no serious company would have invested")).toEqual(["other"]);
  });
});

describe("a name right after a verb", () => {
  const claims = claimsOf('Facing the senators sat Paul Merlin, secretary of state at the foreign ministry. Recognition "will help no one", he said.');

  it("takes no role from the words before the verb: an official facing senators is no senator", () => {
    expect(sideOf(claims, "will help no one")).not.toContain("other");
  });
});

describe("a study's authors and what they caution", () => {
  const claims = claimsOf(
    "The authors caution that the two surveys used different samples.\n\nAnalysts caution that the final toll may not be known for months.",
  );

  it("are third parties' claims", () => {
    expect(sideOf(claims, "used different samples")).toEqual(["other"]);
    expect(sideOf(claims, "may not be known for months")).toEqual(["other"]);
  });
});

describe("an indefinite role set off right before a name", () => {
  it("is that person's role: the activist quoted is a third party", () => {
    const claims = claimsOf('"Our protest is peaceful," one activist, Lala Huseynova, told a Spanish agency last month.');
    expect(sideOf(claims, "Our protest is peaceful")).toEqual(["other"]);
  });
});

describe("accounts reaching a capital, and deputies sent from a place", () => {
  it("give the accounts to their eyewitnesses, never to the capital they reached", () => {
    expect(sideOf(claimsOf("Eyewitness accounts reaching Moscow said the villagers had been beaten."), "the villagers had been beaten")).toEqual(["other"]);
  });

  it("give the deputies' appeal to the place they were sent from, wherever they sit", () => {
    expect(
      sideOf(claimsOf("Deputies from Nagorno-Karabakh in the Soviet parliament said the deportations were a crime."), "deportations were a crime"),
    ).toEqual(["nagorno-karabakh"]);
  });
});

describe("'agreed that'", () => {
  it("reports a panel's shared view, not a deal two leaders made", () => {
    expect(sideOf(claimsOf("Speakers largely agreed that the border was now the main risk."), "the main risk")).toEqual(["other"]);
    expect(sideOf(claimsOf("Pashinyan and Aliyev met in Prague and agreed that a civilian mission would deploy."), "a civilian mission would deploy")).toEqual(
      [],
    );
  });
});

describe("American officials the gazetteer knows by name", () => {
  it("speak for the United States with no title given", () => {
    expect(sideOf(claimsOf("Nancy Pelosi flew to Yerevan and condemned the attack on Armenian territory."), "condemned the attack")).toEqual(["united-states"]);
    expect(sideOf(claimsOf("Rubio said the route would bring prosperity to the region."), "bring prosperity")).toEqual(["united-states"]);
  });
});

describe("a known person named with a middle initial", () => {
  it("is the person the gazetteer knows, and so is his surname later", () => {
    const claims = claimsOf(
      "Secretary of State Colin L. Powell met each president separately and said the United States would support any agreement.\n\nPowell said later that he was not surprised.",
    );
    expect(sideOf(claims, "would support any agreement")).toEqual(["united-states"]);
    expect(sideOf(claims, "he was not surprised")).toEqual(["united-states"]);
  });
});

describe("residents of villages the gazetteer does not know", () => {
  it("are the residents, third parties, not a person named like the last village", () => {
    expect(
      sideOf(claimsOf("In the district, residents of Varnashen and Aghbulagh told reporters that the aircraft returned twice."), "the aircraft returned twice"),
    ).toEqual(["other"]);
  });
});
