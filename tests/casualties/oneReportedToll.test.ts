// One speaker's dead and then its wounded, in clauses joined by "and", are one toll (issue 7, blind90
// and blind92's class), whatever nouns count them; a list's last victim and one named dead stay apart.
// Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

describe("a toll reported as dead and then wounded", () => {
  it("is one record when the wounded are counted by another noun in a clause of their own", () => {
    expect(
      read("Armenia's Security Council said that 105 people, including two civilians, had been killed and that 180 soldiers had been wounded.", "armenia"),
    ).toEqual([{ affected: "armenia", killed: 105, wounded: 180 }]);
  });

  it("is one record when a model's name with a digit stands between the dead and the wounded", () => {
    expect(
      read(
        "The Karabakh army said four of its soldiers had been killed in strikes by Kamikaze K2 drones and that 12 servicemen were wounded.",
        "nagorno-karabakh",
      ),
    ).toEqual([{ affected: "nagorno-karabakh", killed: 4, wounded: 12 }]);
  });

  it("is one record when the wounded follow the dead after an aside", () => {
    expect(
      read(
        "The ombudsman said there are 12 confirmed civilian deaths, including four children, and more than 30 civilians are among the wounded.",
        "nagorno-karabakh",
      ),
    ).toEqual([{ affected: "nagorno-karabakh", killed: 12, wounded: 30 }]);
  });

  it("keeps one named dead apart from the people hurt in other blasts", () => {
    expect(
      read(
        "Azerbaijani media reported that Rauf Hasanov, a serviceman of the State Border Service, was killed in a landmine explosion in Fuzuli, and that four people were hurt in two further blasts.",
        "azerbaijan",
      ),
    ).toHaveLength(2);
  });

  it("joins the wounded to the first of a list of dead, not to its last", () => {
    expect(read("The ministry says 150 servicemen and one civilian were killed in the operation and 400 troops wounded.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 150, wounded: 400 },
      { affected: "azerbaijan", killed: 1, wounded: null },
    ]);
  });

  it("is one record when the speaker goes on with 'and said' to one counted wounded", () => {
    expect(read("A spokesman later put the Armenian dead at three and said one serviceman had been wounded.", "armenia")).toEqual([
      { affected: "armenia", killed: 3, wounded: 1 },
    ]);
  });

  it("keeps one named wounded apart, and a wounded figure another speaker gives", () => {
    expect(read("The ministry said three soldiers were killed, and Private Aram Petrosyan was wounded.", "armenia")).toHaveLength(2);
    expect(read("Yerevan said three soldiers were killed and Baku said one serviceman had been wounded.", "armenia")).toHaveLength(2);
  });

  it("keeps apart wounded of another event reported after a comma", () => {
    expect(
      read(
        "The authorities said their death toll among servicemen had risen to 300, and reported that shelling overnight had wounded four civilians.",
        "nagorno-karabakh",
      ),
    ).toHaveLength(2);
  });
});
