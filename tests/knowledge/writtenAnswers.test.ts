// A parliament's written question and its answer: the member's question claims nothing, and every
// sentence of the answer speaks for whoever answers for the government. Small pages written for
// this test, read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(file: string, ...lines: string[]) {
  const article = parseArticle({ file, text: lines.join("\n") });
  const knowledge = extractArticle(article);
  const claimOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
  return { article, claimOf };
}

describe("a written answer of a minister for a state that is no party", () => {
  const { article, claimOf } = read(
    "uk.md",
    "[Parliament](https://example.org/) › Written questions",
    "",
    "# Armenia: Border Crossings",
    "",
    "**Question for Foreign, Commonwealth and Development Office**",
    "",
    "Asked by **Alan Hartley** (Independent – Northfield)",
    "",
    "> To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what assessment she has made of Azerbaijan's claim that the crossing at Margara will open.",
    "",
    "**Answered on 11 March 2025**",
    "",
    "Answered by **Ruth Calder**, Minister of State (Foreign, Commonwealth and Development Office)",
    "",
    "The UK welcomes every step that opens the region's borders. We have said to both Governments that trade links would strengthen the peace.",
    "",
    "Officials at our Embassy in Yerevan visited the crossing last month. We believe the crossing could carry goods within a year.",
  );

  it("is read as questions and answers", () => {
    expect(article.meta.genre).toBe("interview");
  });

  it("gives every sentence of the answer to the answering government, a third party", () => {
    expect(claimOf("The UK welcomes every step")).toEqual(["other"]);
    expect(claimOf("We have said to both Governments")).toEqual(["other"]);
    expect(claimOf("We believe the crossing could carry goods")).toEqual(["other"]);
  });

  it("takes no claim from the member's question", () => {
    expect(claimOf("what assessment she has made")).toEqual([]);
  });
});

describe("a written answer given on behalf of a mediator, its answerer printed above the question too", () => {
  const { claimOf } = read(
    "ep.txt",
    "European Parliament",
    "Parliamentary questions",
    "",
    "Parliamentary question - E-000417/2024(ASW)",
    "Answer given by High Representative/Vice-President Borrell on behalf of the European Commission",
    "",
    "Question for written answer E-000417/2024",
    "to the Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security Policy",
    "",
    "Maria Lindqvist (Renew)",
    "",
    "Subject: Detained Armenians in Baku",
    "",
    "Armenian officials say that at least 23 Armenians are held in Azerbaijan. Does the VP/HR intend to raise their release with Baku?",
    "",
    "Answer given by High Representative/Vice-President Borrell",
    "on behalf of the European Commission",
    "(18.4.2024)",
    "",
    "The EU has repeatedly called for the release of the detainees. It raised the matter with the Azerbaijani authorities at every level and will continue to do so.",
  );

  it("gives the answer to the body it is given for", () => {
    expect(claimOf("The EU has repeatedly called")).toEqual(["european-union"]);
    expect(claimOf("It raised the matter")).toEqual(["european-union"]);
  });

  it("takes no claim from what the question relays", () => {
    expect(claimOf("Armenian officials say")).toEqual([]);
  });
});

describe("a digest of a chamber's week: a written answer between members' speeches under their own lines", () => {
  const { article, claimOf } = read(
    "digest.txt",
    "NORTHERN PARLIAMENT MONITOR",
    "Weekly extracts -- Issue 12 -- Friday 5 March 2021",
    "",
    "1. HOUSE OF LORDS -- Tuesday 2 March 2021",
    "",
    "Lord Penrose of Ayling (CB)",
    "My Lords, the prisoners taken after the ceasefire are still held in Baku. He asked what the Government would do to see them home.",
    "",
    "Baroness Wick (Con)",
    "My Lords, we raise the prisoners with both Governments at every meeting. Our Ambassador in Baku discussed them with ministers last week.",
    "",
    "2. WRITTEN QUESTION UIN 4471 -- tabled 1 March 2021",
    "",
    "Question for Foreign, Commonwealth and Development Office",
    "The question asked whether the Government would fund the clearing of mines near Fuzuli.",
    "",
    "Answered by Lord Hale of Dunmore, Minister of State (FCDO)",
    "The UK has given two million pounds to demining charities in the region. We expect the work near Fuzuli to begin this spring.",
    "",
    "3. WESTMINSTER HALL -- Wednesday 3 March 2021",
    "",
    "Ellen Carr (Leeds Fairfield) (Lab)",
    "She said the families of the missing had waited too long for news and urged the Minister to press Azerbaijan for a list of the detained.",
  );

  it("is read as a chamber's record", () => {
    expect(article.meta.genre).toBe("transcript");
  });

  it("gives each member's words to that member and the answer to the answering minister, none of them a party", () => {
    expect(claimOf("the prisoners taken after the ceasefire are still held")).toEqual(["other"]);
    expect(claimOf("we raise the prisoners with both Governments")).toEqual(["other"]);
    expect(claimOf("The UK has given two million pounds")).toEqual(["other"]);
    expect(claimOf("the families of the missing had waited too long")).toEqual(["other"]);
  });

  it("takes no claim from the question, nor from a member's name line", () => {
    expect(claimOf("whether the Government would fund the clearing")).toEqual([]);
    expect(claimOf("Ellen Carr (Leeds Fairfield)")).toEqual([]);
  });
});
