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
