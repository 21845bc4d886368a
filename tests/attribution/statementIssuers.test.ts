import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a statement speaks for whoever issued it", () => {
  it("takes the office a possessive surname points back to ('issued by Michel's office')", () => {
    const read = readSentences(
      "The leaders met in Granada at the invitation of European Council President Charles Michel.",
      "A statement issued by Michel's office late that night said both leaders had backed the border commissions.",
      "According to the same statement, the two foreign ministers would meet within a month.",
      "The statement said the next round would take place in Brussels.",
    );
    expect(read.slice(1).map((r) => r.sides)).toEqual([["european-union"], ["european-union"], ["european-union"]]);
  });

  it("takes the actor named after 'released by'", () => {
    expect(sidesOf("A communique released by the Kremlin on Friday said the peacekeepers would stay.")).toEqual(["russia"]);
  });

  it("reads 'put out a statement' as speaking", () => {
    expect(sidesOf("The separatist authorities in Nagorno-Karabakh put out a statement denying any role in the strike.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("a court's findings", () => {
  it("are the court's, a third party's, and 'the court' and 'it' point back to it", () => {
    const read = readSentences(
      "The European Court of Human Rights ruled on Tuesday in a case brought by six displaced families.",
      "The court held that the respondent state had denied them access to their homes.",
      "On that basis it rejected the government's objection.",
    );
    expect(read.slice(1).map((r) => r.sides)).toEqual([["other"], ["other"]]);
  });

  it("gives 'the judges' the court the text named, not a place in the sentence", () => {
    expect(
      sidesOf(
        "The European Court of Human Rights ruled on Tuesday in a case brought by six displaced families.",
        "Citing the defence pact between Yerevan and Stepanakert, the judges held that the region depended on outside support.",
      ),
    ).toEqual(["other"]);
  });
});

describe("what a side has not said", () => {
  it("gives a figure 'Baku has not acknowledged' no Azerbaijani voice", () => {
    expect(sidesOf("Yerevan said some 300 Azerbaijani soldiers had died, a figure Baku has not acknowledged.")).toEqual(["armenia"]);
  });

  it("reads 'has not confirmed' as nothing said, and 'confirmed' as speaking", () => {
    expect(sidesOf("Azerbaijan has not confirmed the report.")).toEqual([]);
    expect(sidesOf("Azerbaijan confirmed the report on Monday.")).toEqual(["azerbaijan"]);
  });
});

describe("the mediators", () => {
  it("are still the mediators after 'American, Russian and French mediators' and a French co-chair spoke", () => {
    expect(
      sidesOf(
        "The talks ended on Friday with American, Russian and French mediators saying that the sides had moved closer.",
        "The French co-chair, Ambassador Jean Dupont, told reporters the sides were close.",
        "The mediators said the presidents had agreed to keep the details confidential.",
      ),
    ).toEqual(["osce-minsk-group"]);
  });
});

describe("a council adopting a resolution, reported in the news", () => {
  it("gives the resolution's demands, and 'it' and 'the resolution' after them, to the council", () => {
    const reads = readSentences(
      "The United Nations Security Council on Friday unanimously adopted Resolution 884, demanding an immediate halt to the fighting near Zangilan.",
      "In the text, it noted with alarm the recent violations of the ceasefire.",
      "The resolution urged the parties to resume negotiations at once.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["united-nations"], ["united-nations"], ["united-nations"]]);
  });
  it("reads a parliament passing a law as no claim", () => {
    expect(readSentences("Parliament passed a law on the state border.").map((r) => r.sides)).toEqual([[]]);
  });
});
