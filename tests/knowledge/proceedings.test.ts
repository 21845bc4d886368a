// A chaired sitting's record (a court hearing, a council meeting): speakers take turns under
// labels, the chair gives them the floor, and a speaker's side comes from the gazetteer, from
// their own words ("on behalf of"), from the chair's handover, or from the party being heard.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(...lines: string[]) {
  const article = parseArticle({ file: "a.txt", text: lines.join("\n") });
  const knowledge = extractArticle(article);
  const sidesOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
  return { article, sidesOf };
}

describe("a court hearing's verbatim record", () => {
  const { article, sidesOf } = read(
    "Verbatim record of the public sitting, 3 March 2022",
    "",
    "The sitting opened at 10 a.m., Judge Alvarez presiding.",
    "",
    "The PRESIDENT: Please be seated. This morning the Tribunal will hear Armenia.",
    "",
    "Ms PETROSYAN:",
    "",
    "1. Mr President, it is an honour to appear on behalf of the Republic of Armenia.",
    "",
    "2. The shelling of the villages continued for three days and no warning was given.",
    "",
    "The PRESIDENT: Thank you. I now give the floor to Professor Hale.",
    "",
    "Mr HALE:",
    "",
    "1. The evidence shows that the roads were closed long before the fighting began.",
    "",
    "The PRESIDENT: The Tribunal will sit again at 3 p.m. to hear Azerbaijan. The sitting is closed.",
    "",
    "Mr GASIMOV:",
    "",
    "1. The roads were open to every civilian who wished to leave.",
  );

  it("reads it as a transcript", () => {
    expect(article.meta.genre).toBe("transcript");
  });

  it("gives a speaker who says whom they stand for that side", () => {
    expect(sidesOf("The shelling of the villages continued")).toEqual(["armenia"]);
  });

  it("gives counsel handed the floor during a party's round that party's side", () => {
    expect(sidesOf("the roads were closed long before")).toEqual(["armenia"]);
  });

  it("follows the chair to the next party's round", () => {
    expect(sidesOf("The roads were open to every civilian")).toEqual(["azerbaijan"]);
  });

  it("makes the chair's procedural turns nobody's claims", () => {
    expect(sidesOf("Please be seated")).toEqual([]);
  });
});

describe("a sitting that says nothing of whom its speakers stand for", () => {
  const { sidesOf } = read(
    "Committee hearing, 9 May 2021",
    "",
    "The CHAIR: The committee will come to order.",
    "",
    "Mr OKONJO: The report was delivered late and its figures cannot be checked.",
    "",
    "Ms LINDQVIST: The figures were checked by two independent teams.",
  );

  it("leaves its speakers unclear rather than guessing", () => {
    expect(sidesOf("its figures cannot be checked")).toEqual(["unclear"]);
    expect(sidesOf("checked by two independent teams")).toEqual(["unclear"]);
  });
});
