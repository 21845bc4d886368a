// Voices of domestic politics met on first contact (issue 7): relatives of officials, opposition
// blocs named after their country, the police of the story's own state, and leaders whose side
// changed with their office. Every sentence here is written for the test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { sidesOf } from "./readSides.ts";

const claimsOf = (...lines: string[]) => extractArticle(parseArticle({ file: "t.txt", text: lines.join("\n") })).claims;

describe("relatives and counsel of officials", () => {
  it("reads a relative named after an official's possessive as a third party", () => {
    expect(sidesOf("Ilham Aliyev's nephew said the contract was signed in Baku.")).toEqual(["other"]);
    expect(sidesOf("Serzh Sargsyan's lawyer said the charges were political.")).toEqual(["other"]);
  });

  it("reads a person whose apposition makes him an official's relative as a third party", () => {
    expect(sidesOf("Karen Mkrtchyan, the late defence minister's brother, said the inquiry was a cover-up.")).toEqual(["other"]);
    expect(sidesOf("Karen Mkrtchyan, brother of the late defence minister, said the inquiry was a cover-up.")).toEqual(["other"]);
  });

  it("keeps an official whose apposition names his office", () => {
    expect(sidesOf("Hikmet Hajiyev, the president's foreign policy adviser, said the trial was fair.")).toEqual(["azerbaijan"]);
  });
});

describe("blocs and parties named after their country", () => {
  it("reads a lower-case bloc named after the country as a third party, not the state", () => {
    expect(sidesOf("Anna Grigoryan, a lawmaker from the Armenia bloc, said the border deal was a surrender.")).toEqual(["other"]);
    expect(sidesOf("The Armenia bloc said the border deal was a surrender.")).toEqual(["other"]);
  });

  it("reads the parties coverage names most as third parties, and their people too", () => {
    expect(sidesOf("Armen Tadevosyan, a leader of the Armenian Revolutionary Federation, said the deal was treason.")).toEqual(["other"]);
    expect(sidesOf("The Prosperous Armenia party said the count was rigged.")).toEqual(["other"]);
  });

  it("reads a body's staff in a capital as the body's, not the capital's", () => {
    expect(sidesOf("ICRC representatives in Baku said the detainees had been visited.")).toEqual(["icrc"]);
    expect(sidesOf("ARF members in Yerevan said the decree had no force.")).toEqual(["other"]);
    expect(sidesOf("Officials in Baku said the detainees had been visited.")).toEqual(["azerbaijan"]);
  });

  it("keeps a ruling party its state's", () => {
    expect(sidesOf("Armenia's ruling party said the border deal was lawful.")).toEqual(["armenia"]);
  });
});

describe("titles of bodies no state owns", () => {
  it("reads commentators, even government-friendly ones, and dissidents as third parties", () => {
    expect(sidesOf("Government-friendly commentators have accused the bishop of serving Moscow.")).toEqual(["other"]);
    expect(sidesOf("Both dissidents said the police had shown restraint.")).toEqual(["other"]);
  });

  it("reads a movement's or a protest's leader as a third party, even on a paper of the state", () => {
    const claims = claimsOf(
      "Rally",
      "",
      "YEREVAN, May 3 - Movement leader Aram Hakobyan said the march would go on.",
      "",
      "Protest coordinator Lilit Sargsyan said the march would go on.",
    );
    expect(claims.map((c) => c.side)).toEqual(["other", "other"]);
  });

  it("leaves a party leader unclear: the party may be in power or against it", () => {
    const claims = claimsOf("Rally", "", "YEREVAN, May 3 - Party leader Aram Hakobyan said the march would go on.");
    expect(claims.map((c) => c.side)).toEqual(["unclear"]);
  });
});

