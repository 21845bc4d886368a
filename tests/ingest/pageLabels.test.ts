// Page labels and furniture met on agency and live-blog pages: "Outlet | Section" labels, ISO and
// day-first timestamps, front-matter `source:`, reading-time and share strips, live-blog wrappers,
// reuse notices, news IDs and app prompts. Every line is written for the test in other outlets'
// wording, so the rules are judged as classes, and each class has real sentences that must stay.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { metadataDate, readMetadataLine, sectionLabelLine } from "../../src/core/ingest/metadata.ts";
import { splitFrontMatter } from "../../src/core/ingest/frontMatter.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

describe("'Outlet | Section' page labels", () => {
  it.each([
    ["Trend | Politics", "Trend"],
    ["APA English | Region", "APA"],
    ["Caucasus Times | World / Europe", "Caucasus Times"],
    ["News.am | Society", "News.am"],
    ["AZERTAC | Military", "AZERTAC"],
  ])("reads %j as naming the outlet %j", (line, outlet) => {
    expect(readMetadataLine(line)?.outlet).toBe(outlet);
  });

  it("drops a breadcrumb of sections without naming an outlet", () => {
    expect(sectionLabelLine("Armenia | Politics")).toEqual({ date: null, outlet: null, url: null, section: "Armenia / Politics" });
  });

  it.each(["Lachin corridor | Explainer", "Azerbaijan reports two soldiers killed | Armenia denies it", "Nikol Pashinyan | Facebook"])(
    "does not read %j as a page label",
    (line) => {
      expect(sectionLabelLine(line)).toBeNull();
    },
  );

  it("takes the label above the headline as the outlet, not the title, and never indexes it", () => {
    const article = parse(
      "trend.txt",
      "Trend | Military",
      "",
      "Azerbaijani army reports shelling near Tovuz",
      "",
      "The ministry said two of its soldiers had been wounded in the shelling on Sunday.",
    );
    expect(article.meta.title).toBe("Azerbaijani army reports shelling near Tovuz");
    expect(article.meta.outlet).toBe("Trend");
    expect(texts(article)).toEqual([
      "Azerbaijani army reports shelling near Tovuz",
      "The ministry said two of its soldiers had been wounded in the shelling on Sunday.",
    ]);
  });

  it("takes a label under the headline as the outlet and drops it", () => {
    const article = parse(
      "mehr.txt",
      "Iran urges restraint on its northern border",
      "",
      "Mehr News | Politics",
      "",
      "The foreign ministry said Tehran was ready to host talks.",
    );
    expect(article.meta.outlet).toBe("Mehr News");
    expect(bodyTexts(article)).toEqual(["The foreign ministry said Tehran was ready to host talks."]);
  });
});

describe("timestamps on their own line", () => {
  it.each([
    ["2020-10-02T09:15:30Z", "2020-10-02"],
    ["2022-09-13T23:05:00+04:00", "2022-09-13"],
    ["Published 3:05 PM, 02.10.2020", "2020-10-02"],
    ["12 October 2020 | 18:45", "2020-10-12"],
    ["Published on: 28/09/2020 - 14:20", "2020-09-28"],
  ])("reads %j as published %s", (line, iso) => {
    expect(readMetadataLine(line)?.date?.iso).toBe(iso);
  });

  it("reads the date part of an ISO date-time in the publisher's zone", () => {
    expect(metadataDate("2023-09-19T23:59:00-05:00")).toBe("2023-09-19");
  });

  it("dates an article from an ISO timestamp line and keeps it out of the passages", () => {
    const article = parse(
      "apa.txt",
      "Clashes reported on the Kalbajar border",
      "",
      "2021-11-16T18:40:00+04:00",
      "",
      "Both sides reported losses, the defence ministries said.",
    );
    expect(article.meta.published).toBe("2021-11-16");
    expect(bodyTexts(article)).toEqual(["Both sides reported losses, the defence ministries said."]);
  });

  it("never takes a date inside a body sentence as the published date", () => {
    const article = parse("body.txt", "Ceasefire talks resume", "", "The talks of 2020-11-09 ended the war, the Kremlin said on Monday.");
    expect(article.meta.published).toBeNull();
    expect(bodyTexts(article)).toEqual(["The talks of 2020-11-09 ended the war, the Kremlin said on Monday."]);
  });
});

