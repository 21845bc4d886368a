// Furniture and page heads met on first contact with relief bulletins, report series, fundraising
// pages and court-watch newsletters (issue 7, "0 boilerplate leaks" and "Metadata from page
// structure"): link strips, ad slots between dashes, a live page's refresh switch, a paper's address
// with its telephone, a bulletin's tagline, delivery note, notices and re-use terms, a report's
// language line and series name, a trust's registration, a fundraiser's counters and supporters'
// messages, a fund's button, and a footer's copyright naming the outlet before its town. Every
// article is written for the test; each keeps a sentence of news that must survive.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { splitSentences } from "../../src/core/ingest/sentences.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "Shelling resumed near Tartar overnight, the district governor said.";

describe("a law review's case note", () => {
  const note = parse(
    "note.md",
    "# Case note: the Lachin road before the court",
    "",
    "*Anna Berg, Visby · 3 May 2021*",
    "",
    "[Download the judgment] · [Cite this case note] · Share: LinkedIn · Email",
    "",
    NEWS,
  );

  it("drops a strip of bracketed links and share buttons", () => {
    expect(texts(note).join("\n")).not.toMatch(/Download|Cite this|LinkedIn/);
    expect(bodyTexts(note)).toContain(NEWS);
  });

  it.each(["[Download PDF] · [Cite this page]", "[Download the report] · Print · Share: X · Email"])("takes %j for a strip of links", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps a sentence that names a download or a citation", () => {
    expect(isBoilerplate("Download figures from the ministry show 40 dead · the OSCE cites 12.")).toBe(false);
  });
});

