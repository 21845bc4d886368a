import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

/** The figures of a small article of our own, in order. */
function figuresOf(...paragraphs: string[]) {
  const text = ["Border report", "Upland Courier · 3 May 2019", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");
  return extractArticle(parseArticle({ file: "upland.txt", text })).casualties.map(({ claimedBy, affected, killed, wounded }) => ({
    claimedBy,
    affected,
    killed,
    wounded,
  }));
}

describe("a toll given with a hedge on its verb", () => {
  it.each([
    ["Some 4,000 people are estimated to have been killed in the first two years.", 4000],
    ["About 90 fighters are believed to have died in the assault.", 90],
    ["Roughly 300 villagers are thought to have perished that winter.", 300],
    ["Around 60 conscripts were reported killed on both sides.", 60],
    ["Twelve guards are feared dead after the raid.", 12],
  ])("counts the dead in %s", (sentence, killed) => {
    expect(read(sentence)[0]).toMatchObject({ killed, wounded: null });
  });
});

describe("a range of victims", () => {
  it("counts at least its lower bound", () => {
    expect(read("The fighting killed an estimated 8,000 to 11,000 people.")).toEqual([{ affected: "unspecified", killed: 8000, wounded: null }]);
    expect(read("Two or three shepherds were wounded by the mine.")).toEqual([{ affected: "unspecified", killed: null, wounded: 2 }]);
  });
  it("keeps a toll that rose from one number to another as two figures", () => {
    expect(read("The toll rose from 14 to 19 overnight.").map((f) => f.killed)).toEqual([14, 19]);
  });
});

describe("victims named with their rank or their relatives", () => {
  it("counts a soldier named after his rank", () => {
    expect(read("Sergeant Tural Mammadli was killed by sniper fire.", "azerbaijan")).toEqual([{ affected: "azerbaijan", killed: 1, wounded: null }]);
    expect(read("Lieutenant Colonel Aram Sargsyan was wounded near the post.", "armenia")).toEqual([{ affected: "armenia", killed: null, wounded: 1 }]);
  });
  it("counts a relative named after a victim as one more", () => {
    expect(read("A six-year-old boy and his grandfather were killed when the shell hit.")[0]).toMatchObject({ killed: 2 });
  });
  it("counts a couple as two people", () => {
    expect(read("An elderly couple was killed in their garden.")[0]).toMatchObject({ killed: 2 });
  });
  it("does not count a rank in apposition to a counted group twice", () => {
    expect(read("Two Russian officers, among them Captain Ilya Orlov, were killed in the ambush.")).toEqual([{ affected: "russia", killed: 2, wounded: null }]);
  });
});

describe("a toll named only by reference to the one before", () => {
  it("reads 'the number' in the next sentence as the same count, with the same victims", () => {
    expect(
      figuresOf(
        "Armenia's defence ministry said on Friday that 31 of its soldiers had been killed.",
        "On Sunday the ministry's spokeswoman said the number had reached 44.",
      ),
    ).toEqual([
      { claimedBy: "armenia", affected: "armenia", killed: 31, wounded: null },
      { claimedBy: "armenia", affected: "armenia", killed: 44, wounded: null },
    ]);
  });
  it("reads 'that figure' and 'put the number at' as wounded when the figure before counted the wounded", () => {
    expect(figuresOf("Azerbaijan's health ministry said 17 civilians had been wounded in Tartar.", "It later raised that figure to 23.")).toEqual([
      { claimedBy: "azerbaijan", affected: "azerbaijan", killed: null, wounded: 17 },
      { claimedBy: "azerbaijan", affected: "azerbaijan", killed: null, wounded: 23 },
    ]);
  });
  it("gives the new value to the side that revised a figure in the same sentence", () => {
    expect(figuresOf("Baku said nine Armenian soldiers were killed, a figure the Armenian side later raised to eleven.")).toEqual([
      { claimedBy: "azerbaijan", affected: "armenia", killed: 9, wounded: null },
      { claimedBy: "armenia", affected: "armenia", killed: 11, wounded: null },
    ]);
  });
  it("ignores a number of anything else, and a reference with no figure before it", () => {
    expect(figuresOf("By then 12 civilians had been killed.", "The number of displaced people has reached 9,000.")).toHaveLength(1);
    expect(figuresOf("The ministry said the number had reached 40.")).toEqual([]);
  });
  it("forgets the figure after two sentences", () => {
    expect(
      figuresOf(
        "Armenia's defence ministry said 31 of its soldiers had been killed.",
        "Talks were due in Moscow.",
        "Diplomats met on Monday.",
        "The ministry said the number had reached 44.",
      ),
    ).toHaveLength(1);
  });
  it("reads a toll across an abbreviated month", () => {
    expect(read("The army said 12 more soldiers had died, bringing its toll since Sept. 27 to 480.", "nagorno-karabakh").at(-1)).toMatchObject({
      killed: 480,
    });
  });
});

describe("killed and wounded listed by one speaker in parallel clauses", () => {
  it("makes one figure of the dead and the wounded of the same forces", () => {
    expect(
      read("The ministry said that 40 of its soldiers had been killed, that 12 were missing, and that 90 wounded troops were in hospital.", "armenia"),
    ).toEqual([{ affected: "armenia", killed: 40, wounded: 90 }]);
  });
  it("keeps two figures apart when another voice gives the second", () => {
    expect(
      read("The ministry said 40 of its soldiers had been killed, and that the enemy had reported that 90 troops were wounded.", "azerbaijan"),
    ).toHaveLength(2);
  });
  it("reads people taken to hospital with injuries as wounded", () => {
    expect(read("Two people were killed and three others were taken to hospital with injuries.")).toEqual([{ affected: "unspecified", killed: 2, wounded: 3 }]);
  });
});

describe("a toll raised by a pronoun after a fronted time", () => {
  it("gives 'By this morning it had raised the toll' to the body named before", () => {
    expect(
      figuresOf("Armenia's defence ministry said on Tuesday that four of its soldiers had been killed.", "By this morning it had raised the toll to six dead."),
    ).toEqual([
      { claimedBy: "armenia", affected: "armenia", killed: 4, wounded: null },
      { claimedBy: "armenia", affected: "armenia", killed: 6, wounded: null },
    ]);
  });
});
