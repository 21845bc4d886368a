// Page structure of rarely met forms (issue 7, "Metadata from page structure"): a wire's version
// tag, a reference work's tagline, a legislative hearing's printed head, a time stamp with its zone
// in brackets, a ministry's own site, a Soviet paper's masthead and issue line, and a printed
// headline with a quoted lead-in. Every article is written for the test.
import { describe, expect, it } from "vitest";
import { readPageMetadata, splitTabTitle } from "../../src/adapters/html/pageMetadata.ts";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { parseHTML } from "linkedom";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "Shelling resumed near Tartar overnight, the district governor said.";

describe("a wire's version tag", () => {
  it.each([
    "UPDATE 2-Talks resume in Almaty as ceasefire holds",
    "REFILE-UPDATE 1-Talks resume in Almaty as ceasefire holds",
    "UPDATE 3 - Talks resume in Almaty as ceasefire holds",
  ])("is no part of the title in %j", (headline) => {
    const article = parse("wire.txt", "KURA WIRE SERVICE", headline, "", `ALMATY, March 4 (KWS) - ${NEWS}`);
    expect(article.meta.title).toBe("Talks resume in Almaty as ceasefire holds");
  });

  it("keeps a headline that only starts with the word", () => {
    expect(parse("u.txt", "Update on the talks: Baku says border calm", "", NEWS).meta.title).toBe("Update on the talks: Baku says border calm");
  });
});

describe("a reference work's tagline", () => {
  const page = parse("wiki.md", "# Siege of Tovuz (1992)", "", "*From Araz Wiki, the free encyclopedia of the South Caucasus*", "", NEWS);

  it("is furniture and names the outlet", () => {
    expect(texts(page).join("\n")).not.toMatch(/free encyclopedia/);
    expect(page.meta.outlet).toBe("Araz Wiki");
    expect(page.meta.title).toBe("Siege of Tovuz (1992)");
  });
});

describe("a hearing's printed head", () => {
  const head = [
    "            SECURITY ON THE ARMENIA-AZERBAIJAN BORDER",
    "",
    "                          HEARING",
    "                         BEFORE THE",
    "             COMMITTEE ON FOREIGN RELATIONS",
    "                   UNITED STATES SENATE",
    "",
    "               ONE HUNDRED SEVENTEENTH CONGRESS",
    "                      SECOND SESSION",
    "",
    "                     OCTOBER 4, 2022",
    "",
    "                    Serial No. 117-40",
    "",
  ];
  const body = ["    The CHAIRMAN. The committee will come to order. Shelling resumed near Jermuk last month, the department said.", ""];

  it("takes the hearing's name as the title and drops the committee lines", () => {
    const article = parse("hearing.txt", ...head, ...body, "    [Excerpt ends. The rest of the record is not reproduced.]");
    expect(article.meta.title).toBe("Security on the Armenia-Azerbaijan Border");
    expect(article.meta.published).toBe("2022-10-04");
    expect(texts(article).join("\n")).not.toMatch(/BEFORE THE|SECOND SESSION|Serial No|Excerpt ends/);
    expect(bodyTexts(article)[0]).toMatch(/^The CHAIRMAN\./);
  });

  it("names the digest that prepared the excerpt as the outlet, else the committee", () => {
    const note = ["    [Excerpt. Prepared by the Ridge Hearings Review from the", "     printed record.]", ""];
    expect(parse("digest.txt", ...head, ...note, ...body).meta.outlet).toBe("Ridge Hearings Review");
    expect(parse("bare.txt", ...head, ...body).meta.outlet).toBe("Committee on Foreign Relations");
  });

  it("leaves a story about a hearing alone", () => {
    const article = parse("story.txt", "Senators question envoy on Karabakh", "", "HEARING", "", NEWS);
    expect(article.meta.title).toBe("Senators question envoy on Karabakh");
  });
});

