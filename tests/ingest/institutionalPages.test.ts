// Institutional and humanitarian pages (issue 7, "Metadata from page structure" and furniture that
// leaks into the index): a research body's masthead in capitals with its acronym or its name in two
// languages, the town and the tagline under a masthead, a series label, a byline's role or a list of
// authors, a programme's label under its body, and the disclaimers, availability notes and digest
// notes at the foot of papers, sitreps and republished releases. Every page is written for the test;
// each keeps sentences of news that must survive.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "The ministry said 40 families had left the border villages since the spring.";
const MORE = "Aid agencies said the camps near the river were full and that winter would make it worse.";

describe("a research body's masthead", () => {
  it("reads a name in capitals with its acronym as the outlet, and the headline below as the title", () => {
    const brief = parse(
      "brief.txt",
      "INSTITUTUL PENTRU STUDII BALTICE / INSTITUTE FOR BALTIC STUDIES (IBS)",
      "Riga, Latvia",
      "",
      "POLICY BRIEF No. 3/2022",
      "After the truce: what the border villages need",
      "",
      "Authors: Anna Berg, Levan Abashidze",
      "Date of issue: 4 May 2022",
      "",
      NEWS,
      "",
      MORE,
    );
    expect(brief.meta.title).toBe("After the truce: what the border villages need");
    expect(brief.meta.outlet).toBe("Institute for Baltic Studies (IBS)");
    expect(texts(brief).join("\n")).not.toMatch(/Riga, Latvia|INSTITUT/);
  });

  it("takes the first of a masthead's two languages when no acronym marks the other", () => {
    const page = parse(
      "bilingual.txt",
      "LA VOIX DU FLEUVE / THE VOICE OF THE RIVER",
      "",
      "Border villages empty as winter nears",
      "",
      "By Marie Ondoa",
      "",
      NEWS,
    );
    expect(page.meta.outlet).toBe("La Voix Du Fleuve");
  });

  it("unquotes a paper's title printed in quotes under its series label", () => {
    const report = parse(
      "report.txt",
      "CENTRE D'ÉTUDES DU LITTORAL (CEL)",
      "",
      "REPORT SERIES: MEDIATION AND THE SEA, No. 4",
      '"Talks without a table: the border commissions, 2016-2020"',
      "Author: Dr Sara Ben Ali, Associate Researcher",
      "Published: 15 March 2021",
      "",
      NEWS,
    );
    expect(report.meta.title).toBe("Talks without a table: the border commissions, 2016-2020");
    expect(report.meta.outlet).toBe("Centre D'études Du Littoral (CEL)");
    expect(report.meta.published).toBe("2021-03-15");
  });

  it("keeps someone's quoted words in their quotes as the title", () => {
    expect(parse("quote.txt", '"They came at night. We ran"', "", NEWS).meta.title).toBe('"They came at night. We ran"');
    expect(parse("quote.txt", '"We will not leave our villages"', "", NEWS).meta.title).toBe('"We will not leave our villages"');
  });

  it("prefers the body's masthead to a programme named in the page label", () => {
    const commentary = parse(
      "commentary.txt",
      "BALTIC POLICY OBSERVATORY",
      "Commentary | Black Sea Programme",
      "",
      "Four days on the border",
      "",
      "By Kadri Tamm, Senior Fellow",
      "12 April 2016",
      "",
      NEWS,
    );
    expect(commentary.meta.outlet).toBe("Baltic Policy Observatory");
    expect(commentary.meta.title).toBe("Four days on the border");
  });
});

