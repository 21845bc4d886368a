// Page heads and furniture met on first contact with blind74/76 (first-person dispatches, disputes
// inside a camp), on articles written for this test: a strip of outlet, place, date and byline parted
// by dashes, a newsletter named "Letter", a transcript's notice, a paper's press-council line.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers.ts";

const BODY =
  "Azerbaijan's defence ministry said on Thursday that three of its soldiers had been wounded, and Armenia's defence ministry said the shelling had come from the other side.";

describe("a strip of outlet, place, date and byline parted by dashes", () => {
  it("gives the outlet and the date", () => {
    const article = parse(
      "strip.md",
      "# Shelling resumes on the border",
      "",
      "*Caucasus & Caspian Review — Goris, 3 March 2021 — by Lena Arakelyan*",
      "",
      BODY,
    );
    expect(article.meta.outlet).toBe("Caucasus & Caspian Review");
    expect(article.meta.published).toBe("2021-03-03");
  });
});

describe("a newsletter named a Letter", () => {
  it("is the outlet of its masthead strip", () => {
    const article = parse("letter.md", "# Shelling resumes on the border", "", "**Steppe Letter** | Almaty bureau | May 2, 1994", "", BODY);
    expect(article.meta.outlet).toBe("Steppe Letter");
  });
});

describe("notices printed with every story", () => {
  it("are never indexed", () => {
    const article = parse(
      "notices.txt",
      "Shelling resumes on the border",
      "",
      BODY,
      "",
      "[This transcript was produced from the broadcast audio and may contain errors. Please check against the recording before quoting.]",
      "",
      "The Lakeside Courier is a member of the Independent Press Standards Organisation. Read our corrections policy.",
      "",
      "Reporting contributed by the Lakeside Courier's Gyumri stringer. Photographs by the author.",
    );
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("three of its soldiers had been wounded");
    for (const notice of ["This transcript was produced", "Independent Press Standards", "Reporting contributed by"]) expect(indexed).not.toContain(notice);
  });
});

describe("a caption sheet", () => {
  it("keeps a long caption that reports what someone said, with its credit, and drops a caption that only labels a picture", () => {
    const article = parse(
      "captions.txt",
      "Exodus: caption sheet, Goris, 27 September 2023",
      "",
      "GORIS - 27 SEPTEMBER 2023: Volunteers hand out bread at the theatre. The town's mayor said 4,000 people had registered overnight. (Photo: Ani Sargsyan / Lakeside Pictures)",
      "",
      "Smoke over the hills above the town on Wednesday. (Photo: Ani Sargsyan / Lakeside Pictures)",
      "",
      BODY,
    );
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("4,000 people had registered overnight");
    expect(indexed).not.toContain("Smoke over the hills");
  });
});

describe("an alert's day and hour before its text", () => {
  it("is an item, not a strip of related headlines", () => {
    const article = parse("alerts.md", "# Alerts archive", "", '**Sat 10 Oct · 09:20** Baku rejects the Armenian accusation as a "provocation"', "", BODY);
    expect(texts(article).join("\n")).toContain("Baku rejects the Armenian accusation");
  });
});
