// Reference and data pages met on first contact (issue 7): a fact sheet's series number over its
// title, a letterhead's postal address, a "Last reviewed" date, and a timeline whose short rows are
// sentences, never date strips. Pages written for this test.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { parse, texts } from "./helpers.ts";

describe("a fact sheet's head", () => {
  const sheet = parse(
    "sheet.txt",
    "MINEFREE TRUST · FONDATION SANS MINES",
    "Avenue de la Paix 9 · 1202 Geneva · Switzerland",
    "",
    "FACT SHEET 7/2023",
    "MINES IN THE DISTRICTS AROUND KARABAKH",
    "Issued 12 May 2023",
    "",
    "Azerbaijan's mine action agency said its teams had cleared 2,000 hectares in April.",
  );

  it("takes the title under the series number, and drops the postal address", () => {
    expect(sheet.meta.title).toBe("MINES IN THE DISTRICTS AROUND KARABAKH");
    expect(sheet.meta.published).toBe("2023-05-12");
    expect(texts(sheet).join("\n")).not.toMatch(/Avenue de la Paix|FACT SHEET/);
  });

  it("reads a series and its number as no title, a dated bulletin line still for its date", () => {
    expect(readMetadataLine("Policy Brief No. 12")).toEqual({ date: null, outlet: null, url: null });
    expect(readMetadataLine("Evening bulletin No. 4 -- Monday, 12 February 1990")?.date?.iso).toBe("1990-02-12");
    expect(isBoilerplate("Hauptstrasse 5 | 8001 Zürich | Switzerland")).toBe(true);
    expect(isBoilerplate("In 1994 Bishkek hosted the talks · the ceasefire followed")).toBe(false);
  });
});

describe("a reference page's review date", () => {
  it("dates the page by 'Last reviewed' when it prints no other date", () => {
    expect(readMetadataLine("Last reviewed 6 May 2024")?.date?.iso).toBe("2024-05-06");
  });
});

describe("a timeline table", () => {
  it("keeps a short row whose cell is a sentence as text, never a date strip", () => {
    const timeline = parse(
      "t.md",
      "# Timeline of the blockade",
      "",
      "The main events, compiled from agency reports.",
      "",
      "| Date | Event |",
      "|---|---|",
      "| 12 Dec 2022 | Protesters block the road near Shusha. |",
      "| 15 Dec 2022 | Armenia's foreign ministry calls the protest a provocation. |",
    );
    expect(texts(timeline).join("\n")).toContain("Armenia's foreign ministry calls the protest a provocation.");
    expect(texts(timeline).join("\n")).toContain("Protesters block the road near Shusha.");
  });
});

describe("a culture page's link strips", () => {
  it("drops a share strip ending in 'Email this story' and a section's 'Also in …:' links", () => {
    expect(isBoilerplate("Share: Facebook | WhatsApp | Email this story")).toBe(true);
    expect(isBoilerplate("Also in Arts & Faith: Choir tours the south | Museum reopens its icon room")).toBe(true);
    expect(isBoilerplate("Also in Baku, the ministry said five soldiers were killed.")).toBe(false);
  });
});
