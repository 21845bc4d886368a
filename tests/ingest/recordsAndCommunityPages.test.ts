// Records and community pages, written for these tests: a court judgment's excerpt, a meeting
// record, a journal article, a podcast transcript, a forum thread, a letters page, an NGO's
// memorial page and a video transcript. Each gives its title, outlet and date from its own head,
// and its furniture (running heads, notices, sponsor reads, post headers, desk notes) never
// reaches the index.
import { describe, expect, it } from "vitest";
import { RECORD_FURNITURE_RULES } from "../../src/core/ingest/recordCues.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const CLAIM = "Azerbaijan's defence ministry said on Monday that three of its soldiers had been killed by Armenian fire near Tovuz.";
const REPLY = "Armenia's defence ministry denied the claim and said its positions near Berd had come under mortar fire first.";

describe("the record furniture table", () => {
  for (const [name, rule] of Object.entries(RECORD_FURNITURE_RULES)) {
    it(`${name} matches its examples and none of its counter-examples`, () => {
      for (const text of rule.examples) expect(rule.pattern.test(text), text).toBe(true);
      for (const text of rule.counterExamples) expect(rule.pattern.test(text), text).toBe(false);
    });
  }
});

describe("a court judgment's excerpt", () => {
  const judgment = parse(
    "judgment.txt",
    "CASELAW EXPORT - European Court of Human Rights | Export | Language: ENG",
    "",
    "FOURTH SECTION",
    "",
    "CASE OF PETROVA AND OTHERS v. FREEDONIA",
    "",
    "(Application no. 4411/09)",
    "",
    "This judgment will become final in the circumstances set out in Article 44 § 2 of the Convention. It may be subject to editorial revision.",
    "",
    "[Excerpt: paragraphs 10-14 only; the rest left out.]",
    "",
    `10. ${CLAIM}`,
    "",
    "PETROVA AND OTHERS v. FREEDONIA JUDGMENT (MERITS)",
    "",
    `11. ${REPLY}`,
  );

  it("takes the case, not the court's formation, for the title, and the court named in the header for the outlet", () => {
    expect(judgment.meta.title).toBe("CASE OF PETROVA AND OTHERS v. FREEDONIA");
    expect(judgment.meta.outlet).toBe("European Court of Human Rights");
  });

  it("drops the running head, the status note and the editor's note on what is left out", () => {
    const all = texts(judgment).join("\n");
    expect(all).not.toMatch(/JUDGMENT \(MERITS\)|editorial revision|left out|FOURTH SECTION/);
    expect(bodyTexts(judgment)).toContain(`10. ${CLAIM}`);
  });
});

describe("a parliament's and the United Nations' records", () => {
  it("reads a sitting's date line as the record's date", () => {
    const debate = parse("debate.txt", "Border security", "", "Volume 712: debated on Tuesday 3 May 2022", "", CLAIM);
    expect(debate.meta.published).toBe("2022-05-03");
    expect(bodyTexts(debate)).toEqual([CLAIM]);
  });

  it("titles a meeting record by its organ, session and meeting, with its symbol, and drops its notices", () => {
    const record = parse(
      "record.txt",
      "United Nations                         S/PV.9991",
      "Security Council",
      "Eighty-first year",
      "9991st meeting",
      "Tuesday, 3 March 2026, 3 p.m.",
      "Geneva                                 Official Records",
      "",
      "This record contains the text of speeches delivered in French and of the translation of speeches delivered in the other languages.",
      "",
      `The President: ${CLAIM}`,
      "",
      "This record is subject to correction. Corrections should be addressed to the head of the verbatim service within a week of publication.",
    );
    expect(record.meta).toMatchObject({
      title: "Security Council, eighty-first year, 9991st meeting (S/PV.9991)",
      outlet: "United Nations",
      published: "2026-03-03",
    });
    expect(texts(record).join("\n")).not.toMatch(/Official Records|speeches delivered|subject to correction/);
  });
});

describe("a journal article", () => {
  const article = parse(
    "journal.txt",
    "Review of Caucasus Security Studies",
    "Vol. 12, No. 3 (2019), pp. 201-224",
    "Published online: 4 September 2019",
    "ISSN 1234-5678 (print) | Open access under CC BY-NC 4.0",
    "",
    "ORIGINAL ARTICLE",
    "",
    "Mines, Maps and Mediation: The Border Villages after 2016",
    "",
    "Mariam Tsiklauri",
    "",
    CLAIM,
    "",
    "© 2019 The Author(s). Published by the Caucasus Studies Society.",
    "Received 3 March 2019; revised 9 May 2019; accepted 1 June 2019.",
  );

  it("takes the line after the journal's issue line for the title and the journal for the outlet", () => {
    expect(article.meta).toMatchObject({
      title: "Mines, Maps and Mediation: The Border Villages after 2016",
      outlet: "Review of Caucasus Security Studies",
      published: "2019-09-04",
    });
  });

  it("drops the ISSN, licence and submission dates", () => {
    expect(texts(article).join("\n")).not.toMatch(/ISSN|Received 3 March|ORIGINAL ARTICLE/);
  });
});

