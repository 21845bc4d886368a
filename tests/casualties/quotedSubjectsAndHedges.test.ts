import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant));

describe("words the speaker puts in quotation marks", () => {
  it("reads a quoted 'the enemy' that lost soldiers as the speaker's enemy", () => {
    expect(read('The ministry claimed that "the enemy" had lost more than 60 soldiers and two tanks.', "azerbaijan")).toEqual([
      { affected: "armenia", killed: 60, wounded: null, qualifier: "more than" },
    ]);
  });
  it("reads a quoted 'not less than 450 killed' as a hedged toll of the losses named before it", () => {
    expect(read('The ministry said Armenian losses were "not less than 450 killed".', "azerbaijan")).toEqual([
      { affected: "armenia", killed: 450, wounded: null, qualifier: "not less than" },
    ]);
  });
});

describe("one count of the dead and the hurt together", () => {
  it("gives no figure for 'have killed or injured 36 people'", () => {
    expect(read("Landmines have killed or injured 36 people in the districts since January, campaigners said.", "unattributed")).toEqual([]);
  });
  it("still reads 'killed three and injured 12 civilians' as two counts", () => {
    expect(read("The attack killed three and injured 12 civilians.", "unattributed").map((d) => [d.killed, d.wounded])).toEqual([
      [3, null],
      [null, 12],
    ]);
  });
});
