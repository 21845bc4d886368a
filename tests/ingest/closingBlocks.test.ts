// What a page prints around its story, met on first contact with blind81 and blind82 (a court
// reporter, a parliamentary notebook, a heritage monitor): the block under the closing rule, the
// outlet describing itself, a sign-off between dashes. Articles written for this test.
import { describe, expect, it } from "vitest";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { parse, texts } from "./helpers.ts";

const BODY =
  "Azerbaijan's defence ministry said on Thursday that three of its soldiers had been wounded, and Armenia's defence ministry said the shelling had come from the other side.";
const LAST = "The talks are due to resume in Vienna next month, the foreign ministry in Yerevan said.";

describe("the block under a page's closing rule", () => {
  it("is dropped when a line of it is furniture, with the outlet's lines about itself", () => {
    const article = parse(
      "notebook.txt",
      "Deputies trade blame over the border",
      "Lakeside Parliamentary Letter",
      "12 May 2023",
      "",
      BODY,
      "",
      LAST,
      "",
      "--",
      "Lakeside Parliamentary Letter goes to subscribers every Friday.",
      "Next issue: the budget debate, one week on.",
      "To subscribe, write to desk@lakeside-letter.example",
    );
    const body = texts(article);
    expect(body).toContain(LAST);
    expect(body.some((t) => t.includes("subscribers every Friday") || t.startsWith("Next issue"))).toBe(false);
  });

  it("stays when it is the story's last section, signed off by its reporters", () => {
    const section = "Armenia's security council said on Monday that 105 servicemen had been killed and 20 taken prisoner.";
    const article = parse(
      "wire.txt",
      "Border fighting: the day in brief",
      "Lakeside News Service",
      "19 September 2022",
      "",
      BODY,
      "",
      "---",
      "MONDAY, SEPTEMBER 19",
      "---",
      "",
      section,
      "",
      "Azerbaijan's defence ministry has since raised its count of dead servicemen to 80, it said.",
      "",
      "(Reporting by Lakeside correspondents in Yerevan and Baku; compiled by the night desk)",
    );
    expect(texts(article)).toContain(section);
  });

  it("keeps the story's own last paragraph standing above the furniture", () => {
    const last = "Later on Saturday, the two foreign ministries said in near-identical statements that a new truce would begin at midnight.";
    const article = parse(
      "gallery.md",
      "# The week in pictures",
      "",
      BODY,
      "",
      "---",
      "",
      last,
      "",
      "**More galleries:** The week in pictures · Life underground",
      "",
      "Sign up for our daily picture email →",
      "",
      "© 2020 The Lakeside Post. All rights reserved.",
    );
    expect(texts(article)).toContain(last);
  });

  it("goes with a signature and a note whose address to write to was taken out first", () => {
    const release = parse(
      "release.txt",
      "Statement on the shelling of border villages",
      "12 May 2023",
      "",
      BODY,
      "",
      "* * *",
      "",
      "Press and Information Department",
      "Ministry of Foreign Affairs of the Republic of Lakeland",
      "Print version | Send to a friend | Back to the list of press releases",
    );
    const archive = parse(
      "record.md",
      "# Senate debate on aid",
      "",
      BODY,
      "",
      "---",
      "",
      "*Archive note: retyped from the bound record. Errors in transcription are ours. Report an error: desk@archive.example*",
    );
    expect(texts(release).some((t) => t.includes("Press and Information") || t.startsWith("Ministry of Foreign Affairs"))).toBe(false);
    expect(texts(archive).some((t) => t.includes("Errors in transcription"))).toBe(false);
  });

  it("goes with a newsletter's list of its other items", () => {
    const article = parse(
      "letter.md",
      "# Deputies trade blame over the border",
      "",
      BODY,
      "",
      "---",
      "",
      "*Lakeside Briefing is compiled from the record and from interviews with members.*",
      "",
      "**Related in this issue:** Wheat prices in Martuni | Talks in Vienna stall | A new bridge at Lachin",
      "",
      "*© 1992 Lakeside Briefing. Subscriber copy.*",
    );
    expect(texts(article).some((t) => t.includes("compiled from the record") || t.includes("Wheat prices"))).toBe(false);
  });

  it("stays when nothing under the rule is furniture: a story's last section", () => {
    const section = "Baku said on Friday that the road had been reopened, and Yerevan said it had not.";
    const article = parse("story.md", "# Deputies trade blame over the border", "", BODY, "", "---", "", section);
    expect(texts(article)).toContain(section);
  });
});

