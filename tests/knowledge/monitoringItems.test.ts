// A monitoring service's digest (BBC Summary of World Broadcasts, FBIS Daily Report) translates
// several broadcasts, each under a source line: inside an item, officials the text does not
// qualify are the broadcaster's state's, and a title never reaches back into another item.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(...lines: string[]) {
  const knowledge = extractArticle(parseArticle({ file: "a.txt", text: lines.join("\n") }));
  return (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
}

describe("a digest of translated broadcasts with 'Source:' lines", () => {
  const sidesOf = read(
    "Summary of World Broadcasts",
    "",
    "12 August 1992",
    "",
    "Offensive in the north continues",
    "",
    "Source: Azerbaijani Radio, Baku, in Azeri 1400 gmt 10 Aug 92",
    "",
    "Text of report",
    "",
    "The district governor, Rasim Guliyev, told our correspondent that the villages of the district had been shelled all night. The Defence Ministry press centre said that two tanks had been destroyed near the river.",
    "",
    "Troops denied to be in the enclave",
    "",
    "Source: Armenian Radio, Yerevan, in Armenian 1700 gmt 10 Aug 92",
    "",
    "Excerpt from report",
    "",
    "The government press service said that no units of the republic's army were taking part in the fighting. The ministry said the reports were meant to mislead the visiting mission.",
  );

  it("gives an official named only by office the broadcaster's state", () => {
    expect(sidesOf("Rasim Guliyev, told our correspondent")).toEqual(["azerbaijan"]);
    expect(sidesOf("The Defence Ministry press centre said")).toEqual(["azerbaijan"]);
  });

  it("does not let 'the ministry' of the next item reach back to the last item's ministry", () => {
    expect(sidesOf("The ministry said the reports were meant to mislead")).toEqual(["armenia"]);
  });
});

describe("an FBIS-style item line with a code, a broadcaster and a time", () => {
  const sidesOf = read(
    "DAILY REPORT",
    "",
    "Refugees reach the plain",
    "LD0504153093 Baku Radio Baku Network in Azeri 1400 GMT 5 Apr 93",
    "",
    "[Excerpt] Thousands of villagers continue to arrive after crossing the pass on foot. The Defence Ministry said that the road had been cut by snow.",
  );

  it("reads the broadcaster's city as its state", () => {
    expect(sidesOf("The Defence Ministry said that the road")).toEqual(["azerbaijan"]);
  });
});

describe("a news page with no source lines", () => {
  it("leaves an unqualified ministry with no antecedent unresolved", () => {
    const sidesOf = read("Talks stall", "", "By Staff, 5 May 2021", "", "The Defence Ministry said that the road had been cut by snow.");
    expect(sidesOf("The Defence Ministry said")).not.toContain("azerbaijan");
  });
});

describe("a Soviet-era digest", () => {
  const sidesOf = read(
    "DAILY REPORT",
    "",
    "21 January 1990",
    "",
    "Minister explains the troop movements",
    "LD2001120090 Moscow Television Service in Russian 1100 GMT 20 Jan 90",
    "",
    "[Text] The defence minister said that the troops had been sent in to restore order after days of rioting.",
  );

  it("does not make Moscow's officials before 1992 Russia's", () => {
    expect(sidesOf("The defence minister said that the troops")).not.toContain("russia");
  });
});

describe("state bodies named by their remit inside a broadcaster's item", () => {
  const sidesOf = read(
    "DAILY REPORT",
    "",
    "Displaced reach the plain",
    "LD0604120093 Baku Radio Baku Network in Azeri 1200 GMT 6 Apr 93",
    "",
    "[Text] The State Committee for Refugees said that 12,000 people had arrived in the district centre. The Defence Ministry information service said that the pass was under fire.",
  );

  it("reads 'the State Committee for Refugees' as a state body, not as refugees speaking", () => {
    expect(sidesOf("The State Committee for Refugees said")).toEqual(["azerbaijan"]);
  });

  it("keeps 'the Defence Ministry information service' one body", () => {
    expect(sidesOf("information service said")).toEqual(["azerbaijan"]);
  });
});
