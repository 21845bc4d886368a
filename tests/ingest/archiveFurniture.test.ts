// Archival and institutional page furniture met on first contact with two new annotated sets
// (issue 7, "metadata from page structure" and boilerplate): teletype transmissions, monitoring
// digests, print-archive notes, site names after a page title, newsletter taglines, verbatim
// records and institutional mastheads. Every article here is written for the test; each keeps a
// sentence of news that must survive, and the metadata is read from the furniture it drops.
import { describe, expect, it } from "vitest";
import { htmlArticleText } from "../../src/adapters/html/articleText.ts";
import { readHtmlPage } from "../../src/adapters/html/readHtmlPage.ts";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { metadataDate, readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "Shelling resumed near Tartar overnight, the district governor said.";

describe("teletype transmissions", () => {
  const teletype = parse(
    "teletype.txt",
    "ZCZC TASS0417 4SUM",
    "TASS 041830 GMT MAR 88 OK",
    "(Eds: Earlier items on the unrest in Stepanakert moved Feb 27 and Feb 29.)",
    "",
    "KARABAKH DELEGATION RECEIVED IN MOSCOW",
    "",
    "MOSCOW, March 4 (TASS) -- A delegation from the autonomous region was received at the Central Committee on Friday, a spokesman said.",
    "",
    NEWS,
    "",
    "(Eds: Corrects spelling of Askeran in 2nd graf)",
    "tas/ab/13",
    "NNNN",
  );

  it("keeps the start line, the stamp, the editors' notes, the operator's code and the end mark out of the passages", () => {
    expect(texts(teletype).join("\n")).not.toMatch(/ZCZC|NNNN|041830|Eds:|tas\/ab/);
    expect(bodyTexts(teletype)).toEqual(["A delegation from the autonomous region was received at the Central Committee on Friday, a spokesman said.", NEWS]);
  });

  it("takes the item's headline for the title and the transmission stamp for the date", () => {
    expect(teletype.meta.title).toBe("KARABAKH DELEGATION RECEIVED IN MOSCOW");
    expect(teletype.meta.outlet).toBe("TASS");
    expect(teletype.meta.published).toBe("1988-03-04");
  });

  it("reads the stamp's day, month and two-digit year, not its hour", () => {
    expect(readMetadataLine("TASS 041830 GMT MAR 88 OK")?.date?.iso).toBe("1988-03-04");
    expect(readMetadataLine("AFP 221205 GMT NOV 91")?.date?.iso).toBe("1991-11-22");
  });

  it("cuts an editors' note glued before the dateline and still reads the dateline", () => {
    const article = parse(
      "glued.txt",
      "Karabakh delegation received",
      "",
      "(Eds: Earlier items moved Feb 27) MOSCOW, March 4 (TASS) -- A delegation was received at the Central Committee on Friday, a spokesman said.",
    );
    expect(article.meta.outlet).toBe("TASS");
    expect(bodyTexts(article)).toEqual(["A delegation was received at the Central Committee on Friday, a spokesman said."]);
  });

  it("keeps a bracketed aside that is news and not an editors' note", () => {
    expect(isBoilerplate("(Editors at the paper denied the claim, officials said)")).toBe(false);
    expect(isBoilerplate("and/or")).toBe(false);
  });
});

describe("monitoring-service digests", () => {
  const fbis = parse(
    "fbis.txt",
    "FBIS-SOV-90-014",
    "DAILY REPORT",
    "Soviet Union",
    "22 January 1990",
    "[FBIS Editor's Note: The following item was received too late for inclusion in the 19 January issue.]",
    "",
    "Armenian Supreme Soviet Appeals to USSR Leadership",
    "",
    "Yerevan Domestic Service in Armenian 1600 GMT 19 Jan 90",
    "",
    "[Text] The Presidium of the Armenian Supreme Soviet has appealed to the USSR leadership to stop the deportations, the radio said.",
    "",
    "This report may contain copyrighted material. Copying and dissemination is prohibited without permission of the copyright owners.",
  );

  it("names the service as the outlet and the item's headline as the title, never the report number", () => {
    expect(fbis.meta.outlet).toBe("FBIS");
    expect(fbis.meta.title).toBe("Armenian Supreme Soviet Appeals to USSR Leadership");
    expect(fbis.meta.published).toBe("1990-01-22");
  });

  it("drops the report number, the editor's note and the copyright warning but keeps the source line and the [Text] marker", () => {
    expect(texts(fbis).join("\n")).not.toMatch(/FBIS|DAILY REPORT|copyrighted|dissemination/);
    expect(bodyTexts(fbis)).toEqual([
      "Yerevan Domestic Service in Armenian 1600 GMT 19 Jan 90",
      "[Text] The Presidium of the Armenian Supreme Soviet has appealed to the USSR leadership to stop the deportations, the radio said.",
    ]);
  });

  const swb = parse(
    "swb.txt",
    "BBC Summary of World Broadcasts",
    "SU/1319 C1/1",
    "4 March 1992",
    "Part 1 Former USSR; C. TRANSCAUCASUS",
    "",
    "AZERBAIJAN REPORTS ATTACK ON VILLAGE",
    "",
    "Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 2 Mar 92",
    "",
    "[Excerpt] Armenian forces attacked the village of Malibeyli overnight, the radio said, and two defenders were killed.",
  );

  it("keeps the summary's own name for the outlet and the short headline above the source line for the title", () => {
    expect(swb.meta.outlet).toBe("BBC Summary of World Broadcasts");
    expect(swb.meta.title).toBe("AZERBAIJAN REPORTS ATTACK ON VILLAGE");
    expect(swb.meta.published).toBe("1992-03-04");
  });

  it("drops the report number and the section line, and keeps the item's source line as body text for attribution", () => {
    expect(texts(swb).join("\n")).not.toMatch(/SU\/1319|Part 1 Former USSR/);
    expect(bodyTexts(swb)[0]).toBe("Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 2 Mar 92");
  });

  const digest = parse(
    "digest.txt",
    "OMRI DAILY DIGEST",
    "No. 234, Part I, 4 December 1996",
    "",
    "This is Part I of the Open Media Research Institute's Daily Digest. Part I covers Russia, Transcaucasia and Central Asia.",
    "",
    "INSIDE TODAY'S DIGEST: Armenian opposition rallies; Karabakh on the Lisbon agenda; Tbilisi protests",
    "",
    "KARABAKH ON THE LISBON AGENDA",
    "",
    "Armenian President Levon Ter-Petrossyan said on 3 December that Yerevan would reject any Lisbon document prejudging Karabakh's status.",
    "",
    "ARMENIAN OPPOSITION RALLIES IN YEREVAN",
    "",
    "Some 10,000 opposition supporters rallied in Yerevan on 3 December, AFP reported.",
    "",
    'To subscribe to the OMRI Daily Digest, send "SUBSCRIBE OMRI-L YourFirstName YourLastName" to LISTSERV@UBVM.CC.BUFFALO.EDU with no subject line.',
  );

  it.each([
    ["a report number with its date", "FBIS-SOV-90-014 22 January 1990", "FBIS", "1990-01-22"],
    ["the service's report line", "FBIS Daily Report -- Soviet Union", "FBIS", null],
    ["the summary's name before its date", "BBC Summary of World Broadcasts, March 4, 1992, Wednesday", "BBC Summary of World Broadcasts", "1992-03-04"],
  ])("reads %s for the outlet and the date", (_, line, outlet, date) => {
    const read = readMetadataLine(line);
    expect(read?.outlet).toBe(outlet);
    expect(read?.date?.iso ?? null).toBe(date);
  });

  it.each(["SU/1319/C1/1", "PART 1: FORMER USSR; C. TRANSCAUCASUS; ARMENIA", "Daily Report: Soviet Union"])("drops the summary's furniture %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps the short headline when the source line follows it at once", () => {
    const short = parse(
      "short.txt",
      "BBC Summary of World Broadcasts",
      "ATTACK ON VILLAGE",
      "Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 2 Mar 92",
      "[Excerpt] Armenian forces attacked the village of Malibeyli overnight, the radio said.",
    );
    expect(short.meta.title).toBe("ATTACK ON VILLAGE");
  });

  it("gives a digest of several items no title, and never takes its issue line for one", () => {
    expect(digest.meta.title).toBeNull();
    expect(digest.meta.outlet).toBe("OMRI Daily Digest");
    expect(digest.meta.published).toBe("1996-12-04");
  });

  it("drops the digest's part note, its table of contents and its subscription instructions, and keeps both items", () => {
    expect(texts(digest).join("\n")).not.toMatch(/This is Part I|Part I covers|INSIDE TODAY|To subscribe|No\. 234/);
    expect(bodyTexts(digest)).toHaveLength(2);
  });

  it("reads a newsline's volume, number and part line for its date", () => {
    const newsline = parse(
      "newsline.txt",
      "RFE/RL NEWSLINE",
      "Vol. 2, No. 45, Part I, 6 March 1998",
      "",
      "ARMENIAN PRESIDENTIAL CANDIDATES DEBATE",
      "",
      "Candidates in the 16 March election debated on television on 5 March, Noyan Tapan reported.",
      "",
      "KARABAKH LEADERSHIP REJECTS OSCE PLAN",
      "",
      "The Karabakh leadership rejected the plan on 5 March, Snark reported.",
    );
    expect(newsline.meta).toMatchObject({ title: null, outlet: "RFE/RL Newsline", published: "1998-03-06" });
  });

  it("still titles a digest page that carries a single item", () => {
    const single = parse(
      "single.txt",
      "OMRI DAILY DIGEST",
      "No. 12, Part I, 17 January 1995",
      "",
      "KARABAKH CEASEFIRE HOLDS",
      "",
      "The ceasefire in Karabakh held for an eighth month, Armenian officials said on 16 January.",
    );
    expect(single.meta.title).toBe("KARABAKH CEASEFIRE HOLDS");
  });
});

describe("print-archive furniture", () => {
  const izvestia = parse(
    "izvestia.txt",
    "IZVESTIA Monday, 11 May 1992, No. 111",
    "Translated for the Russian Press Digest",
    "",
    "SHUSHA FALLS AFTER THREE DAYS OF FIGHTING",
    "",
    "Karabakh Armenian forces took Shusha on Saturday, the Azerbaijani defence ministry admitted.",
    "",
    "Distributed by arrangement. Not for resale.",
  );

  it("reads the paper and the date from the name-and-issue line, which is never the title", () => {
    expect(izvestia.meta).toMatchObject({ title: "SHUSHA FALLS AFTER THREE DAYS OF FIGHTING", outlet: "Izvestia", published: "1992-05-11" });
  });

  it("drops the translation and distribution notes", () => {
    expect(bodyTexts(izvestia)).toEqual(["Karabakh Armenian forces took Shusha on Saturday, the Azerbaijani defence ministry admitted."]);
  });

  it("reads an issue line alone as the published date", () => {
    expect(readMetadataLine("Monday, 11 May 1992, No. 111")?.date?.iso).toBe("1992-05-11");
    expect(readMetadataLine("No. 234, Part I, 4 December 1996")?.date?.iso).toBe("1996-12-04");
  });

  const weekly = parse(
    "weekly.txt",
    "MOSCOW NEWS | No. 23 | 10–16 June 1994",
    "Registered with the Ministry of the Press · Subscription index 50145",
    "",
    "Kelbajar Refugees Wait For A Truce",
    "",
    "Refugees from Kelbajar said they had not received aid, the paper's correspondent reported.",
  );

  it("takes a weekly's masthead for the outlet and the first day of its date range for the date", () => {
    expect(weekly.meta).toMatchObject({ title: "Kelbajar Refugees Wait For A Truce", outlet: "Moscow News", published: "1994-06-10" });
    expect(texts(weekly).join("\n")).not.toMatch(/Registered|Subscription index/);
  });

  it("reads every form of a date range as its first day", () => {
    expect(metadataDate("10–16 June 1994")).toBe("1994-06-10");
    expect(metadataDate("June 10-16, 1994")).toBe("1994-06-10");
    expect(metadataDate("30 May – 5 June 1994")).toBe("1994-05-30");
  });

  it("reads a place in small letters and a full date before a dash as a dateline, not a later date line", () => {
    const article = parse(
      "place.txt",
      "Refugees Wait For A Convoy",
      "",
      "Stepanakert, 12 May 1991 – Refugees from Getashen said they had not received aid.",
      "",
      "A convoy is expected on 18 May 1991, officials said.",
      "",
      "19 May 1991",
    );
    expect(article.meta.published).toBe("1991-05-12");
    expect(bodyTexts(article)[0]).toBe("Refugees from Getashen said they had not received aid.");
  });

  it("leaves prose that opens with a phrase and a date as it is", () => {
    const article = parse("prose.txt", "Refugees Wait For A Convoy", "", "In the city, 12 May 1991 – the day of the convoy – passed quietly, residents said.");
    expect(bodyTexts(article)).toEqual(["In the city, 12 May 1991 – the day of the convoy – passed quietly, residents said."]);
  });

  it("keeps the dateline's date and its paragraph when a later date follows in the text", () => {
    const article = parse(
      "dateline.txt",
      "THE KARABAKH WEEKLY",
      "",
      "Refugees Wait For A Convoy",
      "",
      "STEPANAKERT, 12 May 1991 -- Refugees from Getashen said they had not received aid, the paper's correspondent reported.",
      "",
      "A convoy is expected on 18 May 1991, officials said.",
    );
    expect(article.meta.published).toBe("1991-05-12");
    expect(bodyTexts(article)).toEqual([
      "Refugees from Getashen said they had not received aid, the paper's correspondent reported.",
      "A convoy is expected on 18 May 1991, officials said.",
    ]);
  });
});

describe("a page title with the site's name after a bar", () => {
  it("takes the headline for the title and the observatory for the outlet", () => {
    const article = parse("observatory.txt", "Ceasefire Violations Logged Along the Line of Contact | Caucasus Conflict Observatory", "", NEWS);
    expect(article.meta).toMatchObject({ title: "Ceasefire Violations Logged Along the Line of Contact", outlet: "Caucasus Conflict Observatory" });
    expect(texts(article)[0]).toBe("Ceasefire Violations Logged Along the Line of Contact");
  });

  it("drops an archive's year from the site's name", () => {
    const article = parse("archive.txt", "Truce Talks Stall in Bishkek | Karabakh Press Archive 1993", "", NEWS);
    expect(article.meta).toMatchObject({ title: "Truce Talks Stall in Bishkek", outlet: "Karabakh Press Archive" });
  });

  it("splits the title given in front matter too, and lets a named outlet win over the site", () => {
    const article = parse("front.md", "---", "title: Truce Talks Stall in Bishkek | Karabakh Press Archive 1993", "outlet: Caspian Herald", "---", "", NEWS);
    expect(article.meta).toMatchObject({ title: "Truce Talks Stall in Bishkek", outlet: "Caspian Herald" });
  });

  it("keeps a headline whose part after the bar names no site", () => {
    const article = parse("view.txt", "Why the ceasefire holds in Tavush | A view from the border villages", "", NEWS);
    expect(article.meta).toMatchObject({ title: "Why the ceasefire holds in Tavush | A view from the border villages", outlet: null });
  });
});

describe("newsletter issue lines", () => {
  it("never takes a briefing's tagline and issue for the title", () => {
    const article = parse(
      "briefing.txt",
      "A weekly briefing on the Council of Europe | Issue 2024/04",
      "",
      "Assembly debates Karabakh returns",
      "",
      "The Parliamentary Assembly debated the return of Karabakh Armenians on Tuesday, its rapporteur said.",
    );
    expect(article.meta.title).toBe("Assembly debates Karabakh returns");
    expect(texts(article).join("\n")).not.toMatch(/weekly briefing|Issue 2024/);
  });

  it("drops the tagline standing alone too", () => {
    const article = parse("tagline.txt", "A weekly briefing on the Council of Europe", "", "Assembly debates Karabakh returns", "", NEWS);
    expect(article.meta.title).toBe("Assembly debates Karabakh returns");
    expect(texts(article)).toEqual(["Assembly debates Karabakh returns", NEWS]);
  });
});

describe("verbatim records", () => {
  it("takes an 'Excerpts:' heading for the title even when it ends like a sentence", () => {
    const article = parse(
      "record.txt",
      "Excerpts: remarks by the Foreign Minister at the press conference.",
      "",
      "QUESTION: Will the border talks resume?",
      "",
      "MINISTER: We are ready to resume them next week.",
    );
    expect(article.meta.title).toBe("Excerpts: remarks by the Foreign Minister at the press conference.");
  });

  it("keeps the heading apart from the first speaker's words printed right under it", () => {
    const article = parse(
      "glued-record.txt",
      "Excerpts: Security Council, 3259th meeting, 30 April 1993",
      "The PRESIDENT: I call on the representative of Armenia.",
      "Mr. ARAKELIAN (Armenia): The shelling of Stepanakert must stop, my delegation said.",
    );
    expect(article.meta.title).toBe("Excerpts: Security Council, 3259th meeting, 30 April 1993");
    expect(bodyTexts(article).join(" ")).toContain("The shelling of Stepanakert must stop");
  });

  it("passes over the institution's name and the record's label above the heading", () => {
    const article = parse(
      "provisional.txt",
      "UNITED NATIONS",
      "Security Council",
      "Provisional verbatim record",
      "",
      "Excerpts: The situation relating to Nagorno-Karabakh",
      "",
      "The PRESIDENT: I call on the representative of Armenia.",
    );
    expect(article.meta).toMatchObject({ title: "Excerpts: The situation relating to Nagorno-Karabakh", outlet: "United Nations" });
  });

  it("never takes a verbatim record's label for its outlet", () => {
    const article = parse("label.txt", "VERBATIM RECORD", "", "Excerpts from the debate", "", "PRESIDENT: I call on the representative of Armenia.");
    expect(article.meta).toMatchObject({ title: "Excerpts from the debate", outlet: null });
  });
});

describe("an institution's unit label", () => {
  const release = parse(
    "unit.txt",
    "United Nations Human Rights",
    "Office of the High Commissioner",
    "SPECIAL PROCEDURES",
    "",
    "Experts alarmed by reports of prisoners held in Baku",
    "",
    "GENEVA (17 March 2021) – UN experts said on Wednesday they were alarmed by reports that prisoners were ill-treated.",
  );

  it("names the institution as the outlet, not the unit in capitals under it", () => {
    expect(release.meta.outlet).toBe("United Nations Human Rights");
    expect(release.meta.title).toBe("Experts alarmed by reports of prisoners held in Baku");
  });

  it.each([
    ["Council of Europe", "Commissioner for Human Rights", "COUNTRY MONITORING"],
    ["United Nations Human Rights", "Office of the High Commissioner", "SPECIAL PROCEDURES", "Press releases"],
    ["OSCE", "Office for Democratic Institutions and Human Rights", "ELECTION OBSERVATION"],
  ])("names %j as the outlet above its offices and unit labels", (...head) => {
    const article = parse("institution.txt", ...head, "", "Experts alarmed by reports of prisoners held in Baku", "", NEWS);
    expect(article.meta).toMatchObject({ outlet: head[0], title: "Experts alarmed by reports of prisoners held in Baku" });
  });

  it("reads the date in the dateline's brackets as the date, not as an agency", () => {
    expect(release.meta.published).toBe("2021-03-17");
    expect(bodyTexts(release)).toEqual(["UN experts said on Wednesday they were alarmed by reports that prisoners were ill-treated."]);
  });
});

describe("a saved page whose <title> carries the site's name", () => {
  it("reads the headline for the title and the site for the outlet through the HTML reader", () => {
    const html = [
      "<html><head><title>Truce Talks Stall in Bishkek | Karabakh Press Archive 1993</title></head>",
      `<body><article><p>${NEWS}</p><p>The delegations will meet again in May, the mediators said.</p>`,
      "<p>Neither side would say which points of the draft remained open, and both blamed the other for the delay in Bishkek.</p>",
      "<p>The parliamentary speakers of the CIS states had hoped to sign a protocol on Thursday, a spokesman for the assembly said.</p></article></body></html>",
    ].join("");
    const article = parseArticle({ file: "saved.html", text: htmlArticleText(readHtmlPage(html)) });
    expect(article.meta).toMatchObject({ title: "Truce Talks Stall in Bishkek", outlet: "Karabakh Press Archive" });
  });
});
