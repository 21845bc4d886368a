import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { sidesOf } from "./readSides.ts";

describe("an aid body's officers and its own relays", () => {
  it("gives the director of 'the organisation' the body the text just named", () => {
    expect(
      sidesOf(
        "The International Committee of the Red Cross said the fighting risked spiralling out of control.",
        '"Our teams saw heavy shelling in both towns today," Anna Lindqvist, the organisation\'s regional director, said in a statement.',
        "She said two volunteers had been injured.",
      ),
    ).toEqual(["icrc"]);
  });

  it("gives 'Its executive director, X,' opening a sentence the body 'its' means", () => {
    expect(
      sidesOf(
        "The World Food Programme has set up kitchens in Goris.",
        "Its executive director, Anna Brandt, said the agency could serve up to 2,000 meals a day.",
        "Brandt said more help would follow.",
      ),
    ).toEqual(["united-nations"]);
  });

  it("keeps a state's 'its ambassador' unplaced, as before", () => {
    expect(sidesOf("Armenia's government said the talks were off.", "Tom Berg, its ambassador, said the shelling was intense.")).toEqual(["unclear"]);
  });

  it("lets the agency closing a sentence speak for what survivors told its staff, past a semicolon", () => {
    expect(
      sidesOf(
        "UNHCR said its staff were handing out blankets.",
        "Survivors told them that one in five of those who set out had died on the way, the agency said; the figure could not be checked.",
      ),
    ).toEqual(["united-nations"]);
  });

  it("reads aid 'partners' in a country as aid workers there, not the country", () => {
    expect(sidesOf("Partners in Armenia warn that many of the displaced are unlikely to go home this winter.")).toEqual(["other"]);
    expect(sidesOf("Aid partners in Azerbaijan report that the shelters in Barda are full.")).toEqual(["other"]);
  });
});

describe("the body that publishes the page, by its short name", () => {
  const report = (...paragraphs: string[]) =>
    extractArticle(
      parseArticle({
        file: "a.md",
        text: ['---\ntitle: "Karabakh: Situation Report No. 2"\npublisher: "Tavolara Relief Coordination Cell"\ndate: 2020-11-20\n---', ...paragraphs].join(
          "\n\n",
        ),
      }),
    ).claims.map((c) => `${c.side}: ${c.sentence}`);

  it("speaks in its own calls on partners and parties, for no side", () => {
    expect(
      report(
        "Shelters in Goris are full.",
        "The Cell urges all partners to bring winter clothing to the shelters in Syunik.",
        "The Cell calls on all parties to allow safe access to civilians in need.",
      ),
    ).toEqual([
      "other: The Cell urges all partners to bring winter clothing to the shelters in Syunik.",
      "other: The Cell calls on all parties to allow safe access to civilians in need.",
    ]);
  });

  it("claims nothing in its own plans", () => {
    expect(report("The Cell will publish its next report on 4 December.")).toEqual([]);
  });
});

describe("a member of a body the text named by its title", () => {
  it("speaks for the government named before, in the sentence that names him", () => {
    expect(
      sidesOf(
        "The convoy of 19 trucks sent by the Armenian government has stood at the border since July.",
        "Hrant Mkrtchyan, a member of the government's working group on the crisis, said Baku was reacting unconstructively.",
      ),
    ).toEqual(["armenia"]);
  });

  it("leaves a critic of the government its critic", () => {
    expect(
      sidesOf("Azerbaijan's government said the talks were off.", "Elmar Huseynli, a military historian and government critic, said it was not so."),
    ).not.toEqual(["azerbaijan"]);
  });
});
