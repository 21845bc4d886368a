// Furniture and metadata classes from wire and outlet pages: wire slugs on headlines, timestamps
// with an "Updated" note, navigation strips, licensing links, compiled/translation credits and
// "help X stay independent" appeals. Lines are written for the test in other outlets' wording.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { readDateline } from "../../src/core/ingest/dateline.ts";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { bodyTexts, parse } from "./helpers.ts";

describe("wire slugs on headlines", () => {
  it.each([
    "EXPLAINER-Why does the Lachin corridor matter to Armenia?",
    "ANALYSIS-Azerbaijan's victory reshapes the South Caucasus",
    "FACTBOX-Who are the mediators in the Karabakh talks?",
  ])("keeps %j whole as the title", (headline) => {
    const article = parse("slug.txt", headline, "", "BAKU, Oct 3 (Reuters) - Shelling resumed overnight, officials said.");
    expect(article.meta.title).toBe(headline);
    expect(readDateline(headline)).toBeNull();
  });

  it("still reads a real capitals dateline", () => {
    expect(readDateline("STEPANAKERT - Sirens sounded across the city on Tuesday.")?.rest).toBe("Sirens sounded across the city on Tuesday.");
  });
});

describe("timestamps with an update note", () => {
  it.each([
    ["March 4, 2021 8:02 PM GMT+3 Updated 5 hours ago", "2021-03-04"],
    ["12 October 2020 09:15 | Updated: 13 October 2020", "2020-10-12"],
    ["Published: 2 May 2022, Updated 3 days ago", "2022-05-02"],
  ])("reads %j as published on %s", (line, iso) => {
    expect(readMetadataLine(line)?.date?.iso).toBe(iso);
  });

  it("does not take a body sentence that mentions an update", () => {
    expect(readMetadataLine("On March 4, 2021 the ministry updated its casualty figures to 2,783 dead.")).toBeNull();
  });

  it("gives the article its date", () => {
    const article = parse(
      "upd.txt",
      "Ceasefire holds in Karabakh",
      "By Reuters Staff",
      "March 4, 2021 8:02 PM GMT+3 Updated 5 hours ago",
      "",
      "The truce held overnight, residents said.",
    );
    expect(article.meta.published).toBe("2021-03-04");
    expect(bodyTexts(article)).toEqual(["The truce held overnight, residents said."]);
  });
});

describe("navigation strips", () => {
  it.each(["Home | News | Politics | Economy | Opinion", "News | Analysis | Podcasts | About Us | Donate", "Politics | Society | Culture | Video | Contact"])(
    "drops %j",
    (line) => {
      expect(isBoilerplate(line)).toBe(true);
    },
  );

  it("never takes a strip for the title", () => {
    const article = parse(
      "nav.txt",
      "News | World | Caucasus | Opinion | Subscribe",
      "Shelling hits villages near Tavush",
      "",
      "Two houses were damaged, the mayor said.",
    );
    expect(article.meta.title).toBe("Shelling hits villages near Tavush");
  });

  it.each(["Armenia | Azerbaijan talks stall in Brussels", "Karabakh talks | Live updates | Day 3 of the ceasefire"])(
    "keeps a headline-like line with bars: %j",
    (line) => {
      expect(isBoilerplate(line)).toBe(false);
    },
  );
});

describe("licensing links", () => {
  it.each(["Purchase Licensing Rights", "Acquire Licensing Rights, opens new tab", "Reprints & Permissions", "Republish this article"])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps news about licences", () => {
    expect(isBoilerplate("Azerbaijan will acquire licensing rights for Turkish drones, the defence ministry said.")).toBe(false);
  });
});

describe("compiled and translation credits", () => {
  it.each([
    "Compiled by AFP bureaus; Editing by Jane Merriman",
    "Translation by Anna Petrova",
    "Translated by Ruben Gasparyan",
    "Story by Novaya Gazeta. Translation by Sam Breazeale",
    "Translated from Russian by Olga Ivanova",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Translation by the ministry of the ceasefire text was delayed for two days.",
    "Compiled by the Armenian health ministry, the list named 3,825 dead soldiers.",
    "Story by story, residents described how the shelling began.",
  ])("keeps the sentence %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("help-us-stay-independent appeals", () => {
  it.each([
    "Help Meduza stay independent — support our journalism",
    "Help OC Media stay independent",
    "Help keep Eurasianet free: donate today",
    "Help us remain independent — become a supporter",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Help Armenia stay independent, Pashinyan urged his allies in a speech on Sunday.",
    "Western partners must help Armenia stay independent, the minister said.",
    "Help came from Russian peacekeepers, who escorted the convoy.",
  ])("keeps the sentence %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("keeps body text around the appeal", () => {
    const article = parse(
      "appeal.txt",
      "Truce announced in Moscow",
      "",
      "The two sides agreed to a humanitarian ceasefire, Lavrov said.",
      "",
      "Help Meduza stay independent — support our journalism",
    );
    expect(bodyTexts(article)).toEqual(["The two sides agreed to a humanitarian ceasefire, Lavrov said."]);
  });
});

describe("an agency credited by initials in the dateline and in full in the byline", () => {
  it("names the agency in full", () => {
    const article = parse(
      "agency.txt",
      "Ceasefire Monitors Report Shelling Near Martuni",
      "",
      "By the United Press International",
      "Tuesday, May 3, 1994",
      "",
      "BAKU, Azerbaijan (UPI) -- Monitors reported heavy shelling near Martuni on Tuesday, officials said.",
    );
    expect(article.meta.outlet).toBe("United Press International");
  });
  it("keeps the initials when no line names the agency in full", () => {
    const article = parse("agency.txt", "Shelling Near Martuni", "", "BAKU, Azerbaijan (UPI) -- Monitors reported heavy shelling near Martuni.");
    expect(article.meta.outlet).toBe("UPI");
  });
});

describe("a story written for a paper by a special correspondent", () => {
  const article = parse(
    "special.txt",
    "SHELLING RESUMES NEAR MARTUNI",
    "",
    "By Jane Doe",
    "Special to the Lowland Ledger",
    "",
    "BAKU, Azerbaijan, March 2, 1992 -- Shelling resumed near Martuni, officials said.",
    "",
    "(Additional reporting from news agencies.)",
  );
  it("names the paper from the credit line and indexes neither credit", () => {
    expect(article.meta.outlet).toBe("Lowland Ledger");
    expect(bodyTexts(article).join("\n")).not.toMatch(/Special to|Additional reporting/);
  });
});
