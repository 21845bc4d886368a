import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

type Claimant = Parameters<typeof ctx>[0];
const read = (sentence: string, claimant: Claimant = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);
/** The sentence read right after a figure of the dead, as "the figure" or "its list" would follow one. */
const afterDead = (sentence: string, claimant: Claimant) =>
  extractCasualties(sentence, { ...ctx(claimant), earlier: { outcome: "killed", affected: "armenia" } }).map((d) => [d.affected, d.killed, d.wounded]);

describe("a total split between two nations", () => {
  it("reads the total as no one side's and each part as its nation's", () => {
    expect(read("Investigators said 17 people died in the riots, 11 of them Azerbaijanis and six Armenians.", "azerbaijan")).toEqual([
      ["unspecified", 17, null],
      ["azerbaijan", 11, null],
      ["armenia", 6, null],
    ]);
  });
  it("reads the parts in brackets or after a colon when they add up to the total", () => {
    expect(read("Monitors said nine people were killed (five Armenians and four Azerbaijanis).", "other")).toEqual([
      ["unspecified", 9, null],
      ["armenia", 5, null],
      ["azerbaijan", 4, null],
    ]);
    expect(read("The inquiry counted 15 dead: 8 Armenians and 7 Azerbaijanis.")).toEqual([
      ["unspecified", 15, null],
      ["armenia", 8, null],
      ["azerbaijan", 7, null],
    ]);
  });
  it("keeps a total whose one named part is the speaker's own as its own", () => {
    expect(read("The ministry said 12 people were killed, including 10 Azerbaijani soldiers.", "azerbaijan")).toEqual([["azerbaijan", 12, null]]);
  });
});

describe("a list's label before its count", () => {
  it("reads 'Killed: 17 (…)' and '- injured: over 80' as the counts they label", () => {
    expect(read("Killed: 17 (11 Azerbaijanis, 6 Armenians).")).toEqual([
      ["unspecified", 17, null],
      ["azerbaijan", 11, null],
      ["armenia", 6, null],
    ]);
    expect(read("- injured: over 80")).toEqual([["unspecified", null, 80]]);
  });
  it("reads no count after a label followed by words", () => {
    expect(read("Killed: the talks on the missing stalled again.")).toEqual([]);
  });
});

describe("ranges and estimates", () => {
  it("reads a toll put 'at between' two numbers at its lower bound", () => {
    expect(afterDead("Local historians have put the figure at between 40 and 55.", "other")).toEqual([["armenia", 40, null]]);
  });
  it("reads an estimate that 'may have died'", () => {
    expect(read("Monitors said as many as 300 to 600 people may have died in the valley.", "other")).toEqual([["unspecified", 300, null]]);
  });
  it("does not read what 'could have' happened as a toll", () => {
    expect(read("He said the 40 passengers could have been killed.", "other")).toEqual([]);
  });
});

describe("the maimed and the names on a list of the dead", () => {
  it("reads the maimed as wounded", () => {
    expect(read("The ministry said 30 villagers were maimed and 12 killed.", "azerbaijan")).toEqual([["azerbaijan", 12, 30]]);
  });
  it("reads the names on a list of the dead as its dead", () => {
    expect(read("By Friday its list of the fallen ran to 412 names.", "armenia")).toEqual([["armenia", 412, null]]);
    expect(afterDead("The ministry's list now contains 57 names.", "armenia")).toEqual([["armenia", 57, null]]);
  });
  it("does not read the names on a list of detainees, or names with no list, as the dead", () => {
    expect(afterDead("Its list of detainees ran to 40 names.", "armenia")).toEqual([]);
    expect(afterDead("Two names were missing from the register.", "armenia")).toEqual([]);
  });
});

describe("a second speaker's count after a comma", () => {
  const joint = (sentence: string) =>
    extractCasualties(sentence, { ...ctx("unattributed"), jointClaimants: ["armenia", "azerbaijan"] }).map((d) => [d.claimedBy, d.affected, d.killed]);
  it("reads the bare count a second speaker gives as that speaker's own of the same outcome", () => {
    expect(read("Armenia says 207 of its servicemen were killed, Azerbaijan reported 80.", "armenia")).toEqual([
      ["armenia", 207, null],
      ["azerbaijan", 80, null],
    ]);
  });
  it("reads each of two sides heard together as the speaker of its own clause", () => {
    expect(joint("Armenia said 18 of its soldiers were killed; Azerbaijan reported 12 dead.")).toEqual([
      ["armenia", "armenia", 18],
      ["azerbaijan", "azerbaijan", 12],
    ]);
  });
});

describe("parts of the dead counted before", () => {
  it("reads 'seven of the dead died in hospital' as no new figure", () => {
    expect(read("Seven of the dead died in hospital; the others were killed at the scene.")).toEqual([]);
  });
  it("still reads 'one of the wounded died' as a death", () => {
    expect(read("One of the wounded died in hospital on Monday.")).toEqual([["unspecified", 1, null]]);
  });
});

describe("a table row of names added to a list of the dead", () => {
  it("reads the names as the dead of the side its source cell names", () => {
    const row = "| 23 names added to its list on Monday | Karabakh defence ministry |";
    expect(extractCasualties(row, { ...ctx("unattributed"), earlier: { outcome: "killed", affected: "nagorno-karabakh" } })).toEqual([
      { affected: "nagorno-karabakh", killed: 23, wounded: null, qualifier: null, claimedBy: "nagorno-karabakh" },
    ]);
  });
  it("reads no figure from a row that names losses without a count", () => {
    expect(read("| Azerbaijani military losses | Not disclosed by Baku |")).toEqual([]);
  });
});

describe("one person named as the object of the killing", () => {
  it("reads 'killed <name>, a 30-year-old Azerbaijani driver' as one dead of the apposition's nation", () => {
    expect(read("A court found that a gunman killed Elnur Mammadov, a 30-year-old Azerbaijani driver, at a checkpoint.")).toEqual([["azerbaijan", 1, null]]);
  });
  it("does not read a surname alone after the verb, whom the article named before", () => {
    expect(read("The group denied firing the shot that killed Hovhannisyan.")).toEqual([]);
  });
});
