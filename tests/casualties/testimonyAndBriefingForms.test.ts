// Forms of first-person testimony, archival notes and briefings (blind137-139 first contact): a toll's parts told in
// the sentences after it, a first name with an age, a wound in apposition before a death, a driver and one passenger,
// another side's estimate conceded inside a third party's words, and a running toll's dead of one day. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import type { CasualtyContext, EarlierFigure } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

type Claimant = Parameters<typeof ctx>[0];
const read = (sentence: string, claimant: Claimant = "unattributed") => extractCasualties(sentence, ctx(claimant));
const afterToll = (earlier: EarlierFigure, sentence: string, claimant: Claimant = "unattributed") => {
  const context: CasualtyContext = { ...ctx(claimant), earlier };
  return extractCasualties(sentence, context);
};
const deadOfNoSide: EarlierFigure = { outcome: "killed", affected: "unspecified" };

describe("parts of a toll told in the sentences after it", () => {
  it("reads 'Of those, 14 were Azerbaijani soldiers.' after a toll as 14 Azerbaijani dead", () => {
    expect(afterToll(deadOfNoSide, "Of those, 14 were Azerbaijani soldiers.")).toEqual([
      { affected: "azerbaijan", killed: 14, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'Another 9 were Armenian civilians.' as nine more Armenian dead", () => {
    expect(afterToll(deadOfNoSide, "Another 9 were Armenian civilians.")).toEqual([{ affected: "armenia", killed: 9, wounded: null, qualifier: null }]);
  });
  it("counts what the toll counted, the wounded too, and a part with no nation is the toll's side", () => {
    expect(afterToll({ outcome: "wounded", affected: "azerbaijan" }, "Of them, 40 were children.")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 40, qualifier: null },
    ]);
  });
  it("gives nothing when no toll came just before, or when the part names no victims", () => {
    expect(read("Of those, 14 were Azerbaijani soldiers.")).toEqual([]);
    expect(afterToll(deadOfNoSide, "Of those, 14 were released.")).toEqual([]);
    expect(afterToll(deadOfNoSide, "Another 9 were questioned by the police.")).toEqual([]);
  });
});

describe("one person named in a diary", () => {
  it("counts a first name with an age set off by commas as one dead", () => {
    expect(read("Leyla, nine, died this morning.")).toEqual([{ affected: "unspecified", killed: 1, wounded: null, qualifier: null }]);
    expect(read("Samir, 19, died in the night.")).toEqual([{ affected: "unspecified", killed: 1, wounded: null, qualifier: null }]);
  });
  it("reads a wound told in apposition before the death as one death, not a wound", () => {
    expect(read("Leyla, nine, wounded on the 3rd, died this morning.")).toEqual([{ affected: "unspecified", killed: 1, wounded: null, qualifier: null }]);
  });
  it("keeps a wound that no death follows, and a first name with no age counts no one", () => {
    expect(read("Leyla, nine, was wounded on the 3rd and is still in hospital.")).toEqual([
      { affected: "unspecified", killed: null, wounded: 1, qualifier: null },
    ]);
    expect(read("Leyla died this morning.")).toEqual([]);
    expect(read("Five people were wounded on Monday, two died in hospital.")).toEqual([{ affected: "unspecified", killed: 2, wounded: 5, qualifier: null }]);
  });
});

describe("a driver and one passenger", () => {
  it("counts 'the driver and a passenger were killed' as two dead", () => {
    expect(read("A minibus struck a mine near the village, and the driver and a passenger were killed.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
    expect(read("The driver and a passenger were injured.", "azerbaijan")).toEqual([{ affected: "azerbaijan", killed: null, wounded: 2, qualifier: null }]);
  });
  it("counts no one when the two went on with no harm", () => {
    expect(read("The driver and a passenger drove on to the border.", "azerbaijan")).toEqual([]);
  });
});

describe("another side's estimate conceded in a third party's words", () => {
  it("gives the estimate after 'although <side> officials estimate' to that side", () => {
    expect(read('The monitors wrote that at least 90 villagers were killed, "although Armenian officials estimate that about 300 perished."', "other")).toEqual(
      [
        { affected: "unspecified", killed: 90, wounded: null, qualifier: "at least" },
        { affected: "unspecified", killed: 300, wounded: null, qualifier: "about", claimedBy: "armenia" },
      ],
    );
  });
  it("reads 'about 300 perished' as 300 dead", () => {
    expect(read("The monitors said that about 300 perished.", "other")).toEqual([{ affected: "unspecified", killed: 300, wounded: null, qualifier: "about" }]);
  });
});

describe("the dead of one day among a running toll", () => {
  it("reads 'N of them on Sunday alone' as a figure of its own beside the toll", () => {
    expect(read("As of Monday, 31 civilians had been killed in Karabakh, six of them on Sunday alone, and more than 90 wounded.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 31, wounded: 90, qualifier: "more than" },
      { affected: "nagorno-karabakh", killed: 6, wounded: null, qualifier: null },
    ]);
  });
  it("still reads who some of them were as a breakdown only", () => {
    expect(read("31 civilians had been killed in Karabakh, six of them children.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 31, wounded: null, qualifier: null },
    ]);
  });
});

describe("a toll named by the body that released it", () => {
  it("gives 'the toll later released by <body> was N' to that body", () => {
    expect(read("The official toll later released by the Azerbaijani prosecutor's office was 41.")).toEqual([
      { affected: "azerbaijan", killed: 41, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("names no body in a toll released on a day, or in a toll that was released", () => {
    expect(read("The toll released on Monday was 41.")).toEqual([{ affected: "unspecified", killed: 41, wounded: null, qualifier: null }]);
  });
});
