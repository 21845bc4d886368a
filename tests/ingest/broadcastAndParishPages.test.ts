// Heads and furniture of broadcast pages, parish and memorial pages met with blind130 and blind131's kinds (issue 7): a
// radio bulletin's script, a phone-in's transcript, a video's description, podcast show notes, a TV listing, a
// student society's write-up, a parish bulletin, a memorial page and a small paper's notices. Written for this test.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readPageMetadata } from "../../src/adapters/html/pageMetadata.ts";
import { readHtmlPage } from "../../src/adapters/html/readHtmlPage.ts";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { parse, texts } from "./helpers.ts";

const CLAIM =
  "Azerbaijan's defence ministry said on Sunday that two of its servicemen had been killed near Tovuz, and Armenia's defence ministry said its positions had come under artillery fire overnight.";
const SECOND =
  "Armenia's foreign ministry said the shelling of villages near Berd had damaged a school, and Baku said its forces had only returned fire at military positions.";

describe("a radio bulletin's script", () => {
  it("takes the station line for the outlet, no title, the bulletin's slot for the date, and drops the sheet's notes", () => {
    const article = parse(
      "script.txt",
      "KESTREL FM 101.4 | UPLAND COMMUNITY RADIO",
      "NEWSROOM RUNNING ORDER / BULLETIN SCRIPT",
      "Bulletin: 0700 Tuesday 13 October 2020 (CET)",
      "Reader: Ada Marsh | Producer: Olly Grant | Duration: 3'20\"",
      "Status: APPROVED FOR AIR",
      "----------------------------------------",
      "",
      "READER:",
      CLAIM,
      "",
      "[PRONUNCIATION: Hajiyev = ha-JEE-yev; Stepanakert = step-a-na-KERT]",
      "",
      SECOND,
    );
    expect(article.meta).toMatchObject({ title: null, outlet: "Kestrel FM 101.4", published: "2020-10-13" });
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("two of its servicemen");
    expect(indexed).toContain("damaged a school");
    expect(indexed).not.toMatch(/RUNNING ORDER|PRONUNCIATION|APPROVED FOR AIR|Olly Grant/);
  });
});

describe("a station's name beside a headline", () => {
  it("takes the station for the outlet and the headline after its bar for the title", () => {
    const article = parse("station.txt", "RADIO SEVAN 101.2 FM | SHELLING RESUMES IN TAVUSH", "Monday 13 July 2020", "", CLAIM);
    expect(article.meta).toMatchObject({ title: "SHELLING RESUMES IN TAVUSH", outlet: "Radio Sevan 101.2 FM", published: "2020-07-13" });
  });
});

describe("a programme's transcript under its station's masthead", () => {
  it("reads the show's quoted name and what the page is as no title", () => {
    const article = parse(
      "show.txt",
      "RADIO KESTREL INTERNATIONAL",
      '"Night Desk" - bulletin transcript',
      "Broadcast: Friday 2 October 2020, 22:00 CET",
      "",
      `ANCHOR (Lena Holm): Good evening. ${CLAIM}`,
    );
    expect(article.meta).toMatchObject({ title: null, outlet: "Radio Kestrel International", published: "2020-10-02" });
    expect(texts(article).join("\n")).not.toContain("Night Desk");
  });

  it("takes a running-order item's headline without its place in the order", () => {
    const article = parse(
      "item.txt",
      "RADIO KESTREL INTERNATIONAL",
      '"Night Desk" - programme transcript',
      "Broadcast: Friday 2 October 2020, 22:00 CET",
      "Item 2 of 6: Border villages count the damage",
      "",
      `PRESENTER (LENA HOLM): ${CLAIM}`,
    );
    expect(article.meta.title).toBe("Border villages count the damage");
  });
});

describe("a broadcaster's name beside its show or service", () => {
  it("is the outlet under the headline, never a line of the text", () => {
    const article = parse(
      "report.txt",
      "Transcript: Border villages count the damage",
      "Radio Kestrel — The Late Report",
      "Broadcast 14 September 2022, 18:00 CET",
      "",
      `PRESENTER: ${CLAIM}`,
    );
    expect(article.meta).toMatchObject({ title: "Transcript: Border villages count the damage", outlet: "Radio Kestrel" });
    expect(texts(article).join("\n")).not.toContain("Late Report");
  });

  it("keeps a headline written after a broadcaster's name for the title", () => {
    const article = parse("headline.txt", "Radio Kestrel — Shelling resumes near the border villages", "14 September 2022", "", CLAIM);
    expect(article.meta.title).toContain("Shelling resumes");
  });
});

