// A masthead with its edition, and a hyphenated name in capitals, are the outlet, never a dateline.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

const read = (...lines: string[]) => parseArticle({ file: "m.txt", text: lines.join("\n") });

describe("a hyphenated masthead with its edition", () => {
  const article = read(
    "NORD-PAS WEEKLY (English edition)",
    "Lille & region > Society",
    "",
    "Memorial defaced near Lille; community leaders call for calm",
    "",
    "Published Monday 2 November 2020 at 10:05",
    "By Anne Roux",
    "",
    "Vandals painted slogans on the memorial overnight, the prefecture said.",
  );

  it("gives the paper's name without its edition as the outlet, and the headline as the title", () => {
    expect(article.meta.outlet).toBe("Nord-Pas Weekly");
    expect(article.meta.title).toBe("Memorial defaced near Lille; community leaders call for calm");
  });

  it("does not read the hyphen in the name as a dateline's dash", () => {
    expect(article.meta.genre).not.toBe("wire");
  });
});

describe("a dateline with a dash", () => {
  it("still reads 'BAKU - ' and 'BAKU—' as datelines", () => {
    for (const opening of ["BAKU - The ministry said the road was open.", "BAKU—The ministry said the road was open."]) {
      const article = read("Road reopens", "", "By Staff, 5 May 2021", "", opening);
      expect(article.passages.at(-1)?.text).toBe("The ministry said the road was open.");
    }
  });
});

describe("a report's kind printed above its title", () => {
  it("is a label, and the title is the line under it", () => {
    const article = read(
      "Conference report",
      "",
      "Borders and Markets: Trade After the War",
      "Annual Conference of a regional economics network, Batumi, 3-4 May 2023",
      "",
      "The opening panel stressed that trade figures remain unreliable.",
    );
    expect(article.meta.title).toBe("Borders and Markets: Trade After the War");
  });
});

describe("a printed paper's date line with its section and page", () => {
  const article = read(
    "THE HARBOUR COURIER",
    "Monday, May 3, 1993 - World, A9",
    "",
    "Refugees pour into Ganja as the road south closes",
    "",
    "By Maria Lund",
    "",
    "GANJA - Thousands of villagers arrived in the city on Sunday, officials said.",
  );

  it("gives the date and still finds the headline under it", () => {
    expect(article.meta.published).toBe("1993-05-03");
    expect(article.meta.title).toBe("Refugees pour into Ganja as the road south closes");
  });
});

describe("a strip that opens with a publication's name", () => {
  const md = (strip: string) =>
    parseArticle({
      file: "s.md",
      text: ["# Three accounts of one village", "", strip, "", "Three versions of the same week now exist, officials said."].join("\n"),
    });

  it("names the outlet, in bold or not", () => {
    expect(md("**Caspian Evening Desk** · Tbilisi · 4 May 2022 · *Analysis* · 5 min read").meta.outlet).toBe("Caspian Evening Desk");
  });

  it("does not take a desk of the paper for the paper", () => {
    expect(md("Foreign Desk · 4 May 2022").meta.outlet).toBeNull();
  });
});

describe("a news service's dispatch header", () => {
  const article = read(
    "KARABAKH: CAPITAL RAISES TOLL",
    "",
    "Baltic Press Service - Dispatch 93/0211",
    "Filed: Stepanakert, 2 March 1993 (via satellite telephone, Yerevan relay)",
    "By Jonas Berg",
    "",
    "STEPANAKERT, Nagorno-Karabakh - The authorities on Monday raised the number of civilians killed.",
  );

  it("names the service and dates the dispatch, and leaves neither line in the text", () => {
    expect(article.meta.outlet).toBe("Baltic Press Service");
    expect(article.meta.published).toBe("1993-03-02");
    expect(article.passages.map((p) => p.text).join(" ")).not.toMatch(/Dispatch 93|satellite telephone/);
  });
});

describe("a wire's slug line with its take number", () => {
  const article = read(
    "XNS-0233 2 CAUCASUS-ARMENIA/BORDER (UPDATE 1, adds ministry comment)",
    "",
    "Two soldiers wounded in border shooting",
    "",
    "By Anna Roux",
    "",
    "YEREVAN, May 3 (XNS) - Two Armenian soldiers were wounded on Tuesday, the defence ministry said.",
  );

  it("is no title: the headline under it is", () => {
    expect(article.meta.title).toBe("Two soldiers wounded in border shooting");
  });
});

describe("a broadcaster's and a small paper's notes on themselves", () => {
  const article = read(
    "Shelling resumes near Tartar",
    "",
    "Azerbaijan's defence ministry said two civilians were wounded on Monday.",
    "",
    "This topic was covered by Harbour Radio on 4 May 2021",
    "",
    "Steppe Review is published in Tabriz in English and Persian. Reprints require written permission.",
    "",
    "Reach her at a.lund@steppe.example or 555-0147-22",
  );

  it("dates the page by its programme and keeps the notes out of the text", () => {
    expect(article.meta.published).toBe("2021-05-04");
    expect(article.passages.map((p) => p.text).join(" ")).not.toMatch(/covered by|Reprints|Reach her/);
  });
});
