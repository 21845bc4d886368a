// Page structure met on first contact with officials' texts, broadcasts and archives: a telex's
// service header and stamps, a monitoring service's reference line and desk address, an old site's
// "Site :: Section :: Headline" title, a radio script's running order and a programme's cast, a
// segment named in its programme's field, a station's masthead beside its show, an advisory's headline
// under its note to editors, and the furniture of feeds, scans, printed pages, phone-ins and pages of
// others' texts. Every article keeps its news, and what is said in it.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers.ts";

describe("a telex with its service header, stamps and sign-offs", () => {
  const telex = parse(
    "telex.txt",
    "KESTREL NEWS AGENCY (KNA) -- MOSCOW BUREAU",
    "SERVICE: FOREIGN/USSR          PRIORITY: URGENT          ITEM 0233",
    "TRANSMITTED 1910 GMT 21 FEB 88 VIA TELEX",
    "",
    "KARABAKH REGIONAL SOVIET ASKS FOR TRANSFER TO ARMENIA",
    "",
    "MOSCOW, Feb 21 (KNA) -- The regional soviet of Nagorno-Karabakh voted on Saturday to ask for the region's transfer to Armenia, the Soviet news agency TASS said.",
    "",
    "Officials in Baku said the vote had no force in law.",
    "",
    "(MORE TO FOLLOW IF WARRANTED)",
    "KNA/MOS/PL/0233 1910",
  );

  it("takes the story's headline as the title and the transmission stamp's day as the date", () => {
    expect(telex.meta.title).toBe("KARABAKH REGIONAL SOVIET ASKS FOR TRANSFER TO ARMENIA");
    expect(telex.meta.published).toBe("1988-02-21");
  });

  it("indexes neither the service fields nor the routing code and sign-off, and keeps what TASS and Baku said", () => {
    const all = texts(telex).join("\n");
    expect(all).not.toMatch(/SERVICE:|TRANSMITTED|MORE TO FOLLOW|KNA\/MOS/);
    expect(all).toMatch(/the Soviet news agency TASS said/);
    expect(all).toMatch(/Officials in Baku said the vote had no force/);
  });
});

describe("a correspondent's telex logged on arrival in French", () => {
  const telex = parse(
    "arrivee.txt",
    "AGENCE DAKAR-PRESSE (ADP)",
    "TLX ADP 0412/92 -- URGENT -- RECU DAKAR 14 MAI 1992 09H15",
    "",
    "ARMENIE/AZERBAIDJAN: SHUSHA TAKEN -- OUR CORRESPONDENT REPORTS",
    "",
    "MOSCOW, MAY 14 (ADP) -- Azerbaijan's defence ministry said Armenian forces had taken Shusha after two days of fighting.",
    "",
    "ADP/ETR/MOS 0514 0915 -- FIN DE TRANSMISSION",
    "PRIERE ACCUSER RECEPTION -- REDACTION DAKAR",
  );

  it("dates it by its receipt stamp, names the agency from its masthead and takes the story's headline", () => {
    expect(telex.meta.published).toBe("1992-05-14");
    expect(telex.meta.outlet?.toLowerCase()).toBe("agence dakar-presse");
    expect(telex.meta.title).toBe("ARMENIE/AZERBAIDJAN: SHUSHA TAKEN -- OUR CORRESPONDENT REPORTS");
  });

  it("drops the receipt stamp and the operator's closing lines", () => {
    const all = texts(telex).join("\n");
    expect(all).not.toMatch(/TLX ADP|FIN DE TRANSMISSION|ACCUSER RECEPTION/);
    expect(all).toMatch(/defence ministry said Armenian forces had taken Shusha/);
  });
});