describe("an ad slot, a live page's switch, a paper's address", () => {
  it.each(["-- Advertisement --", "=== ADVERTISEMENT ===", "---- Sponsored ----"])("takes %j for an ad slot", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each(["LIVE  Auto-update is on", "Auto-refresh off", "Auto-refresh enabled"])("takes %j for a live page's refresh switch", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("drops a small paper's post box and telephone at its foot", () => {
    const page = parse("foot.txt", "SENATE PASSES AID BILL", "", NEWS, "", "--", "Donsö Weekly Herald, Box 40, Donsö. Telephone 031-55 12 00.");
    expect(bodyTexts(page)).toEqual([NEWS]);
  });

  it("drops a fax and telex line", () => {
    expect(isBoilerplate("Fax: +41 22 000 1111 -- Telex: 41234 RELF")).toBe(true);
  });

  it("keeps news about an advertisement, a refresh or a box", () => {
    expect(isBoilerplate("Advertisement boards in Baku carried the minister's words, the agency said.")).toBe(false);
    expect(isBoilerplate("The auto-refresh of the ceasefire was agreed in Moscow.")).toBe(false);
    expect(isBoilerplate("Residents of Box 4 camp telephoned 112 for help, officials said.")).toBe(false);
  });
});

describe("a refugee desk's weekly bulletin", () => {
  const bulletin = parse(
    "bulletin.txt",
    "=========================================",
    "GORGONA RELIEF LETTER",
    "Weekly bulletin of the Gorgona Aid Office",
    "Issue 9/94 -- Monday, 7 March 1994",
    "Sent by telex and fax to member agencies. Not for resale.",
    "=========================================",
    "",
    "2. SOUTH CAUCASUS",
    "",
    "Thousands flee fighting in Fizuli district",
    "",
    "By Carla Neri, Aid Office",
    "",
    "Thousands of civilians fled the fighting in Fizuli district this week, the UN refugee agency said on Monday.",
    "",
    NEWS,
    "",
    "-----------------------------------------",
    "OFFICE NOTICES",
    "",
    "* Subscription renewals for 1994 are now due. Please return the green form to the Office by post.",
    "* Member groups wishing to announce a meeting in the Letter should telephone the Office on Mondays.",
    "* Subscribers may reproduce items in their own newsletters with credit.",
  );

  it("takes the item's headline as the title, not the bulletin's tagline or its numbered section", () => {
    expect(bulletin.meta.title).toBe("Thousands flee fighting in Fizuli district");
    expect(bulletin.meta.outlet).toBe("Gorgona Relief Letter");
  });

  it("drops the tagline, the delivery note and the office notices, and keeps the news", () => {
    expect(texts(bulletin).join("\n")).not.toMatch(/Weekly bulletin|Distributed by|renewals|green form|wishing to|reproduce items/);
    expect(bodyTexts(bulletin)).toContain(NEWS);
    expect(bodyTexts(bulletin)).toContain("Thousands of civilians fled the fighting in Fizuli district this week, the UN refugee agency said on Monday.");
  });

  it.each([
    "Daily digest of aid agency news for members",
    "KRD is compiled from agency reports, field notes and wire copy.",
    "Member groups are free to reproduce this bulletin.",
  ])("takes %j for a digest's own note", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps news that speaks of bulletins, forms and those wishing to act", () => {
    expect(isBoilerplate("Weekly bulletin of the health ministry says 40 died in Barda.")).toBe(false);
    expect(isBoilerplate("Refugees wishing to return should contact the ministry, officials said.")).toBe(false);
    expect(isBoilerplate("Partners wishing to help should contact the coordination cell in Yerevan.")).toBe(false);
    expect(isBoilerplate("The casualty list is compiled from hospital records and police data.")).toBe(false);
    expect(isBoilerplate("Readers may recall that the truce collapsed in July.")).toBe(false);
  });
});

describe("a mine-action trust's monthly report", () => {
  const report = parse(
    "report.txt",
    "LEVANZO DEMINING TRUST",
    "Victim Assistance Unit",
    "Occasional Paper Series -- South Caucasus",
    "Report no. LV-2022/04 | Published 9 May 2022",
    "Original language: French | Distribution: public",
    "",
    "__________________________________________",
    "",
    "MONTHLY REPORT: MINE VICTIMS IN AGHDAM, APRIL 2022",
    "",
    "__________________________________________",
    "",
    "1. SUMMARY",
    "",
    "Two shepherds were injured by an anti-personnel mine near Aghdam on 12 April, the national agency said.",
    "",
    NEWS,
    "",
    "Levanzo Demining Trust is a registered charitable foundation.",
  );

  it("takes the report's own heading as the title, not its language and distribution line", () => {
    expect(report.meta.title).toBe("MONTHLY REPORT: MINE VICTIMS IN AGHDAM, APRIL 2022");
  });

  it("names the trust, not its series of reports, as the outlet", () => {
    expect(report.meta.outlet).toBe("Levanzo Demining Trust");
  });

  it("drops the language line and the trust's registration, and keeps the news", () => {
    expect(texts(report).join("\n")).not.toMatch(/Original language|registered charitable/);
    expect(bodyTexts(report)).toContain(NEWS);
  });

  it("keeps news that names a language or a registered body", () => {
    expect(isBoilerplate("The working language of the talks was Russian.")).toBe(false);
    expect(isBoilerplate("The Halo Trust is a registered charity, its director said after the blast.")).toBe(false);
  });
});

describe("a fundraising page", () => {
  const page = parse(
    "fundraiser.md",
    "# Warm coats for children in Kapan",
    "",
    "**Organised by Luca Serra**",
    "",
    "> **€4,210 raised** of €10,000 goal · 88 donations",
    "",
    "## Our story",
    "",
    "Families from Karabakh reached Kapan this week with almost nothing, the mayor said.",
    "",
    NEWS,
    "",
    "---",
    "",
    "**Words of support (31)**",
    "",
    '*"Stay strong, Kapan."* - Paola, €15',
    '*"For the little ones."* - €40',
    "",
    "---",
    "",
    "IschiaGives charges no platform fee; card processing fees of 2.5% apply to each donation.",
  );

  it("drops the counters, the comment section and the fee note, and keeps the news", () => {
    expect(texts(page).join("\n")).not.toMatch(/donations|Words of support|Stay strong|little ones|platform fee/);
    expect(bodyTexts(page)).toContain(NEWS);
    expect(bodyTexts(page)).toContain("Families from Karabakh reached Kapan this week with almost nothing, the mayor said.");
  });

  it("keeps a quotation signed with a date and a sum raised by someone in the news", () => {
    expect(isBoilerplate('"The convoy is stuck." - Ruben Vardanyan, 12 August')).toBe(false);
    expect(isBoilerplate("€2 million raised by the diaspora went to Goris, officials said.")).toBe(false);
  });
});

describe("a relief committee's letter and a court-watch newsletter", () => {
  it.each(["Support the Winter Aid Fund", "Give to our Winter Appeal"])("takes the button %j for furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("keeps a call to support something other than the page's own fund", () => {
    expect(isBoilerplate("Support the ceasefire")).toBe(false);
    expect(isBoilerplate("Support the Karabakh Fund, Aliyev said.")).toBe(false);
  });

  it("names the outlet its footer's copyright names before its town", () => {
    const letter = parse(
      "courtwatch.md",
      "# Court Notes — Issue 12: Verdicts in Baku",
      "",
      "## 1. Baku: six captives sentenced",
      "",
      NEWS,
      "",
      "---",
      "",
      "© 2022 Donsö Court Notes · Donsö, Bohuslän coast",
    );
    expect(letter.meta.outlet).toBe("Donsö Court Notes");
    expect(bodyTexts(letter)).toEqual([NEWS]);
  });
});

