// A newsletter's issue strip under its masthead ("Issue 7/2019 -- Border & Trade") is no headline.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

const read = (...lines: string[]) => parseArticle({ file: "n.txt", text: lines.join("\n") });

describe("an issue strip under a newsletter's masthead", () => {
  const article = read(
    "CAUCASUS FREIGHT LETTER",
    "Issue 7/2019 -- Border & Trade",
    "",
    "Lorry queues grow at the Sadakhlo crossing",
    "",
    "Posted 3 April 2019 by Nino Beridze, Tbilisi",
    "",
    "Drivers waited up to two days at the crossing this week, the customs service said.",
  );

  it("takes the headline under it as the title, and keeps the strip out of the passages", () => {
    expect(article.meta.title).toBe("Lorry queues grow at the Sadakhlo crossing");
    expect(article.passages.map((p) => p.text).join(" ")).not.toContain("Issue 7/2019");
  });

  it("still reads a headline that merely starts with a number word as a headline", () => {
    expect(read("Number of refugees tops 100,000", "", "More than 100,000 people have crossed, the government said.").meta.title).toBe(
      "Number of refugees tops 100,000",
    );
  });
});

describe("a date with the same day in another calendar", () => {
  it("reads 'Wednesday, 7 October 2020 (16 Mehr 1399)' as 7 October 2020", () => {
    const article = read(
      "ARAS VALLEY NEWS",
      "",
      "Shells fall near the river",
      "",
      "Wednesday, 7 October 2020 (16 Mehr 1399)",
      "",
      "Three shells fell near the river on Wednesday, the governor said.",
    );
    expect(article.meta.published).toBe("2020-10-07");
  });
});

describe("a byline with no 'By'", () => {
  it("reads 'Name | Outlet | date' as the reporter, the outlet and the date", () => {
    const article = read(
      "Border match postponed",
      "",
      "Ingrid Dahl | Fjord Sport Weekly | 12 March 2021, 18:40",
      "",
      "The match was postponed after the clashes, the federation said.",
    );
    expect(article.meta.outlet).toBe("Fjord Sport Weekly");
    expect(article.meta.published).toBe("2021-03-12");
  });
});

describe("a small paper's head and foot", () => {
  const article = read(
    "KAPAN COURIER — regional weekly of Kapan and Meghri",
    "No. 14 (903), Saturday 9 April 2016",
    "From our correspondent in Meghri, by telephone",
    "",
    "== SHELLS FALL NEAR THE RIVER ==",
    "",
    "Two shells fell near the river on Friday, the village head said. Nobody was hurt.",
    "",
    "Also in this issue: the new school opens in Agarak",
    "Reprint only with reference to the paper",
  );

  it("takes the paper's name without its description as the outlet, and the heading between equals signs as the title", () => {
    expect(article.meta.outlet).toBe("Kapan Courier");
    expect(article.meta.title).toBe("SHELLS FALL NEAR THE RIVER");
  });

  it("keeps the correspondent's credit, the contents line and the reprint notice out of the passages", () => {
    const text = article.passages.map((p) => p.text).join(" ");
    expect(text).not.toContain("From our correspondent");
    expect(text).not.toContain("Also in this issue");
    expect(text).not.toContain("Reprint only");
    expect(text).toContain("Two shells fell near the river");
  });
});

describe("a region and a section above the date line", () => {
  it("is no title: 'Syunik | Border villages' under the masthead gives way to the headline", () => {
    const article = read(
      "ARAS VALLEY NEWS — English Service",
      "Syunik | Border villages",
      "Monday, 5 October 2020",
      "",
      "Shells fall on two villages near Kajaran",
      "",
      "Two shells fell near Kajaran on Monday, the governor said.",
    );
    expect(article.meta.title).toBe("Shells fall on two villages near Kajaran");
  });
});

describe("a Markdown newsletter whose first heading is its masthead", () => {
  const article = parseArticle({
    file: "w.md",
    text: [
      "# Riverline Caucasus — Water & Power Weekly",
      "",
      "**Issue 2022/07 · Friday 11 February 2022 · Basin Watch**",
      "",
      "---",
      "",
      "## Reservoir levels fall as talks stall",
      "",
      "The reservoir fell to its lowest level in a decade, the ministry said on Thursday.",
    ].join("\n"),
  });

  it("takes the next heading as the title and the masthead's name as the outlet", () => {
    expect(article.meta.title).toBe("Reservoir levels fall as talks stall");
    expect(article.meta.outlet).toBe("Riverline Caucasus");
  });

  it("reads the date from the issue's strip of number, date and section", () => {
    expect(article.meta.published).toBe("2022-02-11");
  });

  it("keeps a first heading that is a headline with a dash as the title", () => {
    const plain = parseArticle({
      file: "h.md",
      text: "# Talks stall — ministry says review is weekly\n\n## Background\n\nThe ministry said the review would continue.\n",
    });
    expect(plain.meta.title).toBe("Talks stall — ministry says review is weekly");
  });
});

describe("a newsletter item's number before its headline", () => {
  it("is no part of the title", () => {
    const article = read("1. Armenia: Metsamor unit back on the grid", "", "The reactor was restarted on Sunday, officials said.");
    expect(article.meta.title).toBe("Armenia: Metsamor unit back on the grid");
  });
});
