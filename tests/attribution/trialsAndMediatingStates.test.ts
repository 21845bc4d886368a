// Classes met when texts on prisoners, trials and the missing were read for the first time, fixed with
// sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractLines, readSentences, sidesOf } from "./readSides.ts";

describe("a prosecutor of a trial named with an adjective before the title", () => {
  it("is the trial's prosecutor, as 'the prosecutor' is", () => {
    const court = "The trial of the three former commanders resumed at the Baku Military Court on Monday.";
    expect(sidesOf(court, "The prosecutor told the court that the men were guilty.")).toEqual(["azerbaijan"]);
    expect(sidesOf(court, "The lead prosecutor told the court that the men were guilty.")).toEqual(["azerbaijan"]);
  });
});

describe("the prosecution of a trial whose accused the sentence names", () => {
  const court = "The trial of the former commanders resumed at the Baku Military Court on Monday.";

  it("speaks as the trial's prosecution, not as the accused named in 'the trial of …'", () => {
    const [, reading] = readSentences(court, "The prosecution in the trial of five former leaders of Nagorno-Karabakh asked the court to jail them for life.");
    expect(reading?.sides).toEqual(["azerbaijan"]);
    expect(reading?.speaker).toBe("The prosecution");
  });

  it("is named as the prosecution, though the court gave it its side", () => {
    expect(readSentences(court, "That war, the prosecution argued, had never stopped.")[1]?.speaker).toBe("the prosecution");
  });
});

describe("a body whose generic word goes on with a name the gazetteer does not know", () => {
  it("points back to no body the text named before", () => {
    const minsk = "The OSCE Minsk Group co-chairs met in Vienna on Monday.";
    expect(sidesOf(minsk, "The Secretary General of the Organization of Black Sea States called the release a step forward.")).toEqual([]);
  });

  it("leaves a bare generic word pointing back", () => {
    expect(sidesOf("The OSCE said on Monday that its monitors would return.", "The Organization said the talks would go on.")).toEqual(["osce-minsk-group"]);
  });
});

describe("a state described as one of the mediators", () => {
  it("speaks for itself when the apposition calls it 'a co-chair'", () => {
    expect(sidesOf("Russia, a co-chair of the OSCE Minsk Group, said on Monday it was concerned by the pardon.")).toEqual(["russia"]);
  });

  it("leaves a person so described, and the co-chair states together, to the mediators", () => {
    expect(sidesOf("Igor Popov, a co-chair of the OSCE Minsk Group, said the talks would resume.")).toEqual(["osce-minsk-group"]);
    expect(sidesOf("France, the US and Russia, the co-chairs of the Minsk Group, called for calm.")).toEqual(["osce-minsk-group"]);
  });
});

describe("a third party speaking in a clause of its own", () => {
  it("is written without the word that opens the clause", () => {
    const [when] = readSentences("The figure has been repeated since January, when relatives said they had counted the names.");
    const [and] = readSentences("No one came out, and the families said they would return the next day.");
    expect(when?.speaker).toBe("relatives");
    expect(and?.speaker).toBe("the families");
  });
});

describe("pleas, silences and offices", () => {
  it("gives a defendant's plea to the defendants, and their later 'they' too", () => {
    const court = "Prosecutors in Stepanakert said the two men had killed a teenager.";
    expect(sidesOf(court, "Both men pleaded not guilty to the murder charge.")).toEqual(["other"]);
    expect(sidesOf(court, "Both men pleaded not guilty to the murder charge.", "They have said they came to visit the graves of relatives.")).toEqual([
      "other",
    ]);
  });

  it("takes 'has said little' for no statement, while 'said little had changed' says something", () => {
    expect(sidesOf("The Armenian government has said little today.")).toEqual([]);
    expect(sidesOf("The Armenian government said little had changed since the talks.")).toEqual(["armenia"]);
  });

  it("gives a city's office of a body to the body, not to the city's state", () => {
    expect(sidesOf("The Yerevan office of the International Committee of the Red Cross said the exchange was incomplete.")).toEqual(["icrc"]);
  });

  it("keeps bare prosecutors opening a sentence as the subject of a participle after it", () => {
    const court = "The trial continued at the Baku Military Court on Monday.";
    expect(sidesOf(court, "In September prosecutors opposed a request to question members of the OSCE Minsk Group, saying they were irrelevant.")).toEqual([
      "azerbaijan",
    ]);
  });
});