describe("a masthead's town and tagline", () => {
  it("drops 'NAME · Town · tagline' and keeps the name as the outlet", () => {
    const sitrep = parse(
      "sitrep.md",
      "**STEPPE RELIEF DIGEST** · Almaty · Weekly briefings on crises beyond Central Asia",
      "",
      "# Border villages: Situation Report No. 2",
      "",
      NEWS,
      "",
      MORE,
    );
    expect(sitrep.meta.title).toBe("Border villages: Situation Report No. 2");
    expect(sitrep.meta.outlet).toBe("Steppe Relief Digest");
    expect(texts(sitrep).join("\n")).not.toMatch(/Weekly briefings/);
  });

  it("drops a 'Town | tagline' line under the masthead and a labelled section, and keeps a release's label", () => {
    const release = parse(
      "release.txt",
      "MEKONG RIGHTS BULLETIN",
      "Vientiane | Human rights releases from around the world, republished in full",
      "Section: Global releases > Europe & Central Asia",
      "Posted: 31 October 2020",
      "",
      "RIVER WATCH - PRESS RELEASE",
      "",
      "Border villages shelled as talks stall",
      "",
      NEWS,
    );
    expect(release.meta.title).toBe("Border villages shelled as talks stall");
    expect(release.meta.outlet).toBe("Mekong Rights Bulletin");
    expect(release.meta.genre).toBe("press-release");
  });

  it("drops a tagline that says what the newsletter brings from how far", () => {
    const newsletter = parse(
      "newsletter.txt",
      "LAKE MINE ACTION NEWSLETTER",
      "News and data from mine clearance programmes worldwide",
      "",
      "Border villages: 40 mines found in a week",
      "",
      NEWS,
    );
    expect(newsletter.meta.title).toBe("Border villages: 40 mines found in a week");
  });

  it("reads 'Published …' closing a note under the title as the date, not a diary entry's day", () => {
    const diary = parse(
      "diary.md",
      "# Field diary: on the roads out of the valley",
      "",
      "*Entries kept by our volunteer, April–September 1993. Published 1 October 1993.*",
      "",
      "### 6 April 1993",
      "",
      NEWS,
    );
    expect(diary.meta.published).toBe("1993-10-01");
  });
});

describe("the notes at the foot of papers, sitreps and republished releases", () => {
  const furniture = [
    "The views expressed in this commentary are those of the author and do not necessarily reflect the position of the Baltic Policy Forum.",
    "Disclaimer: Danube Institute policy briefs are published under the sole responsibility of their authors.",
    "Note: PRS briefings provide background for Members.",
    "They are not statements of Government policy and do not represent the views of Parliament.",
    "This summary has not been reviewed by the speakers.",
    "It has not been checked by the panellists.",
    "The full 40-page report, with annexes on sources, is available on request.",
    "Printed copies are available from our Riga office on request.",
    "A video of the seminar is available to registered partners.",
    "Classification: Public",
    "Citation: Tamm, K. (2020). Four days on the border. Report Series No. 2, Tallinn.",
    "Summaries are not endorsements.",
    "Republication of third-party releases does not imply endorsement.",
    "The Review reproduces official texts as released; headings and excerpt selection are ours.",
    "Editor's note: Lake Relief Monitor summarises ICRC public releases and media reporting; it is not affiliated with the ICRC.",
    "Coast Rights Review summarises reports by national human rights institutions.",
    "Contributions can be made at any branch of our partner parishes.",
    "For more Human Rights Watch reporting on the region, please visit the organization's website.",
    "Compiled from AP, Reuters and Tass dispatches.",
    "Compiled by the Herald Foreign Desk from Reuters, AFP and other agency reports",
    "By our Foreign Staff, with agency reports",
    "By Harbour-Courier wire desk",
  ];
  it.each(furniture)("drops %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  const news = [
    "They are not statements of government policy, Pashinyan said of the leaked notes.",
    "The ceasefire has not been checked by the monitors.",
    "A video of the strike is available online, the ministry said.",
    "The visit does not imply endorsement of the referendum, the ministry said.",
    "The ombudsman's office summarises reports by national human rights institutions.",
    "Azerbaijan's Defence Ministry compiles reports of ceasefire violations.",
    "Contributions can be made by member states, the UN said.",
    "Compiled from witness accounts, the report says 40 civilians died.",
  ];
  it.each(news)("keeps %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("cuts the notes from a paragraph and keeps its news", () => {
    const page = parse(
      "summary.txt",
      "Border villages after the truce",
      "",
      NEWS,
      "",
      `${MORE} This summary was prepared by staff from notes. It has not been checked by the panellists. A video of the roundtable is available to registered partners.`,
      "",
      "Related commentaries:",
      "  - Frozen, not solved: the process at twenty",
      "",
      "Note: PRS briefings provide background for Members. They are not statements of Government policy and do not represent the views of Parliament.",
    );
    const body = bodyTexts(page).join("\n");
    expect(body).toContain(NEWS);
    expect(body).toContain(MORE);
    expect(body).not.toMatch(/panellists|registered partners|Frozen, not solved|background for Members|Government policy/);
  });
});
