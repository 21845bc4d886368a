// Killings named by how they were done (issue 7, casualties): "were slaughtered", "were beheaded", "the summary
// execution of N", "the execution by decapitation of N" count the dead as "were killed" does. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "other") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("a killing named by how it was done", () => {
  it("reads 'were slaughtered' as killed", () => {
    expect(read("Officials in the capital say 240 Azerbaijani villagers were slaughtered in the raid.", "azerbaijan")).toEqual([["azerbaijan", 240, null]]);
  });
  it("reads 'were beheaded' as killed", () => {
    expect(read("The monitor said three Armenian soldiers were beheaded near the river.")).toEqual([["armenia", 3, null]]);
  });
  it("reads 'the summary execution of N' as N dead", () => {
    expect(read("The researchers said one clip shows the summary execution of four Armenian soldiers.")).toEqual([["armenia", 4, null]]);
  });
  it("reads 'the execution by decapitation of N' as N dead", () => {
    expect(read("The group said the footage shows the execution by decapitation of two Azerbaijani conscripts.")).toEqual([["azerbaijan", 2, null]]);
  });
  it("counts no one in the execution of an order or a plan", () => {
    expect(read("The report faults the execution of two orders by the regiment.")).toEqual([]);
  });
});

describe("soldiers a defence ministry says it eliminated", () => {
  it("reads 'had eliminated 40 Armenian soldiers and two tanks' as 40 Armenian dead", () => {
    expect(extractCasualties("The ministry said its units had eliminated 40 Armenian soldiers and two tanks on the heights.", ctx("azerbaijan"))).toEqual([
      { affected: "armenia", killed: 40, wounded: null, qualifier: null },
    ]);
  });
  it("does not read 'neutralised four enemy tanks' as dead", () => {
    expect(extractCasualties("The army said it had neutralised four enemy tanks near the river.", ctx("nagorno-karabakh"))).toEqual([]);
  });
});
