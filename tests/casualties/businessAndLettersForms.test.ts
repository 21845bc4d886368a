// Forms met on first contact with business notes and readers' letters: a span of years that is no range of victims,
// none "harmed", a second reporter whose verb is left out, the dead buried again, and people killed in a shootout.
// Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("a span of years", () => {
  it("reads 'the war of 1988 to 1990' as when the dead died, not as more of them, even after 'by the count'", () => {
    expect(read("By the count the agencies use, some 15,000 people died in the war of 1988 to 1990.")).toEqual([
      { affected: "unspecified", killed: 15000, wounded: null, qualifier: "some" },
    ]);
  });
  it("reads a span written short, '1988-94', as years too", () => {
    expect(read("By our count 30,000 people died in the war of 1988-94.").map((d) => d.killed)).toEqual([30000]);
  });
  it("still reads a range of victims whose bounds look like years when a noun counts them", () => {
    expect(read("Between 1500 and 2000 people were killed.").map((d) => d.killed)).toEqual([1500]);
  });
});

describe("none harmed", () => {
  it("reads 'no villagers had been harmed' as none killed and none wounded, beside the wounded counted before it", () => {
    expect(read("A ministry spokeswoman said three Azerbaijani border guards were wounded but stressed no villagers had been harmed.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 3, qualifier: null },
      { affected: "azerbaijan", killed: 0, wounded: 0, qualifier: null },
    ]);
  });
  it("reads no figure from a harm that is no one's injury", () => {
    expect(read("The ministry said the blockade had harmed the economy.", "armenia")).toEqual([]);
  });
});

describe("a second reporter with the verb left out", () => {
  it("gives 'and Azerbaijan 26' after 'Armenia reported 31 soldiers killed' to Azerbaijan, of its own dead", () => {
    expect(read("On Monday Armenia reported 31 soldiers killed and Azerbaijan 26.", "armenia")).toEqual([
      { affected: "armenia", killed: 31, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: 26, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("keeps the second reporter's own outcome when it names one", () => {
    expect(read("Armenia reported 31 soldiers killed and Azerbaijan 26 wounded.", "armenia")).toEqual([
      { affected: "armenia", killed: 31, wounded: null, qualifier: null },
      { affected: "azerbaijan", killed: null, wounded: 26, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
});

describe("the dead buried", () => {
  it("reads 'to bury six of the dead' as the dead counted before, mourned, not a toll", () => {
    expect(read("Thousands of mourners filled the square on Sunday to bury six of the dead.")).toEqual([]);
  });
  it("reads 'attended the funerals of two of the victims' the same way", () => {
    expect(read("The minister attended the funerals of two of the victims in Tartar.", "azerbaijan")).toEqual([]);
  });
});

describe("people killed in a shootout", () => {
  it("reads people of no nation killed in a shootout near a town of one side as no one side's", () => {
    expect(read("On Monday four people were killed in a shootout on a road near Stepanakert.")).toEqual([
      { affected: "unspecified", killed: 4, wounded: null, qualifier: null },
    ]);
  });
  it("still places people killed by shelling near a town of one side on its ground", () => {
    expect(read("Four people were killed in shelling near Ganja.").map((d) => d.affected)).toEqual(["azerbaijan"]);
  });
});
