// One killing the outlet tells in its own words (issue 7, casualties, round 30): the ranked victim named after the
// verb counts one dead of his side, whoever the subject is and however the blow was struck. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string) => extractCasualties(sentence, ctx("unattributed")).map((d) => [d.affected, d.killed, d.wounded]);

describe("a ranked victim named after the verb of the killing", () => {
  it("counts the victim, not the killer described in apposition before the verb", () => {
    expect(
      read("At dawn on 3 March 2005, one of them, Captain Orkhan Aliyev (O.A. in the ruling), killed Armenian Captain Levon Sargsyan in his bed."),
    ).toEqual([["armenia", 1, null]]);
  });
  it("counts the victim after an apposition set off by commas alone", () => {
    expect(read("One of the students, Captain Orkhan Aliyev, killed Armenian Captain Levon Sargsyan in his bed.")).toEqual([["armenia", 1, null]]);
  });
  it("reads 'hacked a 24-year-old officer to death' as one dead, the age before the rank", () => {
    expect(read("Orkhan Aliyev, now 40, hacked 24-year-old Captain Levon Sargsyan to death as he slept in a dormitory.")).toEqual([["armenia", 1, null]]);
  });
  it("counts no one stabbed without 'to death'", () => {
    expect(read("Orkhan Aliyev stabbed Captain Levon Sargsyan in the arm during the quarrel.")).toEqual([]);
  });
});