describe("a phone-in's transcript", () => {
  it("reads the station's masthead as no title, drops the volunteers' note, and takes the callers' turns for questions", () => {
    const article = parse(
      "phonein.txt",
      'HARBOUR TALK FM 98.2 | "OPEN LINES" LISTENER PHONE-IN',
      "PARTIAL TRANSCRIPT, Sunday 11 October 2020, 19:05-19:40 CET",
      "Host: Mari Lind",
      "Transcript prepared by station volunteers. Lightly edited for clarity; some calls omitted.",
      "==========================================",
      "",
      `MARI LIND (HOST): Good evening. ${CLAIM}`,
      "",
      "CALLER (PER, NORTH QUAY): Hi Mari. Why does nobody agree on the numbers?",
      "",
      `HOST: Because each side counts its own. ${SECOND}`,
    );
    expect(article.meta).toMatchObject({ title: null, outlet: "Harbour Talk FM 98.2", published: "2020-10-11" });
    const indexed = texts(article).join("\n");
    expect(indexed).not.toMatch(/station volunteers|calls omitted|Host: Mari Lind/);
    const caller = article.passages.find((p) => p.text.startsWith("CALLER"));
    expect(caller && article.structure.turns[caller.id]?.role).toBe("question");
  });
});

describe("a video's description", () => {
  it('splits "title | channel" over the channel\'s own line, and never takes the like counter for the outlet', () => {
    const article = parse(
      "video.txt",
      "The border clashes of July 2020: who said what | Fjord Explains",
      "Fjord Explains",
      "12,034 views · Premiered Jul 20, 2020 · #Tovuz #Armenia #Azerbaijan",
      "",
      "2.4K likes | Share | Save | Clip",
      "",
      "DESCRIPTION",
      CLAIM,
      "",
      "--------------------------------------------------",
      "📩 Business enquiries: fjord.explains@example.com",
      "All views are our own. Comments that contain hate speech will be removed.",
    );
    expect(article.meta).toMatchObject({ title: "The border clashes of July 2020: who said what", outlet: "Fjord Explains" });
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("two of its servicemen");
    expect(indexed).not.toMatch(/likes|Business enquiries|hate speech/);
  });
});

describe("a parish bulletin on its site", () => {
  it("takes the bulletin's headline, not the site's name set as a heading in its banner", () => {
    const { document } = parseHTML(
      `<html><head><title>"The bells will ring again": a year since the church was shelled</title>
      <meta property="og:site_name" content="St Gregory Parish of Patras"></head>
      <body><header><h1 class="site-title">St Gregory Parish of Patras</h1></header>
      <main><h2>"The bells will ring again": a year since the church was shelled</h2><p>${CLAIM}</p></main></body></html>`,
    );
    expect(readPageMetadata(document, null)).toMatchObject({
      title: '"The bells will ring again": a year since the church was shelled',
      outlet: "St Gregory Parish of Patras",
    });
  });
});

describe("a newsletter sent by e-mail", () => {
  it("drops its preheader, the preview line a mail client shows over the issue", () => {
    const page = readHtmlPage(
      `<html><head><title>Border Brief #40</title></head><body>
      <p class="preheader">Shelling near Tovuz, and two ministries trade words. <a href="#">View this email in your browser</a></p>
      <h1>Border Brief</h1><p>${CLAIM}</p><p>${SECOND}</p></body></html>`,
    );
    expect(page.body).toContain("two of its servicemen");
    expect(page.body).not.toContain("trade words");
  });
});

describe("notices, credits and house rules", () => {
  it.each([
    "▶ Play episode · Apple Podcasts · Spotify · Overcast · RSS",
    'Theme music "Low Tide" by the Harbour Tape Club.',
    "Hosted by Mina Sato and Tom Reyes.",
    "The transcript below has been edited for length.",
    "Streaming partner notice: audio may be unavailable outside Norway for rights reasons.",
    "Listen live: Fjord Radio on 101.9 FM and online.",
    "Thanks to everyone who stayed to the end, and to the café for the biscuits.",
    "Slides and the reading list are in the members' drive.",
    "The Caucasus Circle is a student-run society.",
    "Memorial page — Armenian Community of Groningen (Groningen)",
    "Candle-lighting: Sunday 5 March, 18:30, parish hall, Assen. All welcome.",
    "Coffee hour this week is kindly offered by the Youth Committee.",
    "Sunday school resumes Saturday at 11:00.",
    "Harbour Post Online: subscribers log in to read the full archive.",
    "By the Courier's diplomatic correspondent",
    "[Ad] Bus timetable: summer schedule now online",
    "approves new harbour car park | Brass band wins regional cup",
    "Forecast for the islands, with the week ahead.",
    "Frankfurt and London closing prices, with the euro and gold. (10 min)",
    "Island angle: Fishermen say the ferry strike costs them more than the war news. See page 5.",
  ])("drops %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    CLAIM,
    "Hosted by Russia, the talks ended without a statement, the ministry said.",
    "Thanks to everyone who fled, the village is empty, the ombudsman said.",
    "Talks resume Monday at 10:00.",
    "By the time the correspondent arrived, the village had burned.",
    "Forecast for the talks is bleak, the envoy said.",
    "Update: The ministry said 12 soldiers died near Tovuz. See page 3.",
  ])("keeps %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});