describe("a time stamp with its zone in brackets", () => {
  it.each(["Monday 28 September 2020, 09:40 (Yerevan/Baku time, GMT+4)", "28 September 2020, 09:40 (local time)"])("is a date line: %j", (line) => {
    expect(readMetadataLine(line)?.date?.iso).toBe("2020-09-28");
    const article = parse("posts.txt", "ARAZ MONITOR", line, "", '"We are holding the line": the second day, post by post', "", NEWS);
    expect(article.meta.title).toBe('"We are holding the line": the second day, post by post');
    expect(article.meta.published).toBe("2020-09-28");
  });

  it("keeps a sentence that names a time", () => {
    expect(readMetadataLine("The talks began at 10:00 (Moscow time)")).toBeNull();
  });
});

describe("a ministry's own site", () => {
  it("takes its banner for furniture naming the outlet, and drops the print link", () => {
    const article = parse(
      "mfa.md",
      "Official website of the Ministry of Foreign Affairs of the Republic of Ruritania",
      "",
      "# Statement on the border incident",
      "",
      NEWS,
      "",
      "Print version",
    );
    expect(article.meta.outlet).toBe("Ministry of Foreign Affairs of the Republic of Ruritania");
    expect(texts(article)).toEqual(["Statement on the border incident", NEWS]);
  });

  it("keeps news about a website", () => {
    expect(isBoilerplate("Official website of the ministry was hacked on Monday.")).toBe(false);
  });
});

describe("a Soviet paper's masthead", () => {
  const paper = parse(
    "soviet.txt",
    "KOMMUNIST SHIRAKA",
    "Organ of the Leninakan city committee of the Communist Party of Armenia",
    "No. 41 (9,874) - Tuesday, 1 March 1988 - Price 2 kopecks",
    "",
    "PROLETARIANS OF ALL COUNTRIES, UNITE!",
    "",
    "FOR CALM AND ORDER",
    "",
    "The city committee said on Monday that the situation in Leninakan remained calm and that factories worked normally.",
  );

  it("drops the slogan, the organ line and the issue line", () => {
    expect(texts(paper).join("\n")).not.toMatch(/UNITE|Organ of|kopecks/);
  });

  it("reads the date from the issue line and takes the headline below as the title", () => {
    expect(paper.meta.published).toBe("1988-03-01");
    expect(paper.meta.title).toBe("FOR CALM AND ORDER");
    expect(paper.meta.outlet).toBe("Kommunist Shiraka");
  });

  it("keeps news that names an organ", () => {
    expect(isBoilerplate("Organ donations rose in Yerevan last year, the ministry said.")).toBe(false);
  });
});

describe("a printed headline with a quoted lead-in", () => {
  const h1 = '"The windows just flew in": Chambarak counts the damage';
  it("is the title over a tab title cut from it", () => {
    expect(splitTabTitle("Chambarak counts the damage after a night of shelling | Sevan Courier", h1)).toEqual({ title: h1, site: "Sevan Courier" });
  });

  it("is the title over a share title without its quotation", () => {
    const { document } = parseHTML(
      `<html><head><meta property="og:title" content="Chambarak counts the damage after a night of shelling"></head><body><main><h1>${h1}</h1><p>${NEWS}</p></main></body></html>`,
    );
    expect(readPageMetadata(document, null).title).toBe(h1);
  });

  it("is the title over a tab title recast in other words: the reader reads the printed headline", () => {
    expect(splitTabTitle("Ceasefire holds on the border | Sevan Courier", h1)).toEqual({ title: h1, site: "Sevan Courier" });
  });
});

describe("a live page whose printed headline carries the live label too", () => {
  it("takes the printed headline over the tab's recast one", () => {
    const h1 = 'Live: Azerbaijan launches "anti-terrorist measures" in Nagorno-Karabakh';
    expect(splitTabTitle("Live: Azerbaijan launches offensive in Nagorno-Karabakh – 19 September | South Caucasus Wire", h1)?.title).toBe(h1);
  });

  it("but a panel's heading under a live tab is not the headline", () => {
    expect(splitTabTitle("LIVE: Ganja shelled again | Caspian Wire", "Our reporters on the ground")?.title).toBe("LIVE: Ganja shelled again");
  });
});

describe("a tab title whose site name follows a guillemet", () => {
  it("gives the headline and the site apart, as with a bar or a dash", () => {
    expect(splitTabTitle("The president addressed the nation » Official web-site of President of Azerbaijan Republic", null)).toEqual({
      title: "The president addressed the nation",
      site: "Official web-site of President of Azerbaijan Republic",
    });
  });
});
