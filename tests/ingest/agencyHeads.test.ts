// The heads of agency and digest pages met on first contact: a masthead that says what it is in
// lower case, a labelled byline, a place-and-time line, a section after the masthead's dash, a date
// between dashes after a dateline's credit, a "Compiled by" credit. Articles of our own.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

const meta = (text: string, file = "head.txt") => parseArticle({ file, text }).meta;
const BODY = "The ministry said on Thursday that fighting had continued along the whole front line overnight and that two villages were shelled.";

describe("an agency's masthead described in lower case", () => {
  it("is the outlet, and the headline under the dateline is the title", () => {
    const m = meta(
      `KHAZAR INFORM news agency\nEnglish service / Bulletin No. 12\n\nBAKU, 4 May 1994. /KHAZAR INFORM/\n\nTALKS ON A CEASEFIRE OPEN IN BISHKEK\n\n${BODY}\n`,
    );
    expect(m.title).toBe("TALKS ON A CEASEFIRE OPEN IN BISHKEK");
    expect(m.outlet?.toLowerCase()).toBe("khazar inform");
    expect(m.published).toBe("1994-05-04");
  });
});

describe("a labelled byline", () => {
  it("is no title", () => {
    const m = meta(
      `CASPIAN DAILY - Baku\nRegion | 15 September 2022, 19:10\nAuthor: Leyla Mammadova\n\nBoth sides report losses after two days of border fighting\n\n${BODY}\n`,
    );
    expect(m.title).toBe("Both sides report losses after two days of border fighting");
    expect(m.published).toBe("2022-09-15");
  });
});

describe("a digest's head", () => {
  it("reads a place-and-time line as the date, and drops the section after the masthead's dash", () => {
    const m = meta(
      `EURASIA WIRE DIGEST -- DEFENCE BULLETINS\nBaku/Ganja, 9 October 2020, 22:10 local\n\nDay 13 bulletin: shelling of Ganja and Tartar\n\n${BODY}\n`,
    );
    expect(m.title).toBe("Day 13 bulletin: shelling of Ganja and Tartar");
    expect(m.outlet).toBe("Eurasia Wire Digest");
    expect(m.published).toBe("2020-10-09");
  });
});

describe("a dateline's credit followed by a date between dashes", () => {
  it("gives the date", () => {
    const m = meta(
      `Helicopter downed near Shusha\n\nBAKU, Azerbaijan (Caspian Press Service) -- 28 January 1992 -- A helicopter carrying civilians was shot down, officials said.\n\n${BODY}\n`,
    );
    expect(m.published).toBe("1992-01-28");
    expect(m.outlet).toBe("Caspian Press Service");
  });
});

describe("a wire's story slug above the headline", () => {
  it("is no title", () => {
    const m = meta(`BORDER-CLASHES/ (UPDATE 2)\nTwo soldiers killed on the border, each side blames the other\n\nBy Ani Petrosyan\n\n${BODY}\n`);
    expect(m.title).toBe("Two soldiers killed on the border, each side blames the other");
  });
});

describe("a sitting's day in the page's section line", () => {
  it("gives way to the page's own publication date", () => {
    const m = meta(
      `## Parliament | Sitting of 11 May 2021\n\n# Deputies argue over the border\n\n**Lori Courier** · published 12 May 2021\n\n${BODY}\n`,
      "head.md",
    );
    expect(m.published).toBe("2021-05-12");
  });
});

describe("a wire's masthead block of one-line furniture over a headline standing on its own", () => {
  it("takes the headline under the block as the title, not a service line, a place or an update note", () => {
    const service = meta(
      `PACIFIC RELAY WIRE -- FOREIGN DESK\nCaucasus circuit / relayed agency copy\nTransmitted 4 May 1994 16:40\n\nCEASEFIRE TALKS OPEN IN BISHKEK\n\nBISHKEK, May 4 (PRW) -- ${BODY}\n`,
    );
    expect(service.title).toBe("CEASEFIRE TALKS OPEN IN BISHKEK");
    const place = meta(
      `ATOLL NEWS AGENCY (ANA) | WORLD SERVICE\nMajuro, Marshall Islands\n14.09.2022 | 21:48\n\nBorder fighting: dozens killed on both sides\n\nYEREVAN, Sep 13 (ANA) -- ${BODY}\n`,
    );
    expect(place.title).toBe("Border fighting: dozens killed on both sides");
    const update = meta(
      `GULF OF SIAM WIRE -- ENGLISH SERVICE\nBangkok, 13 November 2014 | 10:05\nUpdated with reactions from Moscow\n\nDefense Ministry: helicopter brought down near the front line\n\nBaku, 12 November, GSW. ${BODY}\n`,
    );
    expect(update.title).toBe("Defense Ministry: helicopter brought down near the front line");
  });
  it("keeps a headline printed in the masthead's block, over a block of date and byline", () => {
    const m = meta(
      `HIMALAYA TIMES / WORLD\nFour soldiers killed near the border\n\nPublished: 13 February 2024\nReporter: Anish Rai, with agency inputs\n\n${BODY}\n`,
    );
    expect(m.title).toBe("Four soldiers killed near the border");
  });
});

describe("a digest's contents under 'IN THIS DIGEST'", () => {
  it("is neither the outlet nor indexed", () => {
    const text = `LAGOON NEWS AGENCY -- CASTRIES\nCAUCASUS DIGEST  No. 12/40  --  Friday, 20 May 1994\n\nIN THIS DIGEST\n  1. Ceasefire holds for a week\n  2. Monitors named\n\n1. CEASEFIRE HOLDS FOR A WEEK\n\nBAKU, 20 May (LNA) -- ${BODY}\n`;
    const article = parseArticle({ file: "digest.txt", text });
    expect(article.meta.outlet ?? "").not.toMatch(/in this digest/i);
    expect(article.passages.map((p) => p.text).join(" ")).not.toContain("Monitors named");
  });
});
