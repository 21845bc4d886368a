// Page heads met on first contact with legal desks, community bulletins and forums: a desk's label
// strip of two topics joined by "&" over the headline, a line saying only what kind of publication the
// page is and its language edition, an edition beside a masthead's tagline, and a forum topic's read
// counter. Every page is written for the test.
import { describe, expect, it } from "vitest";
import { PAGE_HEAD } from "../../src/core/ingest/pageHeadCues.ts";
import { parse, texts } from "./helpers.ts";

describe("a desk's label strip under the masthead", () => {
  it.each([["Media & Courts | Appeals desk"], ["Constitutional law | Notes & Queries"], ["Rights & Remedies | Case file"]])(
    "takes %j for a label, not the headline between the rules below it",
    (label) => {
      const article = parse(
        "desk.txt",
        "VALLETTA LAW REVIEW",
        label,
        "Tuesday, 3 March 2015",
        "",
        "==============================================",
        "Appeal judges hear the Lachin property case again",
        "==============================================",
        "",
        "The court said on Monday that the hearing would resume in May, and both governments were asked for written answers.",
      );
      expect(article.meta.title).toBe("Appeal judges hear the Lachin property case again");
      expect(article.meta.outlet).toBe("Valletta Law Review");
      expect(texts(article)).not.toContain(label);
    },
  );

  it("still takes a bar in the headline itself for the headline", () => {
    const article = parse(
      "bar.txt",
      "Shelling near Tovuz | Both sides trade blame",
      "",
      "The ministry said on Sunday that two of its soldiers had been wounded near Tovuz, and the other side denied firing first.",
    );
    expect(article.meta.title).toBe("Shelling near Tovuz | Both sides trade blame");
  });
});

describe("a line saying what kind of publication the page is", () => {
  it("is a label under the publisher's name, and the headline below it is the title", () => {
    const article = parse(
      "bulletin.txt",
      "ASOCIACION CULTURAL ARMENIA DE CORDOBA",
      "Boletin informativo / Monthly bulletin -- English edition for our young readers",
      "Issue No. 88 -- 4 May 2021",
      "===============================================",
      "",
      "The road to Stepanakert, explained for our youth",
      "",
      "The committee said this month that it would send a second parcel of school books to the families who asked for them.",
    );
    expect(article.meta.title).toBe("The road to Stepanakert, explained for our youth");
    expect(texts(article).join("\n")).not.toContain("Monthly bulletin");
  });

  it.each(["English translations", "English edition for our young members", "In English"])("reads %j as an edition", (part) => {
    expect(PAGE_HEAD.editionPart.test(part)).toBe(true);
  });

  it.each(["English translations of the decree were published", "English edition for the troops was banned"])("does not read %j as one", (line) => {
    expect(PAGE_HEAD.editionPart.test(line)).toBe(false);
  });

  it("drops an edition beside a masthead and its tagline, and the masthead names the outlet", () => {
    const article = parse(
      "weekly.md",
      "**NOR ODESA** · weekly of the Armenian community of Odesa · English translations",
      "",
      "# Families from Goris wait for news of the detained",
      "",
      "The community council said on Friday that it had written to the foreign ministry about the detained men.",
    );
    expect(article.meta.title).toBe("Families from Goris wait for news of the detained");
    expect(article.meta.outlet).toBe("Nor Odesa");
    expect(texts(article).join("\n")).not.toContain("English translations");
  });
});

describe("a forum topic's read counter", () => {
  it("is no part of the topic's title", () => {
    const article = parse(
      "forum.txt",
      "BalticDefence.lv  >  World Conflicts  >  Caucasus",
      "",
      "Topic: Drones over Tavush? (photos + MoD statement)   (Read 2,905 times)",
      "",
      "#1  kurzeme_watch  |  Member  |  Posts: 310",
      "",
      "The Armenian defence ministry said this morning that two drones had been shot down over Tavush.",
    );
    expect(article.meta.title).toBe("Drones over Tavush? (photos + MoD statement)");
  });
});
