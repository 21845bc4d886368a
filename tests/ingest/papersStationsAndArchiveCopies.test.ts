// Furniture that leaked into the index and metadata it hid (issue 7): a printed paper's subscription,
// weather, classified and issue lines, its teasers for other pages, a radio station's sign-off and its
// transcriber's notes, licence and archive notes, and a paper's name printed
// with its edition under the headline. Every line and page is written for the test; each keeps
// sentences of news that must survive.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { bodyTexts, parse } from "./helpers.ts";

const NEWS = "The ministry said 40 families had left the border villages since the spring.";
const MORE = "Aid agencies said the camps near the river were full and that winter would make it worse.";

describe("the small print of papers, stations and archive copies", () => {
  const furniture = [
    "Subscriptions: 60 lari a year, airmail abroad on request.",
    "Subscriptions and home delivery: call the circulation desk.",
    "Fax subscriptions: +32 2 000 1111",
    "Abonnements : avenue du Fleuve, Kinshasa.",
    "Subscribe to the Lagoon Mercury e-paper from 4.50 a month.",
    "Radio Estuario Maputo 96.4 FM.",
    "Listen live on our website or on the Estuario app.",
    "Transcript prepared by the newsroom for the station website.",
    "[programme continues - not transcribed]",
    "In other news: the city marathon returns on Sunday... [bulletin continues - not transcribed]",
    "Listeners in Vanadzor, keep your calls coming on the studio line.",
    "Wire material used under licence.",
    "No part of this newsletter may be reproduced without written permission.",
    "It appears as originally published.",
    "It is republished unchanged as part of our Paper Memory digitisation project.",
    "This report first appeared in our Friday print edition.",
    "From our archive: this article was first published in the print edition of Tuesday, 9 May 1995.",
    "Archive scans may contain OCR errors.",
    "Weather: Batumi 27C, sunny. Sea temperature 23C.",
    "Tomorrow’s weather: Gyumri cloudy, 14C. Dilijan rain, 11C.",
    "Mercury Classifieds: call 041 000 000, Monday-Friday.",
    "Published daily except Mondays.",
    "Le Messager du Fleuve paraît chaque jeudi.",
    "Editorial office: Abovyan Street, Yerevan.",
    "Lagoon Wire headlines are distributed to terminal subscribers only.",
    "Receive our Telegram news alerts: send NEWS to our desk number.",
    "A long read on why the border commission never met.",
    "An explainer on the plan for a demilitarised strip.",
    "VIDEO 03:12 — Foreign ministers shake hands in Almaty",
    "Grain prices: what the blockade means for bread - Business, C2",
    "[Archive copy -- text extracted from PDF; page breaks removed]",
    "Note: the table by village is given in Annex 3 and is not reproduced in this archive copy.",
    "Interview notes on file with the Helsinki Committee.",
  ];
  it.each(furniture)("drops %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  const news = [
    "Subscriptions: the ministry said 3,000 readers had cancelled in protest.",
    "Radio Estuario said 12 soldiers were wounded overnight.",
    // (A station's name and frequency over its transcript is its masthead; only the sign-off sentence goes.)
    "Radio Estuario Maputo 96.4 FM",
    "Listen, the envoy told reporters, the shelling has not stopped.",
    "The transcript was prepared by the ministry and released on Monday.",
    "In other news: the ministry said six shells fell on Tavush... [bulletin continues - not transcribed]",
    "No part of the agreement may be changed, the mediator said.",
    "It appears the shelling has stopped, the mayor said.",
    "Weather: forecasters warned that 38C heat would slow the evacuation.",
    "A long read on the ceasefire, the minister told parliament, was needed.",
    "The ministry said 14 soldiers died - 12 in Tavush.",
    "Reuters could not independently verify the footage.",
    "The full list of the dead is not reproduced here, the ministry said, to protect families.",
    NEWS,
  ];
  it.each(news)("keeps %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("teasers for other pages", () => {
  it("drops a printed paper's list of today's other pages", () => {
    const page = parse(
      "paper.txt",
      "Ceasefire talks resume in Geneva",
      "",
      NEWS,
      "",
      "RELATED IN TODAY'S MERCURY",
      " * Markets: what the talks mean for wheat - Business, B3",
      " * Editorial: A border without maps - A12",
      "",
      MORE,
    );
    expect(bodyTexts(page)).toEqual([NEWS, MORE]);
  });

  it("drops a link list whose items stand apart, as a saved page's list items do, up to the next heading", () => {
    const page = parse(
      "page.md",
      "# Ceasefire talks resume in Geneva",
      "",
      NEWS,
      "",
      "Read also:",
      "",
      "- Curfew extended in the capital",
      "",
      "- Mediators to visit the region next month",
      "",
      "## The other side's version",
      "",
      MORE,
    );
    expect(bodyTexts(page)).toEqual([NEWS, MORE]);
  });
});

describe("a paper's name printed with its edition under the headline", () => {
  it("names the outlet, written as a name", () => {
    const page = parse("edition.txt", "Ceasefire talks resume in Geneva", "LAGOON EVENING POST - Overseas Edition", "Thursday, 6 May 1993", "", NEWS);
    expect(page.meta.outlet).toBe("Lagoon Evening Post");
  });

  it("reads a paper called a Despatch in its masthead, not a dateline's agency credit", () => {
    const page = parse(
      "despatch.txt",
      "THE HARBOUR MORNING DESPATCH",
      "WORLD -- Friday, 7 May 1993",
      "",
      "Ceasefire talks resume in Geneva",
      "",
      "GENEVA, May 6 (Agencies) - The ministry said 40 families had left the border villages since the spring.",
    );
    expect(page.meta.outlet).toBe("The Harbour Morning Despatch");
  });
});
