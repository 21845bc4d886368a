// Classes of site furniture met in outlets' pages: contributor lines, share widgets, author bios,
// donation appeals, language switchers, link-list headers and photo captions with their credits.
// Every line here is written for the test, in other outlets' wording, so the rules are judged as
// classes and not against the articles that prompted them.
import { describe, expect, it } from "vitest";
import { isBoilerplate, isCreditLine } from "../../src/core/ingest/boilerplate.ts";
import { parse, texts } from "./helpers.ts";

describe("contributor lines", () => {
  it.each([
    "Additional reporting by Ani Mejlumyan in Yerevan and Ulviyya Amoyeva in Baku",
    "With reporting by AP and TASS.",
    "Reporting by Lilit Shahverdyan; Editing by Mark Trevelyan",
    "(With additional reporting by Al-Jazeera and Anadolu)",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps a sentence in which reporting by someone is the subject", () => {
    expect(isBoilerplate("Reporting by state media suggested the offensive had stalled near Shusha.")).toBe(false);
  });

  it("keeps a sentence that only mentions a wire agency", () => {
    expect(isBoilerplate("Reuters reported that at least three soldiers had died in the shelling.")).toBe(false);
  });
});

describe("share widgets", () => {
  it.each(["Share post", "Sharing options", "Copy link to article", "Link copied to clipboard", "About sharing"])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps a sentence about a shared post", () => {
    expect(isBoilerplate("Share prices in Baku fell after the ministry's post was deleted.")).toBe(false);
  });
});

describe("author bios", () => {
  it.each([
    "Lilit Arakelyan is a correspondent for CivilNet in Stepanakert.",
    "Ulviyya Amoyeva is a freelance photographer covering the South Caucasus.",
    "Thomas de Vries is the Caucasus editor at Eurasianet",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Gegham Stepanyan is a journalist who was detained at the checkpoint on Monday, his lawyer said.",
    "Ruben Vardanyan was the region's state minister until February.",
    "Tamar Kiknadze, an analyst at a Tbilisi think tank, said the truce would not hold.",
    "Anna Hakobyan is a journalist and the wife of the prime minister.",
  ])("keeps the news sentence %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("donation and membership appeals", () => {
  it.each([
    "Donate now to keep JAMnews free.",
    "Please support us: every contribution keeps our reporters in the field.",
    "Independent media needs readers. Become a supporter today.",
    "CivilNet is reader-funded. Keep it that way by becoming a patron.",
    "Support quality journalism in the Caucasus",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Armenia formally applied to become a member of the European Union, Pashinyan said.",
    "Moscow will support our work to reopen transport links, the deputy prime minister said.",
    "Donations of food and fuel reached Stepanakert on Tuesday, the ICRC said.",
    "Lavrov said Russia would continue to support independent monitoring of the line of contact.",
    "Donate blood, the health ministry urged residents of Stepanakert.",
    "Support our troops, the president told the crowd in Ganja.",
  ])("keeps the news sentence %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("language switchers", () => {
  it.each(["Read this article in Armenian", "Читать на русском языке", "Also available in: English | Russian", "In English"])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps a sentence that starts with 'Read in'", () => {
    expect(isBoilerplate("Read in full, the statement accuses Baku of ethnic cleansing.")).toBe(false);
  });
});

describe("link-list headers", () => {
  it.each(["More news on this topic", "More stories", "More on the topic"])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps a sentence that starts with 'More news'", () => {
    expect(isBoilerplate("More news emerged on Tuesday of fighting near Lachin.")).toBe(false);
  });

  it("drops the link titles listed under 'More stories'", () => {
    const article = parse(
      "links.txt",
      "Truce holds on the border",
      "",
      "The truce held overnight, officials said.",
      "",
      "More stories",
      "Who runs Lachin now?",
      "Ten years of talks",
    );
    expect(texts(article)).toEqual(["Truce holds on the border", "The truce held overnight, officials said."]);
  });
});

