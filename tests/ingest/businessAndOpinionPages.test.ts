// Page heads and small print met when business letters (trade newsletters, broker notes, exchange filings,
// marine risk bulletins) and opinion pages (letters, editorials, columns, readers' editors) were read for
// the first time.
import { describe, expect, it } from "vitest";
import { bodyTexts, parse } from "./helpers.ts";

describe("a trade letter's head", () => {
  it("takes the headline under the letter's cadence and topics, not the tagline", () => {
    const a = parse(
      "letter.txt",
      "SOLWAY GRAIN INTELLIGENCE",
      "Weekly letter on grain, freight and river trade",
      "Annan, Dumfriesshire  |  Issue 12/95  |  Friday 3 March 1995",
      "Distribution restricted to named subscribers",
      "====================================================",
      "",
      "Barges return to the Danube as the ice breaks",
      "",
      "Grain barges moved on the lower Danube this week for the first time since January, the port authority in Galati said on Tuesday.",
      "",
      "Subscribers can request our port-by-port freight table from the desk.",
      "Fax orders and renewals to the Annan office, Monday to Friday.",
    );
    expect(a.meta.title).toBe("Barges return to the Danube as the ice breaks");
    expect(bodyTexts(a).join(" ")).not.toMatch(/Distribution restricted|Subscribers can request|Fax orders/);
  });

  it("takes a subject cut at a joining word whole, its run-on indented under it", () => {
    const a = parse(
      "note.txt",
      "FOYLE RIVER CAPITAL LLP",
      "For professional investors only. Not for retail distribution.",
      "",
      "Date:     4 May 2021",
      "Subject:  Baltic ports -- the strike and what it means for",
      "          Latvian and Estonian credit",
      "Coverage: Sovereign credit, FX",
      "Please see the important disclosures at the end of this note.",
      "",
      "Dock workers in Riga stopped work on Monday, the port operator said, and the strike spread to Tallinn on Tuesday.",
    );
    expect(a.meta.title).toBe("Baltic ports -- the strike and what it means for Latvian and Estonian credit");
    expect(bodyTexts(a).join(" ")).not.toMatch(/professional investors|important disclosures/);
  });

  it("leaves an Irish town and county under the masthead out of the title", () => {
    const a = parse(
      "report.txt",
      "ARAN MONEY REPORT",
      "Currencies | Central banks | Payments",
      "Kilronan, Inis Mor, Co. Galway",
      "Monday, 6 March 2023                               Vol. 4, No. 10",
      "Rates shown are indicative and not an offer to deal.",
      "==================================================",
      "",
      "FX / BALTICS",
      "",
      "LITAS TRADERS SHRUG OFF THE PORT STRIKE",
      "",
      "The currency held steady on Monday, dealers in Vilnius said, as the port strike entered its second week.",
    );
    expect(a.meta.title).toBe("LITAS TRADERS SHRUG OFF THE PORT STRIKE");
    expect(bodyTexts(a).join(" ")).not.toMatch(/indicative/);
  });

  it("takes the first story's heading below a bulletin's list of contents, not the list's heading", () => {
    const a = parse(
      "bulletin.md",
      "# SOLWAY CARGO RISK BULLETIN",
      "",
      "**Annan · Cargo & War Risk · Friday 3 March 2023 · Issue 9**",
      "",
      "> Members' edition — not for onward distribution",
      "",
      "## This week",
      "",
      "1. Baltic: the port strike spreads",
      "2. Tracker and diary",
      "",
      "## 1. Port strike spreads from Riga to Tallinn",
      "",
      "Dock workers in Tallinn joined the strike on Tuesday, the port operator said, after a week of stoppages in Riga.",
      "",
      '*To change your alert preferences, reply to this bulletin with "PREFS".*',
    );
    expect(a.meta.title).toBe("Port strike spreads from Riga to Tallinn");
    expect(bodyTexts(a).join(" ")).not.toMatch(/onward distribution|alert preferences/);
  });
});

describe("an opinion page's head and notes", () => {
  it("takes a letters page's heading in capitals, a clause, as the title, not the masthead's", () => {
    const a = parse(
      "letters.txt",
      "THE AMELAND POST",
      "Wednesday, 4 June 1997                                 Page 6",
      "",
      "LETTERS TO THE EDITOR",
      "",
      "--------------------------------------------------",
      "",
      "THE FERRY NOBODY WILL RUN",
      "",
      "Sir -- Your report of 28 May on the ferry to Holwerd left me puzzled. The operator told the council that the winter service would end in October.",
      "",
      "Letters reflect the views of their writers, not of the Ameland Post.",
    );
    expect(a.meta.title).toBe("THE FERRY NOBODY WILL RUN");
    expect(bodyTexts(a).join(" ")).not.toMatch(/views of their writers/);
  });

  it("takes an editorial's headline of two short sentences, over its standing line", () => {
    const a = parse(
      "editorial.txt",
      "THE AMELAND POST",
      "Nes  *  Established 1921  *  Monday 9 June 1997",
      "",
      "OPINION | EDITORIAL",
      "",
      "The ferry has gone. Anger is not a timetable.",
      "",
      "The Post's view",
      "",
      "The last winter ferry to Holwerd sailed on Saturday, and with it went the island's only crossing after dark.",
    );
    expect(a.meta.title).toBe("The ferry has gone. Anger is not a timetable.");
  });

  it("leaves a first paragraph of two short reported sentences as prose", () => {
    const a = parse(
      "news.txt",
      "The ferry has gone. The mayor said so.",
      "",
      "The Post's view",
      "",
      "The last winter ferry to Holwerd sailed on Saturday, and with it went the island's only crossing after dark.",
    );
    expect(a.meta.title).not.toBe("The ferry has gone. The mayor said so.");
  });

  it("takes the debate's question under a labelled section with its address, not the section", () => {
    const a = parse(
      "debate.txt",
      "AMELAND POST  |  Weekend  |  Saturday, 14 June 1997",
      "Section: Debate                                     amelandpost.example/debate",
      "",
      "Should the island pay for its own ferry?",
      "",
      "In May the operator said it would end the winter service to Holwerd. We asked two islanders to argue it out.",
    );
    expect(a.meta.title).toBe("Should the island pay for its own ferry?");
  });

  it("drops a column's and a readers' editor's standing notes", () => {
    const a = parse(
      "column.md",
      "# The ferry and the council",
      "",
      "*Our columnist Ann Vos writes every Tuesday on the world beyond the dunes.*",
      "",
      "The council voted on Monday to pay for a winter ferry, the mayor told islanders at a meeting in Nes.",
      "",
      "*Ann Vos's column appears every Tuesday. Next week: why the",
      "island ferry still runs late.*",
      "",
      "*The Readers' Editor acts independently of the newsroom. Write to readers@amelandpost.example or call 0519 000 000.*",
    );
    expect(bodyTexts(a).join(" ")).not.toMatch(/writes every Tuesday|column appears|ferry still runs late|acts independently|readers@/);
    expect(bodyTexts(a).join(" ")).toMatch(/the mayor told islanders/);
  });
});
