import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const only = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));
const article = (...body: string[]) =>
  extractArticle(
    parseArticle({
      file: "t.txt",
      text: ["Fighting on the line of contact", "", "STEPANAKERT, 4 March 2019 -- Fighting went on overnight.", "", ...body].join("\n\n"),
    }),
  );

describe("two tolls in one sentence", () => {
  it("reads the figure after 'the number of wounded' as wounded, though a death toll came first", () => {
    expect(only("The ombudsman said the toll had risen to 27 dead, and the number of wounded exceeded 200.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 27, wounded: 200, qualifier: null },
    ]);
  });
});

describe("the hurt named by their treatment", () => {
  it("reads 'being treated in medical facilities' as wounded", () => {
    expect(only("A further 340 servicemen were being treated in medical facilities, the ministry said.", "armenia").map((d) => d.wounded)).toEqual([340]);
  });
});

describe("who gave a figure", () => {
  it("gives a figure that 'came from the Armenian health ministry' to Armenia", () => {
    const { casualties } = article("That toll, 40 dead, came from the Armenian health ministry.");
    expect(casualties.map((c) => [c.claimedBy, c.killed])).toEqual([["armenia", 40]]);
  });

  it("gives 'On the Azerbaijani side, an official said' to Azerbaijan", () => {
    const { casualties } = article("On the Azerbaijani side, an official said that 12 soldiers had been killed.");
    expect(casualties.map((c) => [c.claimedBy, c.affected, c.killed])).toEqual([["azerbaijan", "azerbaijan", 12]]);
  });

  it("gives the figure an agency quotes to the one it quotes", () => {
    const { casualties } = article("TASS quoted the Karabakh army as saying that three of its soldiers had been killed.");
    expect(casualties.map((c) => [c.claimedBy, c.affected, c.killed])).toEqual([["nagorno-karabakh", "nagorno-karabakh", 3]]);
  });
});

describe("victims named again in apposition", () => {
  it("counts 'two civilians, a woman and a child,' as two", () => {
    expect(only("The ombudsman said two civilians, a woman and a child from Martuni, had been killed.", "nagorno-karabakh").map((d) => d.killed)).toEqual([2]);
  });

  it("still counts 'two soldiers and a civilian' as three", () => {
    expect(only("Two soldiers and a civilian were killed, the ministry said.", "armenia").map((d) => d.killed)).toEqual([2, 1]);
  });
});

describe("no one killed or hurt", () => {
  it("reads 'No deaths or injuries have been reported' as none killed and none wounded", () => {
    expect(only("No deaths or injuries have been reported at the checkpoint.", "armenia")).toEqual([
      { affected: "armenia", killed: 0, wounded: 0, qualifier: null },
    ]);
  });

  it("keeps 'There were no deaths' to the dead", () => {
    expect(only("There were no deaths, the ministry said.", "armenia").map((d) => [d.killed, d.wounded])).toEqual([[0, null]]);
  });
});

describe("a toll of no side broken down by nation", () => {
  it("keeps each nation's part of 'more than 400 killed, including 22 Armenian civilians and 31 Azerbaijani civilians'", () => {
    expect(
      only("More than 300 people have died, including 14 Armenian civilians and 25 Azerbaijani civilians.", "other").map((d) => [d.affected, d.killed]),
    ).toEqual([
      ["unspecified", 300],
      ["armenia", 14],
      ["azerbaijan", 25],
    ]);
  });

  it("keeps only the total when its parts are of one kind with no nation", () => {
    expect(only("At least 27 people were killed, including two civilians and a child.", "other").map((d) => d.killed)).toEqual([27]);
  });
});
