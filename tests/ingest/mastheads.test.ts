// Outlet names that appear around the headline rather than in a byline or dateline: a masthead line
// above the headline, a "Name | Outlet" byline, and wire datelines filed from two cities.
import { describe, expect, it } from "vitest";
import { mastheadOutlet, readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { readDateline } from "../../src/core/ingest/dateline.ts";
import { parse, texts } from "./helpers.ts";

describe("masthead lines", () => {
  it("takes a known outlet's name above the headline as the outlet, not the title", () => {
    const article = parse(
      "aj.txt",
      "Al Jazeera",
      "",
      "Armenia and Azerbaijan trade fire on the border",
      "",
      "Both sides reported casualties on Tuesday, officials said.",
    );
    expect(article.meta.title).toBe("Armenia and Azerbaijan trade fire on the border");
    expect(article.meta.outlet).toBe("Al Jazeera");
    expect(texts(article)).toEqual(["Armenia and Azerbaijan trade fire on the border", "Both sides reported casualties on Tuesday, officials said."]);
  });

  it("takes a short name that ends like a publication's as a masthead", () => {
    const article = parse("post.txt", "Caucasus Post", "Baku and Yerevan agree to resume talks", "", "Talks will resume next week, both ministries said.");
    expect(article.meta.title).toBe("Baku and Yerevan agree to resume talks");
    expect(article.meta.outlet).toBe("Caucasus Post");
  });

  it("keeps a publication-like first line as the title when no headline follows it", () => {
    const article = parse("times.txt", "Karabakh Times", "", "The region's only daily printed its last issue on Friday, its editor said.");
    expect(article.meta.title).toBe("Karabakh Times");
  });

  it("does not take an ordinary headline for a masthead", () => {
    expect(mastheadOutlet("Ceasefire collapses in Karabakh")).toBeNull();
    expect(mastheadOutlet("Armenia recalls ambassador over border shooting, ministry says")).toBeNull();
    expect(mastheadOutlet("Breaking News")).toBeNull();
    expect(mastheadOutlet("BBC Russian")).toBe("BBC Russian");
    expect(mastheadOutlet("The Armenian Weekly")).toBe("The Armenian Weekly");
  });
});

describe("bar-separated bylines", () => {
  it("reads 'Name | Outlet' as a byline naming the outlet and never indexes it", () => {
    const article = parse(
      "civilnet.txt",
      "Stepanakert counts the cost",
      "Ani Mejlumyan | CivilNet",
      "",
      "Residents queued for bread on Sunday, the mayor said.",
    );
    expect(article.meta.outlet).toBe("CivilNet");
    expect(texts(article)).toEqual(["Stepanakert counts the cost", "Residents queued for bread on Sunday, the mayor said."]);
  });

  it("reads 'By Name | Outlet' with a two-word outlet", () => {
    expect(readMetadataLine("By Joshua Kucera | Caucasus Watch")?.outlet).toBe("Caucasus Watch");
  });

  it("reads two authors before the bar", () => {
    expect(readMetadataLine("Ani Mejlumyan and Lilit Shahverdyan | JAMnews")?.outlet).toBe("JAMnews");
  });

  it("does not read a page title or a phrase with a bar as a byline", () => {
    expect(readMetadataLine("Caucasus News | Home")).toBeNull();
    expect(readMetadataLine("Lachin corridor | Explainer")).toBeNull();
    expect(readMetadataLine("Ani Mejlumyan | staff reporter")).toBeNull();
    expect(readMetadataLine("Nikol Pashinyan | Facebook")).toBeNull();
  });
});

describe("datelines filed from two cities", () => {
  it("reads a Reuters dateline whose places are joined by a slash", () => {
    const article = parse("two-cities.txt", "YEREVAN/BAKU, Sept 13 (Reuters) - Armenia said its positions came under fire overnight.");
    expect(article.meta.outlet).toBe("Reuters");
    expect(texts(article)).toEqual(["Armenia said its positions came under fire overnight."]);
  });

  it("reads a title-case two-city dateline with an agency credit", () => {
    expect(readDateline("Moscow/Baku (AFP) — Russia said on Monday its peacekeepers had left.")).toMatchObject({
      outlet: "AFP",
      rest: "Russia said on Monday its peacekeepers had left.",
    });
  });
});

describe("newsletters' and feeds' names beside their dates", () => {
  it("takes 'The Kura Valley Feed — 2 May 2021' for the outlet and its date", () => {
    const article = parse(
      "feed.txt",
      "The Kura Valley Feed — 2 May 2021",
      "",
      "Shelling reported near Tartar",
      "",
      "Azerbaijan's defence ministry said on Sunday that its positions came under fire.",
    );
    expect(article.meta).toMatchObject({ outlet: "The Kura Valley Feed", published: "2021-05-02", title: "Shelling reported near Tartar" });
  });

  it("reads a name and its date across a note of which edition it is", () => {
    expect(readMetadataLine("Caspian Morning Briefing · Newsletter edition, 9 June 2019")).toMatchObject({
      outlet: "Caspian Morning Briefing",
      date: { iso: "2019-06-09" },
    });
  });

  it("does not take a section label ending in such a word for an outlet", () => {
    expect(mastheadOutlet("Special Report")).toBeNull();
    expect(mastheadOutlet("Morning Briefing")).toBeNull();
  });
});

describe("a series' running head is no outlet", () => {
  it("does not take 'CHMP Briefing Paper 9   December 1994' for an outlet", () => {
    expect(readMetadataLine("KHRG Briefing Paper 4    March 1995")?.outlet ?? null).toBeNull();
  });
});

describe("a weekly's issue", () => {
  it("takes the outlet from a title of the weekly's name and number, and the date from 'week ending'", () => {
    const article = parse(
      "weekly.md",
      "# Frontier Digest Weekly — No. 12",
      "",
      "**Armenia–Azerbaijan border | week ending 9 May 2021**",
      "",
      "Armenia's defence ministry said on Tuesday that shots were fired near Sotk.",
    );
    expect(article.meta).toMatchObject({ outlet: "Frontier Digest Weekly", published: "2021-05-09" });
  });

  it("does not read 'in the week ending …' inside a sentence as a date line", () => {
    expect(readMetadataLine("Fighting eased in the week ending 20 August 2023")).toBeNull();
  });
});