describe("a monitoring digest's head: desk address, licence and reference line", () => {
  const digest = parse(
    "digest.txt",
    "KESTREL MONITORING SERVICE",
    "Caucasus Desk | Kwame Nkrumah Street, Accra, Ghana",
    "SUBSCRIBER FEED - for the internal use of licensed clients only",
    "Ref: KMS/CAU/160402/004                  Saturday 2 April 2016",
    "",
    "ARMENIA, AZERBAIJAN: FIGHTING ON THE LINE OF CONTACT - MONITORED COVERAGE",
    "",
    "Source: Hayk-1 TV, Yerevan, in Armenian 1600 gmt 2 Apr 16",
    "",
    "Armenia's defence ministry said Azerbaijani forces had launched an offensive overnight.",
    "",
    "Redistribution outside the licensed organisation is prohibited.",
  );

  it("takes the coverage's heading as the title, not the desk's address, and the reference line's day as the date", () => {
    expect(digest.meta.title).toBe("ARMENIA, AZERBAIJAN: FIGHTING ON THE LINE OF CONTACT - MONITORED COVERAGE");
    expect(digest.meta.published).toBe("2016-04-02");
  });

  it("indexes neither the address nor the licence notes, and keeps the ministry's words", () => {
    const all = texts(digest).join("\n");
    expect(all).not.toMatch(/Nkrumah|internal use|Redistribution/);
    expect(all).toMatch(/defence ministry said Azerbaijani forces had launched an offensive/);
  });
});

describe("a service's masthead with its product and day", () => {
  const roundup = parse(
    "roundup.txt",
    "KESTREL WIRE SERVICE — WORLD ROUNDUP — 12 MAY 1994",
    "",
    "Ceasefire takes hold in Karabakh",
    "",
    "BAKU, May 12 -- Azerbaijan's defence ministry said the front was quiet.",
  );

  it("reads the outlet and the day from it and never indexes it", () => {
    expect(roundup.meta.outlet).toBe("Kestrel Wire Service");
    expect(roundup.meta.published).toBe("1994-05-12");
    expect(texts(roundup).join("\n")).not.toMatch(/WORLD ROUNDUP/);
  });
});

describe('an old page whose title is "Site :: Section :: Headline"', () => {
  const page = parse(
    "oldsite.md",
    "---",
    'title: "Sahel Evening Online :: International :: Talks in Florida end without a deal"',
    "published: 2001-04-07",
    "---",
    "Four days of talks ended without a deal, the mediators said.",
  );

  it("takes the last part as the title and the first as the outlet", () => {
    expect(page.meta.title).toBe("Talks in Florida end without a deal");
    expect(page.meta.outlet).toBe("Sahel Evening Online");
  });
});

describe("a radio script's running order, reader line and archive note", () => {
  const script = parse(
    "script.txt",
    "LAKESIDE RADIO NEWS SERVICE | WORLD DESK",
    "",
    "EVENING REPORT",
    "Item 3 of 7: BORDER / TAVUSH -- VOICER FROM YEREVAN",
    "Reader: duty announcer | Correspondent: Foreign Desk, Goris",
    "",
    "[Archive note: This script was digitised in 2010 from the station's carbon copies. Names are spelt as they were read on air.]",
    "",
    "PRESENTER: Armenia's defence ministry says two of its soldiers were wounded overnight near the border.",
  );

  it("has no title: the item line is the running order's, not a headline", () => {
    expect(script.meta.title).toBeNull();
  });

  it("indexes neither the item line, the reader line nor the archive note, and keeps what was read", () => {
    const all = texts(script).join("\n");
    expect(all).not.toMatch(/Item 3 of 7|duty announcer|digitised/);
    expect(all).toMatch(/two of its soldiers were wounded overnight/);
  });
});