describe("the outlet describing itself", () => {
  it("is dropped among the last paragraphs, in the present", () => {
    const article = parse(
      "monitor.md",
      "---",
      "title: Churches at risk",
      "outlet: Lakeside Heritage Watch",
      "date: 2022-02-10",
      "---",
      "",
      BODY,
      "",
      LAST,
      "",
      "*Lakeside Heritage Watch tracks threats to monuments in conflict zones. Tips: tips@lhw.example*",
    );
    expect(texts(article).some((t) => t.includes("tracks threats"))).toBe(false);
  });

  it("stays when the outlet reported something", () => {
    const report = "Lakeside Heritage Watch reported on Monday that the church had been demolished, citing satellite images.";
    const article = parse("monitor.md", "---", "title: Churches at risk", "outlet: Lakeside Heritage Watch", "date: 2022-02-10", "---", "", BODY, "", report);
    expect(texts(article)).toContain(report);
  });
});

describe("a sign-off between dashes", () => {
  it("is furniture when it gives the terms of reuse", () => {
    const article = parse(
      "wire.txt",
      "Forests burn as sides trade accusations",
      "STEPPE WIRE -- Environment desk",
      "3 November 2020",
      "",
      BODY,
      "",
      "-- Steppe Wire. Reuse of this report requires a syndication licence. Contact sales@steppewire.example --",
    );
    expect(texts(article).some((t) => t.includes("Reuse of this report"))).toBe(false);
  });
});

describe("a masthead in capitals with its column or desk", () => {
  it("names the outlet, in ordinary case, and the column as the section", () => {
    expect(readMetadataLine("BALTIC AFFAIRS WEEKLY | Court Notebook")).toMatchObject({ outlet: "Baltic Affairs Weekly", section: "Court Notebook" });
    expect(readMetadataLine("GREENLINE ASIA -- Science desk")).toMatchObject({ outlet: "Greenline Asia", section: "Science desk" });
  });

  it("is no outlet when the capitals are a story's slug or both sides shout", () => {
    expect(readMetadataLine("KARABAKH FIGHTING -- Foreign desk")?.outlet ?? null).toBeNull();
    expect(readMetadataLine("EVENING BULLETIN -- TRANSCRIPT")?.outlet ?? null).toBeNull();
  });
});

describe("a strip naming a publication by its kind", () => {
  it("gives the outlet and the date, not the writer", () => {
    const line = readMetadataLine("Churches in Danger — weekly digest · 3 May 2023 · by Marta Kowalska");
    expect(line?.outlet).toBe("Churches in Danger");
    expect(line?.date?.iso).toBe("2023-05-03");
  });
});

describe("a section before a byline", () => {
  it("names no outlet", () => {
    expect(readMetadataLine("Criminal Division | By Agnes Toth")?.outlet ?? null).toBeNull();
  });
});

describe("furniture on pages in other languages and archives", () => {
  it("drops a 'read also' list in Portuguese and an archive's note on its reprint", () => {
    const article = parse(
      "page.md",
      "# Town falls as the front empties",
      "",
      BODY,
      "",
      "*Leia também:* [Refugiados chegam à cidade](#) · [Quem é o novo presidente?](#)",
      "",
      "From the archive: this article was first printed on 12 May 1993 and has been digitised without changes.",
    );
    expect(texts(article).some((t) => t.includes("Refugiados") || t.includes("first printed"))).toBe(false);
  });
});
