// Furniture and metadata of forms met on first contact in blind28 (issue 7): a briefing transcript's
// index and serial number, a spokesperson's transcript note and series pager, an office's address
// strip, a think tank's file links and excerpt note, a digitised weekly's scan note, page boxes and
// imprint, a wire's filing fields, a UN document's production marks and title, an NGO's closing
// note, and a fan site's topic tagline. Every article is written for the test, with its own
// outlets, people and places; each keeps a sentence of news that must survive.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "Shelling resumed near Tartar overnight, the district governor said.";

describe("a spokesperson's briefing transcript", () => {
  const briefing = parse(
    "briefing.md",
    "# Daily Briefing of the Spokesperson, 3 May 2019",
    "",
    "> The following is an unofficial transcript of this morning's press conference by the Foreign Ministry spokeswoman.",
    "",
    "## Index for this press briefing",
    "",
    "Spokeswoman: Good morning. Shelling resumed near Tartar overnight, the district governor said.",
    "",
    "[Previous briefing: 30 April 2019](/b/1) | [Next briefing: 7 May 2019](/b/2)",
    "",
    "Ministry of Foreign Affairs · Press and Information Department · Media Section · Vienna",
    "",
    "DPB #112",
  );

  it("keeps the spokeswoman's words and drops the transcript's apparatus", () => {
    const all = texts(briefing).join("\n");
    expect(all).toContain("Shelling resumed near Tartar overnight");
    expect(all).not.toMatch(/unofficial transcript|Index for|Previous briefing|Next briefing|Media Section|DPB/);
  });

  it("takes the briefing's heading as its title", () => {
    expect(briefing.meta.title).toBe("Daily Briefing of the Spokesperson, 3 May 2019");
  });

  it("still reads a pager or an office named in a sentence as news", () => {
    expect(isBoilerplate("Previous statements by the ministry were denied.")).toBe(false);
    expect(isBoilerplate("The Press Division said · on Monday · that 12 died")).toBe(false);
  });
});

describe("a think tank's briefing excerpt", () => {
  const excerpt = parse(
    "brief.md",
    "Black Sea Policy Forum · Publications · Reports",
    "",
    "[Download full paper (PDF, 40 pages)](#) · [Executive summary in Georgian](#) · [Summary in French](#)",
    "",
    "---",
    "",
    "# Water and the Line: Villages Between the Armies",
    "",
    "*Extract: chapter III (paragraphs 4–9). Footnote numbering follows the original report.*",
    "",
    `**4.** ${NEWS}[^12]`,
  );

  it("takes the report's heading as the title, not the strip of file links", () => {
    expect(excerpt.meta.title).toBe("Water and the Line: Villages Between the Armies");
    expect(texts(excerpt).join("\n")).not.toMatch(/Download|Executive summary|Summary in French|Footnote numbering/);
  });

  it("keeps the numbered paragraph", () => {
    expect(bodyTexts(excerpt).join("\n")).toContain("Shelling resumed near Tartar overnight");
  });
});

describe("a digitised weekly", () => {
  const weekly = parse(
    "weekly.txt",
    "SYUNIK COURIER",
    "Independent Armenian-language Weekly",
    "No. 7 (301) · Friday, 9 May 2003 · Goris",
    "[Scanned archive copy; OCR text, layout lost.]",
    "",
    "==========================================",
    "PAGE 2 · REGION",
    "==========================================",
    "",
    "WATER TALKS STALL IN GORIS",
    "Council and farmers blame each other, officials say",
    "",
    NEWS,
    "",
    "WATER TALKS STALL (continued from page 1)",
    "",
    "The council will meet again on Monday, its chairman said.",
    "",
    "INSIDE THIS EDITION",
    "· Goris council approves new school budget (p. 5)",
    "· Wrestling: Kapan team takes bronze (p. 11)",
    "",
    "Editorial office: 14 Mashtots St., Goris",
    "Phone: 0284 5-55-55 | Email: desk@courier.example",
    "The editors do not necessarily share the opinions of the authors.",
  );

  it("takes the capitals under the page label as the headline, not as a second masthead", () => {
    expect(weekly.meta.title).toBe("WATER TALKS STALL IN GORIS");
    expect(weekly.meta.published).toBe("2003-05-09");
  });

  it("drops the scan note, the continuation head, the contents box and the imprint", () => {
    const all = texts(weekly).join("\n");
    expect(all).not.toMatch(/archive copy|continued from|INSIDE THIS|school budget|Kapan team|Editorial office|Phone:|do not necessarily/);
    expect(all).toContain("The council will meet again on Monday, its chairman said.");
    expect(all).toContain("Shelling resumed near Tartar overnight");
  });

  it("keeps a sentence that cites a page", () => {
    expect(isBoilerplate("The figures are in the annex (p. 3), the ministry said.")).toBe(false);
  });
});

