// Page-structure classes from first contact with annotated sets: colophons and legal notes at a page's
// end, contents lines, series labels and taglines above the headline, and dates a page states in
// several ways. Every line here is written for the test, in invented outlets' wording.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { bodyTexts, parse } from "./helpers.ts";

const NEWS = "Shelling near the border killed two soldiers on Tuesday, the ministry said.";

describe("colophon, about and legal lines", () => {
  it.each([
    "Lowland Monitor is an independent, volunteer-run project.",
    "Border Watch is a project of independent lawyers from Armenia and Georgia.",
    "The Kura Archive is an independent research initiative.",
    "Steppe Files is produced by an independent team of former ministry staff and journalists.",
    "It is not an official publication of the Council of Europe.",
    "We do not accept funding from any government.",
    "Views are the authors' own.",
    "This paper may be reproduced with attribution.",
    "Reports are published under a Creative Commons licence.",
    "Report an error: corrections@lowlandmonitor.example",
    "Contact: info@borderwatch.example.",
    "For additional information and media requests please contact: press@kuraarchive.example",
    "For media inquiries regarding other UN human rights experts please contact the Media Unit.",
    "You are receiving this because you subscribed at steppefiles.example.",
    "Document reproduced for research purposes.",
    "Spelling and paragraph numbering as in the original.",
    "Cite as: Kura Archive, Border Incidents 2024, Yerevan 2025.",
    "Concerned about the world we live in? Then STAND UP for someone's rights today. #Standup4humanrights",
    "The experts are part of what is known as the Special Procedures of the Human Rights Council.",
    "They are not UN staff and are independent from any government or organization.",
    "[Transcript auto-generated and lightly edited. Please check against the audio before quoting.]",
    "Transcripts are provided for accessibility and may contain errors.",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "The ministry said it does not accept the figures.",
    "The commission is an independent body, the prime minister said, and its findings stand.",
    "We do not accept the ceasefire terms, the defence minister told reporters.",
    "The report was produced by a team of former soldiers, the prosecutor said.",
    "They are not soldiers, the mayor said of the detained men.",
    "It is not an official visit, the embassy said.",
    "The experts said the shelling of Goris violated the ceasefire.",
    "Contact with the village was lost on Monday, officials said.",
  ])("keeps the sentence %j", (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });

  it("keeps a page's news and drops the colophon under it", () => {
    const article = parse(
      "colophon.txt",
      "Two soldiers killed near the border",
      "",
      NEWS,
      "",
      "Lowland Monitor is an independent, volunteer-run project. We do not accept funding from any government.",
      "",
      "Report an error: corrections@lowlandmonitor.example",
    );
    expect(bodyTexts(article)).toEqual([NEWS]);
  });
});

describe("a UN experts' release", () => {
  it("drops the standard note on the Special Procedures, every sentence of it", () => {
    const article = parse(
      "experts.txt",
      "Experts alarmed by detentions on the border",
      "",
      NEWS,
      "",
      "The Special Rapporteurs and Working Groups are part of what is known as the Special Procedures of the Human Rights Council. Special Procedures mandate-holders are independent human rights experts appointed by the Council. They are not UN staff and are independent from any government or organization. They serve in their individual capacity and receive no salary for their work.",
    );
    expect(bodyTexts(article)).toEqual([NEWS]);
  });
});

