// Culture, faith, heritage and sport pages, met on first contact with them (issue 7): ministers named
// by their office before the name and later called "the minister", short names defined in brackets,
// their officers, and the place a study is about.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("an office named before its holder's name", () => {
  it("reads a later 'the minister' as the minister named nearest, not one named in the opening", () => {
    const reads = readSentences(
      "Azerbaijan's culture minister has announced a working group on the churches of the region.",
      "Armenia's foreign ministry condemned the plan.",
      "On Tuesday Foreign Minister Ruben Arakelyan told lawmakers that it ignored the court.",
      "The minister said a monitoring mission had become urgent.",
    );
    expect(reads.at(-1)?.sides).toEqual(["armenia"]);
  });
});

describe("a short name defined in brackets", () => {
  it("reads the short name alone as the body, whatever verb follows it", () => {
    const reads = readSentences(
      "The Ararat Valley Monuments Project (AVMP) released its third satellite survey on Monday.",
      "AVMP also reports the demolition of a chapel near Shusha.",
    );
    expect(reads[1]?.sides).toEqual(["other"]);
  });

  it("defines the short name after a date that opens the sentence", () => {
    expect(
      sidesOf(
        "In late May the Chess Federation of Armenia (CFA) asked that the team be barred from the tournament.",
        "The CFA said the coach's post had been shared thousands of times.",
      ),
    ).toEqual(["other"]);
  });

  it("reads a post before a person's name, after the short name, as that body's officer", () => {
    const reads = readSentences(
      "The Ararat Valley Monuments Project (AVMP) released its third satellite survey on Monday.",
      "AVMP co-founder Mariam Sahakyan said the cemetery had been levelled in April.",
      "She said roadworks had done most of the damage.",
    );
    expect(reads.slice(1).map((r) => r.sides)).toEqual([["other"], ["other"]]);
  });
});

describe("a study and its topic", () => {
  it("never reads the place a study is about as the one whose findings it states", () => {
    expect(sidesOf("Human Rights Watch published a study of Nakhchivan which concluded that most of the cemeteries had been razed.")).toEqual(["other"]);
    expect(sidesOf("A survey of Azerbaijan by an unnamed group concluded that most of the cemeteries had been razed.")).not.toContain("azerbaijan");
  });
});

describe("groups of no state named with a nationality", () => {
  it("reads heritage, environmental and advocacy groups as third parties", () => {
    expect(sidesOf("Armenian heritage groups say the chapel was built in 1711.")).toEqual(["other"]);
    expect(sidesOf("Azerbaijani environmental groups said the copper mine had poisoned the river.")).toEqual(["other"]);
  });

  it("never takes a preposition opening the sentence for a speaker's name", () => {
    expect(readSentences("By calling it a police operation rather than a war, Baku kept foreign observers out.")[0]?.speaker).toBeNull();
  });
});

describe("a country's press accounts", () => {
  it("speak for that country's side, as its media do", () => {
    expect(readSentences("According to Azerbaijani press accounts of the visit, the bishop spoke of the churches in Shusha.")[0]?.sides).toEqual([
      "azerbaijan",
    ]);
    expect(readSentences("Armenian media accounts say the talks went well.")[0]?.sides).toEqual(["armenia"]);
  });
});
