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
