// Site furniture and page-structure metadata met on first contact with unseen outlets (issue 7,
// "Metadata from page structure" and "0 boilerplate leaks"): wire end markers and transmission
// slugs, bracketed update notes, alternate-address lists, blog footers, sign-up prompts, agency
// credit lines, unofficial-summary notes, share bars, briefing headings. Every article here is
// written for the test; each class also keeps a sentence of news that must survive.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { copyrightOutlet, readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { titleCase } from "../../src/core/ingest/text.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "Shelling resumed near Tartar overnight, the district governor said.";

describe("wire bulletins", () => {
  const bulletin = parse(
    "bulletin.txt",
    "CASPIAN WIRE SERVICE",
    "Evening bulletin No. 4 -- Monday, 12 February 1990",
    "Transmitted 1815 Baku time",
    "",
    "=====================================",
    "",
    "CURFEW EXTENDED IN GANJA",
    "",
    "GANJA, February 12 (CWS) -- The curfew in Ganja was extended for a week, the city commandant said.",
    "",
    "(end items)",
    "",
    "-- 30 --",
  );

  it("drops the transmission slug and the end markers", () => {
    expect(texts(bulletin).join("\n")).not.toMatch(/Transmitted|end items|-- 30 --/);
    expect(bodyTexts(bulletin)).toEqual(["The curfew in Ganja was extended for a week, the city commandant said."]);
  });

  it("takes the item's heading as the title, not the slug or the divider", () => {
    expect(bulletin.meta.title).toBe("CURFEW EXTENDED IN GANJA");
    expect(bulletin.meta.published).toBe("1990-02-12");
  });

  it("cuts an end marker glued to the story's last sentence", () => {
    const article = parse("glued.txt", "Truce declared on the line of contact", "", `The truce took hold at noon, officials said. ${NEWS} Enditem`);
    expect(bodyTexts(article)).toEqual([`The truce took hold at noon, officials said. ${NEWS}`]);
  });

  it.each(["###", "(end)", "Enditem", "-- 30 --"])("takes %j alone for an end marker", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps news that speaks of an end or a transmission", () => {
    expect(isBoilerplate("The end of the war came in 1994, the ministry said.")).toBe(false);
    expect(isBoilerplate("Transmitted 40 messages to Baku overnight, the mission said.")).toBe(false);
  });

  it("reads an editors' note and an operator's initials as furniture", () => {
    const article = parse(
      "eds.txt",
      "NPS  03/11/1992  20:05 GMT",
      "BC-ARMENIA-AZERBAIJAN 2ndLd-Writethru",
      "Eds: ADDS Turkish reaction; pickup 5th graf",
      "",
      "Fighting spreads to Lachin road",
      "",
      NEWS,
      "",
      "NPS kb/rt",
    );
    expect(article.meta.title).toBe("Fighting spreads to Lachin road");
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("reads an agency's transmission stamp and the 'Agency Writer' line", () => {
    const article = parse(
      "ap.txt",
      "AP-NY-11-03-92 1740EST",
      "Refugees Reach Goris After Road Reopens",
      "By TIGRAN SAHAKIAN",
      "Associated Press Writer",
      "",
      NEWS,
    );
    expect(article.meta.published).toBe("1992-11-03");
    expect(article.meta.outlet).toBe("Associated Press");
  });
});

describe("page furniture of news sites", () => {
  it("reads a date with a bracketed 'Last Update' note and drops the line", () => {
    expect(readMetadataLine("Monday, 9 November 2020 7:05 PM  [ Last Update: Monday, 9 November 2020 11:20 PM ]")?.date?.iso).toBe("2020-11-09");
    const article = parse(
      "upd.txt",
      "Caspian Voice",
      "Home > World > Caucasus",
      "",
      "Shells land in border villages, governor says",
      "",
      "Monday, 9 November 2020 7:05 PM  [ Last Update: Monday, 9 November 2020 11:20 PM ]",
      "",
      NEWS,
    );
    expect(article.meta.published).toBe("2020-11-09");
    expect(texts(article).join("\n")).not.toContain("Last Update");
  });

  it("drops 'Loading ...' and a list of the site's alternate addresses", () => {
    const article = parse(
      "mirror.txt",
      "Shells land in border villages",
      "",
      NEWS,
      "",
      "Loading ...",
      "",
      "Caspian Voice's website can also be accessed at the following alternate addresses:",
      "www.caspianvoice.ir | www.caspianvoice.tv",
    );
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("drops a blog's category footer and an 'Updated about N hours ago' line", () => {
    const article = parse(
      "blog.txt",
      "Four soldiers killed in Martakert",
      "Published May 3, 2012",
      "Updated about 7 hours ago",
      "",
      NEWS,
      "",
      "Posted in Diaspora, Karabakh | Comments Off",
    );
    expect(article.meta.published).toBe("2012-05-03");
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("drops sign-up prompts, agency credit lines and share bars", () => {
    const article = parse(
      "prompts.md",
      "# Drone strikes hit Aghdam depot",
      "",
      "MARMARA TIMES WITH AGENCIES",
      "",
      NEWS,
      "",
      "Share: [Facebook] [X] [Print version]",
      "",
      "Join The Marmara Times community -- sign up for our Morning Edition and never miss the top stories.",
      "",
      "**Subscribe to the Assembly Brief** – our weekly summary of every vote in the chamber.",
      "",
      "*Subscribe to the Marmara Times for full access.* | *Share this article*",
    );
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("drops the headlines listed under a bracketed 'Editor's Pick' at the end of a wire story", () => {
    const article = parse(
      "pick.txt",
      "Baku halts offensive",
      "",
      NEWS,
      "",
      "[Editor's Pick]",
      "- Ankara pledges support to Baku",
      "- Moscow urges restraint in the Caucasus",
    );
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("drops a table of contents above a briefing's excerpt", () => {
    const article = parse(
      "toc.txt",
      "Briefing by the ministry spokesman, Baku, March 3, 2021",
      "",
      "Table of contents",
      " ...",
      " Answers to media questions:",
      "  2. Mine clearance in Aghdam",
      "  3. Prisoner exchange: status",
      " ...",
      "",
      NEWS,
    );
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("drops a navigation strip led by the site's own name", () => {
    expect(isBoilerplate("Caspian Relief Society | Where we work | What we do | War & law | Donate")).toBe(true);
    expect(isBoilerplate("Karabakh talks | Baku | Yerevan | Moscow reacts")).toBe(false);
  });

  it("drops widget rows and 'most read' headers", () => {
    expect(isBoilerplate("Print | E-mail to a friend | Comments (0)")).toBe(true);
    expect(isBoilerplate("Most read this week >>")).toBe(true);
  });
});

describe("notes around official records", () => {
  it("drops an unofficial-summary note and the end of a briefing's excerpt", () => {
    const article = parse(
      "digest.md",
      "## Council hears both sides on Lachin",
      "",
      "*Unofficial summary prepared by Council Notes Digest. Not an official record.*",
      "",
      NEWS,
      "",
      "(The briefing continued on other topics.)",
    );
    expect(bodyTexts(article)).toEqual([NEWS]);
  });

  it("keeps a summary that reports what someone said", () => {
    expect(isBoilerplate("An unofficial summary prepared by Baku's negotiators said 40 soldiers had died.")).toBe(false);
  });

  it("takes a briefing transcript's heading as its title, and the masthead as its outlet", () => {
    const article = parse(
      "briefing.txt",
      "U.S. MISSION TO THE OSCE",
      "Home > Press > Briefings",
      "",
      "Mission Press Briefing – March 2, 2021",
      "",
      "Jane Roe, Mission Spokesperson",
      "Vienna",
      "",
      "QUESTION: Is the ceasefire holding?",
      "",
      "MS ROE: We are watching it closely and we call on both sides to respect it.",
    );
    expect(article.meta.title).toBe("Mission Press Briefing – March 2, 2021");
    expect(article.meta.published).toBe("2021-03-02");
    expect(article.meta.outlet).toMatch(/^U\.S\. Mission to the OSCE$/i);
  });

  it("keeps initials in a masthead set in capitals", () => {
    expect(titleCase("U.S. DEPARTMENT OF STATE")).toBe("U.S. Department of State");
    expect(titleCase("REPORT.AZ")).toBe("Report.az");
  });
});

describe("mastheads, taglines and labels in the page head", () => {
  it("drops a tagline under the masthead and takes the headline below it", () => {
    const article = parse(
      "tagline.txt",
      "THE LORI COURIER",
      "Lori's independent English-language weekly",
      "Home > News > Region",
      "",
      "Farmers near the border count their losses",
      "",
      NEWS,
    );
    expect(article.meta.title).toBe("Farmers near the border count their losses");
    expect(article.meta.outlet).toBe("The Lori Courier");
    expect(texts(article).join("\n")).not.toContain("weekly");
  });

  it("takes a headline ending in a bare quote under a capitals masthead", () => {
    const article = parse(
      "quote.txt",
      "BLACK SEA DIPLOMATIC REVIEW",
      "Documents | Karabakh settlement",
      "",
      'Mediators: the sides agree to "prepare their peoples for peace"',
      "",
      "21.02.2019 | 11:05",
      "",
      "The mediators on Tuesday released a statement after two days of talks in Vienna between the foreign ministers.",
    );
    expect(article.meta.title).toBe('Mediators: the sides agree to "prepare their peoples for peace"');
    expect(article.meta.outlet).toBe("Black Sea Diplomatic Review");
  });

  it("never takes a section or a date for the outlet", () => {
    const legal = parse("legal.txt", "Court rules on displaced families", "", "LEGAL AFFAIRS | 9 May 2016", "By the Caspian Law Review desk", "", NEWS);
    expect(legal.meta.outlet).toBe("Caspian Law Review");
    expect(legal.meta.published).toBe("2016-05-09");
    const region = parse("region.txt", "RIGHTS LEDGER | Europe & Central Asia", "", "Detainees describe beatings", "", NEWS);
    expect(region.meta.outlet?.toLowerCase()).toBe("rights ledger");
  });

  it("reads a printed page's date line with its page number", () => {
    const article = parse("print.txt", "THE EVENING STANDARD-BEARER", "Tuesday, March 8, 1988            Page B2", "", "Toll in Sumgait riots rises", "", NEWS);
    expect(article.meta.published).toBe("1988-03-08");
    expect(article.meta.title).toBe("Toll in Sumgait riots rises");
  });

  it("drops a semicolon-joined time stamp and reads its date", () => {
    expect(readMetadataLine("Tuesday, March 1, 1994; 4:10 p.m. EST")?.date?.iso).toBe("1994-03-01");
  });

  it("reads the date from a 'Source:' line that also names an editor", () => {
    const line = readMetadataLine("Source: Caspian Newswire | 2016-04-05 09:12:40 | Editor: li");
    expect(line?.outlet).toBe("Caspian Newswire");
    expect(line?.date?.iso).toBe("2016-04-05");
  });

  it("takes a long headline in title case, and a capitals headline wrapped over two lines", () => {
    const long = parse(
      "un.txt",
      "Following Clashes on the Border, Senior Official Urges Restraint, Humanitarian Access, as Armenia, Azerbaijan Trade Accusations in General Assembly Committee",
      "",
      "Briefing the committee today, a senior official called for calm and for access to the wounded on both sides.",
    );
    expect(long.meta.title).toMatch(/^Following Clashes/);
    const wrapped = parse(
      "caps.txt",
      "Press Release",
      "SC/9999",
      "",
      "COUNCIL CALLS FOR IMMEDIATE RETURN OF ALL DISPLACED PERSONS",
      "TO THEIR HOMES IN THE BORDER DISTRICTS",
      "",
      NEWS,
    );
    expect(wrapped.meta.title).toBe("COUNCIL CALLS FOR IMMEDIATE RETURN OF ALL DISPLACED PERSONS TO THEIR HOMES IN THE BORDER DISTRICTS");
  });

  it("keeps a capitals headline and its capitals subhead apart", () => {
    const article = parse("sub.txt", "TRUCE HOLDS ON THE LINE OF CONTACT", "BAKU ACCUSES YEREVAN OF VIOLATIONS", "", NEWS);
    expect(article.meta.title).toBe("TRUCE HOLDS ON THE LINE OF CONTACT");
  });

  it("takes the long form of an agency's name printed beside its abbreviation", () => {
    const article = parse(
      "abbr.txt",
      "KNW  KURA NEWSWIRE",
      "14-MAY-2021 10:05 GMT+4",
      "",
      "Border commission meets in Gazakh",
      "",
      "GAZAKH, May 14 (KNW) - The border commissions of the two countries met on Friday, officials said.",
    );
    expect(article.meta.outlet).toBe("Kura Newswire");
    const plain = parse("the.txt", "THE KURA HERALD", "", "Border commission meets in Gazakh", "", NEWS);
    expect(plain.meta.outlet).toBe("The Kura Herald");
  });

  it("names the office, not its holder, when a site's masthead prints both", () => {
    const article = parse(
      "office.txt",
      "President of the Republic of Armenia VAHAGN KHACHATURYAN",
      "Official website",
      "",
      "The President received the ambassador",
      "",
      NEWS,
    );
    expect(article.meta.outlet).toBe("President of the Republic of Armenia");
  });

  it("credits a press release with a United Nations document symbol to the United Nations", () => {
    const article = parse("un.txt", "Press Release", "SC/9999", "12 May 1994", "", "COUNCIL WELCOMES CEASEFIRE IN NAGORNO-KARABAKH", "", NEWS);
    expect(article.meta.outlet).toBe("United Nations");
    expect(texts(article).join("\n")).not.toContain("SC/9999");
  });

  it("never takes a capitals headline with a colon for a masthead", () => {
    const article = parse(
      "colon.txt",
      "Caspian Policy Group",
      "Europe Report N°41 | 3 March 2009",
      "",
      "KARABAKH: THE COST OF WAITING",
      "",
      "[Excerpt. The full report runs to 30 pages]",
      "",
      NEWS,
    );
    expect(article.meta.title).toBe("KARABAKH: THE COST OF WAITING");
    expect(article.meta.outlet).toBe("Caspian Policy Group");
  });

  it("drops a report's series number and joins its title wrapped over three lines of capitals", () => {
    const article = parse(
      "paper.txt",
      "BORDER VILLAGES MONITORING PROJECT",
      "",
      "Briefing Paper 4",
      "",
      "DISPLACED FAMILIES OF TAVUSH:",
      "WHAT THE AUTHORITIES PROMISE AND WHAT",
      "HAS BEEN DELIVERED",
      "",
      "Issued 3 March 1995",
      "",
      NEWS,
    );
    expect(article.meta.title).toBe("DISPLACED FAMILIES OF TAVUSH: WHAT THE AUTHORITIES PROMISE AND WHAT HAS BEEN DELIVERED");
    expect(texts(article).join("\n")).not.toContain("Briefing Paper 4");
  });
});

describe("newsletter sign-offs and page invitations", () => {
  const digest = parse(
    "digest.txt",
    "THE MORNING LINE",
    "",
    "Shelling resumed near Tartar overnight, the district governor said.",
    "",
    "Enjoying the Morning Line? Share it with a friend.",
    "",
    "That's all for today. We'll be back tomorrow at 7 a.m.",
    "",
    "Have a tip or a correction? Write to the news desk.",
    "",
    "Follow the Line on LinkedIn.",
  );

  it("keeps the news and drops the sign-off, the prompts and the follow line", () => {
    const body = bodyTexts(digest).join("\n");
    expect(body).toContain(NEWS);
    for (const furniture of ["Share it with a friend", "We'll be back tomorrow", "Have a tip", "on LinkedIn"]) expect(body).not.toContain(furniture);
  });

  it("does not take a resident's vow for a sign-off", () => {
    expect(isBoilerplate("We'll be back in Shusha one day, the refugees vowed.")).toBe(false);
  });
});

describe("a wire story's closing notes", () => {
  const story = parse(
    "closing.txt",
    "BC-Armenia-Azerbaijan 2nd Ld-Writethru   03-14",
    "",
    "YEREVAN, March 14 (CWS) -- Two soldiers were wounded near Berd, the defence ministry said.",
    "",
    '-- Related: "What the truce says" | "The envoy in Baku"',
    "",
    "-- Corrections: An earlier version of this story misspelled the village's name.",
    "",
    "((Reporting by staff in Yerevan and Baku; edited by Ann Lee; +374 10 000 000))",
    "",
    "ADVISORY: The wire will move a list of the wounded when the ministry releases it.",
    "",
    "CWS-AM-jk 14-03-94 1730GMT",
  );

  it("keeps the news and drops the slug, the notes, the credits, the advisory and the take's end", () => {
    expect(bodyTexts(story)).toEqual(["Two soldiers were wounded near Berd, the defence ministry said."]);
  });

  it("still keeps a news line that opens with a double hyphen", () => {
    expect(isBoilerplate("-- The ministry said two soldiers were wounded near Berd.")).toBe(false);
  });
});

describe("an agency's bureau line and a paper's languages", () => {
  it.each(["Caspian Press Agency — Ganja bureau.", "The Kura Weekly is published in Azerbaijani, English and Russian."])("drops %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps a bureau chief who speaks", () => {
    expect(isBoilerplate("Caspian Press Agency — Ganja bureau chief Ali Rezai said the shells fell near the river.")).toBe(false);
  });
});

describe("an old wire's head and tail", () => {
  const story = parse(
    "careted.txt",
    "BC-Armenia-Azerbaijan 2nd Ld-Writethru   02-14",
    "^Yerevan and Baku give different tolls for border clash^",
    "By Ann Lee",
    "Caspian Wire Service",
    "",
    "YEREVAN (CWS) - Two soldiers were killed near Berd, the defence ministry said.",
    "",
    "CWS-AM-jk 14-02-91 1730GMT",
  );

  it("takes the headline between carets for the title, the slug between them being furniture", () => {
    expect(story.meta.title).toBe("Yerevan and Baku give different tolls for border clash");
    expect(isBoilerplate("^AM-Armenia-Azerbaijan, 2nd Ld-Writethru^")).toBe(true);
  });

  it("dates the story by the take's closing line, day before month", () => {
    expect(story.meta.published).toBe("1991-02-14");
  });

  it("never takes a wrap slug for the headline", () => {
    const wrap = parse("wrap.txt", "ARMENIA-AZERBAIJAN / Berd (wrap)", "", "Two soldiers killed near Berd", "", NEWS);
    expect(wrap.meta.title).toBe("Two soldiers killed near Berd");
  });
});

describe("a desk under the masthead", () => {
  it("names the masthead as the outlet, not the desk", () => {
    const page = parse(
      "desk.txt",
      "CASPIAN NEWS SERVICE",
      "International Desk | Wednesday, 14 September 2022 | 21:15 IST",
      "",
      "Border clashes ease",
      "",
      NEWS,
    );
    expect(page.meta.outlet).toBe("Caspian News Service");
    expect(page.meta.published).toBe("2022-09-14");
  });
});

describe("a copyright footer with a dash before its rights", () => {
  it("names the owner without the dash", () => {
    expect(copyrightOutlet("© Le Courrier Caspien 2016 – all rights reserved")).toBe("Le Courrier Caspien");
  });
});

describe("a wire story dated only by its dateline's day", () => {
  const lines = (copyright: string) =>
    parse(
      "wire.txt",
      "Refugees describe their flight through the snow",
      "",
      "AGDAM, Azerbaijan, March 4 (CWS) - Refugees reached the town after three days in the hills.",
      "",
      copyright,
    );

  it("takes the year from the wire's own copyright line", () => {
    expect(lines("Copyright 1992 Caspian Wire Service. All rights reserved.").meta.published).toBe("1992-03-04");
  });

  it("never from a site's copyright that is not the credited wire's", () => {
    expect(lines("© 2024 Archive Reader Ltd. All rights reserved.").meta.published).toBeNull();
  });

  it("takes the date from the wire's transmission stamp, whatever the agency's name and spacing", () => {
    expect(lines("CWS 041132 GMT MAR 92").meta.published).toBe("1992-03-04");
    expect(lines("CASPIANWIRE  041132 GMT MAR 16").meta.published).toBe("2016-03-04");
    expect(lines("041132Z MAR 09").meta.published).toBe("2009-03-04");
  });
});

describe("a wire's starred head line, its lead slug and its closing agency mark", () => {
  const story = parse(
    "starred.txt",
    "EASTLINE ** Prague ** 12 November 2014 ** 19:42 CET",
    "ARMENIA-AZERBAIJAN-HELICOPTER /2nd lead/",
    "Helicopter shot down near the front line",
    "",
    NEWS,
    "",
    "-- CWS --",
  );

  it("reads the date, never the slug for the title, and drops the mark", () => {
    expect(story.meta.published).toBe("2014-11-12");
    expect(story.meta.title).toBe("Helicopter shot down near the front line");
    expect(bodyTexts(story)).toEqual([NEWS]);
  });
});

describe("a French wire's head and tail", () => {
  const story = parse(
    "afp.txt",
    "AHP0412 4 I 0517 /AHP-KA11",
    "URSS-Azerbaidjan-Armenie, 2nd lead, adds funerals",
    "",
    "Baku buries its dead",
    "",
    NEWS,
    "",
    "pym/jd/rb",
  );

  it("drops the desk slug with its code, the lead slug and the operators' initials, and keeps the headline", () => {
    expect(story.meta.title).toBe("Baku buries its dead");
    expect(bodyTexts(story)).toEqual([NEWS]);
  });
});