describe("photo captions and credits", () => {
  it.each([
    "Armenian servicemen at a position near Jermuk. Photo: Hetq.",
    "A destroyed house in Tartar. Credit: Azertac.",
    "Refugees arrive in Goris. Image: UNHCR/Karen Minasyan",
    "Credit: AFP/Getty Images",
  ])("drops the captioned or credited line %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Photos released by the defence ministry showed burned-out vehicles near Sotk.",
    "Photo evidence published by Reuters showed the village had been shelled.",
    "The ministry published a photo: the wreckage of a drone near Aghdam.",
  ])("keeps the body sentence %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("knows a credit line from a sentence about a photo", () => {
    expect(isCreditLine("Photo: Hetq / Hrant Galstyan")).toBe(true);
    expect(isCreditLine("Photographs published by the ministry showed the damage.")).toBe(false);
  });

  it("drops a caption line standing right above its credit line", () => {
    const article = parse(
      "caption.txt",
      "Families leave Karabakh by the thousand",
      "",
      "Thousands crossed into Armenia on Tuesday, officials in Yerevan said.",
      "",
      "Displaced families wait outside a hotel in Goris",
      "Photo: Hetq / Hrant Galstyan",
      "",
      "The government said it would house all of them.",
    );
    expect(texts(article)).toEqual([
      "Families leave Karabakh by the thousand",
      "Thousands crossed into Armenia on Tuesday, officials in Yerevan said.",
      "The government said it would house all of them.",
    ]);
  });

  it("keeps the headline even when a credit line follows it directly", () => {
    const article = parse("headline-credit.txt", "Families leave Karabakh by the thousand", "Photo: Hetq", "", "Thousands crossed into Armenia on Tuesday.");
    expect(article.meta.title).toBe("Families leave Karabakh by the thousand");
    expect(texts(article)).toEqual(["Families leave Karabakh by the thousand", "Thousands crossed into Armenia on Tuesday."]);
  });

  it("keeps a wrapped body paragraph that a credit line follows", () => {
    const article = parse(
      "wrapped-credit.txt",
      "Families leave Karabakh",
      "",
      "Thousands crossed into Armenia on Tuesday, officials in Yerevan said,",
      "as the road through Lachin reopened.",
      "Photo: Hetq",
    );
    expect(texts(article)).toContain("Thousands crossed into Armenia on Tuesday, officials in Yerevan said, as the road through Lachin reopened.");
  });
});

describe("bylines with a reading time, and decorated prompts", () => {
  it.each([
    "*By Karine Hovsepyan | 3 March 2021 | 5 min read*",
    "**Elnur Mammadov** · 12 May 2022 · 11 min read",
    "*Analysis by Tom Reid · 4 April 2016 · 7 min read*",
    "*Was this article helpful?* 👍 👎",
    "💬 87 comments",
    "Comments are disabled for this story.",
    "You are here: Home > Press > Statements > 2019",
    "Back to Archive | More from 1992",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it.each([
    "*Armenia's Defence Ministry said 12 soldiers were killed.*",
    "By 5 March, 40 villages had been emptied, the ombudsman said.",
    "**Stepanakert** · the city was shelled overnight, residents said.",
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("a text box drawn with characters", () => {
  it("reads the box's lines as text, without its borders", () => {
    const a = parse(
      "a.txt",
      "Risks on the line of contact",
      "",
      "+------------------------------------------+",
      "| SUMMARY                                  |",
      "|                                          |",
      "| By 2030 both armies may be tempted to    |",
      "| test the line again, the authors warn.   |",
      "+------------------------------------------+",
      "",
      "The report was published on Monday.",
    );
    expect(texts(a).join(" ")).toContain("By 2030 both armies may be tempted to test the line again, the authors warn.");
    expect(texts(a).join(" ")).not.toMatch(/[|+]-{3}/);
  });
});
