// Broadcast pages met for the first time: a radio script's station and day in its header lines, a
// programme transcript that names its outlet only in its production note, a station whose name holds
// a dash, and the furniture of programmes and podcasts (rush-transcript notes, teasers for what comes
// next, links between items, credits, listening links) and of archives and news services. The news stays.
import { describe, expect, it } from "vitest";
import { bodyTexts, parse, texts } from "./helpers.ts";

describe("a radio script's header lines", () => {
  const script = parse(
    "kura-script.txt",
    "News bulletin script: Ceasefire talks open in Geneva",
    "RADIO KURA INTERNATIONAL - ENGLISH WORLD SERVICE",
    "Bulletin 1900 GMT, Monday 4 April 2016",
    "Duty editor: A. Berg | Reader: Lena Holt | Script archived from the station's telex log",
    "",
    "NEWSREADER: Armenia's foreign ministry said on Monday that its delegation had arrived in Geneva for the talks.",
    "",
    "Azerbaijan's defence ministry said two of its soldiers had been wounded overnight near Tartar.",
  );

  it("reads the station from its masthead without the language service, and the day from the bulletin's slot", () => {
    expect(script.meta.outlet).toBe("Radio Kura International");
    expect(script.meta.published).toBe("2016-04-04");
  });

  it("drops the duty editor's log line and keeps what was read", () => {
    const all = texts(script).join("\n");
    expect(all).not.toMatch(/Duty editor|telex log/);
    expect(all).toMatch(/delegation had arrived in Geneva/);
    expect(all).toMatch(/wounded overnight near Tartar/);
  });
});

describe("a programme transcript that names its outlet only in its production note", () => {
  const transcript = parse(
    "kura7.txt",
    "Talks in Geneva end without a deal",
    "Kura 7 - Night News | Transcript",
    "Wednesday, 6 April 2016, 22:00 CET",
    "Programme transcript. Produced by the Kura 7 transcription service; names as captioned on air.",
    "",
    "PRESENTER (ANNA VOSS): Good evening. The talks in Geneva have ended without an agreement, the mediators said tonight.",
    "",
    "PRESENTER: Anna Voss there. And the rest of the day's news after this.",
  );

  it("takes the broadcaster its transcription service is named after as the outlet", () => {
    expect(transcript.meta.outlet).toBe("Kura 7");
  });

  it("drops the production note and the link to the next item, and keeps the speaker's words", () => {
    const all = texts(transcript).join("\n");
    expect(all).not.toMatch(/Programme transcript|transcription service|rest of the day's news/);
    expect(all).toMatch(/ended without an agreement/);
  });
});

describe("a court desk's summary on a station's page", () => {
  const page = parse(
    "lakeside.md",
    "# Verdict summary: court in Baku jails two men for espionage",
    "",
    "**Lakeside Radio – Mountain Service** · Court desk · 3 May 2022, 10:00",
    "",
    "*Our court desk's summary of the verdict and what followed it. For the full report, listen to tonight's Mountain Hour.*",
    "",
    "The court sentenced both men to 12 years, the prosecutor's office said.",
  );

  it("keeps the dash of the station's name as it is written", () => {
    expect(page.meta.outlet).toBe("Lakeside Radio – Mountain Service");
    expect(page.meta.published).toBe("2022-05-03");
  });

  it("drops the desk's standfirst and its pointer to the broadcast", () => {
    const all = bodyTexts(page).join("\n");
    expect(all).not.toMatch(/court desk's summary|full report/);
    expect(all).toMatch(/sentenced both men to 12 years/);
  });
});

describe("a television transcript's furniture", () => {
  const transcript = parse(
    "evening.md",
    "# Shelling resumes on the border",
    "",
    "*The Evening Hour, Monday 4 April 2016. Rush transcript; this copy may not be in its final form.*",
    "",
    "**ANCHOR:** Good evening. Azerbaijan's defence ministry said its positions near Tartar were shelled overnight.",
    "",
    "**ANCHOR:** Still to come tonight: the harvest in Tavush, and what the drought will cost the farmers.",
    "",
    "BROOKE: The mayor of Goris said the road was closed. We'll take a short break. When we come back, the farmers of Tavush.",
    "",
    "That's the news at nine. Sport and weather are next, after the headlines in brief.",
  );

  it("drops the rush-transcript note, the teasers and the sign-off, and keeps the news and its speaker", () => {
    const all = texts(transcript).join("\n");
    for (const cue of [/Rush transcript/, /Still to come/, /short break/, /When we come back/, /news at nine/, /weather are next/])
      expect(all).not.toMatch(cue);
    expect(all).toMatch(/positions near Tartar were shelled/);
    expect(all).toMatch(/BROOKE: The mayor of Goris said the road was closed\./);
  });

  it("keeps a sentence that only looks like a teaser", () => {
    const news = parse(
      "teaser-like.txt",
      "Talks stall",
      "",
      "Still to come, the minister warned, are harder talks on the border.",
      "",
      "When we come back, we will rebuild the school, the refugees said.",
    );
    const all = texts(news).join("\n");
    expect(all).toMatch(/harder talks on the border/);
    expect(all).toMatch(/rebuild the school/);
  });
});

describe("a podcast episode's page", () => {
  const episode = parse(
    "episode.md",
    "# Episode 40 – The road through Lachin",
    "",
    "**Border Notes** | Northgate Audio | 2 May 2023 | 28 min",
    "",
    "▶ Listen on the web player · Apple Podcasts · Spotify · RSS",
    "",
    "This week the host goes through the closure of the road. Armenia's foreign ministry said the checkpoint broke the 2020 statement.",
    "",
    "## Further reading",
    "- Our guide: who guards the Lachin road",
    "- Episode 38: the first week of the blockade",
    "",
    "*Border Notes is produced by Northgate Audio. Producer: Tobias Brenner. Sound: Ana Ruiz. Subscribe wherever you get your podcasts, and tell a friend.*",
    "",
    "*Episode transcripts are generated automatically and may contain errors.*",
  );

  it("drops the listening links, the reading list, the credits and the transcript note", () => {
    const all = texts(episode).join("\n");
    for (const cue of [/Listen on/, /Our guide/, /Episode 38/, /produced by Northgate/, /Producer:/, /Sound:/, /Subscribe/, /generated automatically/]) {
      expect(all).not.toMatch(cue);
    }
    expect(all).toMatch(/checkpoint broke the 2020 statement/);
  });
});

describe("an archive's and a news service's notes", () => {
  it("drops the note on a digitised print edition and a service's reuse terms", () => {
    const article = parse(
      "ledger.md",
      "# Refugees reach Yerevan",
      "",
      "From the archive: this article was first published on March 3, 1990. It has been digitised from our print edition and may contain errors.",
      "",
      "About 2,000 refugees reached Yerevan on Friday, the Armenian government said.",
      "",
      "*Kura Wire material may not be republished without written permission. Subscriber terms apply.*",
    );
    const all = texts(article).join("\n");
    expect(all).not.toMatch(/digitised|republished|Subscriber terms/);
    expect(all).toMatch(/2,000 refugees reached Yerevan/);
  });
});
