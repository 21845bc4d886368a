// Official documents as archives, ministries, missions and assemblies put them on their pages: who
// published the page is printed beside the title or in the page's markup, the date in a field table
// or a Dublin Core tag, and the archive's own notes and links are no part of the document.
import { describe, expect, it } from "vitest";
import { htmlArticleText } from "../../src/adapters/html/articleText.ts";
import { readHtmlPage } from "../../src/adapters/html/readHtmlPage.ts";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { metadataDate, readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { parse, texts } from "./helpers.ts";

const OPERATIVE = "The council resolves that the water of the upper reservoir shall be shared between the two districts in equal parts.";
const SECOND = "The district administrations shall report to the council on the sharing every three months, beginning in the spring.";

describe("an archive's page of a translated document", () => {
  const article = parse(
    "archive.txt",
    "Resolution on the Sharing of the Upper Reservoir",
    "Riverside Papers Collection | Series: Acts of district councils, 1990-1993",
    "Document date: 4 March 1992 | Place: Lowtown",
    "",
    OPERATIVE,
    "",
    SECOND,
    "",
    "Riverside Papers Collection - unofficial translations for research use only. Report a translation error | Browse the 1992 series | Terms of use",
  );

  it("credits the archive named beside its catalogue series as the outlet", () => {
    expect(article.meta).toMatchObject({
      title: "Resolution on the Sharing of the Upper Reservoir",
      outlet: "Riverside Papers Collection",
      published: "1992-03-04",
    });
  });

  it("indexes neither the catalogue line nor the archive's terms and links", () => {
    const all = texts(article).join("\n");
    expect(all).not.toContain("Series:");
    expect(all).not.toContain("research use only");
    expect(all).not.toContain("Report a translation error");
    expect(texts(article)).toContain(OPERATIVE);
  });

  it("keeps a sentence that reports someone's limit on use", () => {
    expect(isBoilerplate("The ministry said the maps were handed over for research use only.")).toBe(false);
  });
});

describe("a ministry's page with its press office under the title", () => {
  it("credits the ministry, not its office, and keeps the office line out of the text", () => {
    const article = parse(
      "answer.txt",
      "Comment of the Spokesperson of the Ministry of Foreign Affairs of the Republic of Freedonia on the border talks",
      "Ministry of Foreign Affairs of the Republic of Freedonia - Press Service Department",
      "No:012/19 | 6 May 2019, 17:20",
      "",
      OPERATIVE,
    );
    expect(article.meta.outlet).toBe("Ministry of Foreign Affairs of the Republic of Freedonia");
    expect(texts(article).join("\n")).not.toContain("Press Service Department");
  });

  it("credits the body named on the line above its press service's line", () => {
    const report = parse(
      "report.txt",
      "Weekly report on the clearance of the upper reservoir's banks",
      "Water Safety Agency of the Republic of Freedonia (WSAF)",
      "Press service",
      "Lowtown, 6 May 2019",
      "",
      OPERATIVE,
    );
    expect(report.meta).toMatchObject({
      title: "Weekly report on the clearance of the upper reservoir's banks",
      outlet: "Water Safety Agency of the Republic of Freedonia (WSAF)",
    });
    expect(texts(report).join("\n")).not.toContain("Press service");
  });

  it("does not take a department line whose first part names no body", () => {
    expect(readMetadataLine("Lowtown weather - Press Service Department")?.outlet ?? null).toBeNull();
  });
});

describe("a UN document's running head", () => {
  it("names the United Nations, not the document's symbol, when a bar parts them", () => {
    expect(readMetadataLine("United Nations | A/74/612-S/2019/950")?.outlet).toBe("United Nations");
  });
});

describe("a cable's field table", () => {
  const cable = parse(
    "cable.md",
    "## BORDER TALKS RESUME",
    "",
    "| Date: | 2007 March 9, 08:15 (Friday) | Canonical ID: | 07LOWTOWN0212_a |",
    "",
    "| From: | Embassy Lowtown | To: | Secretary of State |",
    "",
    "1. (C) The deputy minister told the ambassador that the talks on the reservoir would resume next week.",
  );

  it("dates the cable by its date field, written year first", () => {
    expect(cable.meta.published).toBe("2007-03-09");
    expect(metadataDate("2007 March 9, 08:15 (Friday)")).toBe("2007-03-09");
  });

  it("drops the field rows but keeps a table row of figures", () => {
    expect(texts(cable).join("\n")).not.toContain("Canonical ID");
    expect(texts(cable).join("\n")).not.toContain("Secretary of State");
    expect(readMetadataLine("| Lowtown: | 12 wounded | Hightown: | 3 wounded |")).toBeNull();
  });

  it("keeps the cable's routing line as a heading of the record, which no one says", () => {
    const routed = parse(
      "routed.md",
      "## BORDER TALKS RESUME",
      "",
      "| From: | Embassy Lowtown | To: | Secretary of State |",
      "",
      "The embassy's staff met the deputy minister twice in the week before the talks on the reservoir.",
      "",
      "C O N F I D E N T I A L SECTION 01 OF 02 LOWTOWN 000212",
      "",
      "1. (C) The deputy minister told the ambassador that the talks on the reservoir would resume next week.",
    );
    const routing = routed.passages.find((p) => p.text.startsWith("C O N F"));
    expect(routing?.heading).toBe(true);
  });

  it("reads a subject in capitals wrapped onto a second line as one title", () => {
    const wrapped = parse(
      "wrapped.txt",
      "SIPDIS",
      "",
      "E.O. 12958: DECL: 03/05/2017",
      "SUBJECT: LOWTOWN AND HIGHTOWN TRADE BLAME OVER THE",
      'RESERVOIR CLOSURE; MINISTRY CALLS TALKS "USELESS"',
      "",
      "REF: LOWTOWN 000101",
      "",
      "1. (C) The deputy minister told the ambassador that the talks on the reservoir would resume next week.",
    );
    expect(wrapped.meta.title).toBe('LOWTOWN AND HIGHTOWN TRADE BLAME OVER THE RESERVOIR CLOSURE; MINISTRY CALLS TALKS "USELESS"');
    expect(texts(wrapped).filter((t) => t.startsWith("RESERVOIR CLOSURE"))).toEqual([]);
  });

  it("drops the archive's note that the record is an extract", () => {
    expect(isBoilerplate("This record is a partial extract of the original telegram.")).toBe(true);
    expect(isBoilerplate("The full text of the original document is not available.")).toBe(true);
  });
});

describe("a decree under an information centre's strip", () => {
  const decree = parse(
    "decree.md",
    "# Decree of the President of the Republic of Freedonia",
    "",
    "**Freedonia State Information Center** · Official documents · 02.03.2019, 09:10",
    "",
    "## DECREE OF THE PRESIDENT OF THE REPUBLIC OF FREEDONIA ON THE RESERVOIR",
    "",
    OPERATIVE,
  );

  it("keeps the decree's heading as the title rather than taking it for a masthead", () => {
    expect(decree.meta.title).toBe("Decree of the President of the Republic of Freedonia");
  });

  it("credits the information centre the strip names", () => {
    expect(decree.meta).toMatchObject({ outlet: "Freedonia State Information Center", published: "2019-03-02" });
  });
});

describe("an assembly's resolution copied as text", () => {
  it("is dated by its note on the day the text was adopted", () => {
    const resolution = parse(
      "resolution.txt",
      "Sharing of the upper reservoir",
      "",
      "Resolution 101 (2019)",
      "",
      "Assembly debate on 25 June 2019 (20th sitting) (see Doc. 1234, report of the Committee on Water). Text adopted by the Assembly on 25 June 2019 (20th sitting).",
      "",
      OPERATIVE,
    );
    expect(resolution.meta.published).toBe("2019-06-25");
  });

  it("does not date a page by an adoption the text itself recalls", () => {
    const recalled = parse(
      "recalled.txt",
      "Sharing of the upper reservoir",
      "",
      `The Assembly recalls the text adopted by the Assembly on 3 May 2018. ${OPERATIVE}`,
    );
    expect(recalled.meta.published).toBeNull();
  });
});

describe("an institution's document pages in HTML", () => {
  const body = `<p>${OPERATIVE}</p><p>${SECOND}</p><p>The council will meet again in June to review the sharing and to hear the district administrations.</p>`;

  it("names a mission by the full name its tab title ends with", () => {
    const html = `<!doctype html><html><head><title>Statement on the reservoir | Permanent Mission of the Republic of Freedonia to the OSCE</title></head><body><header><div class="site-name">Permanent Mission of the Republic of Freedonia to the OSCE</div></header><main><h1>Statement on the reservoir</h1>${body}</main></body></html>`;
    const article = parseArticle({ file: "mission.html", text: htmlArticleText(readHtmlPage(html)) });
    expect(article.meta.outlet).toBe("Permanent Mission of the Republic of Freedonia to the OSCE");
  });

  it("dates a page by its Dublin Core date tag", () => {
    const html = `<!doctype html><html><head><title>Resolution 101 (2019)</title><meta name="dcterms.date" content="2019-06-25"></head><body><main><h1>Resolution 101 (2019)</h1>${body}</main></body></html>`;
    expect(readHtmlPage(html).published).toBe("2019-06-25");
  });
});
