// A page head that opens with the paper's name, its tagline, its language switcher and its
// navigation: none of them is the title or the outlet's name but the name itself, and the headline
// below them (a Markdown "#" heading or a plain line) is the title.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers.ts";

const BODY = [
  "Armenia's defence ministry said on Thursday that two servicemen were wounded by fire from Azerbaijani positions near Sotk overnight.",
  "",
  "Azerbaijan's defence ministry denied the report, calling it disinformation.",
];

describe("a masthead with its tagline above the headline", () => {
  it("takes the name before a tagline and a language switcher as the outlet, and the '#' heading as the title", () => {
    const article = parse(
      "lantern.md",
      "[Caspian Lantern](/) — *Reporting from Baku and beyond* | AZ | ENG | РУС",
      "",
      "**Azerbaijan · Georgia · Iran · Opinion · Podcasts**",
      "",
      "---",
      "",
      "# Two border guards wounded near Sotk, Yerevan says",
      "",
      "*Region* | **Levan Abashidze** | 9 May 2024, 10:05 (GMT+4)",
      "",
      ...BODY,
    );
    expect(article.meta).toMatchObject({ title: "Two border guards wounded near Sotk, Yerevan says", outlet: "Caspian Lantern", published: "2024-05-09" });
    expect(texts(article).join("\n")).not.toMatch(/Reporting from|Podcasts/);
  });

  it("reads a tagline that names the paper's patch and leaves it open ('… from Gyumri and the region')", () => {
    const article = parse(
      "shirak.md",
      "Shirak Courier — News from Gyumri and the region | ՀԱՅ | ENG",
      "",
      "# Gyumri hospital takes in wounded soldiers",
      "",
      ...BODY,
    );
    expect(article.meta).toMatchObject({ title: "Gyumri hospital takes in wounded soldiers", outlet: "Shirak Courier" });
  });

  it("drops a paper's description of itself ('Independent … Weekly | Since 2004') and takes the headline below the navigation", () => {
    const article = parse(
      "star.txt",
      "ARARAT EVENING STAR",
      "Independent Armenian-language Weekly | Since 2004",
      "Home | Politics | Diaspora & the World | Economy | Culture | Sport | Opinion | e-Paper",
      "",
      "DIASPORA & THE WORLD",
      "",
      "Two border guards wounded near Sotk, Yerevan says",
      "",
      "Friday, May 10, 2024",
      "",
      ...BODY,
    );
    expect(article.meta).toMatchObject({ title: "Two border guards wounded near Sotk, Yerevan says", outlet: "Ararat Evening Star", published: "2024-05-10" });
    expect(texts(article).join("\n")).not.toMatch(/Since 2004/);
  });

  it("reads a foreign paper's name with its small words ('am') and its edition, and never a section link as the outlet", () => {
    const article = parse(
      "abend.md",
      "Abendblatt am Sonntag — International Edition",
      "Politics | World | Business | Knowledge | Explainers",
      "",
      "*Translated and abridged from the Dutch original. Some paragraphs have been cut for the English edition.*",
      "",
      "# What the new border commission can and cannot do",
      "",
      "**Q&A** · By Pia Lorenz · 3 March 2026 · Reading time 6 minutes",
      "",
      ...BODY,
    );
    expect(article.meta).toMatchObject({ title: "What the new border commission can and cannot do", outlet: "Abendblatt am Sonntag", published: "2026-03-03" });
    expect(texts(article).join("\n")).not.toMatch(/Translated|Knowledge/);
  });

  it("still reads the date that ends a section strip", () => {
    const article = parse(
      "report.txt",
      "SHIRAK REPORT",
      "Politics | Border | 8 May 2024, 11:20",
      "",
      "Two border guards wounded near Sotk, Yerevan says",
      "",
      ...BODY,
    );
    expect(article.meta).toMatchObject({ outlet: "Shirak Report", published: "2024-05-08" });
  });

  it("still takes the name that leads a section strip as the outlet", () => {
    const article = parse("strip.txt", "Ararat Ledger | Politics | World", "", "Two border guards wounded near Sotk, Yerevan says", "", ...BODY);
    expect(article.meta.outlet).toBe("Ararat Ledger");
  });
});
