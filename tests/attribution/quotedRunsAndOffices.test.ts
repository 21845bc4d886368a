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

describe("people and bodies of no state in obituaries and letters", () => {
  it("gives a clinic's spokesman, named or not, to the clinic", () => {
    expect(sidesOf("Cole Hatcher, a spokesman for the clinic, said the patient died at 10 a.m.")).toEqual(["other"]);
    expect(sidesOf("A spokesman for the hospital said the patient was stable.")).toEqual(["other"]);
  });

  it("takes 'an Azerbaijani' standing alone for one person, and 'an Armenian militiaman' for the fighter", () => {
    expect(sidesOf("An Azerbaijani told reporters the verdict was fair.")).toEqual(["other"]);
    expect(sidesOf("An Armenian who sat in the courtroom every day said he was pleased.")).toEqual(["other"]);
    expect(sidesOf("In Stepanakert, an Armenian militiaman told us the town would hold.")).toEqual(["nagorno-karabakh"]);
  });

  it("never takes the one told for the one who spoke after a quotation", () => {
    expect(sidesOf('"We have won this war," Warrant Officer Aram Grigorian, who served under him, told a visiting reporter.')).not.toContain("other");
  });

  it("keeps a restrictive clause after a press noun out of the subject", () => {
    expect(sidesOf("Magazines that covered the Moscow trial put the toll at 32 dead.")).not.toContain("russia");
  });

  it("takes a free press named by its nationality for no government's voice, and the belligerents' papers for their states'", () => {
    expect(sidesOf("American magazines that covered the trial put the toll at 32 dead.")).toEqual(["other"]);
    expect(sidesOf("French newspapers reported that the talks had failed.")).toEqual(["other"]);
    expect(sidesOf("Armenian newspapers reported that the talks had failed.")).toEqual(["armenia"]);
  });

  it("takes circulating a statement for issuing it", () => {
    expect(sidesOf("Armenia's permanent representative to the UN circulated a foreign ministry statement.")).toEqual(["armenia"]);
  });
});

describe("the Union's prosecutors before 1992", () => {
  it("speak for Moscow's centre, Russia's side as its other voices are", () => {
    const claims = extractLines(
      "Toll of Sumgait riots given",
      "Wire desk",
      "5 March 1988",
      "",
      "Soviet prosecutors said 32 people had died in the riots.",
      "",
      "The USSR deputy prosecutor general, Alexander Katusev, said the killings were the work of hooligans.",
      "",
      "Tass said calm had returned to the city.",
    ).claims.map((c) => c.side);
    expect(claims).toEqual(["russia", "russia", "russia"]);
  });
});

describe("a speech printed under a heading that announces it", () => {
  const claims = (title: string, heading: string) =>
    extractLines(
      title,
      "Desk report",
      "8 November 2023",
      "",
      "Troops marched across the square on Wednesday.",
      "",
      "Defence Minister Zakir Hasanov reported to the president before the parade.",
      "",
      heading,
      "",
      '"Three years ago, the city was liberated from the occupiers.',
      "",
      '"There has been no victory like this."',
      "",
      "The parade ended at noon.",
    ).claims;

  it("is the speech of the one the article's title names, not of the last speaker before it", () => {
    const quoted = claims("Aliyev holds Victory Day parade in the city", "SPEECH (excerpts, from the official transcript)").filter((c) =>
      c.sentence.startsWith('"'),
    );
    expect(quoted.map((c) => [c.side, c.speaker])).toEqual([
      ["azerbaijan", "Aliyev"],
      ["azerbaijan", "Aliyev"],
    ]);
  });

  it("is no one's when neither the heading nor the title names one person", () => {
    const quoted = claims("Victory Day parade held in the city", "SPEECH (excerpts)").filter((c) => c.sentence.startsWith('"'));
    expect(quoted).toEqual([]);
  });
});