describe("a television transcript's programme field, cast and production notes", () => {
  const transcript = parse(
    "tv.txt",
    "HARBOUR EVENING TELEVISION (HET) -- TRANSCRIPTS",
    'Programme: THE WORLD AT NINE | Segment: "Ten years after the Bishkek truce"',
    "Aired: Monday 12 May 2004, 21:00 | Transcript posted: 13 May 2004",
    "Speakers: ANCHOR (studio); CORRESPONDENT (Baku bureau); ARCHIVE (voice-over)",
    "Transcript produced by HET Transcription Services.",
    "",
    "[00:00:05] ANCHOR: Good evening. Ten years ago tonight the guns fell silent in Nagorno-Karabakh.",
    "",
    "[00:00:40] CORRESPONDENT: Azerbaijan's foreign ministry said on Monday that the truce must lead to a withdrawal.",
    "",
    "HET transcripts are prepared under deadline and may contain errors.",
  );

  it("takes the segment's quoted title as the title", () => {
    expect(transcript.meta.title).toBe("Ten years after the Bishkek truce");
  });

  it("indexes neither the cast nor the production notes, and keeps the ministry's words", () => {
    const all = texts(transcript).join("\n");
    expect(all).not.toMatch(/Speakers:|Transcription Services|under deadline/);
    expect(all).toMatch(/foreign ministry said on Monday that the truce must lead to a withdrawal/);
  });
});

