// Trade papers, letters pages, official records, reference pages and journal articles met for the
// first time (issue 7, "Metadata from page structure" and "0 boilerplate leaks"): the name printed
// under a headline, a publisher's credit, a record's bracketed issue line, a journal's history line,
// an infobox's span of days and a list of cited works, and the small print around them. Every page
// here is written for the test; each keeps a sentence of news that must survive.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "The ministry said 40 families had left the border villages since the spring.";
const MORE = "Aid agencies said the camps near the river were full and that winter would make it worse.";

describe("a trade paper's name under the headline", () => {
  const page = parse(
    "trade.txt",
    "Export licence for border radars suspended after complaint",
    "Caspian Sensors Trade Review",
    "Licensing | 12 March 2019",
    "By Ola Nordin",
    "",
    NEWS,
    "",
    MORE,
    "",
    "Caspian Sensors Trade Review is published by Northgate Trade Media.",
  );

  it("takes the name under the headline, over the section and date line, for the outlet", () => {
    expect(page.meta.outlet).toBe("Caspian Sensors Trade Review");
    expect(page.meta.published).toBe("2019-03-12");
    expect(texts(page)).not.toContain("Caspian Sensors Trade Review");
  });

  it("drops the publisher's credit and still reads the paper's name from it alone", () => {
    expect(texts(page).join("\n")).not.toMatch(/published by/);
    const footerOnly = parse("footer.txt", "Radar exports halted", "", NEWS, "", "Steppe Defence Monthly is published by Arlen Media Group.");
    expect(footerOnly.meta.outlet).toBe("Steppe Defence Monthly");
  });

  it("takes no section's name under the headline for the paper's", () => {
    expect(parse("section.txt", "Radar exports halted", "Business News", "12 March 2019", "", NEWS).meta.outlet).toBeNull();
  });

  it("keeps a subtitle that is a sentence under the headline", () => {
    const deck = parse("deck.txt", "Radar exports halted", "The ministry says the licence was misused", "12 March 2019", "", NEWS);
    expect(deck.meta.outlet).toBeNull();
    expect(texts(deck)).toContain("The ministry says the licence was misused");
  });
});

describe("a strip naming an analyst by role", () => {
  it("reads the outlet beside a byline whose role is an analyst's", () => {
    const page = parse(
      "strip.md",
      "# Whose numbers to trust",
      "",
      "**Analysis** | *By Ola Berg, military analyst* | The Northern Flank Review | 3 May 2021",
      "",
      NEWS,
    );
    expect(page.meta.outlet).toBe("The Northern Flank Review");
    expect(page.meta.published).toBe("2021-05-03");
  });
});

describe("a letters page", () => {
  const page = parse(
    "letters.txt",
    "Letters: What the border needs",
    "",
    NEWS,
    "",
    "Anna Reed",
    "Springfield",
    "",
    "Write to: Letters Editor, The Valley Courier, P.O. Box 12, Springfield.",
  );

  it("names its paper in the address for letters and drops the address", () => {
    expect(page.meta.outlet).toBe("The Valley Courier");
    expect(texts(page).join("\n")).not.toMatch(/Letters Editor/);
  });

  it("drops the invitation to write in", () => {
    expect(isBoilerplate("Have an opinion on anything in the Courier today? Email us your letter and it will be considered for publication.")).toBe(true);
    expect(isBoilerplate("Have an opinion on the truce? Most villagers said they did not.")).toBe(false);
  });

  it("drops the disclaimer of its contributors' views", () => {
    expect(isBoilerplate("Guest columns reflect the views of their authors and not necessarily those of the Valley Courier.")).toBe(true);
    expect(isBoilerplate("The statement reflects the views of the ministry and not necessarily those of the government.")).toBe(false);
  });
});

describe("an official record printed online", () => {
  const record = parse(
    "record.txt",
    "BORDER SECURITY ACT",
    "[Federal Register Volume 88, Number 12 (Thursday, January 19, 2023)]",
    "From the Federal Register Online via the Government Publishing Office [www.gpo.gov]",
    "",
    NEWS,
  );

  it("reads the record's name and the day of the issue from its bracketed issue line", () => {
    expect(record.meta.outlet).toBe("Federal Register");
    expect(record.meta.published).toBe("2023-01-19");
  });

  it("keeps the issue line and the provenance note out of the passages", () => {
    expect(bodyTexts(record)).toEqual([NEWS]);
  });
});

describe("a journal article", () => {
  const article = parse(
    "journal.txt",
    "Counting the Dead: Figures as Signals in a Border War",
    "Received 2 May 2018; accepted 9 January 2019; published online 3 March 2019",
    "",
    NEWS,
    "",
    "Figure 2 and notes 5-9 are available in the full text.",
    "",
    "Corresponding author: a.reed@journal.example",
  );

  it("is dated by the day its history says it was published, not the day it was received", () => {
    expect(article.meta.published).toBe("2019-03-03");
  });

  it("reads a history with no day of publication as metadata that dates nothing", () => {
    const accepted = parse("accepted.txt", "Counting the Dead", "Received 2 May 2018; accepted 9 January 2019", "", NEWS);
    expect(accepted.meta.published).toBeNull();
    expect(bodyTexts(accepted)).toEqual([NEWS]);
  });

  it("drops the pointer to the full text and the author's contact line", () => {
    expect(bodyTexts(article)).toEqual([NEWS]);
  });
});

describe("a reference work's page", () => {
  const page = parse(
    "wiki.md",
    "Siege of the River Fort",
    "",
    "Help improve Kura Wiki: this article may need additional citations for verification.",
    "",
    "From Kura Wiki, the free encyclopedia",
    "",
    "| Date | 3–9 May 1992 |",
    "",
    NEWS,
    "",
    "## References",
    "",
    "- Valley Courier, 12 May 1992.",
    "",
    "- Ministry statement, 14 May 1992.",
  );

  it("stays undated: an infobox's span of days and the dates of its cited works are not the page's", () => {
    expect(page.meta.published).toBeNull();
    expect(page.meta.outlet).toBe("Kura Wiki");
  });

  it("drops the notice asking readers to improve it", () => {
    expect(texts(page).join("\n")).not.toMatch(/Help improve/);
  });

  it("still dates a page by a labelled single day", () => {
    expect(parse("dated.txt", "Siege of the River Fort", "Date: 4 May 1992", "", NEWS).meta.published).toBe("1992-05-04");
  });
});

describe("small print of wires, newsletters and research notes", () => {
  it("drops a wire operator's initials with the time the take moved", () => {
    expect(isBoilerplate("kt/rb 0915 GMT")).toBe(true);
  });

  it("drops a pointer to the full text for subscribers", () => {
    expect(isBoilerplate("Subscribers can read the full text of Decree No. 14 in the Documents section.")).toBe(true);
    expect(isBoilerplate("Subscribers can read the full text of the treaty, the minister said, but few have.")).toBe(false);
  });

  it("drops a series' licence and the note that the views are its authors'", () => {
    const note = parse(
      "note.md",
      "Arms and the border",
      "",
      NEWS,
      "",
      "Steppe Notes are published under a Creative Commons BY 4.0 licence. The views expressed are those of the authors.",
    );
    expect(bodyTexts(note)).toEqual([NEWS]);
  });

  it("drops a research site's note on the extracts it reproduces", () => {
    expect(isBoilerplate("Danube Briefs reproduces excerpts of parliamentary papers for teaching.")).toBe(true);
  });
});
