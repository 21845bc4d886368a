import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const counts = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.killed, d.wounded]);

describe("a range of victims opened by 'between'", () => {
  it("reads 'between N and M people were killed' as one figure at its lower bound", () => {
    expect(counts("Between 30 and 35 villagers were killed in the raid.")).toEqual([[30, null]]);
  });
  it("joins the wounded counted after the range to its dead", () => {
    expect(counts("Between eight and nine people were killed and more than 20 wounded in the strike.", "azerbaijan")).toEqual([[8, 20]]);
  });
  it("reads a range after an active verb", () => {
    expect(counts("The first war is thought to have killed between 15,000 and 25,000 people.")).toEqual([[15000, null]]);
  });
  it("reads no range in a span of years or in other numbers joined by 'between'", () => {
    expect(counts("Some 40 soldiers were killed between 2010 and 2014.")).toEqual([[40, null]]);
    expect(counts("The talks between two and three delegations broke down.")).toEqual([]);
  });
});

describe("a toll whose value comes after a long aside", () => {
  it("reads a toll closed by its number past a relative clause set off by commas", () => {
    expect(
      counts(
        "The death toll from the collapse of the old dam above the valley, where hundreds of families had camped for the summer after the floods of the spring, has climbed to 58.",
      ),
    ).toEqual([[58, null]]);
  });
  it("reads a toll that 'now stands at' its value past an apposition", () => {
    expect(
      counts(
        "With the latest deaths, the officially confirmed toll in the long-running dispute over the mountainous border district, a largely rural area administered from the provincial capital, now stands at 41.",
      ),
    ).toEqual([[41, null]]);
  });
});

describe("numbers that tell the time or the day", () => {
  it("reads no victims from a live blog's time before a headline", () => {
    expect(counts("Tue 3 May · 09:15 Man hurt in Monday's shelling dies in hospital, raising toll to 4", "armenia")).toEqual([[4, null]]);
  });
  it("reads no victims from a numeric date and time", () => {
    expect(counts("UPDATE 21.06, 18:05 – The ministry gave its figure: 14 dead.", "armenia")).toEqual([[14, null]]);
  });
  it("still reads a decimal count of thousands", () => {
    expect(counts("Some 1.5 thousand people died.")).toEqual([[1500, null]]);
  });
});