describe("a phone-in's station masthead, guest line and listeners' prompts", () => {
  const phoneIn = parse(
    "phonein.txt",
    'RIVERSIDE TALK FM 101.2 -- "THE EVENING CALL" -- PHONE-IN TRANSCRIPT',
    "Tuesday 3 October 2023 | 18:05-18:55 GMT | Host: The Evening Call presenter",
    "Guest (by telephone from Baku): Leyla Aliyeva, deputy foreign minister",
    "Callers' questions were screened by the production team. Transcript edited for length and clarity.",
    'Podcast of this programme | Text "CALL" to 5050 to join the conversation | Standard SMS rates apply',
    "",
    "HOST: Good evening and welcome to The Evening Call.",
    "",
    "ALIYEVA: Our ministry has said that the operation is over and that civilians are free to stay.",
  );

  it("names the station as the outlet and has no title", () => {
    expect(phoneIn.meta.outlet).toBe("Riverside Talk FM");
    expect(phoneIn.meta.title).toBeNull();
  });

  it("indexes neither the guest line nor the screening notes and text prompts, and keeps the guest's words", () => {
    const all = texts(phoneIn).join("\n");
    expect(all).not.toMatch(/Guest \(|screened|edited for length|SMS|5050/);
    expect(all).toMatch(/the operation is over and that civilians are free to stay/);
  });
});

describe("a wire advisory's headline under its note to editors", () => {
  const advisory = parse(
    "advisory.txt",
    "KESTREL WIRE SERVICE (KWS) -- WORLD ADVISORY",
    "SLUG: CAUCASUS-BORDER/ADVISORY",
    "NOTE TO EDITORS: This advisory is updated as the story develops. The latest update is at the top of each numbered item. Not for publication in this form; pick up the running story CAUCASUS-BORDER.",
    "",
    "HEADLINE: Border crossing closed for a third day",
    "",
    "UPDATE 1 (May 3, 10:40 GMT)",
    "Armenia's foreign ministry said the crossing had been closed by Azerbaijani troops.",
  );

  it("takes the headline field as the title", () => {
    expect(advisory.meta.title).toBe("Border crossing closed for a third day");
  });
});

describe("a scanned printed page: price line, advertisements, jump line and masthead with post box", () => {
  const page = parse(
    "scan.txt",
    "[Digitised from microfilm. Reel ABC-1992-02, frame 0041. Automatic text recognition; errors may remain.]",
    "",
    "THE HARBOUR WEEKLY SENTINEL          Wednesday, March 4, 1992          Page 5",
    "WORLD                                                    Price: 100 F CFA",
    "",
    "  TOWN FALLS AFTER THREE DAYS",
    "",
    "  Azerbaijan's defence ministry said on Monday that Armenian forces had taken the town after three days of fighting.",
    "",
    "  (Continued on Page 9, col. 3)",
    "",
    "KOFFI & FILS - Hardware and paint -",
    "Central Market - Tel. 22 31 08 | Best prices",
    "",
    "The Harbour Weekly Sentinel — P.O. Box 1200, Safat, Kuwait.",
  );

  it("takes the story's headline as the title", () => {
    expect(page.meta.title).toBe("TOWN FALLS AFTER THREE DAYS");
  });

  it("indexes none of the page's furniture and keeps the ministry's words", () => {
    const all = texts(page).join("\n");
    expect(all).not.toMatch(/microfilm|Price:|Continued on|KOFFI|Tel\. 22|P\.O\. Box/);
    expect(all).toMatch(/defence ministry said on Monday that Armenian forces had taken the town/);
  });
});

describe("a page of others' texts: its notes on how they are carried", () => {
  const page = parse(
    "community.txt",
    "HARBOUR COMMUNITY WIRE",
    "Statements from foreign missions | Port Louis",
    "",
    "Note from the Wire: releases are published as received from the issuing organisation. The Wire does not edit, verify or endorse submitted statements.",
    "",
    "EMBASSY CONDEMNS SHELLING OF BORDER VILLAGE",
    "",
    "The embassy said the shelling of the village had killed two civilians.",
    "",
    "Letters are reproduced as received from their authors. The Review does not verify or endorse their contents.",
    "",
    "The views expressed in Opinion pieces are the author's own and do not necessarily reflect the position of the Review.",
    "",
    "It is a non-partisan, 501(c)(3) tax-exempt membership organization.",
    "",
    "Method note: KMO monitors main evening bulletins from recordings. KMO takes no position on the conflict.",
  );

  it("takes the statement's heading as the title, not the wire's line on what it carries", () => {
    expect(page.meta.title).toBe("EMBASSY CONDEMNS SHELLING OF BORDER VILLAGE");
  });

  it("indexes none of the notes and keeps what the embassy said", () => {
    const all = texts(page).join("\n");
    expect(all).not.toMatch(/foreign missions|as received|endorse|views expressed|501\(c\)|Method note/);
    expect(all).toMatch(/The embassy said the shelling of the village had killed two civilians/);
  });

  it("keeps sentences that report what a party said even when they look like notes", () => {
    const news = parse(
      "news.txt",
      "Talks stall in Geneva",
      "",
      "Statements are published as received, the ministry said.",
      "",
      "Russia does not endorse the plan, Lavrov said.",
      "",
      "Note for subscribers: the ministry said on Monday that 12 soldiers were killed near Tovuz.",
    );
    const all = texts(news).join("\n");
    expect(all).toMatch(/published as received, the ministry said/);
    expect(all).toMatch(/Russia does not endorse the plan, Lavrov said/);
    expect(all).toMatch(/12 soldiers were killed near Tovuz/);
  });
});

describe("a weekly paper's chronology under its masthead and English supplement", () => {
  const page = parse(
    "chronology.md",
    "**LE COURRIER DE DOUALA — English supplement**",
    "*Friday 13 May 1994 · Foreign pages*",
    "",
    "# The week in the Caucasus: a truce at last",
    "",
    "*Our weekly chronology of the war in the Caucasus.*",
    "",
    "**Monday 9 May.** Azerbaijan's defence minister signs the ceasefire in Baku, the ministry says.",
    "",
    "Le Courrier de Douala · BP 412 Douala · Reproduction interdite sans autorisation.",
  );

  it("takes the heading as the title and the masthead as the outlet", () => {
    expect(page.meta.title).toBe("The week in the Caucasus: a truce at last");
    expect(page.meta.outlet?.toLowerCase()).toBe("le courrier de douala");
  });

  it("indexes neither the standfirst nor the paper's foot line", () => {
    const all = texts(page).join("\n");
    expect(all).not.toMatch(/Our weekly chronology|BP 412|Reproduction interdite/);
    expect(all).toMatch(/signs the ceasefire in Baku, the ministry says/);
  });
});