describe("a podcast transcript", () => {
  const episode = parse(
    "episode.md",
    '# Frontier Hours — Episode 40: "Winter on the line"',
    "",
    "**[00:00:03] ANNA PETROSYAN:** Welcome back. Today, the shelling near Tovuz.",
    "",
    "**[00:00:09] ANNA PETROSYAN:** But first, a quick word from today's sponsor.",
    "",
    "**[00:00:12] DAVIT ORBELI:** This show is supported by Tarragon Maps, the offline atlas for travellers. Tarragon Maps works without a signal in the mountains. Listeners can get two months free at tarragonmaps dot example slash frontier.",
    "",
    `**[00:00:31] DAVIT ORBELI:** ${CLAIM}`,
    "",
    "*Frontier Hours is produced independently in Tbilisi. Opinions expressed by our guests are their own.*",
    "",
    '- Next episode: "The prisoners of Lachin"',
    "",
    'Theme: "Mountain Road" by R. Aslanyan. © 2026 Frontier Hours. All rights reserved.',
  );

  it("takes the show for the outlet and the episode, without the show's name and the quotes, for the title", () => {
    expect(episode.meta.title).toBe("Episode 40: Winter on the line");
    expect(episode.meta.outlet).toBe("Frontier Hours");
  });

  it("drops the sponsor read, the production note and the pointer to the next episode, and keeps the news", () => {
    const all = texts(episode).join("\n");
    expect(all).not.toMatch(/sponsor|Tarragon|produced independently|their own|Next episode/i);
    expect(all).toContain(CLAIM);
  });
});

describe("a forum thread", () => {
  const thread = parse(
    "thread.txt",
    "Welcome, Guest. Please log in or register. Did you miss your activation e-mail?",
    "",
    "Steppe Talk Forums",
    "",
    "Pages: [1] 2 3 ... 9 | Go Down | Print",
    "",
    "Shelling near Tovuz (Read 4,102 times)",
    "",
    "river_fox",
    "Senior Member",
    "Posts: 1,204",
    "Location: Gyumri, Armenia",
    "",
    "« on: May 03, 2019, 08:12:40 PM »",
    "",
    CLAIM,
    "",
    "▲ 12 ▼ 3",
    "",
    "Long live the steppe.",
    "",
    "goris_man",
    "Global Moderator",
    "",
    "« Reply #1 on: May 04, 2019, 10:01:22 AM »",
    "",
    "Quote from: river_fox on May 03, 2019, 08:12:40 PM",
    "",
    REPLY,
    "",
    "--",
    "Peace, from Goris",
    "",
    "Similar topics: Tovuz ceasefire | Mine maps | Travel to Goris",
  );

  it("is dated by its first post", () => {
    expect(thread.meta.published).toBe("2019-05-03");
  });

  it("keeps the posts and drops post headers, member fields, votes, signatures, pagers and the guest notes", () => {
    expect(bodyTexts(thread)).toEqual(expect.arrayContaining([CLAIM, REPLY]));
    const all = texts(thread).join("\n");
    expect(all).not.toMatch(
      /Welcome, Guest|activation|Pages:|Read 4,102|Senior Member|Moderator|Posts:|Location:|« |Quote from|▲|steppe\.|Peace, from|Similar topics/,
    );
  });
});

describe("a letters page", () => {
  it("names the paper from its home link and drops the letters desk's note", () => {
    const letters = parse(
      "letters.md",
      "[The Ridgeline Courier](/) · [News](/news) · [World](/world) · [Opinion](/opinion) · [Letters](/letters)",
      "",
      "# The toll in Tovuz was higher than you reported",
      "",
      "**Letters to the editor** · Monday 3 March 2026",
      "",
      CLAIM,
      "",
      "**Write to us:** editor@ridgeline.example — letters may be shortened for reasons of space. Please include your name and home address.",
    );
    expect(letters.meta).toMatchObject({ title: "The toll in Tovuz was higher than you reported", outlet: "The Ridgeline Courier", published: "2026-03-03" });
    expect(texts(letters).join("\n")).not.toMatch(/Write to us|shortened|home address/);
  });

  it("reads the paper a letters label names", () => {
    const letters = parse("letters.txt", "Letters to the editor — The Ridgeline Courier", "", "The toll in Tovuz was higher", "", CLAIM);
    expect(letters.meta.outlet).toBe("The Ridgeline Courier");
  });
});

describe("an organisation's memorial page, a press release and a video transcript", () => {
  it("takes the headline, not the organisation's strap line or the section, for the title", () => {
    const memorial = parse(
      "memorial.txt",
      "STEPPE PRESS MONITOR",
      "Independent documentation of human rights in the North Caucasus",
      "",
      "IN MEMORIAM",
      "",
      "A year without Arman Hakobyan, cameraman",
      "",
      CLAIM,
    );
    expect(memorial.meta).toMatchObject({ title: "A year without Arman Hakobyan, cameraman", outlet: "Steppe Press Monitor" });
    expect(texts(memorial).join("\n")).not.toMatch(/Independent documentation/);
  });

  it("drops an office's notice to visitors", () => {
    const release = parse(
      "release.txt",
      "Our district offices are open by appointment only. Call for assistance.",
      "",
      "Congresswoman Reed condemns shelling of Tovuz",
      "",
      CLAIM,
    );
    expect(texts(release).join("\n")).not.toMatch(/appointment|assistance/);
  });

  it("takes the quoted title of the video a transcript transcribes, and drops the pointer to the next video", () => {
    const video = parse(
      "video.txt",
      "STEPPE NEWS VIDEO",
      'Transcript of video: "Shelling resumes near Tovuz"',
      "Published: 3 March 2026 | Duration: 02:10",
      "",
      `NARRATOR: ${CLAIM}`,
      "",
      'Up next: "Why the river border matters" (03:12)',
    );
    expect(video.meta.title).toBe("Shelling resumes near Tovuz");
    expect(texts(video).join("\n")).not.toMatch(/Up next/);
  });
});
