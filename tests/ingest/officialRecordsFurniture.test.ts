// Site furniture and page metadata of official records and readouts (issue 7, first contact with a
// set of UN, State Department, Kremlin, EU, OSCE and presidential pages): a site's publication-status
// line, share rows of any network, licence notes, an institution's section label over its headline,
// a press office's bare e-mail, a wire slug over the story; the outlet an institution's page names for
// itself, the date a page of several readouts gives itself, a headline's own quotes. Every page is
// written for the test, and each class keeps a sentence of news that must survive.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { institutionName } from "../../src/core/ingest/institutions.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "Shelling resumed near Tartar overnight, the district governor said.";

describe("a transcript page's footer", () => {
  const page = parse(
    "transcript.md",
    "# Press statements after talks in Sochi",
    "",
    "*March 3, 2021, 18:10, Sochi*",
    "",
    `**The President:** ${NEWS}`,
    "",
    "---",
    "",
    "*Publication status: published in sections News, Speeches. Text version. Share: OK · Telegram · Viber · Copy link.*",
    "",
    "*All materials on this website are licensed under Creative Commons Attribution 4.0 International.*",
  );

  it("drops the status line, its share row and the licence note", () => {
    expect(texts(page).join("\n")).not.toMatch(/Publication status|Copy link|Creative Commons/);
    expect(bodyTexts(page).join("\n")).toContain(NEWS);
  });

  it.each([
    "Share: VK · Telegram · OK · Copy link.",
    "Share on: Odnoklassniki | Viber | Threads",
    "VK · Telegram · OK · Copy link.",
    "Published in sections: News, Transcripts",
    "All content on this site is licensed under Creative Commons Attribution 4.0 International.",
  ])("takes %j for furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Share: the ministry's share of the budget rose to 40%.",
    "Publication of the casualty list was delayed, the ministry said.",
    "All content on this site was taken down by the authorities, the editor said.",
    "OK | Armenia",
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("an institution's page", () => {
  const page = parse(
    "statement.txt",
    "Statements by the High Representative",
    "",
    "Armenia/Azerbaijan: Statement on the fighting along the border",
    "",
    "Brussels, 02.03.2021",
    "",
    NEWS,
    "",
    "Contacts",
    "Press office, Rue de la Loi 200, 1049 Brussels",
    "Tel.: +32 2 584 11 11 | press@service.example.eu",
    "media@service.example.eu",
  );

  it("takes the headline after the section label for the title", () => {
    expect(page.meta.title).toBe("Armenia/Azerbaijan: Statement on the fighting along the border");
  });

  it("drops the section label and the press office's addresses", () => {
    expect(texts(page).join("\n")).not.toMatch(/Statements by the High Representative|@service/);
    expect(bodyTexts(page)).toEqual([NEWS]);
  });

  it.each(["Readouts", "Press releases", "Speeches", "Statements of the Ministry", "press@osce.example", "E-mail: info@mfa.example"])(
    "takes %j alone for furniture",
    (line) => {
      expect(isBoilerplate(line)).toBe(true);
    },
  );

  it.each(["Statements by the spokesperson were contradicted by Baku on Monday.", "Write to the ministry at info@mfa.example, the statement said."])(
    "keeps %j",
    (line) => {
      expect(isBoilerplate(line)).toBe(false);
    },
  );
});

describe("a wire slug over the story", () => {
  const story = parse(
    "wire.txt",
    "ARMENIA-AZERBAIJAN-BORDER/TAVUSH (UPDATE 1)",
    "",
    "Three soldiers wounded in border shooting, Yerevan says",
    "",
    "YEREVAN, July 14, 2020 (Caspian Wire) - Three Armenian soldiers were wounded in shooting on the border, the defence ministry said.",
  );

  it("is neither the title nor a passage", () => {
    expect(story.meta.title).toBe("Three soldiers wounded in border shooting, Yerevan says");
    expect(texts(story).join("\n")).not.toContain("UPDATE 1");
  });

  it("keeps a place name in capitals as text", () => {
    expect(isBoilerplate("NAGORNO-KARABAKH")).toBe(false);
    expect(isBoilerplate("ARMENIA-AZERBAIJAN TALKS RESUME")).toBe(false);
  });
});

describe("the outlet an institution's page names for itself", () => {
  it("names the institution, not the section printed as its masthead", () => {
    const page = parse(
      "coverage.md",
      "---",
      "title: Council hears ministers of both countries",
      "outlet: Meetings Coverage and Press Releases",
      "---",
      "",
      NEWS,
    );
    expect(page.meta.outlet).toBe("United Nations");
  });

  it("spells out a known acronym a page signs with", () => {
    const page = parse("eu.md", "---", "title: Statement on the border", "outlet: EEAS", "---", "", NEWS);
    expect(page.meta.outlet).toBe("European External Action Service");
  });

  it("takes the organisation of the masthead over its group's section label", () => {
    const page = parse(
      "osce.txt",
      "ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE",
      "Minsk Group | Press releases",
      "",
      "Statement by the Co-Chairs on the ceasefire",
      "",
      "VIENNA, 3 March 2016",
      "",
      "The Co-Chairs of the Minsk Group call on the sides to respect the ceasefire and to refrain from steps that raise tension.",
    );
    expect(page.meta.outlet).toBe("OSCE");
    expect(page.meta.title).toBe("Statement by the Co-Chairs on the ceasefire");
  });

  it("leaves other names as they are", () => {
    expect(institutionName("Caucasus Ledger")).toBe("Caucasus Ledger");
    expect(institutionName("United Nations in Armenia")).toBe("United Nations in Armenia");
  });
});

describe("the date of a page of several readouts", () => {
  const page = parse(
    "readouts.txt",
    "Office of the Spokesperson",
    "",
    "READOUTS: TALKS ON THE BORDER",
    "Page last updated: March 9, 2021",
    "",
    "Call with the Foreign Minister of Armenia",
    "March 2, 2021",
    "",
    "The Secretary spoke with the foreign minister of Armenia about the ceasefire, the spokesperson said.",
    "",
    "Call with the Foreign Minister of Azerbaijan",
    "March 9, 2021",
    "",
    "The Secretary spoke with the foreign minister of Azerbaijan about the ceasefire, the spokesperson said.",
  );

  it("is the page's own stamp, not the first readout's", () => {
    expect(page.meta.published).toBe("2021-03-09");
  });

  it("is the publication line's on an article that also gives its page stamp further down", () => {
    const article = parse("article.txt", "Talks resume on the border", "", "Published: March 2, 2021", "", NEWS, "", "Page last updated: March 9, 2021");
    expect(article.meta.published).toBe("2021-03-02");
  });
});

describe("a headline's own quotes", () => {
  it("are kept as the heading prints them when the front matter had to swap them", () => {
    const page = parse(
      "quoted.md",
      "---",
      "title: \"'Our border will hold': minister posts after night of shelling\"",
      "---",
      "",
      '# "Our border will hold": minister posts after night of shelling',
      "",
      NEWS,
    );
    expect(page.meta.title).toBe('"Our border will hold": minister posts after night of shelling');
  });

  it("are the front matter's when the quotation stands inside the title", () => {
    const page = parse(
      "inside.md",
      "---",
      "title: \"Mediators switch to 'step-by-step' plan\"",
      "---",
      "",
      '# Mediators switch to "step-by-step" plan',
      "",
      NEWS,
    );
    expect(page.meta.title).toBe("Mediators switch to 'step-by-step' plan");
  });

  it("are the front matter's when the heading is another headline", () => {
    const page = parse("other.md", "---", "title: \"'Our border will hold': minister posts\"", "---", "", "# Night of shelling on the border", "", NEWS);
    expect(page.meta.title).toBe("'Our border will hold': minister posts");
  });
});
