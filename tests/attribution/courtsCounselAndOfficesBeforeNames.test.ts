import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a court's own voices", () => {
  it("gives the court's press service the court the text named, not the party that spoke last", () => {
    expect(
      sidesOf(
        "The European Court of Human Rights on Tuesday ruled against Armenia.",
        "Baku had argued that it could not be held responsible for the village.",
        "According to the court's press service, some 1,000 similar applications are pending.",
      ),
    ).toEqual(["other"]);
  });

  it("reads a perfect participle opening the sentence as no name", () => {
    expect(
      sidesOf(
        "The European Court of Human Rights on Tuesday ruled against Armenia.",
        "Having found that Armenia controlled the district, the court said the complaint fell within its jurisdiction.",
      ),
    ).toEqual(["other"]);
  });

  it("lets 'he' after a judge's dissent speak for no party", () => {
    expect(sidesOf("Judge Maria Lenz appended a dissenting opinion.", "She argued that Azerbaijan had adopted the officer's conduct as its own.")).toEqual([
      "other",
    ]);
  });
});

describe("a defendant's counsel", () => {
  it("speaks for no state, by name and by surname later", () => {
    const read = readSentences(
      "Ruben Vardanyan went on trial in Baku.",
      "His international counsel, Jared Lowe, said his client had lost six kilograms.",
      "Despite that, Lowe said, the panel rejected five defence motions.",
    );
    expect(read.slice(1).map((r) => r.sides)).toEqual([["other"], ["other"]]);
  });
});

describe("an office set off before a name", () => {
  it("places the name for later, by its surname", () => {
    expect(
      sidesOf(
        "Speaking at a hearing, the chairman of the board of the Azerbaijan National Agency for Mine Action (ANAMA), Rauf Aliyev, said 336 people had become victims.",
        '"The impact of mines is devastating," Aliyev told the hearing.',
      ),
    ).toEqual(["azerbaijan"]);
  });

  it("lets 'the agency' point back to a short name the text defined", () => {
    expect(
      sidesOf(
        "The chairman of the Azerbaijan National Agency for Mine Action (ANAMA) said 336 people had become victims of mines.",
        "When the Unit last reported, ANAMA's figures covered the period to September.",
        "Of the 315 victims recorded, 62 were killed and 253 injured, the agency said.",
      ),
    ).toEqual(["azerbaijan"]);
  });
});

describe("a state's bare office after a third state spoke", () => {
  it("is no surer the party's that spoke paragraphs before", () => {
    expect(
      sidesOf(
        "Armenian President Serzh Sargsyan said ties with Hungary were cut.",
        "Budapest insists it was misled.",
        "Hungary's justice ministry said Baku had given written assurances.",
        "On Sunday the foreign ministry summoned the ambassador and told him the release was unacceptable.",
      ),
    ).toEqual(["unclear"]);
  });
});

describe("an agent after a time of day", () => {
  it("reads 'announced early on Saturday by' as the agent's announcement", () => {
    expect(sidesOf("The truce was announced early on Saturday by Russian Foreign Minister Sergei Lavrov after ten hours of talks.")).toEqual(["russia"]);
  });
});
