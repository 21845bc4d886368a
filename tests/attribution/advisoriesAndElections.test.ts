// Travel advisories, elections and mediators' offices met on first contact with advisories, election
// reports and defence-trade texts (issue 7). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { readSentences, sideInArticle, sidesOf } from "./readSides.ts";

describe("an embassy in another state's capital", () => {
  it("is its own state's, the city it is in only its host", () => {
    const read = readSentences(
      "The U.S. Embassy in Baku says driving through the village of Tegh is permitted but stopping there is not.",
      "After the clashes, the embassy in Baku advised against travel east of the M2 highway.",
    );
    expect(read.map((r) => r.sides)).toEqual([["united-states"], ["united-states"]]);
    expect(read[0]?.speaker).toBe("The U.S. Embassy in Baku");
    expect(sidesOf("The Armenian embassy in Moscow said it had protested.")).toEqual(["armenia"]);
  });
});

describe("an election commission and its chairman", () => {
  it("speak for the state whose vote the text reports", () => {
    const read = readSentences(
      "Azerbaijanis voted on Wednesday in an early presidential election called by President Ilham Aliyev.",
      "Rauf Guliyev, chairman of the Central Election Commission, announced that Aliyev had won 92 percent of the vote.",
      "Before the vote, Guliyev urged the long-term observers to watch the process.",
      "The commission said five million voters were registered.",
    );
    expect(read.slice(1).map((r) => r.sides)).toEqual([["azerbaijan"], ["azerbaijan"], ["azerbaijan"]]);
  });

  it("takes the state of the officials named before over a state the text only mentioned", () => {
    const read = readSentences(
      "Armenians voted on Sunday, eight months after the war with Azerbaijan, in an election called by Prime Minister Nikol Pashinyan.",
      "With all precincts counted, the Central Electoral Commission said on Monday morning that the ruling party had won 53.92 percent of the vote.",
    );
    expect(read[1]?.sides).toEqual(["armenia"]);
  });

  it("gives no side when the text names no state, rather than a guess", () => {
    expect(sidesOf("The Central Election Commission said turnout was 49 percent.")).toEqual([]);
  });
});

describe("the opposition and election observers", () => {
  it("reads a politician's alliance and international monitors as third parties", () => {
    const read = readSentences(
      "The opposition leader, Levon Zurabyan, rejected the result.",
      "In a statement, his alliance said it would examine the alleged frauds carefully.",
      "Its leaders said they would take their case to the Constitutional Court.",
    );
    expect(read.slice(1).map((r) => r.sides)).toEqual([["other"], ["other"]]);
    expect(sidesOf("International monitors said the vote lacked genuine competition.")).toEqual(["other"]);
    expect(sidesOf("EU monitors said the situation on the border was calm.")).toEqual(["european-union"]);
  });
});

describe("a visitor and a body whose members a bracketed list spells out", () => {
  it("gives a visiting official's words to the official, not to the place visited", () => {
    expect(sidesOf("The Speaker of the French Senate, Gerard Larcher, visited Baku on 3 May and said the talks must resume.")).toEqual(["france"]);
  });

  it("reads the co-chairs before their states' list as the Minsk Group, also joined to another body", () => {
    expect(sidesOf("The co-chairs of the OSCE Minsk Group (Russia, France and the United States) urged both sides to respect the ceasefire.")).toEqual([
      "osce-minsk-group",
    ]);
    expect(sidesOf("The co-chairs of the OSCE Minsk Group (the US, Russia and France) and the European Union called for restraint.")).toEqual([
      "osce-minsk-group",
      "european-union",
    ]);
    expect(sidesOf("The Azerbaijan National Agency for Mine Action (ANAMA) said 345 people had become mine victims.")).toEqual(["azerbaijan"]);
  });
});

describe("a list of areas under an embassy's warning", () => {
  const WARNING = [
    "Embassy warns of border fighting",
    "The U.S. Embassy in Yerevan said on Tuesday that fighting had been reported near the border.",
    "The embassy said its staff were now barred from travel to:\n  - Lori region along the M6 highway west of Vanadzor;\n  - Ararat region south of the H10 road;\n  - Meghri town in Syunik region.",
    "It reminded U.S. citizens that travel to Nagorno-Karabakh remains prohibited.",
  ];

  it("claims nothing in an item that only names an area, a road's number being no figure", () => {
    expect(sideInArticle("Lori region along the M6", ...WARNING)).toBeUndefined();
    expect(sideInArticle("Ararat region south of the H10", ...WARNING)).toBeUndefined();
  });

  it("leaves the embassy the one an 'it' after the list means, not the last place listed", () => {
    expect(sideInArticle("It reminded U.S. citizens", ...WARNING)).toBe("united-states");
  });
});
