// Records of third parties met on first contact with blind56, each on text written for it: a US
// diplomatic cable speaks for its embassy where no one else of another side speaks in it, and a
// party's co-chairs are not the Minsk Group's.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { sidesOf } from "./readSides.ts";

describe("a diplomatic cable", () => {
  const cable = [
    "C O N F I D E N T I A L SECTION 01 OF 01 YEREVAN 000412",
    "",
    "SIPDIS",
    "",
    "E.O. 12958: DECL: 06/12/2019",
    "TAGS: PREL, PGOV, AM, AJ",
    "SUBJECT: ARMENIA: MFA BLAMES BAKU FOR TAVUSH SHOOTING",
    "",
    "Classified By: Charge d'Affaires Joan Polaschik, Reasons 1.4 (b) and (d)",
    "",
    "1. (C) Summary: Deputy Foreign Minister Shavarsh Kocharyan told the Charge that Azerbaijani snipers had killed a conscript near Berd. End Summary.",
    "",
    "2. (C) The Azerbaijani side, Kocharyan said, wanted to show that the talks were pointless.",
    "",
    "3. (C) Comment: The shooting is the third such incident near Berd this spring, and we expect more before the talks resume. End Comment.",
  ].join("\n");
  const article = extractArticle(parseArticle({ file: "c.txt", text: cable }));
  const claimIn = (pattern: RegExp) => article.claims.filter((c) => pattern.test(c.sentence));

  it("gives the embassy's own comment to the embassy that sent it", () => {
    expect(claimIn(/third such incident/).map((c) => c.side)).toEqual(["united-states"]);
  });

  // An internal report, not a public statement: readers split over whether "Kocharyan told the Charge
  // that …" is the embassy's claim or Kocharyan's, so neither side is given with confidence.
  it("leaves the side of a relayed Armenian official's words unclear, naming him as the speaker", () => {
    const relayed = claimIn(/snipers had killed|talks were pointless/);
    expect(relayed.length).toBe(2);
    expect(new Set(relayed.map((c) => c.side))).toEqual(new Set(["unclear"]));
    expect(relayed.every((c) => /Kocharyan/.test(c.speaker))).toBe(true);
  });

  it("keeps the routing fields out of the passages", () => {
    const text = article.passages.map((p) => p.text).join(" ");
    expect(text).not.toContain("SIPDIS");
    expect(text).not.toContain("Classified By");
  });
});

describe("co-chairs of a party", () => {
  it("does not give 'HDP co-chairs said' to the Minsk Group", () => {
    expect(sidesOf("In a separate statement, HDP co-chairs said they wanted an immediate ceasefire.")).not.toContain("osce-minsk-group");
  });

  it("still gives 'The co-chairs said' to the Minsk Group", () => {
    expect(sidesOf("The co-chairs said they wanted an immediate ceasefire.")).toEqual(["osce-minsk-group"]);
  });
});

describe("a congressional hearing", () => {
  const hearing = [
    "THE SOUTH CAUCASUS AFTER THE WAR",
    "",
    "HEARING BEFORE THE SUBCOMMITTEE ON EUROPE",
    "",
    "TUESDAY, MARCH 9, 2021",
    "",
    "The subcommittee met, pursuant to notice, at 2:00 p.m., Hon. Ann Rowe presiding.",
    "",
    "STATEMENT OF HON. DANIEL PARKS, DEPUTY ASSISTANT SECRETARY OF STATE FOR EUROPEAN AFFAIRS",
    "",
    "Mr. PARKS. Thank you, Madam Chair. The prisoners must come home, and we have said so to Baku at every level.",
    "",
    "Ms. ROWE. What does Baku say?",
    "",
    "Mr. PARKS. Baku says they are saboteurs. We do not accept that description.",
    "",
    "Ms. ROWE. Thank you.",
  ].join("\n");
  const article = extractArticle(parseArticle({ file: "h.txt", text: hearing }));

  it("gives the witness's answers to the state whose office the hearing's heading gives him", () => {
    const answers = article.claims.filter((c) => /prisoners must come home|do not accept/.test(c.sentence));
    expect(answers.length).toBeGreaterThan(0);
    expect(new Set(answers.map((c) => c.side))).toEqual(new Set(["united-states"]));
  });
});

describe("co-chairs named by their nationality", () => {
  it("keeps 'The Russian and Finnish co-chairmen said' the mediators'", () => {
    expect(sidesOf("The Russian and Finnish co-chairmen of the Minsk Conference said they would continue their shuttle diplomacy.")).toContain(
      "osce-minsk-group",
    );
  });
});

describe("an assembly's report of a sitting", () => {
  const report = [
    "PARLIAMENTARY ASSEMBLY OF THE COUNCIL OF EUROPE",
    "Report of the ninth sitting",
    "Thursday 28 April 2016 at 10 a.m.",
    "",
    "THE PRESIDENT (Ms Brasseur) - The next item is the debate on the report on refugees.",
    "",
    "Mr LARSEN (Norway) - Thank you, Madam President. The camps near the line of contact hold thousands of families.",
    "",
    "Ms PETROSYAN (Armenia) - The report forgets the refugees of Baku and Sumgait. Our delegation will vote against it.",
    "",
    "Mr HASANOV (Azerbaijan) - A million of my compatriots lost their homes. The report finally says so.",
  ].join("\n");
  const article = extractArticle(parseArticle({ file: "r.txt", text: report }));
  const sideOf = (words: string) => article.claims.find((c) => c.sentence.includes(words))?.side;

  it("gives each delegate's speech to the delegation the label names, and reads the labels as no datelines", () => {
    expect(sideOf("forgets the refugees of Baku")).toBe("armenia");
    expect(sideOf("Our delegation will vote against it")).toBe("armenia");
    expect(sideOf("lost their homes")).toBe("azerbaijan");
    expect(sideOf("camps near the line of contact")).not.toBe("armenia");
    expect(article.meta.outlet).not.toBe("Ms Brasseur");
  });
});
