// Titles and dates met on first contact with a phone-in's programme notes and a newsletter sent as a
// web page: "TONIGHT'S TOPIC:" is the page's subject, a summary's "posted" stamp dates the page over the
// day the show went out, and a newsletter's page title names the newsletter and its issue before a
// headline the body prints in full. Every page is written for the test.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { parse } from "./helpers.ts";

describe("a phone-in's programme notes", () => {
  const notes = parse(
    "phone-in.txt",
    "RADIO ILIRIA 101.5 FM -- ENGLISH SERVICE",
    'Programme notes: "CALL IN" with Arta Berisha',
    "Broadcast: Monday 9 November 2020, 18:05-19:00",
    "Summary posted: 10 November 2020",
    "",
    'TONIGHT\'S TOPIC: "Peacekeepers on the road: who guards the corridor?"',
    "",
    "Arta opened the line with the news of the day. The Russian defence ministry said its first peacekeepers had reached Stepanakert.",
    "",
    "Calls and texts to the studio: standard rates apply.",
  );

  it("takes tonight's topic for the title", () => {
    expect(notes.meta.title).toBe("Peacekeepers on the road: who guards the corridor?");
  });

  it("is dated by the day its summary was posted, not the day it went out", () => {
    expect(notes.meta.published).toBe("2020-11-10");
  });

  it("drops the studio's rates note", () => {
    expect(isBoilerplate("Calls and texts to the studio: standard rates apply.")).toBe(true);
  });
});

describe("a newsletter's page title", () => {
  it("names the newsletter before its issue number, and the headline printed in full is the title", () => {
    const article = parse(
      "bulletin.md",
      "---",
      'title: "Lantern Letter e-Bulletin #12 — Shelling returns to the border"',
      "published: 2022-09-16",
      "---",
      "",
      "Dear readers,",
      "",
      "Shelling returns to the border, dozens of soldiers dead",
      "",
      "The Armenian defence ministry said on Tuesday that Azerbaijani forces had shelled positions near Jermuk overnight.",
    );
    expect(article.meta.title).toBe("Shelling returns to the border, dozens of soldiers dead");
    expect(article.meta.outlet).toBe("Lantern Letter");
  });

  it("keeps a page title whose words only open a sentence of the body", () => {
    const article = parse(
      "page.md",
      "---",
      'title: "Armenia says four soldiers wounded"',
      "---",
      "",
      "Armenia says four soldiers wounded, the ministry said on Monday in a statement.",
    );
    expect(article.meta.title).toBe("Armenia says four soldiers wounded");
  });
});

describe("institutional heads: a bilingual masthead, an exhibition, a field brief's number and a charity's strap", () => {
  it("takes a masthead's English name, not the town under it, and the show's title without its label", () => {
    const article = parse(
      "museum.txt",
      "MÚZEUM VOJENSKÝCH DEJÍN · MUSEUM OF MILITARY HISTORY",
      "Trnava",
      "",
      "Exhibition: THE LONG TRUCE — Borders of the South Caucasus",
      "Room 2: Armenia and Azerbaijan, 1994–2020",
      "",
      "The ceasefire signed in Bishkek in May 1994 held, the Russian mediators said, for most of the next 26 years.",
    );
    expect(article.meta.outlet).toBe("Museum of Military History");
    expect(article.meta.title).toBe("THE LONG TRUCE — Borders of the South Caucasus");
  });

  it("keeps a slash's first name for a masthead and its translation", () => {
    const article = parse(
      "bilingual.txt",
      "LE MONDE BILINGUE / THE BILINGUAL WORLD",
      "",
      "Talks on the border resume in Brussels",
      "",
      "The European Council said on Monday that the leaders of Armenia and Azerbaijan would meet again in May.",
    );
    expect(article.meta.outlet).toBe("Le Monde Bilingue");
  });

  it("takes a field brief's number for a label and the line under it for the title", () => {
    const article = parse(
      "brief.txt",
      "HARBOUR MIGRATION RESEARCH CENTRE",
      "",
      "FIELD BRIEF 21-04",
      "Leaving Stepanakert: what the agencies counted in a week",
      "",
      "Published: October 2, 2023",
      "",
      "The UN refugee agency said on Friday that more than 80,000 people had crossed into Armenia.",
    );
    expect(article.meta.title).toBe("Leaving Stepanakert: what the agencies counted in a week");
  });

  it("drops a charity's strap line and where it is registered, and its appeal's heading is the title", () => {
    const article = parse(
      "appeal.txt",
      "HARBOUR MINE RELIEF",
      "Helping families rebuild their lives after mine accidents",
      "Registered in the Bailiwick of Jersey | St Helier",
      "",
      "SPRING APPEAL 2023: THE FIELDS OF AGDAM",
      "Appeal letter | 2 March 2023 | Written by Ann Le Brun, Appeals Officer",
      "",
      "Azerbaijan's mine action agency said on 1 March that 45 people had been killed by mines since the war ended.",
    );
    expect(article.meta.title).toBe("SPRING APPEAL 2023: THE FIELDS OF AGDAM");
    expect(article.meta.outlet).toBe("Harbour Mine Relief");
    expect(article.passages.map((p) => p.text).join("\n")).not.toMatch(/Helping families|Registered in/);
  });

  it("names a paper abroad by its masthead, not by the digest it files under", () => {
    const article = parse(
      "bilten.txt",
      "ZAGREBACKI PRAVNI BILTEN — English service",
      "Court Watch Digest, No. 7/2023",
      "Zagreb, 3 April 2023",
      "",
      "UN COMMITTEE ASKS BAKU ABOUT DETAINED ARMENIANS",
      "",
      "The committee said on Friday that it had asked Azerbaijan for the names of all detainees.",
    );
    expect(article.meta.outlet).toBe("Zagrebacki Pravni Bilten");
  });
});