describe("a joint statement the text says who issued", () => {
  const intro = [
    "Azerbaijan's State Commission said the release had been carried out as agreed.",
    "The exchange was announced on Thursday in a joint statement by the Office of the Prime Minister of Armenia and the Presidential Administration of Azerbaijan.",
  ];

  it("is what a later 'the statement said' quotes, for both issuers, not the last body that spoke", () => {
    expect(sidesOf(...intro, '"The two republics see a historical chance for peace," the statement said.')).toEqual(["armenia", "azerbaijan"]);
  });

  it("leaves 'the statement' to the last speaker when no text was said to be issued", () => {
    expect(sidesOf(intro[0] as string, '"The release went as agreed," the statement said.')).toEqual(["azerbaijan"]);
  });

  it("takes a pair reconfirming an intention as both speaking", () => {
    expect(sidesOf("Armenia and Azerbaijan exchanged prisoners on Wednesday.", "Both countries reconfirmed their intention to normalise relations.")).toEqual([
      "armenia",
      "azerbaijan",
    ]);
  });
});

describe("a roundup of reactions under headings that name capitals", () => {
  const claims = extractLines(
    "Pardon row: who said what",
    "Desk report",
    "5 September 2012",
    "",
    "Five capitals have now responded to the pardon.",
    "",
    "## Baku",
    "",
    "Elnur Safarli, a deputy speaker of parliament, dismissed the criticism as double standards.",
    "",
    "## Budapest",
    "",
    "Foreign Minister Peter Kovacs said it was deeply regrettable that the assurances had not been kept.",
    "",
    "## Moscow",
    "",
    "Izvestia, citing sources in the Russian foreign ministry, wrote that the talks would suffer.",
  ).claims;
  const sideOf = (start: string) => claims.find((c) => c.sentence.startsWith(start))?.side;

  it("gives an office-holder whose state the sentence leaves open the state of the heading above", () => {
    expect(sideOf("Elnur Safarli")).toBe("azerbaijan");
    expect(sideOf("Foreign Minister Peter Kovacs")).toBe("other");
  });

  it("leaves a paper that only cites an office as it was", () => {
    expect(sideOf("Izvestia")).not.toBe("russia");
  });
});

describe("a side's reading of the facts", () => {
  it("is its claim: 'reads the same facts as a breach'", () => {
    expect(sidesOf("Yerevan reads the same facts as a breach of the ceasefire statement.")).toEqual(["armenia"]);
  });
});

describe("offices and states named with another body", () => {
  it("gives the secretary-general of another organisation to that organisation, not to the UN", () => {
    expect(sidesOf("Nikolai Bordyuzha, secretary-general of the Russian-led Collective Security Treaty Organization, called the move a mistake.")).toEqual([
      "other",
    ]);
    expect(sidesOf("The Secretary-General of the United Nations said the talks should resume.")).toEqual(["united-nations"]);
  });

  it("leaves residents of a place to themselves", () => {
    expect(sidesOf("Residents of Goris told reporters they had heard shelling all night.")).toEqual(["other"]);
  });

  it("reads a Security Council owned by 'their' as the owner's, not the UN's", () => {
    expect(sidesOf("The Karabakh authorities met on Monday.", "Their Security Council appealed to the signatories to act.")).toEqual(["nagorno-karabakh"]);
  });

  it("gives one state described as the main mediator to that state", () => {
    expect(sidesOf("Russia, the main mediator in the conflict for most of its history, cautiously welcomed the agreement.")).toEqual(["russia"]);
  });
});

describe("what a monitor documents", () => {
  it("is the monitor's claim: 'documented the cases of two detainees who died'", () => {
    expect(
      sidesOf(
        "Human Rights Watch said Azerbaijani forces had abused Armenian prisoners.",
        "In a separate report, the group documented the cases of two Armenian civilian detainees who died in custody.",
      ),
    ).toEqual(["other"]);
  });

  it("leaves 'its researchers documented four incidents' inside the group's own report", () => {
    expect(
      sidesOf(
        "Human Rights Watch said on Monday that cluster munitions had hit Stepanakert.",
        "The New York-based group said its researchers documented four incidents in the region.",
      ),
    ).toEqual(["other"]);
  });
});