describe("the police of the story's own state", () => {
  it("reads bare 'police said' as the police of the state the story was filed from", () => {
    const claims = claimsOf("Siege ends", "", "YEREVAN, May 3 - The men surrendered on Sunday, police said.", "", "Police said six officers were hurt.");
    expect(claims.map((c) => c.side)).toEqual(["armenia", "armenia"]);
  });

  it("reads officials and a named government spokesman on a capital's own page as its state's", () => {
    const claims = claimsOf(
      "Siege ends",
      "",
      "YEREVAN, May 3 - Health officials said nine people were wounded.",
      "",
      "Government spokesman Aram Petrosyan rejected the criticism.",
      "",
      "Aid officials said the road was closed.",
    );
    // (Aid officials are no state's: they speak as a third party.)
    expect(claims.map((c) => [c.speaker, c.side])).toEqual([
      ["officials", "armenia"],
      ["Government spokesman Aram Petrosyan", "armenia"],
      ["Aid officials", "other"],
    ]);
  });

  it("reads the Investigative Committee on a state's own page as that state's", () => {
    const claims = claimsOf("Siege ends", "", "YEREVAN, May 3 - The Investigative Committee said nine people were detained.");
    expect(claims.map((c) => c.side)).toEqual(["armenia"]);
  });

  it("reads a paper named after a capital with 'The' before it as that capital's own press", () => {
    const claims = claimsOf("Siege ends", "", "The Goris Observer, 3 May 2024", "", "Police said nine people were detained.");
    expect(claims.map((c) => c.side)).toEqual(["armenia"]);
  });

  it("does not read a third state's capital dateline as the home of the officials it quotes", () => {
    const claims = claimsOf("Talks", "", "MOSCOW, May 3 - Officials said the talks would resume.");
    expect(claims.map((c) => c.side)).not.toContain("russia");
  });

  it("does not lend a state agency's home to the officials it quotes abroad", () => {
    const claims = claimsOf("Toll rises", "", "BAKU, March 5 (ITAR-TASS) -- Officials said more than a hundred people were killed.");
    expect(claims.map((c) => c.side)).not.toContain("russia");
  });

  it("reads a party named before a capital as the party, not the capital", () => {
    expect(sidesOf("The Dashnaktsutyun party in Yerevan said eight of its volunteers had been killed.")).toEqual(["other"]);
    // (Nor as officials in that capital who spoke before: a place is no surname.)
    expect(
      sidesOf("Officials in Yerevan said the shelling went on.", "The Dashnaktsutyun party in Yerevan said eight of its volunteers had been killed."),
    ).toEqual(["other"]);
  });

  it("gives bare police no side when the story names no home", () => {
    expect(sidesOf("The men surrendered on Sunday, police said.")).toEqual([]);
  });
});

describe("leaders whose side changed with their office", () => {
  const said = (published: string, sentence: string) =>
    claimsOf("Rally in the capital", "", `By Jane Roe, Caspian Weekly, ${published}`, "", sentence).map((c) => c.side);

  it("reads a leader in a text of his term as his office's side", () => {
    expect(said("10 June 2005", "Robert Kocharyan said the talks had failed.")).toEqual(["armenia"]);
    expect(said("10 June 1995", "Robert Kocharyan said the talks had failed.")).toEqual(["nagorno-karabakh"]);
  });

  it("reads a leader out of office as speaking for himself", () => {
    expect(said("10 June 2021", "Robert Kocharyan said the talks had failed.")).toEqual(["other"]);
    expect(said("1 March 1992", "Abulfaz Elchibey said the government must resign.")).toEqual(["other"]);
    expect(said("1 March 1992", "The Front's chairman, Abulfaz Elchibey, said the government must resign.")).toEqual(["other"]);
    expect(said("1 March 1994", "Abulfaz Elchibey said the government must resign.")).toEqual(["other"]);
    expect(said("10 June 2016", "Nikol Pashinyan said the vote was rigged.")).toEqual(["other"]);
  });

  it("keeps a leader his office's side in the days a text reports his last words in it", () => {
    expect(said("8 March 1992", "Ayaz Mutalibov said he was stepping down to avoid bloodshed.")).toEqual(["azerbaijan"]);
    expect(said("20 March 1992", "Ayaz Mutalibov said the new leaders had betrayed him.")).toEqual(["other"]);
  });

  it("keeps the side of a state body he headed, named beside him", () => {
    expect(said("24 February 2021", "Serzh Sargsyan, head of the Karabakh Self-Defence Committee, says the airport was shelled.")).toEqual([
      "nagorno-karabakh",
    ]);
  });

  it("keeps the office a retrospective names with him", () => {
    expect(said("10 June 2021", "President Robert Kocharyan said in 2003 that the talks would go on.")).toEqual(["armenia"]);
  });
});

describe("a participle after a clause with an object", () => {
  it("does not give what the clause's subject says to the official named as its object", () => {
    expect(sidesOf("Father Arsen gave Prime Minister Nikol Pashinyan an hour to resign, saying the border deal was treason.")).not.toContain("armenia");
    expect(sidesOf("Aliyev met Prime Minister Nikol Pashinyan in Prague, saying the talks were useful.")).toEqual(["azerbaijan"]);
  });
});

describe("a role whose long relative clause names someone", () => {
  it("reads 'a surgeon who asked not to be named because he was not authorised to speak said' as the surgeon", () => {
    expect(
      sidesOf(
        "Shahramanyan said the road was closed.",
        "At the Goris hospital, a surgeon who asked not to be named because he was not authorised to speak said forty patients had burns.",
      ),
    ).toEqual(["other"]);
  });
});

describe("a party official of the Soviet years placed in a republic's capital", () => {
  it("speaks for the republic: 'A Communist Party official in Yerevan said'", () => {
    expect(sidesOf("A Communist Party official in Yerevan said the strikes would end on Monday.")).toEqual(["armenia"]);
  });

  it("leaves a Union ministry's official in Baku unclear", () => {
    expect(sidesOf("A Soviet Interior Ministry official in Baku said the troops would stay.")).toEqual(["unclear"]);
  });
});
