// Reference pages put their own apparatus above and around the text: a releases site's town and strap under
// its masthead, a wiki's name with its motto and its tabs, a library's catalogue fields, and notes on how the
// page summarises another body's document. None of it is the headline or a passage.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers.ts";

const BODY = "The ministry said on Monday that two soldiers had been wounded near the border village overnight.";

describe("a releases site with its town and strap under the masthead", () => {
  const article = parse(
    "release.txt",
    "HARBOUR OPEN RECORDS",
    "Stornoway, Lewis | Papers released under the access-to-information law",
    "",
    "RELEASE 2022/004 | Published 3 March 2022",
    "Border incidents of January 2022: situation reports released in full",
    "",
    BODY,
  );

  it("takes the headline under the strap as the title and the masthead as the outlet", () => {
    expect(article.meta).toMatchObject({ title: "Border incidents of January 2022: situation reports released in full", outlet: "Harbour Open Records" });
  });

  it("reads a town with a joining word in its name the same way", () => {
    const other = parse(
      "monitor.txt",
      "LAKESIDE DOCUMENTS MONITOR",
      "Frankfurt am Main | Summaries of council documents for subscribers",
      "",
      "S/RES/1 (1993): A resolution on the valley",
      "",
      BODY,
    );
    expect(other.meta.title).toBe("S/RES/1 (1993): A resolution on the valley");
  });
});

describe("a wiki's talk page", () => {
  const article = parse(
    "talk.txt",
    "LAGOON WIKI, the free island encyclopedia",
    "Talk:Valley war/Casualties",
    "[ Article ] [ Talk ] [ Read ] [ Edit source ] [ View history ]      Search Lagoon Wiki",
    "",
    'This is the talk page for discussing improvements to the article "Valley war/Casualties".',
    "This article is subject to discretionary sanctions (Valley topic area).",
    "",
    "== Which figure? ==",
    "",
    BODY,
  );

  it("names the wiki from its masthead and takes the page's name as the title", () => {
    expect(article.meta).toMatchObject({ title: "Talk:Valley war/Casualties", outlet: "Lagoon Wiki" });
  });

  it("indexes neither the tabs nor the page's notices", () => {
    const all = texts(article).join("\n");
    expect(all).not.toContain("Edit source");
    expect(all).not.toContain("talk page for discussing");
    expect(all).not.toContain("discretionary sanctions");
    expect(texts(article)).toContain(BODY);
  });
});

describe("a library's catalogue record", () => {
  const article = parse(
    "record.md",
    "**ISLAND LIBRARY OF KERRERA** · Online catalogue (OPAC)",
    "[Simple search](#) | [Advanced search](#) | [My account](#)",
    "",
    "# The valley war: a field report",
    "",
    "| Field | Value |",
    "| --- | --- |",
    "| Title | The valley war: a field report |",
    "| Holdings | 1 copy, reading room (not for loan) |",
    "",
    "## Abstract",
    "",
    BODY,
    "",
    "## Subjects",
    "",
    "- Refugees -- Valley",
    "- Human rights -- Valley",
  );

  it("credits the library named beside its catalogue, not a subject heading", () => {
    expect(article.meta.outlet).toBe("Island Library of Kerrera");
    expect(article.meta.title).toBe("The valley war: a field report");
  });

  it("indexes the abstract but none of the record's fields", () => {
    const all = texts(article).join("\n");
    expect(all).not.toContain("not for loan");
    expect(all).not.toContain("| Title |");
    expect(texts(article)).toContain(BODY);
  });
});

describe("a monitor's notes on its own summary", () => {
  const article = parse(
    "summary.txt",
    "VALLEY DOCUMENTS MONITOR",
    "",
    "Summary prepared by the Monitor. Paragraph numbers follow the resolution; our comments appear in square brackets. This is not an official UN text.",
    "",
    "About this page. The Digest reproduces written questions and answers from the island's assembly, with a short context note.",
    "",
    BODY,
  );

  it("keeps the notes out of the passages", () => {
    const all = texts(article).join("\n");
    expect(all).not.toContain("prepared by the Monitor");
    expect(all).not.toContain("not an official UN text");
    expect(all).not.toContain("reproduces written questions");
    expect(texts(article)).toContain(BODY);
  });

  it("still knows the page only summarises another body's document", () => {
    expect(article.meta.genre).not.toBe("press-release");
  });
});

describe("a wiki talk page's posts", () => {
  const article = parse(
    "talk2.txt",
    "Talk:Valley war",
    "",
    "::Civilians: the ministry has so far reported 40 civilians killed. Should that go in a separate row? --Lindenbaum (talk) 10:58, 4 December 2020 (UTC)",
    "",
    ":::Separate row, please. --85.74.x.x (talk) 11:20, 4 December 2020 (UTC)",
  );

  it("keeps each post's words without its indent and its signature", () => {
    expect(texts(article)).toContain("Civilians: the ministry has so far reported 40 civilians killed. Should that go in a separate row?");
    expect(texts(article)).toContain("Separate row, please.");
    expect(texts(article).join("\n")).not.toContain("(talk)");
  });
});
