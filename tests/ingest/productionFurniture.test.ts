// Furniture of forms that are not plain news pages: a radio bulletin's script (its running order,
// music, item labels, clip cues and sign-off), a translated paper's print-issue note and paywall
// label, a meeting record's times, an institution's standard notes and press contacts under its
// release, a press digest's disclaimer and a publisher's address strip. The news between them stays.
import { describe, expect, it } from "vitest";
import { bodyTexts, parse, texts } from "./helpers.ts";

describe("a radio bulletin's script", () => {
  const script = parse(
    "shirak.txt",
    "RADIO SHIRAK — ENGLISH SERVICE",
    "BULLETIN SCRIPT — EVENING NEWS 19:00",
    "Date: Tuesday 7 May 2024",
    "Running order: 3 items + sport | Total duration 04:00",
    "STATUS: CLEARED FOR BROADCAST",
    "",
    '[00:00] SIG TUNE — "SHIRAK TODAY" STING (0:05)',
    "",
    "[00:05] ITEM 1 — BORDER TALKS (READER + CLIP)",
    "",
    "PRESENTER:",
    "Armenia's deputy prime minister said on Tuesday that the border commissions would meet again in Ijevan next week.",
    "",
    "[00:40] CLIP — the mayor of Ijevan, in Armenian, voice-over (0:12)",
    "",
    'VO: "We want the road open before the winter, and we want to know who will guard it."',
    "",
    'OUT-CUE: "...who will guard it."',
    "",
    "[01:10] ITEM 2 — PRISONERS (READER)",
    "",
    "PRESENTER:",
    "Azerbaijan's foreign ministry said it would hand over two detainees at the border crossing on Friday.",
    "",
    "[03:50] PRESENTER:",
    "That's the news. More at eight. Radio Shirak.",
    "",
    '[03:56] SIG TUNE OUT / JINGLE "THE VOICE OF SHIRAK" (0:07)',
    "NEXT: 20:00 Bulletin (A. Sargsyan)",
  );

  it("takes the programme's name without the script's label as the title", () => {
    expect(script.meta.title).toBe("EVENING NEWS 19:00");
  });

  it("keeps what is read on air and drops the production cues around it", () => {
    const all = texts(script).join("\n");
    expect(all).toMatch(/border commissions would meet again/);
    expect(all).toMatch(/We want the road open before the winter/);
    expect(all).toMatch(/hand over two detainees/);
    for (const cue of [/Running order/, /STATUS/, /SIG TUNE/, /ITEM \d/, /CLIP —/, /OUT-CUE/, /That's the news/, /NEXT:/, /BULLETIN SCRIPT/]) {
      expect(all).not.toMatch(cue);
    }
  });
});

describe("a translated paper's notes and labels", () => {
  it("drops the print-issue note, the correspondent's credit and a paywall label, and reads the byline", () => {
    const article = parse(
      "quotidien.md",
      "# In Goris, the border villages count their wounded",
      "",
      "By **Anne Roux** (Yerevan, correspondent)",
      "",
      "Published on 6 May 2024 at 09:10",
      "",
      "*Subscriber article*",
      "",
      "The original article appeared in the print issue No. 58 of 06.05.2024, p. 3.",
      "",
      "Armenia's defence ministry said on Monday that three servicemen were wounded near Goris overnight.",
    );
    expect(article.meta).toMatchObject({ title: "In Goris, the border villages count their wounded", published: "2024-05-06" });
    expect(bodyTexts(article)).toEqual(["Armenia's defence ministry said on Monday that three servicemen were wounded near Goris overnight."]);
  });
});

describe("an institution's record and release", () => {
  it("drops a meeting's start and end times and the coverage service's strip", () => {
    const article = parse(
      "council.txt",
      "Council hears both sides on the Lachin road",
      "",
      "The representative of Armenia said the road had been closed for four months.",
      "",
      "The meeting began at 10:05 a.m. and ended at 12:40 p.m.",
      "",
      "Meetings Coverage and Press Releases | United Nations, Department of Public Information",
    );
    expect(bodyTexts(article)).toEqual(["The representative of Armenia said the road had been closed for four months."]);
  });

  it("drops a court's standard notes, its description of itself with what follows it, and its press office", () => {
    const article = parse(
      "tribunal.txt",
      "The Tribunal orders the release of detainees",
      "",
      "THE HAGUE, 6 May 2024. The Hague Arbitral Chamber today ordered Freedonia to release the detainees held since March.",
      "",
      "The full text of the Order, with the declarations appended to it, is available on the Chamber's website.",
      "",
      "Note: The Chamber's press releases are prepared by its Registry for information purposes only and do not constitute official documents.",
      "",
      "The Hague Arbitral Chamber (HAC) is the principal judicial organ of the League of Cities. It was established by treaty in 1951 and began its work in 1952. The seat of the Chamber is in The Hague.",
      "",
      "Press Office: Mr Aram Petrosyan, Spokesperson; Ms Lala Mamedova, Press Officer. Email: press@chamber.example",
    );
    expect(bodyTexts(article)).toEqual(["The Hague Arbitral Chamber today ordered Freedonia to release the detainees held since March."]);
  });
});

describe("a press digest and a paper's foot", () => {
  it("drops the digest's note on whose views it relays, and the publisher's address strip", () => {
    const article = parse(
      "review.txt",
      "What Baku's papers say",
      "",
      "Absheron Courier summarises the Azerbaijani-language press. The views below are those of the newspapers, not of Absheron Courier, and have not been independently verified.",
      "",
      "The daily Caspian Morning writes that the talks in Almaty will decide the fate of the border villages.",
      "",
      "Absheron Courier, 12 Nizami St., Baku | Advertising: ads@absheron-courier.example",
    );
    expect(bodyTexts(article)).toEqual(["The daily Caspian Morning writes that the talks in Almaty will decide the fate of the border villages."]);
  });
});
