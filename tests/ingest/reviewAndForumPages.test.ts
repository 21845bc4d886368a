// Culture pages and community pages put their own apparatus around the text: a review's address and motto under
// its masthead, a gallery's visitor notices, a travel page's terms, a forum's thread field, post stamps and rules,
// a Q&A site's sidebar, a webinar chat's export notes. None of it is the headline or a passage.
import { describe, expect, it } from "vitest";
import { bodyTexts, parse, texts } from "./helpers.ts";

const BODY = "The ministry said on Monday that two soldiers had been wounded near the border village overnight.";

describe("a review's masthead with its motto, its address and its issue strip", () => {
  const article = parse(
    "review.txt",
    "THE STROMA QUARTERLY",
    "Harbour Street, Wick, Caithness",
    "Issue 12 | Spring 2019 | Published 2 April 2019",
    "",
    "Under a borrowed sky",
    "",
    BODY,
  );

  it("takes the headline under the address as the title and the strip's day as the date", () => {
    expect(article.meta).toMatchObject({ title: "Under a borrowed sky", published: "2019-04-02" });
  });

  it("reads a motto in plain words, or after the town's bar, as no headline", () => {
    const motto = parse(
      "motto.txt",
      "KELP COAST LISTENING ROOM",
      "Songs, tapes and the odd broadcast, from a damp shed on Barra",
      "",
      "A fiddle across the line",
      "",
      BODY,
    );
    expect(motto.meta.title).toBe("A fiddle across the line");
    const barred = parse(
      "barred.txt",
      "FAIR ISLE SOUND NOTES",
      "Songs from the far end of the ferry line | Lerwick",
      "",
      "A choir for the border villages",
      "",
      BODY,
    );
    expect(barred.meta.title).toBe("A choir for the border villages");
    expect(texts(barred).join("\n")).not.toContain("ferry line");
  });

  it("reads an Italian byline's town and day", () => {
    const signed = parse("firma.txt", "Two soldiers and a radio", "", "di Marta Esposito — Marina d'Ischia, 3 marzo 2008", "", BODY);
    expect(signed.meta.published).toBe("2008-03-03");
  });
});

describe("a gallery's and a travel page's notices", () => {
  const article = parse(
    "gallery.md",
    "# Photographs from the road",
    "",
    BODY,
    "",
    "*Open Wednesday to Sunday, 11am–5pm.*",
    "",
    "> Braille guides are available on request. Photography is permitted without flash.",
    "",
    "Please do not touch the sculptures.",
    "",
    "*Prices correct at time of going to press.*",
    "",
    "*Our writer travelled at his own expense.*",
    "",
    "Stream or buy: the label's web shop",
    "",
    "The last ferry to Lismore leaves Port Appin at 5.30pm on Sundays.",
  );

  it("indexes none of them", () => {
    expect(bodyTexts(article)).toEqual([BODY]);
  });

  it("keeps a sentence of the same shape with a speaker", () => {
    const news = parse("news.txt", "Checkpoint rules tightened", "", "Photography is forbidden near the checkpoint, the border guards said.", "", BODY);
    expect(texts(news).join("\n")).toContain("border guards said");
  });
});

describe("a forum thread", () => {
  const article = parse(
    "forum.txt",
    "KERRERA HARBOUR BOARD :: Discussion boards for the islands and the wider world",
    "Home > World > Caucasus",
    "",
    "Thread: Shelling near Goris again - talks in Vienna this week",
    "",
    "#1  Posted by heron_point on Tue 05 Jun 2012, 09:12",
    BODY,
    "",
    "#2  Posted by tide_table on Wed 06 Jun 2012, 10:40",
    "The ombudsman said a school had been hit.",
    "",
    "[MODERATOR NOTE] This topic was moved from the lounge. Keep it civil and cite a source for any death toll. Personal attacks will be removed. - mod_kerrera",
    "Similar threads: Goris shelling 2011 | Border villages megathread",
    "This page was generated in 0.31 seconds.",
  );

  it("names the board, takes the thread's field as the title and the first post's day as the date", () => {
    expect(article.meta).toMatchObject({
      title: "Shelling near Goris again - talks in Vienna this week",
      outlet: "Kerrera Harbour Board",
      published: "2012-06-05",
    });
  });

  it("indexes neither the moderator's note, the similar threads nor the page timer", () => {
    const all = texts(article).join("\n");
    expect(all).not.toContain("Keep it civil");
    expect(all).not.toContain("Similar threads");
    expect(all).not.toContain("generated in");
    expect(all).toContain("The ombudsman said a school had been hit.");
  });
});

describe("a masthead in capitals over its column", () => {
  it("names the masthead, not the column", () => {
    const article = parse("watch.txt", "HARBOUR LANTERN | Court Notes", "What the courts heard, day by day", "Edition: Monday 4 May 2020", "", BODY);
    expect(article.meta).toMatchObject({ outlet: "Harbour Lantern", published: "2020-05-04" });
  });
});

describe("a webinar's chat export", () => {
  const article = parse(
    "chat.txt",
    "SCALPAY POLICY CIRCLE",
    'Webinar series "Edges of the Map" | Session 9',
    '"Bridges at the border: what the new deal means"',
    "",
    "Exported from the meeting platform. Emoji reactions and join/leave notices removed.",
    "",
    BODY,
    "",
    "End of chat export. 12 attendees, 40 messages.",
    "Recording and slides: scalpaycircle.example/session-9",
    'Next session: "Ferries and fuel" - 12 June 2024',
  );

  it("takes the session's own title, not the series label", () => {
    expect(article.meta.title).toBe("Bridges at the border: what the new deal means");
  });

  it("indexes none of the export's notes", () => {
    expect(texts(article).filter((t) => t !== article.meta.title)).toEqual([BODY]);
  });
});
