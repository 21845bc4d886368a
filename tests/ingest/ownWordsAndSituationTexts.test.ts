// Metadata and furniture of speakers' own words and official situation texts, met on first contact
// (issue 7): a social post copied with its counters, a newspaper's tagline with an article before
// it, a monitoring service's translation with its fields and reference number, a Markdown list of
// related links, a report's contact line and its close. Every text here is written for the test.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "Shelling resumed near Tartar overnight, the district governor said.";

describe("a social post copied as text", () => {
  const post = parse(
    "post.txt",
    "Arpine Sargsyan",
    "March 3, 2021 · ",
    "",
    "Friends, I have just returned from the border villages of Tavush. The school in Berkaber was hit again last night, and the children now study in the basement.",
    "",
    "We will keep asking for observers until they come.",
    "",
    "Arpine Sargsyan",
    "",
    "❤️😮 4.1K    💬 812 comments    ↗ 1.3K shares",
  );

  it("names the platform its counters are Facebook's, not the author, as the outlet", () => {
    expect(post.meta.outlet).toBe("Facebook");
    expect(post.meta.published).toBe("2021-03-03");
  });

  it("indexes none of the counters", () => {
    expect(texts(post).join("\n")).not.toMatch(/comments|shares|4\.1K/);
  });

  it.each([
    ["👍 2.3K 💬 410 comments ↗ 95 shares", "Facebook"],
    ["1,204 Retweets 3.4K Likes", "Twitter"],
    ["🔁 1.1K reposts · 220 quotes · 48K views", "X"],
    ["12 likes 3 comments", null],
  ])("reads %j as counters of %s", (line, platform) => {
    expect(readMetadataLine(line)).toMatchObject({ outlet: platform });
  });

  it.each(["12 killed, 31 wounded", "3 tanks 2 helicopters", "Shares of the company fell 12 percent", "1,960 troops and 90 armoured vehicles"])(
    "takes %j for no counters",
    (line) => {
      expect(readMetadataLine(line)).toBeNull();
    },
  );
});

describe("a newspaper's tagline with an article before it", () => {
  const page = parse(
    "courier.txt",
    "THE SEVAN LEDGER",
    "An independent English-language weekly",
    "No. 7 (88) | Friday, February 18, 1994 | Page 1",
    "",
    "DOCUMENT: THE FEBRUARY PROTOCOL",
    "Defence ministers agree on a ceasefire from midnight",
    "",
    `The text below was agreed in Moscow on Friday. ${NEWS}`,
  );

  it("takes the heading, not the tagline, as the title and indexes no tagline", () => {
    expect(page.meta.title).toBe("DOCUMENT: THE FEBRUARY PROTOCOL");
    expect(texts(page).join("\n")).not.toMatch(/English-language weekly/);
  });

  it.each(["An independent Russian-language weekly", "The oldest English-language daily", "A free national newspaper"])("takes %j for a tagline", (line) => {
    expect(parse("t.txt", "THE KURA HERALD", line, "", "Talks resume in Vienna", "", NEWS).meta.title).toBe("Talks resume in Vienna");
  });
});

describe("a monitoring service's translation of a ministry's bulletin", () => {
  const item = parse(
    "translation.txt",
    "SOUTH CAUCASUS MONITOR — TRANSLATION DESK",
    "Source: Ministry of Internal Affairs of the Republic of Georgia, press service and website",
    "Original language: Georgian",
    "Date of original: 14 August 2008, issued at 11:00 and 16:00 Tbilisi time",
    "Translated: 15 August 2008, 08:40 GMT",
    "",
    "[Translator's summary: Two statements of the ministry on the situation around Gori, combined in the order they were issued. The other side's version follows at the end.]",
    "",
    "STATEMENT OF THE MINISTRY OF INTERNAL AFFAIRS",
    "",
    `1. ${NEWS}`,
    "",
    "[End of translation. SCM reference: GE-MIA-080814-02]",
  );

  it("takes the bulletin's heading as the title, under the note set above it", () => {
    expect(item.meta.title).toBe("STATEMENT OF THE MINISTRY OF INTERNAL AFFAIRS");
  });

  it("reads the original's date and the service as the outlet", () => {
    expect(item.meta.published).toBe("2008-08-14");
    expect(item.meta.outlet).toBe("South Caucasus Monitor");
  });

  it("indexes none of the service's fields and marks, and keeps the note and the news", () => {
    const all = texts(item).join("\n");
    expect(all).not.toMatch(/Original language|Date of original|Translated:|Source:|reference/);
    expect(bodyTexts(item)).toContain(`1. ${NEWS}`);
    expect(all).toMatch(/Translator's summary/);
  });

  it.each([
    ["Date of original: 3 May 1992", "1992-05-03", 1],
    ["Translated: 4 May 1992, 10:00 GMT", "1992-05-04", 2],
  ])("reads %j as a date", (line, iso, rank) => {
    expect(readMetadataLine(line)?.date).toEqual({ iso, rank });
  });

  it.each(["Translated: the minister's words were softened, critics said.", "Source: officials said the minister would resign after the talks, and left."])(
    "takes %j for text",
    (line) => {
      expect(readMetadataLine(line)).toBeNull();
    },
  );

  it.each(["KMM reference: AM-MFA-201004-07", "Our ref.: UN/OCHA/2020/311", "[End of item. Reference: AZ-MOD-200927-01]"])("takes %j for furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
});

describe("related links and a report's contact lines", () => {
  it("drops a Markdown line of related links named for the site, and its links", () => {
    const article = parse(
      "related.md",
      "# Talks resume in Vienna",
      "",
      NEWS,
      "",
      "*Related on the Ledger: [Who guards the Lachin road?](#) · [The 1994 truce, explained](#)*",
    );
    expect(texts(article).join("\n")).not.toMatch(/Related|Lachin road|1994 truce/);
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("drops an office's e-mail line and the close pointing to its website", () => {
    const report = parse(
      "flash.md",
      "# Georgia: Displacement from South Ossetia – Situation Report No. 2",
      "",
      NEWS,
      "",
      "## Contacts",
      "",
      "OCHA Regional Office, Tbilisi – ocha-tbilisi@un.example",
      "",
      "*For further humanitarian information, please visit the UN Georgia website.*",
    );
    expect(texts(report).join("\n")).not.toMatch(/@|further humanitarian information/);
    expect(bodyTexts(report)).toEqual([NEWS]);
  });

  it.each(["The ministry said complaints could be sent to info@mod.example", "For further information on the shelling, see what the ombudsman said."])(
    "keeps %j as text",
    (line) => {
      expect(isBoilerplate(line)).toBe(false);
    },
  );
});
