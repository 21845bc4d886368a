import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import type { CasualtyContext } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

type Claimant = Parameters<typeof ctx>[0];

const read = (sentence: string, claimant: Claimant = "unattributed", extra: Partial<CasualtyContext> = {}) =>
  extractCasualties(sentence, { ...ctx(claimant), ...extra }).map((d) => [d.claimedBy ?? claimant, d.affected, d.killed, d.wounded]);

describe("a total broken down before its verb", () => {
  it("keeps the total and no part when the parts are listed between the total and its verb", () => {
    expect(read("Officials say that 420 residents, among them 40 children, 90 women and 30 old men, were killed.", "azerbaijan")).toEqual([
      ["azerbaijan", "azerbaijan", 420, null],
    ]);
  });
  it("reads the breakdown as an aside when where the victims came from comes before it", () => {
    expect(read("Officials say that 420 civilians from the town, among them 40 children, 90 women and 30 elderly people, were killed.", "azerbaijan")).toEqual([
      ["azerbaijan", "azerbaijan", 420, null],
    ]);
  });
  it("still reads a count with an outcome of its own after the part", () => {
    expect(read("Officials said 200 people were killed, including 10 civilians, 400 wounded.", "azerbaijan")).toEqual([["azerbaijan", "azerbaijan", 200, 400]]);
  });
});

describe("victims named by their ranks", () => {
  it("counts the people a body names as killed", () => {
    expect(read("It named Sergeant Ali Guliyev and Corporal Rauf Aliyev as killed in the attack.", "azerbaijan")).toEqual([
      ["azerbaijan", "azerbaijan", 2, null],
    ]);
    expect(read("The ministry listed Private Ali Guliyev, Private Elvin Mammadov and Private Rauf Aliyev as killed.", "azerbaijan")).toEqual([
      ["azerbaijan", "azerbaijan", 3, null],
    ]);
  });
  it("counts the named pair apart from a wounded soldier who died later", () => {
    expect(
      read(
        "It named Sergeant Ali Guliyev and Corporal Rauf Aliyev as killed repelling the attack, and said a badly wounded soldier, Nijat Hasanov, later died.",
        "azerbaijan",
      ),
    ).toEqual([
      ["azerbaijan", "azerbaijan", 2, null],
      ["azerbaijan", "azerbaijan", 1, null],
    ]);
  });
  it("reads a long description of a named general before his fate", () => {
    expect(
      read(
        "Major General Rauf Guliyev, deputy commander and chief of staff of the Second Army Corps of Azerbaijan's armed forces, was killed on the morning of 3 May in fighting on the border.",
      ),
    ).toEqual([["unattributed", "azerbaijan", 1, null]]);
  });
  it("reads a name after a job and a rank", () => {
    expect(read("The army said contract serviceman Private Hrach Muradyan was killed in Azerbaijani attacks.", "nagorno-karabakh")).toEqual([
      ["nagorno-karabakh", "nagorno-karabakh", 1, null],
    ]);
  });
});

describe("the outlet's own figures in remembrance pieces", () => {
  it("reads newsmen as the press, of the nation named", () => {
    expect(read("One year ago today two Azerbaijani newsmen were killed when the truck carrying their crew struck an anti-tank mine.")).toEqual([
      ["unattributed", "azerbaijan", 2, null],
    ]);
  });
  it("reads 'a reported' figure with no source named as the outlet's", () => {
    expect(read("A reported 4,025 Armenian soldiers were killed in the conflict.")).toEqual([["unattributed", "armenia", 4025, null]]);
  });
  it("reads a soldier described in passing as the outlet's, though a speaker is heard in a later relative clause", () => {
    expect(
      read(
        "Aliyev carried the portrait of Ramil Guliyev, a soldier killed in the Fuzuli region on 9 November 2020, while his wife carried that of Leyla Mammadova, a six-year-old girl who Baku says died in a rocket strike.",
        "azerbaijan",
      ),
    ).toEqual([["unattributed", "azerbaijan", 1, null]]);
  });
  it("leaves a count the relative clause speaks of to its speaker", () => {
    expect(read("Two soldiers were killed, a toll which Baku says is final.", "azerbaijan")).toEqual([["azerbaijan", "azerbaijan", 2, null]]);
  });
  it("reads a wound the victim later died of as a death", () => {
    expect(
      read("In April an Azerbaijani soldier searching for missing servicemen near the lake was wounded by a mine and later died in hospital.", "other"),
    ).toEqual([["other", "azerbaijan", 1, null]]);
    expect(read("Three people were wounded and two died.")).toEqual([["unattributed", "unspecified", 2, 3]]);
  });
  it("gives a count to a news site named after 'according to'", () => {
    expect(read("According to the Quiet River news site, an Azerbaijani soldier was wounded by a mine and later died in hospital.")).toEqual([
      ["other", "azerbaijan", 1, null],
    ]);
  });
});

describe("the rest of a toll and a body's final count", () => {
  it("gives the wounded after a count of one side's dead that side", () => {
    const earlier = { earlier: { outcome: "killed" as const, affected: "nagorno-karabakh" as const } };
    expect(read("Some 290 people were wounded, many of them with severe burns.", "unattributed", earlier)).toEqual([
      ["unattributed", "nagorno-karabakh", null, 290],
    ]);
    // (The same outcome again is a count of its own, and a place named says where.)
    expect(read("Some 290 people were killed.", "unattributed", earlier)).toEqual([["unattributed", "unspecified", 290, null]]);
    expect(read("Some 290 people were wounded in Ganja.", "unattributed", earlier)).toEqual([["unattributed", "azerbaijan", null, 290]]);
  });
  it("gives a count a named body put at a number to that body", () => {
    expect(read("Armenia's Investigative Committee later put the final count at 218 dead and 120 injured, with 21 people still unaccounted for.")).toEqual([
      ["armenia", "armenia", 218, 120],
    ]);
    expect(read("Officials later put the final count at 218 dead.")).toEqual([["unattributed", "unspecified", 218, null]]);
  });
});

describe("counts that count no one", () => {
  it("reads no figure in a fallen soldier whose family is meant", () => {
    expect(read("A sculptor recalled that he had given a state apartment to the family of a fallen soldier and travelled to Baku.", "other")).toEqual([]);
  });
  it("reads no figure in a multiple of another count", () => {
    expect(
      read("The news agency has claimed that Azerbaijani losses were at least five times higher than Armenian ones, estimating them at 558.", "armenia"),
    ).toEqual([["armenia", "azerbaijan", 558, null]]);
  });
  it("reads no victim in a nation's craft", () => {
    expect(read("Several outlets returned to Monday evening's loss of a Russian Mi-24 helicopter over Armenia.")).toEqual([]);
    expect(read("An Armenian was killed.")).toEqual([["unattributed", "armenia", 1, null]]);
  });
  it("reads service personnel as soldiers", () => {
    expect(read("By Wednesday the prime minister said 105 Armenian service personnel had been killed.", "armenia")).toEqual([
      ["armenia", "armenia", 105, null],
    ]);
  });
});