describe("a paper's colophon, a newsletter's tagline and a wire desk's credit", () => {
  it("drops a colophon that opens with the paper's name alone and gives its office in a street abbreviated 'ul.'", () => {
    const page = parse(
      "colophon.txt",
      "TALKS RESUME IN VIENNA",
      "",
      NEWS,
      "",
      "Ohrid Morning Courier. Published daily except Mondays. Editorial office: ul. Partizanska, Ohrid.",
    );
    expect(bodyTexts(page)).toEqual([NEWS]);
  });

  it("does not end a sentence at a street's abbreviation", () => {
    expect(splitSentences("Write to us at ul. Lipowa 3, Warsaw, or str. Mihai Eminescu 12, Chisinau.")).toHaveLength(1);
  });

  it("keeps a paragraph that opens with a name and goes on with news", () => {
    const page = parse("named.txt", "TALKS RESUME IN VIENNA", "", `Ohrid Morning Courier. ${NEWS}`);
    expect(bodyTexts(page)).toEqual([`Ohrid Morning Courier. ${NEWS}`]);
  });

  it.each(["Independent monitoring of borders, bridges and water supplies in the Western Balkans", "HARBOUR WIRE DESK (AFP, Reuters, Interfax)"])(
    "takes %j for furniture",
    (line) => {
      expect(isBoilerplate(line)).toBe(true);
    },
  );

  it("keeps news about a desk", () => {
    expect(isBoilerplate("The desk (AFP) was shelled in Stepanakert, the agency said.")).toBe(false);
  });
});

describe("a digest's note on itself and a page's lists of other pieces", () => {
  it("drops a note that says what the digest reproduces and what it added", () => {
    const page = parse(
      "digest.md",
      "# Written answers: the Lachin road",
      "",
      "> **About this digest:** The Digest reproduces written questions and answers from the Storting on conflict zones. Replies are quoted from the printed record; headlines are ours.",
      "",
      NEWS,
    );
    expect(bodyTexts(page)).toEqual([NEWS]);
  });

  it("keeps the line that introduces a speech's excerpts, which says whose they are", () => {
    expect(isBoilerplate("The passages below are taken from the delivered text; bracketed notes are ours.")).toBe(false);
  });

  it("drops a series' line on what it gathers and keeps the instalment's sources", () => {
    const page = parse(
      "series.md",
      "# Cluster munitions near the front, rights groups say",
      "",
      "*Rights Roundup brings together what human rights groups tell the press about a conflict. This week draws on findings presented by Amnesty International on 2 October.*",
      "",
      NEWS,
    );
    expect(bodyTexts(page)).toEqual(["This week draws on findings presented by Amnesty International on 2 October.", NEWS]);
  });

  it("drops an editorial note on how a record was reproduced, and where its final text is", () => {
    const page = parse(
      "record.txt",
      "ASSEMBLY DEBATE ON THE CORRIDOR",
      "",
      NEWS,
      "",
      "Editorial note (Harbour Papers Project, 2018): The speeches are reproduced from the summaries in the provisional record. For the authoritative text, see the printed minutes.",
    );
    expect(bodyTexts(page)).toEqual([NEWS]);
  });

  it.each([
    ["MORE IN EUROPE", " - Border commissions: how demarcation works"],
    ["**À lire également**", "- Ukraine : la trêve mise à rude épreuve"],
  ])("drops the list under %j", (header, item) => {
    const page = parse("links.md", "# Talks resume in Vienna", "", NEWS, "", header, item, "", "Second paragraph of news, the ministry said.");
    expect(bodyTexts(page)).toEqual([NEWS, "Second paragraph of news, the ministry said."]);
  });

  it("keeps a line that goes on after 'More in' a place", () => {
    const page = parse("more.md", "# Talks resume in Vienna", "", "More in Goris: 40 families arrived overnight, the mayor said.");
    expect(bodyTexts(page)).toEqual(["More in Goris: 40 families arrived overnight, the mayor said."]);
  });
});

describe("an agency's date line with its read counter", () => {
  const article = parse(
    "agency.txt",
    "Toll on the border rises to 40",
    "",
    "3 May 2021, 10:12    Read: 2311",
    "",
    "HARBOUR, MAY 3. The ministry said the toll had risen to 40.",
  );

  it("reads the date and leaves the counter out of the text", () => {
    expect(article.meta.published).toBe("2021-05-03");
    expect(texts(article).some((t) => t.includes("Read: 2311"))).toBe(false);
  });
});
