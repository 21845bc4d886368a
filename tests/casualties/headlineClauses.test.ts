// A headline's clauses (issue 7, casualties): a count in a clause that names no speaker, before a side's own clause
// that says something else after a comma, is the outlet's; a bare "…, Baku says" still gives the count to Baku.
// Headlines of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const headline = (text: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(text, { ...ctx(claimant), headline: true });

describe("a headline's count before a side's own clause after a comma", () => {
  it("is the outlet's when the side's clause says something else", () => {
    expect(headline("Three Azerbaijani soldiers killed near the border, Stepanakert denies firing", "nagorno-karabakh")).toEqual([
      { affected: "azerbaijan", killed: 3, wounded: null, qualifier: null, claimedBy: "unattributed" },
    ]);
  });
  it("keeps the side's own count in its own clause", () => {
    expect(
      headline("Four Armenian soldiers killed in new clash, Baku says two soldiers wounded", "azerbaijan").map((d) => [d.killed, d.wounded, d.claimedBy]),
    ).toEqual([
      [4, null, "unattributed"],
      [null, 2, undefined],
    ]);
  });
  it("gives the count to the side when it only says it", () => {
    expect(headline("Six Azerbaijani soldiers killed, Baku says", "azerbaijan")[0]?.claimedBy).toBeUndefined();
  });
});