describe("contents lines", () => {
  it("never takes an issue's contents as the title, nor keeps them as text", () => {
    const article = parse("issue.txt", "In this issue: Border talks | Prisoner swap | Gas prices", "", "Border talks resume in Tbilisi", "", NEWS);
    expect(article.meta.title).toBe("Border talks resume in Tbilisi");
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it.each(["Jump to:", "Border talks resume in Tbilisi · Prisoners freed in swap · Gas prices rise again", "News & Analysis | The Week in the Region"])(
    "drops %j",
    (line) => {
      expect(isBoilerplate(line)).toBe(true);
    },
  );

  it("keeps a sentence with a middle dot in it", () => {
    expect(isBoilerplate("The ministry said 12 · 3 per cent of the shells hit homes.")).toBe(false);
  });
});

describe("titles under series labels, prefixes and taglines", () => {
  it("takes the headline under a digest's translation note with its page numbers", () => {
    const article = parse("digest.txt", "Translated for the Caucasus Press Digest Page 1, 4", "", "Detention on the northern border", "", NEWS);
    expect(article.meta.title).toBe("Detention on the northern border");
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it.each(["Briefing Paper No. 4 · September 2025", "Hearing report no. 58", "Policy Brief 12"])("takes the headline under %j as the title", (label) => {
    const article = parse("series.txt", label, "", "Detention on the northern border", "", NEWS);
    expect(article.meta.title).toBe("Detention on the northern border");
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("dates a paper by its series label's month when nothing better is given", () => {
    const article = parse("series.txt", "Briefing Paper No. 4 · September 2025", "", "Detention on the northern border", "", NEWS);
    expect(article.meta.published).toBe("2025-09-01");
  });

  it("strips a newsletter's THIS WEEK prefix from the title", () => {
    const article = parse("week.txt", "THIS WEEK: Prisoners freed in border swap", "", NEWS);
    expect(article.meta.title).toBe("Prisoners freed in border swap");
  });

  it("takes the story under a masthead's tagline as the title", () => {
    const article = parse("tagline.txt", "Mountain Ledger", "Independent news from Tbilisi, Yerevan and Baku", "", "Prisoners freed in border swap", "", NEWS);
    expect(article.meta.title).toBe("Prisoners freed in border swap");
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("reads a podcast's name as the outlet and its episode as the title", () => {
    const article = parse("podcast.txt", "Frontier Hours - a podcast about the South Caucasus", "", "Episode 12: The prisoners of Lachin", "", NEWS);
    expect(article.meta.outlet).toBe("Frontier Hours");
    expect(article.meta.title).toBe("Episode 12: The prisoners of Lachin");
  });

  it("takes an episode's quoted title without its number and quotes", () => {
    const article = parse("podcast.txt", "Frontier Hours - a podcast about the South Caucasus", 'Episode 7: "Night at the checkpoint"', "", NEWS);
    expect(article.meta.title).toBe("Night at the checkpoint");
  });

  it("spells a show's name printed in capitals as a name", () => {
    const article = parse("podcast.txt", "FRONTIER HOURS - a podcast about the world's frozen conflicts", "", "Episode 12: The prisoners of Lachin", "", NEWS);
    expect(article.meta.outlet).toBe("Frontier Hours");
  });

  it("keeps the inner quotes of a quoted title as printed", () => {
    const title = "\u201cThey told us to leave \u2018by morning\u2019\u201d: villagers recall the night";
    const article = parse("quoted.txt", title, "", NEWS);
    expect(article.meta.title).toBe(title);
  });
});

describe("dates a page states in several ways", () => {
  it("takes the filed date, not the hearing's", () => {
    const article = parse("filed.txt", "Court hears border detention case", "Filed 14 November 2025 | Hearing of 13 November 2025 | Case 12/2025", "", NEWS);
    expect(article.meta.published).toBe("2025-11-14");
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("takes the filed date when the line goes on with a long note", () => {
    const article = parse(
      "filed.txt",
      "Court hears border detention case",
      "Filed 14 November 2025 | Hearing of 13 November 2025 | Access: closed to observers; this report rests on state media accounts and statements by the parties",
      "",
      NEWS,
    );
    expect(article.meta.published).toBe("2025-11-14");
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("takes the first published date over the update", () => {
    const article = parse(
      "updated.txt",
      "Court hears border detention case",
      "UPDATED September 29, 2023, 14:10 (first published September 26, 2023, 11:30)",
      "",
      NEWS,
    );
    expect(article.meta.published).toBe("2023-09-26");
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("infers a wire dateline's year from the weekday the body names", () => {
    // 4 August was a Thursday in 2022, the latest year the text names (and in 2016, which it does not reach).
    const article = parse(
      "wire.txt",
      "Talks on prisoners to resume",
      "",
      "MOSCOW, August 4. /TASS/. Russia said on Thursday it was ready to host new talks, first held in 2020 and again in 2022.",
    );
    expect(article.meta.published).toBe("2022-08-04");
  });

  it("reads the year of a two-city dateline from its weekday", () => {
    // 22 April 2022 was a Friday.
    const article = parse(
      "wire.txt",
      "Talks on prisoners to resume",
      "",
      "YEREVAN/BAKU, April 22 (TCW) - Both sides said on Friday they would free prisoners taken in 2021 and 2022.",
    );
    expect(article.meta.published).toBe("2022-04-22");
  });

  it("leaves the year unknown when the weekday fits several years", () => {
    const article = parse("wire.txt", "Talks on prisoners to resume", "", "MOSCOW, August 4. /TASS/. Russia said on Thursday it was ready to host new talks.");
    expect(article.meta.published).toBeNull();
  });

  it("takes the first year after the latest one the text names that fits the weekday", () => {
    // 4 August 2020 was a Tuesday; the next Thursday 4 August came in 2022.
    const article = parse(
      "wire.txt",
      "Talks on prisoners to resume",
      "",
      "MOSCOW, August 4. /TASS/. Russia said on Thursday the talks begun after the 2020 war would resume.",
    );
    expect(article.meta.published).toBe("2022-08-04");
  });

  it("leaves the year unknown when no year from the latest one the text names fits the weekday", () => {
    // 4 August fell on no Thursday from 2023 to 2026.
    const article = parse("wire.txt", "Talks on prisoners to resume", "", "MOSCOW, August 4. /TASS/. Russia said on Thursday the talks of 2023 would resume.");
    expect(article.meta.published).toBeNull();
  });

  it("leaves the year unknown when the body names no weekday", () => {
    const article = parse(
      "wire.txt",
      "Talks on prisoners to resume",
      "",
      "YEREVAN/BAKU, April 22 (TCW) - Both sides said they were ready for new talks, first proposed in 2021.",
    );
    expect(article.meta.published).toBeNull();
  });

  it("reads a slashed date whose numbers could both be months in the order of the page's other dates", () => {
    const article = parse(
      "slashed.txt",
      "Talks on prisoners to resume",
      "06/04/1993",
      "",
      "The ministry said talks would resume on 13/04/1993, officials said.",
    );
    expect(article.meta.published).toBe("1993-04-06");
  });

  it("follows a page that writes its month first", () => {
    const article = parse(
      "slashed.txt",
      "Talks on prisoners to resume",
      "06/04/1993",
      "",
      "The ministry said talks would resume on 06/13/1993, officials said.",
    );
    expect(article.meta.published).toBe("1993-06-04");
  });

  it("leaves a slashed date unread when the page shows no order", () => {
    const article = parse("slashed.txt", "Talks on prisoners to resume", "06/04/1993", "", NEWS);
    expect(article.meta.published).toBeNull();
  });

  it("reads 6 April 1993 as the sixth of April", () => {
    const article = parse("dmy.txt", "Talks on prisoners to resume", "6 April 1993", "", NEWS);
    expect(article.meta.published).toBe("1993-04-06");
  });
});

describe("a page's licence, its appeal for money and its wire credit", () => {
  it("are boilerplate, not passages", () => {
    const text = bodyTexts(
      parse(
        "p.txt",
        "Shelling resumes near Tartar",
        "",
        "Azerbaijan's defence ministry said two civilians were wounded on Monday.",
        "",
        "Steppe Notes is published under a CC BY-SA licence.",
        "",
        "Support independent reporting from $5 a month.",
        "",
        "Harbour Wire Services include Agence France-Presse and Reuters.",
      ),
    ).join(" ");
    expect(text).toContain("two civilians were wounded");
    expect(text).not.toMatch(/CC BY-SA|\$5 a month|Wire Services include/);
  });
});
