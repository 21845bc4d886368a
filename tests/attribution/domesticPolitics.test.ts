// Voices of domestic politics met on first contact (issue 7): relatives of officials, opposition
// blocs named after their country, the police of the story's own state, and leaders whose side
// changed with their office. Every sentence here is written for the test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { sidesOf } from "./readSides.ts";

const claimsOf = (...lines: string[]) => extractArticle(parseArticle({ file: "t.txt", text: lines.join("\n") })).claims;

describe("relatives and counsel of officials", () => {
  it("reads a relative named after an official's possessive as a third party", () => {
    expect(sidesOf("Ilham Aliyev's nephew said the contract was signed in Baku.")).toEqual(["other"]);
    expect(sidesOf("Serzh Sargsyan's lawyer said the charges were political.")).toEqual(["other"]);
  });

  it("reads a person whose apposition makes him an official's relative as a third party", () => {
    expect(sidesOf("Karen Mkrtchyan, the late defence minister's brother, said the inquiry was a cover-up.")).toEqual(["other"]);
    expect(sidesOf("Karen Mkrtchyan, brother of the late defence minister, said the inquiry was a cover-up.")).toEqual(["other"]);
  });

  it("keeps an official whose apposition names his office", () => {
    expect(sidesOf("Hikmet Hajiyev, the president's foreign policy adviser, said the trial was fair.")).toEqual(["azerbaijan"]);
  });
});

describe("blocs and parties named after their country", () => {
  it("reads a lower-case bloc named after the country as a third party, not the state", () => {
    expect(sidesOf("Anna Grigoryan, a lawmaker from the Armenia bloc, said the border deal was a surrender.")).toEqual(["other"]);
    expect(sidesOf("The Armenia bloc said the border deal was a surrender.")).toEqual(["other"]);
  });

  it("keeps a ruling party its state's", () => {
    expect(sidesOf("Armenia's ruling party said the border deal was lawful.")).toEqual(["armenia"]);
  });
});

describe("the police of the story's own state", () => {
  it("reads bare 'police said' as the police of the state the story was filed from", () => {
    const claims = claimsOf("Siege ends", "", "YEREVAN, May 3 - The men surrendered on Sunday, police said.", "", "Police said six officers were hurt.");
    expect(claims.map((c) => c.side)).toEqual(["armenia", "armenia"]);
  });

  it("gives bare police no side when the story names no home", () => {
    expect(sidesOf("The men surrendered on Sunday, police said.")).toEqual([]);
  });
});

describe("leaders whose side changed with their office", () => {
  const said = (published: string, sentence: string) =>
    claimsOf("Rally in the capital", "", `By Jane Roe, Caspian Weekly, ${published}`, "", sentence).map((c) => c.side);

  it("reads a leader in a text of his term as his office's side", () => {
    expect(said("10 June 2005", "Robert Kocharyan said the talks had failed.")).toEqual(["armenia"]);
    expect(said("10 June 1995", "Robert Kocharyan said the talks had failed.")).toEqual(["nagorno-karabakh"]);
  });

  it("reads a leader out of office as speaking for himself", () => {
    expect(said("10 June 2021", "Robert Kocharyan said the talks had failed.")).toEqual(["other"]);
    expect(said("1 March 1992", "Abulfaz Elchibey said the government must resign.")).toEqual(["other"]);
    expect(said("10 June 2016", "Nikol Pashinyan said the vote was rigged.")).toEqual(["other"]);
  });

  it("keeps the office a retrospective names with him", () => {
    expect(said("10 June 2021", "President Robert Kocharyan said in 2003 that the talks would go on.")).toEqual(["armenia"]);
  });
});
