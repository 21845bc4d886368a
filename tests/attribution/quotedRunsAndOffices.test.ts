// Classes met when texts of commemoration, obituaries and anniversaries were read for the first time,
// fixed with sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractLines, sidesOf } from "./readSides.ts";

describe("a quotation set out over whole paragraphs after 'He said:'", () => {
  const article = (...paragraphs: string[]) =>
    extractLines("Leader addresses troops", "Desk report", "8 November 2023", "", paragraphs.join("\n\n")).claims.map((c) => [c.sentence, c.side]);

  it("gives every quoted paragraph to the one who introduced it, up to the paragraph that closes it", () => {
    const claims = article(
      "President Ilham Aliyev reviewed the troops on Wednesday. He said:",
      '"Three years ago, the city was liberated from the occupiers.',
      '"There has been no victory like this."',
      "The crowd cheered for an hour.",
    );
    expect(claims).toContainEqual(['"Three years ago, the city was liberated from the occupiers.', "azerbaijan"]);
    expect(claims).toContainEqual(['"There has been no victory like this."', "azerbaijan"]);
    expect(claims.map(([sentence]) => sentence)).not.toContain("The crowd cheered for an hour.");
  });

  it("reads a quotation opened once and closed paragraphs later the same way", () => {
    const claims = article(
      "Armenia's foreign ministry issued a statement on Monday. It reads:",
      '"The attack on the border villages was planned in advance.',
      "Civilians were targeted in the night.",
      'We call on the mediators to respond."',
      "Baku did not reply by the evening.",
    );
    expect(claims).toContainEqual(["Civilians were targeted in the night.", "armenia"]);
    expect(claims.map(([sentence]) => sentence)).not.toContain("Baku did not reply by the evening.");
  });
});

describe("officials the gazetteer knows by name", () => {
  it("speak for their state with a title that names none", () => {
    expect(sidesOf("Prime Minister Andranik Markarian said the talks would continue.")).toEqual(["armenia"]);
    expect(sidesOf("Defence Minister Vagharshak Harutyunyan told reporters the army was ready.")).toEqual(["armenia"]);
    expect(sidesOf("Ambassador Polad Bulbuloglu told guests that the day was different.")).toEqual(["azerbaijan"]);
  });
});

describe("a speaker who goes further with participles", () => {
  it("is the name that opens the sentence, not a side an adjective in it names", () => {
    expect(
      sidesOf(
        "Arkady Gukassian, an adviser to the chairman of Nagorno-Karabakh's Defence Committee, called the death a loss.",
        'Gukassian went further, crediting the commander with every Armenian success and calling him "the hero of Karabakh."',
      ),
    ).toEqual(["nagorno-karabakh"]);
  });
});

describe("a side's version named with 'the'", () => {
  it("is the side's claim", () => {
    expect(sidesOf("According to the Azerbaijani account, the victims were shot at the river.")).toEqual(["azerbaijan"]);
    expect(sidesOf("According to the Armenian version, the shooting began at dawn.")).toEqual(["armenia"]);
  });

  it("leaves 'an Armenian account', which may be anyone's, unresolved", () => {
    expect(sidesOf("According to an Armenian account, the shooting began at dawn.")).not.toContain("armenia");
  });
});
