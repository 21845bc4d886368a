import { describe, expect, it } from "vitest";
import { readDateline } from "../../src/core/ingest/dateline.ts";
import { metadataDate, readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

describe("published date inference", () => {
  it("reads a leading ' date YYYY-MM-DD ' prefix and strips it from the body", () => {
    const article = parse("archive.txt", " date 2016-04-02 Heavy fighting broke out along the line of contact overnight.", "", "Both sides blamed the other.");
    expect(article.meta.published).toBe("2016-04-02");
    expect(article.meta.title).toBeNull();
    expect(article.passages[0]).toMatchObject({ text: "Heavy fighting broke out along the line of contact overnight.", heading: false });
  });

  it("reads a 'Published:' line with a time and zone and never indexes it", () => {
    const article = parse(
      "aj.txt",
      "Armenia and Azerbaijan agree humanitarian truce",
      "Published: 10 Oct 2020 14:05 GMT",
      "Updated: 11 Oct 2020 09:00 GMT",
      "The truce began at noon, the Russian foreign minister said.",
    );
    expect(article.meta.published).toBe("2020-10-10");
    expect(texts(article).join(" ")).not.toMatch(/Published|Updated/);
  });

  it("falls back to an 'Updated' label when nothing says when the article was published", () => {
    const article = parse(
      "upd.txt",
      "Talks in Moscow end without a deal",
      "",
      "Last updated on: 3 November,2020 08:40 am",
      "",
      "The ministers left without a statement.",
    );
    expect(article.meta.published).toBe("2020-11-03");
  });

  it("reads a line that is only a timestamp", () => {
    const article = parse(
      "ts.txt",
      "Drone footage shows strikes near Jabrayil",
      "",
      "Thursday, October 15, 2020 9:12:05 PM",
      "",
      "The footage was released by the ministry.",
    );
    expect(article.meta.published).toBe("2020-10-15");
    expect(bodyTexts(article)).toEqual(["The footage was released by the ministry."]);
  });

  it("reads a date on the line under a bare 'Published' label and indexes neither", () => {
    const article = parse("bare.txt", "Truce agreed in Moscow", "", "Published", "17 October 2020", "", "The truce starts at midnight, both sides said.");
    expect(article.meta.published).toBe("2020-10-17");
    expect(texts(article)).toEqual(["Truce agreed in Moscow", "The truce starts at midnight, both sides said."]);
  });

  it("reads the date from an author-and-date line under the headline", () => {
    const article = parse("byline-date.txt", "Border clashes in Tavush", "Joshua Kucera Jul 13, 2020", "", "Fighting broke out on the border on July 12.");
    expect(article.meta).toMatchObject({ title: "Border clashes in Tavush", published: "2020-07-13", outlet: null });
    expect(texts(article)).toEqual(["Border clashes in Tavush", "Fighting broke out on the border on July 12."]);
  });

  it("reads a European dotted date line as day.month.year", () => {
    expect(metadataDate("14.12.2020")).toBe("2020-12-14");
    expect(readMetadataLine("Date 14.12.2020")?.date?.iso).toBe("2020-12-14");
  });

  it("never takes a date from body prose", () => {
    const article = parse(
      "prose.txt",
      "Villagers describe night of shelling",
      "",
      "Residents said the shelling began early on October 4, 2020 and lasted until dawn.",
      "",
      "On 5 October 2020 the village was evacuated.",
    );
    expect(article.meta.published).toBeNull();
  });
});

describe("outlet inference and datelines", () => {
  it("reads a Reuters dateline with a date but no year, and removes it from the passage", () => {
    const article = parse("reuters.txt", "YEREVAN, Sept 28 (Reuters) - Armenia declared martial law on Sunday.");
    expect(article.meta.outlet).toBe("Reuters");
    expect(article.meta.published).toBeNull();
    expect(texts(article)).toEqual(["Armenia declared martial law on Sunday."]);
  });

  it("reads a TASS dateline with a full date", () => {
    const article = parse("tass.txt", "MOSCOW, 10 November 2020 /TASS/. Russian peacekeepers have started deploying to Nagorno-Karabakh, the ministry said.");
    expect(article.meta).toMatchObject({ outlet: "TASS", published: "2020-11-10" });
    expect(texts(article)).toEqual(["Russian peacekeepers have started deploying to Nagorno-Karabakh, the ministry said."]);
  });

  it("reads a TASS dateline whose date has no year", () => {
    expect(readDateline("MOSCOW, November 10. /TASS/. Putin said the deal was signed.")).toEqual({
      outlet: "TASS",
      published: null,
      monthDay: { month: 11, day: 10 },
      rest: "Putin said the deal was signed.",
      localCredit: true,
    });
  });

  it("reads a national agency's dateline that names the agency last", () => {
    const article = parse(
      "armenpress.txt",
      "Drone shot down over Stepanakert",
      "10:15, 5 October 2020",
      "YEREVAN, OCTOBER 5, ARMENPRESS. The air defense shot down a drone, the ministry said.",
    );
    expect(article.meta).toMatchObject({ outlet: "ARMENPRESS", published: "2020-10-05" });
    expect(texts(article)).toEqual(["Drone shot down over Stepanakert", "The air defense shot down a drone, the ministry said."]);
  });

  it("removes a dateline of a place and a date closed by a full stop", () => {
    expect(readDateline("YEREVAN, February 3. Armenia's Foreign Ministry urged Baku to act.")).toEqual({
      outlet: null,
      published: null,
      monthDay: { month: 2, day: 3 },
      rest: "Armenia's Foreign Ministry urged Baku to act.",
    });
  });

  it("reads an outlet-and-date line but does not take a person's name for an outlet", () => {
    expect(readMetadataLine("Eurasianet, 12 April 2016")).toMatchObject({ outlet: "Eurasianet", date: { iso: "2016-04-12" } });
    expect(readMetadataLine("Caucasus News Agency, 12 April 2016")?.outlet).toBe("Caucasus News Agency");
    expect(readMetadataLine("Joshua Kucera, 12 April 2016")?.outlet).toBeNull();
  });

  it("reads an AP dateline with a country and an em dash", () => {
    const dateline = readDateline("STEPANAKERT, Azerbaijan (AP) — Shelling shook the city overnight.");
    expect(dateline).toEqual({ outlet: "AP", published: null, rest: "Shelling shook the city overnight.", localCredit: false });
  });

  it("removes a dateline without an outlet credit", () => {
    expect(readDateline("BAKU, Azerbaijan — The ministry said two soldiers died.")).toMatchObject({
      outlet: null,
      rest: "The ministry said two soldiers died.",
    });
  });

  it("does not mistake a bracketed acronym in prose for a dateline", () => {
    expect(readDateline("The Defence Ministry (MoD) said two soldiers died.")).toBeNull();
    expect(readDateline("U.S. - Armenian relations were discussed.")).toBeNull();
    expect(readDateline("OSCE - the mediator - said the talks would go on.")).toBeNull();
  });

  it("reads an Al Jazeera byline and never indexes it", () => {
    const article = parse(
      "aj-byline.txt",
      "Why the Karabakh ceasefire keeps failing",
      "By Ali Hashem | Al Jazeera",
      "",
      "The third ceasefire in a month collapsed within hours, officials said.",
    );
    expect(article.meta.outlet).toBe("Al Jazeera");
    expect(texts(article)).toEqual(["Why the Karabakh ceasefire keeps failing", "The third ceasefire in a month collapsed within hours, officials said."]);
  });

  it("reads a byline that a publication signs, and a publication's name with its desk, as the outlet", () => {
    const signed = parse(
      "signed.txt",
      "Border toll climbs past 200",
      "",
      "By Upland & Lowland Newswire",
      "",
      "Both governments published new figures on Monday.",
    );
    expect(signed.meta.outlet).toBe("Upland & Lowland Newswire");
    const desk = parse(
      "desk.txt",
      "How the spokesman narrated the week",
      "",
      "Caspian Evening Chronicle - Live desk",
      "",
      "The posts are stitched together below.",
    );
    expect(desk.meta.outlet).toBe("Caspian Evening Chronicle");
    expect(parse("person.txt", "Border toll climbs", "", "By Jane Mirzoyan", "", "Both governments published figures.").meta.outlet).toBeNull();
    // A staff credit naming one word of the paper does not stand in for the masthead that names it in full.
    const credited = parse(
      "credit.txt",
      "THE HARBOUR COURIER",
      "",
      "Talks end in Key West",
      "",
      "By Dana Ortiz",
      "Courier Staff Writer",
      "",
      "The talks ended on Friday.",
    );
    expect(credited.meta.outlet).toBe("The Harbour Courier");
  });

  it("reads a byline naming a wire agency after the authors", () => {
    expect(readMetadataLine("By Nvard Hovhannisyan and Nailia Bagirova, Reuters")?.outlet).toBe("Reuters");
    expect(readMetadataLine("By Jane Doe, Staff Writer")).toEqual({ date: null, outlet: null, url: null });
  });

  it("does not read prose that starts with 'By' as a byline", () => {
    expect(readMetadataLine("By Sunday, Azerbaijani forces had entered the town.")).toBeNull();
    expect(readMetadataLine("By Armenian estimates, 5,000 people have fled.")).toBeNull();
  });

  it("reads a 'From:' line and prefers it to a copyright footer", () => {
    const article = parse(
      "syndicated.txt",
      "Turkey pledges support for Baku",
      "",
      "From: Anadolu Agency |",
      "",
      "Turkey's foreign minister said Ankara would stand by Azerbaijan.",
      "",
      "© 2020 Hürriyet Daily News. All rights reserved.",
    );
    expect(article.meta.outlet).toBe("Anadolu Agency");
    expect(texts(article).join(" ")).not.toContain("Hürriyet");
  });

  it("trusts a 'Source:' credit only when nothing at the front names the outlet", () => {
    const credited = parse("src1.txt", "BAKU (AFP) - Azerbaijan said it downed a drone.", "", "Source: Azerbaijani Defence Ministry");
    expect(credited.meta.outlet).toBe("AFP");
    const alone = parse("src2.txt", "Azerbaijan said it downed a drone.", "", "SOURCE: AL JAZEERA AND NEWS AGENCIES");
    expect(alone.meta.outlet).toBe("AL JAZEERA AND NEWS AGENCIES");
    expect(texts(alone)).toEqual(["Azerbaijan said it downed a drone."]);
  });

  it("falls back to the company a copyright line names", () => {
    const article = parse("footer.txt", "Armenia recalls its ambassador to Israel.", "", "Copyright 2020 The Associated Press. All rights reserved.");
    expect(article.meta.outlet).toBe("The Associated Press");
    expect(texts(article)).toEqual(["Armenia recalls its ambassador to Israel."]);
  });

  it("leaves the outlet null when nothing names it", () => {
    expect(parse("none.txt", "Armenia said the talks failed.").meta.outlet).toBeNull();
  });

  it("reads a bare URL line into the url and not into a passage", () => {
    const article = parse("link.txt", "https://example.org/news/karabakh-1", "", "Azerbaijan said it shot down a drone.");
    expect(article.meta.url).toBe("https://example.org/news/karabakh-1");
    expect(texts(article)).toEqual(["Azerbaijan said it shot down a drone."]);
  });
});

describe("title inference", () => {
  it("takes a short first line without a final period as the headline passage", () => {
    const article = parse("t.txt", "Is the Karabakh truce holding?", "", "Both sides reported violations on Monday.");
    expect(article.meta.title).toBe("Is the Karabakh truce holding?");
    expect(article.passages[0]).toMatchObject({ id: "t.txt#p0", heading: true });
  });

  it("does not take a first line that ends like a sentence", () => {
    const article = parse("t2.txt", "Armenia said six fighters were wounded.", "", "Baku denied it.");
    expect(article.meta.title).toBeNull();
    expect(article.passages.every((p) => !p.heading)).toBe(true);
  });

  it("does not take a long first line", () => {
    const long = `Azerbaijan and Armenia traded accusations on Monday over ${"renewed shelling along the line of contact, ".repeat(4)}officials said`;
    expect(parse("t3.txt", long).meta.title).toBeNull();
  });

  it("skips a leading metadata line to find the headline", () => {
    const article = parse(
      "t4.txt",
      "Published: 2 Oct 2020",
      "Macron calls for an immediate ceasefire",
      "",
      "The French president spoke by phone with both leaders.",
    );
    expect(article.meta).toMatchObject({ title: "Macron calls for an immediate ceasefire", published: "2020-10-02" });
  });
});

describe("page heads met on first contact with broadcasts, factboxes and reference works", () => {
  it("reads a date line that carries a reading time or an hour after the date", () => {
    expect(readMetadataLine("October 3, 2021 · 10:05 GMT · 6 min read")?.date?.iso).toBe("2021-10-03");
    expect(readMetadataLine("Monday 4 July 2011, 08:00 local time")?.date?.iso).toBe("2011-07-04");
    expect(readMetadataLine("May 2, 2019 9:15:02 PM")?.date?.iso).toBe("2019-05-02");
  });

  it("takes a reference work's name from its 'From X, the free encyclopedia' line", () => {
    expect(readMetadataLine("From KnowWiki, the free encyclopedia")?.outlet).toBe("KnowWiki");
  });

  it("does not read a programme's name in capitals as a dateline", () => {
    expect(readDateline("MORNING NEWS - WORLD SERVICE")).toBeNull();
    expect(readDateline("BAKU - Two soldiers were killed on Monday.")).toMatchObject({ rest: "Two soldiers were killed on Monday." });
  });

  it("titles a radio script by its programme, not by its date line", () => {
    const article = parse(
      "bulletin.txt",
      "RADIO EAST INTERNATIONAL",
      "MORNING NEWS - WORLD SERVICE",
      "Monday 4 July 2011, 08:00 local time",
      "",
      "PRESENTER: Good morning. Armenia's foreign minister says talks will resume in Kazan.",
    );
    expect(article.meta.title).toBe("MORNING NEWS - WORLD SERVICE");
    expect(article.meta.published).toBe("2011-07-04");
  });
});

describe("page heads of NGO releases, interview pages and wires met on first contact", () => {
  it("reads a wire's hyphenated date with its zone", () => {
    expect(readMetadataLine("03-NOV-2019 09:12 GMT+4")?.date?.iso).toBe("2019-11-03");
  });

  it("takes 'News Release' beside a date for the kind of page, not the outlet", () => {
    const line = readMetadataLine("News Release | April 2, 2022 12:00AM EDT");
    expect(line?.outlet).toBeNull();
    expect(line?.section).toBe("News Release");
  });

  it("titles an interview page by its quoted headline, not by its 'INTERVIEW' label", () => {
    const article = parse(
      "interview.txt",
      "STEPPE MONITOR",
      "Issue 4/2006 -- Tuesday, 7 March 2006",
      "",
      "INTERVIEW",
      "",
      '"We will not give up an inch of our land"',
      "",
      "The foreign minister spoke to us in Baku on Monday about the talks and the line of contact, where fighting flared last week.",
    );
    expect(article.meta.title).toBe('"We will not give up an inch of our land"');
    expect(article.meta.published).toBe("2006-03-07");
  });
});

describe("an NGO's news release", () => {
  it("is a press release issued by the NGO its masthead names", () => {
    const article = parse(
      "release.txt",
      "Rights Monitor International",
      "Defending Human Rights Worldwide",
      "",
      "News Release | April 2, 2022 12:00AM EDT",
      "",
      "Armenia, Azerbaijan: Detainees Mistreated",
      "",
      "(Geneva) – Detainees held by both sides were mistreated, Rights Monitor International said today. Azerbaijan's foreign ministry said all detainees had been released.",
    );
    expect(article.meta.genre).toBe("press-release");
    expect(article.meta.outlet).toBe("Rights Monitor International");
  });
});

describe("page heads of everyday news sites", () => {
  it("reads a site's printed address as its address, not a headline", () => {
    expect(readMetadataLine("aa.com.tr/en")?.url).toBe("aa.com.tr/en");
  });

  it("reads a byline glued to its dates by a bar", () => {
    expect(readMetadataLine("Anna Lee and Ruben Sarkisov   |02.03.2022 - Update : 03.03.2022")?.date?.iso).toBe("2022-03-02");
  });

  it("prefers the page's masthead to an agency that only helped ('with AFP')", () => {
    const article = parse(
      "page.txt",
      "euronews.",
      "Europe News | World | Business | Travel | Culture | Green",
      "",
      "Baku rejects Paris remarks as EU leaders meet",
      "",
      "By Clara Nemeth  with AFP",
      "Published on 06/10/2023 - 11:02",
      "",
      "Azerbaijan's foreign ministry on Friday rejected remarks by the French president as hypocrisy, saying Paris had armed Armenia.",
    );
    expect(article.meta.title).toBe("Baku rejects Paris remarks as EU leaders meet");
    expect(article.meta.outlet).toBe("euronews");
    expect(article.meta.published).toBe("2023-10-06");
  });
});

describe("archive pages and wire scripts", () => {
  it("reads 'From the archive of X' as the outlet and 'World | <date>' as the date", () => {
    const article = parse(
      "archive.txt",
      "From the archive of The Kingsway Courier",
      "World | Tuesday 10 May 1994",
      "",
      "Baku signs truce call as Moscow presses for peace force",
      "",
      "Azerbaijan's parliament speaker signed the protocol on Monday, officials in Baku said, while fighting went on near Terter.",
    );
    expect(article.meta.outlet).toBe("The Kingsway Courier");
    expect(article.meta.published).toBe("1994-05-10");
    expect(article.meta.title).toBe("Baku signs truce call as Moscow presses for peace force");
  });
});

describe("a wire story's head", () => {
  it("reads the outlet's full name printed under the byline over its abbreviation in the dateline", () => {
    const article = parse(
      "wire.txt",
      "Shelling resumes near Tovuz as both sides trade blame",
      "",
      "By Anna Petrosyan",
      "NorthStar Wire Service",
      "Tuesday, July 14, 2020",
      "",
      "TOVUZ (NSWS) -- Azerbaijan's defence ministry said on Tuesday that two soldiers were killed overnight when Armenian forces shelled positions near Tovuz.",
      "",
      "Armenia's defence ministry denied the claim and said Azerbaijani forces had fired first.",
    );
    expect(article.meta).toMatchObject({ title: "Shelling resumes near Tovuz as both sides trade blame", outlet: "NorthStar Wire Service" });
  });

  it("takes a masthead with its desk ('CASPIAN COURIER -- Foreign desk') for a masthead, not a dateline, and the headline below it as the title", () => {
    expect(readDateline("CASPIAN COURIER -- Foreign desk")).toBeNull();
    const article = parse(
      "desk.txt",
      "CASPIAN COURIER -- Foreign desk",
      "Tuesday, July 14, 2020",
      "",
      "Two soldiers killed near Tovuz as Baku and Yerevan trade blame",
      "",
      "BAKU, July 14 (Caspian Courier) -- Azerbaijan's defence ministry said on Tuesday that two soldiers were killed overnight when Armenian forces shelled positions near Tovuz.",
      "",
      "Armenia's defence ministry denied the claim and said Azerbaijani forces had fired first.",
    );
    expect(article.meta).toMatchObject({ title: "Two soldiers killed near Tovuz as Baku and Yerevan trade blame", outlet: "Caspian Courier" });
  });
});