describe("front-matter outlet keys", () => {
  it("takes `source:` as the outlet when there is no `outlet:`", () => {
    const { front } = splitFrontMatter("t.md", "---\ntitle: Talks resume\nsource: TASS\ndate: 2020-11-10\n---\nBody.");
    expect(front?.outlet).toBe("TASS");
    expect(front?.published).toBe("2020-11-10");
  });

  it("takes `publisher:` too, and prefers `outlet:` over both", () => {
    expect(splitFrontMatter("a.md", "---\npublisher: Anadolu Agency\n---\nBody.").front?.outlet).toBe("Anadolu Agency");
    expect(splitFrontMatter("b.md", "---\noutlet: Eurasianet\nsource: Reuters\n---\nBody.").front?.outlet).toBe("Eurasianet");
  });

  it("does not take a `source:` web address for an outlet", () => {
    expect(splitFrontMatter("c.md", "---\nsource: https://example.org/story\n---\nBody.").front?.outlet).toBeNull();
  });
});

describe("reading-time and share strips", () => {
  it.each([
    "Estimated reading time: 4 minutes",
    "6 min read",
    "Reading time 3 min",
    "OPINION | 7 min read | Share",
    "EXPLAINER · Reading time: 5 min · Share this story",
    "Share on Telegram | Share on X | Copy link",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "The analysis took parliament 11 minutes to read aloud, the speaker said.",
    "Share prices in Baku fell sharply after the ministry's statement.",
    "ARMENIA | AZERBAIJAN",
    "Baku | Yerevan | Moscow talks resume after a month of shelling",
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("live-blog furniture", () => {
  it.each([
    "Please refresh this page for updates.",
    "LIVE | Reload the page for the latest news",
    "18:05 — We're ending our live coverage here. Thanks for following.",
    "This live blog is now closed.",
    "Welcome to the Guardian's rolling coverage of the Karabakh conflict.",
    "08:00 GMT – Hello and welcome to our live blog. Here's the latest:",
    "Follow Eurasianet:",
    "Follow CivilNet on Instagram",
    "Follow OC Media for the latest updates",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "09:10 — Welcome to our continuing coverage. Azerbaijan's defence ministry said two soldiers were killed overnight.",
    "Welcome to Stepanakert, the sign at the entrance reads, but the city is empty.",
    "Officials said they were ending the live-fire exercises near the border on Friday.",
    "Follow-up talks are planned in Brussels next week, the EU said.",
    "Follow Russia's example, Aliyev told the Armenian side.",
    "14:05 — The Armenian defence ministry said the shelling of Goris had stopped.",
  ])("keeps the news %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("keeps every news entry of a live blog and drops its wrapper", () => {
    const article = parse(
      "live.txt",
      "Karabakh live: shelling resumes",
      "",
      "LIVE | Refresh the page for the latest updates",
      "",
      "19:00 — That's where we leave our live coverage for tonight. Thank you for reading.",
      "",
      "18:30 — Russia's defence ministry said its peacekeepers had recorded two violations of the truce.",
      "",
      "07:50 — Good morning and welcome to our ongoing coverage of the fighting. Here is what we know so far:",
      "",
      "Follow BBC Russian on Telegram",
    );
    expect(bodyTexts(article)).toEqual(["18:30 — Russia's defence ministry said its peacekeepers had recorded two violations of the truce."]);
  });
});

describe("reuse and licensing notices", () => {
  it.each([
    "Full or partial reproduction of materials is permitted only with an active hyperlink to APA.",
    "Reproduction is prohibited.",
    "Reproduction without written permission is prohibited",
    "When quoting materials, a hyperlink to Trend is mandatory.",
    "Any use of the site's content without the consent of the editors is forbidden.",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Use of force is prohibited under the 2020 trilateral statement, the Russian foreign ministry said.",
    "Use of the materials seized at the checkpoint is prohibited by a court order, prosecutors said.",
    "Reproduction of the casualty figures was not allowed by the censors during the war.",
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("news IDs and app prompts", () => {
  it.each([
    "Article ID: 2048811",
    "News code: 1184532",
    "Story No. 7731",
    "Stay informed wherever you are by downloading the Euronews app",
    "Get the DW app for breaking news alerts.",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "News of the ceasefire reached Goris at 10:00, residents said.",
    "Residents said the government's alert app had failed to warn them before the strike.",
    "The ministry's news ID cards were revoked for 12 foreign reporters, the union said.",
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});