describe("a wire story with its filing fields", () => {
  const story = parse(
    "wire.txt",
    "EURASIA NEWSWIRE",
    "Category: POL / GEORGIA",
    "PRIORITY: 1 (Flash)",
    "Slug: GEORGIA-OSSETIA/TALKS (WRITETHRU 2)",
    "Word count: 1,180",
    "Filed: 12 Mar 2009 08:05 GMT",
    "",
    "WRITETHRU 2-Georgia and South Ossetia agree to reopen crossing, mediators say",
    "",
    `TBILISI, March 12 (Eurasia Newswire) - ${NEWS}`,
  );

  it("drops the fields, dates the story by its filing stamp and titles it by its headline", () => {
    expect(texts(story).join("\n")).not.toMatch(/PRIORITY|Slug|Word count|Filed/);
    expect(story.meta.published).toBe("2009-03-12");
    expect(story.meta.title).toBe("WRITETHRU 2-Georgia and South Ossetia agree to reopen crossing, mediators say");
  });
});

describe("a United Nations document converted from PDF", () => {
  const document = parse(
    "letter.txt",
    "United Nations                                             A/70/812–S/2016/318",
    "",
    "General Assembly                                  Distr.: General",
    "Security Council                                  2 May 2016",
    "",
    "                                                  Original: Russian",
    "",
    "General Assembly                            Security Council",
    "Seventieth session                          Seventy-first year",
    "Agenda item 12",
    "",
    "        Letter dated 29 April 2016 from the Permanent Representative",
    "        of Armenia to the United Nations addressed to the",
    "        Secretary-General",
    "",
    `     ${NEWS}`,
    "",
    "16-07123 (E)    040516",
    "*1607123*                                                  Please recycle",
    "",
    "2                                                                   16-07123",
    "",
    "     The Government of Armenia asks that this letter be circulated.",
    "",
    "16-07123                                                                   3",
  );

  it("takes the letter's title, wrapped over three lines, below the symbols, session and agenda item", () => {
    expect(document.meta.title).toBe(
      "Letter dated 29 April 2016 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General",
    );
  });

  it("names the United Nations from its running head and dates the document", () => {
    expect(document.meta.outlet).toBe("United Nations");
    expect(document.meta.published).toBe("2016-05-02");
  });

  it("drops the symbols, distribution, language, job number, recycling note and page heads", () => {
    const all = texts(document).join("\n");
    expect(all).not.toMatch(/A\/70\/812|Distr\.|Original:|16-07123|Please recycle/);
    expect(all).toContain("The Government of Armenia asks that this letter be circulated.");
  });
});

describe("an NGO's public statement", () => {
  const statement = parse(
    "statement.txt",
    "Caucasus Rights Watch",
    "",
    "ARMENIA: RELEASE THE DETAINED VILLAGERS",
    "",
    NEWS,
    "",
    "END/",
    "",
    "Public document. For further information please contact our media office in Geneva on +41 22 555 0000 or email media@crw.example",
  );

  it("drops the end mark and the press office's close", () => {
    const all = texts(statement).join("\n");
    expect(all).not.toMatch(/END\/|Public document|media office/);
    expect(all).toContain("Shelling resumed near Tartar overnight");
  });

  it("keeps a sentence that says to call someone", () => {
    expect(isBoilerplate("For more information, call the ministry, the spokesman said, because the army will not say.")).toBe(false);
  });
});

describe("a fan site's masthead tagline", () => {
  const page = parse(
    "fan.md",
    "**SCREENLINE** — Eurasian film & television news",
    "",
    "[Home](/) | [News](/news) | [Festivals](/festivals)",
    "",
    "# Yerevan festival drops Baku entry after border clash",
    "",
    NEWS,
  );

  it("takes the article's heading as its title and drops the tagline", () => {
    expect(page.meta.title).toBe("Yerevan festival drops Baku entry after border clash");
    expect(texts(page).join("\n")).not.toContain("television news");
  });
});
