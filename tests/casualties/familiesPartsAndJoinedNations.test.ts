import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("denials and fates told the other way round", () => {
  it("reads 'denied suffering any casualties' as none killed and none wounded", () => {
    expect(read("The army said it had held its positions and denied suffering any casualties.", "nagorno-karabakh")).toEqual([["nagorno-karabakh", 0, 0]]);
  });
  it("reads 'no one was injured or killed' as none of either", () => {
    expect(read("The ministry said no one was injured or killed in the strike.", "armenia")).toEqual([["armenia", 0, 0]]);
  });
});

describe("families and relatives", () => {
  it("reads 'six members of one family were killed' as six dead", () => {
    expect(read("Prosecutors said six members of one family were killed when a shell hit their home.", "azerbaijan")).toEqual([["azerbaijan", 6, null]]);
  });
  it("counts a relative with an age before 'and at least three other Armenians'", () => {
    expect(read("He said rioters had killed his 45-year-old brother and at least three other Armenians.", "armenia")).toEqual([["armenia", 4, null]]);
  });
});

describe("some of the dead", () => {
  it("reads 'three children were among those killed' as three dead, apart from the injured after them", () => {
    expect(read("Prosecutors said three children were among those killed, and 20 people were injured.", "azerbaijan")).toEqual([
      ["azerbaijan", 3, null],
      ["azerbaijan", null, 20],
    ]);
  });
  it("reads no new figure from those the sentence's own toll counted, told by rank", () => {
    expect(read('"Nine servicemen of our armed forces were killed," the ministry said, adding that five privates were among those killed.', "armenia")).toEqual(
      [["armenia", 9, null]],
    );
  });
});

describe("victims of two nations in one count", () => {
  it("reads 'at least 40 Armenian and Azerbaijani soldiers dead' as no one side's", () => {
    expect(read("Heavy fighting left at least 40 Armenian and Azerbaijani soldiers dead on Sunday.")).toEqual([["unspecified", 40, null]]);
  });
  it("still reads 'Karabakh and Armenian soldiers' as one camp's", () => {
    expect(read("The fighting left 12 Karabakh and Armenian soldiers dead.")).toEqual([["nagorno-karabakh", 12, null]]);
  });
});

describe("a toll's part and the speaker's next clauses", () => {
  it("gives 'four of them civilians' the toll's outcome, not the wounding of the clause after 'and that'", () => {
    expect(
      read(
        "The ombudsman said 31 people had been killed, four of them civilians, and that 150 people, including 20 civilians, had been wounded.",
        "nagorno-karabakh",
      ),
    ).toEqual([
      ["nagorno-karabakh", 31, 150],
      ["nagorno-karabakh", 4, null],
    ]);
  });
  it("keeps a count of the wounded the speaker gave later apart from the dead", () => {
    expect(read("The ombudsman wrote that 31 people had died, citing the morgue, and he later put the number of wounded at 150.", "nagorno-karabakh")).toEqual([
      ["nagorno-karabakh", 31, null],
      ["nagorno-karabakh", null, 150],
    ]);
  });
});

describe("a side's own people", () => {
  it("reads 'two of the region's own soldiers were wounded'", () => {
    expect(read("The army said two of the region's own soldiers were wounded.", "nagorno-karabakh")).toEqual([["nagorno-karabakh", null, 2]]);
  });
  // ("it had lost two." closing its clause is the speaker's own dead, as "Baku said it had lost 71" is: see columnsSumsAndSavedLives.)
  it("reads 'had lost four of its own' as four of its dead, though 'lost two in a row' stays no figure", () => {
    expect(read("The ministry said that it had lost four of its own.", "azerbaijan")).toEqual([["azerbaijan", 4, null]]);
    expect(read("The ministry said that it had lost two in a row.", "azerbaijan")).toEqual([]);
  });
  it("reads 'the Azerbaijani soldier who died' as one dead", () => {
    expect(read("The ministry said the Azerbaijani soldier who died was a sergeant.", "azerbaijan")).toEqual([["azerbaijan", 1, null]]);
  });
});
