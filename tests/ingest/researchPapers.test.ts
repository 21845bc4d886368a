// Papers of research bodies and the furniture around them (issue 7, "Metadata from page structure"
// and "0 boilerplate leaks"): a working paper's series number and date under its title, the bodies it
// comes from, an event summary's body, and the notes, addresses, teasers and wire tails at the foot of
// a page. Every page here is written for the test; each keeps a sentence of news that must survive.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "The ministry said 40 families had left the border villages since the spring.";
const MORE = "Aid agencies said the camps near the river were full and that winter would make it worse.";

describe("a research body's working paper", () => {
  const paper = parse(
    "paper.txt",
    "A LONG WAIT: DISPLACED FAMILIES AFTER THE TRUCE",
    "Unit on Border Conflicts, Danube Institute for Policy Research, Vienna",
    "Working Paper No. 7/2019 - 2 May 2019",
    "Anna Berg and Levan Abashidze",
    "",
    NEWS,
    "",
    MORE,
    "",
    "Working Papers of the Unit on Border Conflicts are preliminary and are circulated for discussion. Please do not cite without the authors' permission.",
  );

  it("reads the day after the series number as the date published", () => {
    expect(paper.meta.published).toBe("2019-05-02");
  });

  it("takes the largest of the bodies on the affiliation line as the outlet", () => {
    expect(paper.meta.outlet).toBe("Danube Institute for Policy Research");
  });

  it("keeps the series number and the affiliation out of the title and the passages", () => {
    expect(paper.meta.title).toBe("A LONG WAIT: DISPLACED FAMILIES AFTER THE TRUCE");
    expect(texts(paper).join("\n")).not.toMatch(/Working Paper|Danube Institute|do not cite/);
    expect(bodyTexts(paper)).toEqual([NEWS, MORE]);
  });

  it("reads a number within its year, not as a range of days", () => {
    const short = parse("short.txt", "After the truce", "Baltic Centre for Migration Studies, Riga", "Working Paper 03/2 - 12 March 2003", "", NEWS);
    expect(short.meta.published).toBe("2003-03-12");
    expect(short.meta.outlet).toBe("Baltic Centre for Migration Studies");
  });

  it("takes a commentary's number for a label, and the headline under it for the title", () => {
    const commentary = parse(
      "commentary.txt",
      "CENTRE FOR CASPIAN STUDIES",
      "Commentary No. 9/2011",
      "3 June 2011",
      "",
      "TWO SIGNALS FROM THE BORDER",
      "",
      NEWS,
    );
    expect(commentary.meta.title).toBe("TWO SIGNALS FROM THE BORDER");
    expect(commentary.meta.published).toBe("2011-06-03");
  });
});

describe("an event summary", () => {
  const summary = parse(
    "summary.txt",
    "After the border clashes: a new front line?",
    "Event summary - Vilnius Forum on Regional Security",
    "Published 3 May 2019",
    "",
    NEWS,
    "",
    "Vilnius Forum on Regional Security | ul. Lipowa 3, 03-122 Warsaw | Summaries are published under a Creative Commons licence.",
    'Next event: "Energy after the pipeline" - registration open on our website.',
  );

  it("names the forum that held the event as the outlet", () => {
    expect(summary.meta.outlet).toBe("Vilnius Forum on Regional Security");
    expect(summary.meta.published).toBe("2019-05-03");
  });

  it("drops the address strip and the next event's teaser", () => {
    expect(bodyTexts(summary)).toEqual([NEWS]);
  });
});

describe("the foot of a page", () => {
  it.each([
    "Caspian Rights Watch, P.O. Box 112, 0105 Tbilisi, Georgia",
    "Danube Monitor, Postfach 12, 1010 Vienna, Austria",
    "NPA/jk/1830 GMT",
    "NPA-jk-rb",
    "(NPA)",
    "Sources: NPA, Reuters, AP",
    "Next English Bulletin: Friday, 2 February 1990.",
    "Further reports on the Balkan fighting will appear in our World pages as they become available.",
    "(Reporting from Tbilisi and Gori; editing by the night desk)",
    "The Ridgeline Courier covers the city council every sitting day.",
    "Border Room is a volunteer-run monitoring channel.",
    "Translations are our own.",
    "We do not verify the figures of any party.",
    "Our reporter attended the final hearing in Gyumri.",
  ])("reads %j as furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "The office at 14 Gower Street, London was attacked, police said.",
    "Sources close to the talks said Baku and Yerevan agreed.",
    "Next, the ministers met in Prague and agreed on a prisoner exchange.",
    "Azerbaijan covers 86,600 square kilometres.",
    "We do not verify the figures of the ministry, the ombudsman said.",
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("drops a monitor's self-description and method note but keeps the story's last sentence", () => {
    const post = parse(
      "monitor.txt",
      "Shelling reported near Sotk",
      "",
      NEWS,
      "",
      "Border Room is a volunteer-run monitoring channel. Translations are our own. We do not verify the figures of any party.",
    );
    expect(bodyTexts(post)).toEqual([NEWS]);
  });
});

describe("a publication named only by its footer's self-description", () => {
  it.each([
    ["Kura Notes is an independent monitoring newsletter. Sign up for the weekly briefing.", "Kura Notes"],
    ["Border Room is a volunteer-run monitoring channel. Translations are our own.", "Border Room"],
    ["Gyumri Transcripts is an independent subscription service. Not for republication.", "Gyumri Transcripts"],
    ["The Ridgeline Courier covers the city council every sitting day.", "The Ridgeline Courier"],
  ])("reads the outlet from %j", (footer, outlet) => {
    const page = parse("footer.md", "Shelling reported near Sotk", "", NEWS, "", MORE, "", footer);
    expect(page.meta.outlet).toBe(outlet);
    expect(bodyTexts(page)).toEqual([NEWS, MORE]);
  });
});
