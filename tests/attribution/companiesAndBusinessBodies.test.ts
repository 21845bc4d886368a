// Companies and business bodies met on first contact with business and economic texts (issue 7):
// a miner, a rating agency, airlines, chambers of commerce speak for themselves, whatever country
// their names hold. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a name closed by a company's word is a company, of no side", () => {
  it("reads a miner, an airline and a chamber of commerce as 'other'", () => {
    expect(sidesOf("Caspian Copper Mining said on Monday that it had suspended work at its Kalbajar site.")).toEqual(["other"]);
    expect(sidesOf("Turkish Airlines said it would reroute its flights to Baku.")).toEqual(["other"]);
    expect(sidesOf("Acme Holdings plc said its office in Yerevan had been closed.")).toEqual(["other"]);
  });

  it("keeps a chamber of commerce other whatever nationality its name holds, and the country it works in", () => {
    const read = readSentences(
      "The German Chamber of Commerce in Armenia told the Armenpress news agency that it was worried by the shelling.",
      "AmCham Armenia said it condemns all attacks on Armenia.",
      "The chamber said it supports a negotiated settlement.",
    );
    expect(read.map((r) => r.sides)).toEqual([["other"], ["other"], ["other"]]);
    expect(sidesOf("The American Chamber of Commerce in Azerbaijan said it was deeply concerned.")).toEqual(["other"]);
  });

  it("leaves a state's bank and a state's airline known by name to their state", () => {
    expect(sidesOf("The Central Bank of Azerbaijan said inflation would rise.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Azerbaijan Airlines said it had suspended flights to Moscow.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Azerbaijan's state airline said it had suspended flights.")).toEqual(["azerbaijan"]);
  });
});

describe("a rating agency", () => {
  it("is the speaker of its own action, not the country it rates, and 'the agency' after it", () => {
    const read = readSentences(
      "The state news agency Azertac reported the shelling of Tartar.",
      "Moody's Investors Service has downgraded Azerbaijan to Ba2, saying it expects oil revenues to fall.",
      "The agency said there were growing risks to its forecasts.",
      "It forecasts the deficit widening to 5% of GDP.",
    );
    expect(read.slice(1).map((r) => r.sides)).toEqual([["other"], ["other"], ["other"]]);
  });
});

describe("a company goes by its short name once named whole", () => {
  it("reads the short name and an 'it' after it as the company's", () => {
    const read = readSentences(
      "Anglo Caspian Mining said on Monday that it had written to the United Nations about its licences.",
      "The Karabakh government said the mine it runs was legal.",
      "Anglo Caspian has faced criticism over the war.",
      "It welcomed what it called the return of the district.",
      "Anglo Caspian replied that it complies with all international laws.",
    );
    expect(read.map((r) => r.sides)).toEqual([["other"], ["nagorno-karabakh"], [], ["other"], ["other"]]);
  });
});

describe("companies and business people by their trade", () => {
  it("reads a producer, an airline, a lender and business groups as 'other'", () => {
    expect(sidesOf("In a filing, the London-listed copper and gold producer said it was asking the government to help.")).toEqual(["other"]);
    expect(sidesOf("KLM said it had turned a Tokyo-bound flight back.")).toEqual(["other"]);
    expect(sidesOf("The airline said it had cancelled flights.")).toEqual(["other"]);
    expect(sidesOf("According to the business groups, two civilians were killed.")).toEqual(["other"]);
  });
});
