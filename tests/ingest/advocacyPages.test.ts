// Page heads met when faith, diaspora and review pages were read for the first time, with lines written for this test.
import { describe, expect, it } from "vitest";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { bodyTexts, parse } from "./helpers.ts";

describe("a publication's line with its bureau and the date", () => {
  it("names the publication, whatever its last word", () => {
    expect(readMetadataLine("**Caspian Faith Report** | Tbilisi bureau | 16 October 2020")).toMatchObject({
      outlet: "Caspian Faith Report",
      date: { iso: "2020-10-16" },
    });
  });

  it("never takes a byline for the publication", () => {
    expect(readMetadataLine("By Anna Smith | Tbilisi bureau | 16 October 2020")?.outlet ?? null).toBeNull();
  });

  it("lets the closing line that describes the publication go as furniture", () => {
    const article = parse(
      "faith.md",
      "# Clerics meet in Tbilisi",
      "",
      "**Caspian Faith Report** | Tbilisi bureau | 16 October 2020",
      "",
      "The heads of the two churches met on Friday and called for the release of prisoners, a spokesman said.",
      "",
      "---",
      "",
      "*Caspian Faith Report covers religion and public life from the Balkans to Central Asia. Republication requires written permission.*",
    );
    expect(article.meta.outlet).toBe("Caspian Faith Report");
    expect(bodyTexts(article).join("\n")).not.toContain("Republication");
  });
});

describe("a wire's masthead line under the headline", () => {
  it("names the wire, with or without its own initials in brackets", () => {
    const article = parse(
      "wire.txt",
      "Clerics meet in Moscow, agree text but not the past",
      "Baltic Wire Service (BWS)",
      "MOSCOW, Sept 9, 2017 (BWS) --",
      "",
      "The heads of the two churches met in Moscow on Friday and signed a joint statement, their offices said.",
    );
    expect(article.meta.outlet).toBe("Baltic Wire Service");
  });

  it("leaves initials that are not the name's own on the line", async () => {
    const { mastheadOutlet } = await import("../../src/core/ingest/metadata.ts");
    expect(mastheadOutlet("Caucasus Ledger (XYZ)")).toBeNull();
    expect(mastheadOutlet("Press Service")).toBeNull();
  });
});

describe("a books page's strip and its shop note", () => {
  const article = parse(
    "books.md",
    "# Books of the year: our critics' choices",
    "",
    "*The Quiet Shelf* · Friday 13 December 2019 · Compiled by the books desk",
    "",
    "A study of the war over Karabakh argues that both capitals missed chances for peace, its author says.",
    "",
    "---",
    "",
    "*All books in this list are available from our online shop. Prices and availability may vary. The Quiet Shelf earns a small commission on purchases made through links on this page.*",
  );

  it("names the publication from its strip with a desk's credit", () => {
    expect(article.meta.outlet).toBe("The Quiet Shelf");
  });

  it("keeps the shop's note out of the text", () => {
    expect(bodyTexts(article).join("\n")).not.toContain("commission");
  });

  it("keeps a sentence about a commission's findings", () => {
    const news = parse(
      "n.txt",
      "Inquiry",
      "World Desk",
      "12 March 2024",
      "",
      "The commission said the purchases of arms had been made through links to a Baku bank.",
    );
    expect(bodyTexts(news).join("\n")).toContain("The commission said");
  });
});

describe("a paper's closing line with its tagline and a link to its section", () => {
  const article = parse(
    "tagline.md",
    "# Helicopter shot down near the border",
    "",
    "The defence ministry said two airmen were killed when the helicopter was hit on Monday.",
    "",
    "---",
    "",
    "*The Volta Ledger — independent news from Ghana and the world. Read more world news at voltaledger.com.gh/world*",
  );

  it("keeps both out of the text", () => {
    const text = bodyTexts(article).join("\n");
    expect(text).not.toContain("independent news from");
    expect(text).not.toContain("Read more world news");
  });

  it("keeps a sentence that reads more into the news", () => {
    const news = parse(
      "n.txt",
      "Talks",
      "World Desk",
      "12 March 2024",
      "",
      "Read more into the ministry's statement and the talks look stalled, analysts at the institute said.",
    );
    expect(bodyTexts(news).join("\n")).toContain("Read more into");
  });
});
