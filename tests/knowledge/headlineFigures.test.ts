// A headline's figure: kept when it says who counts or whose dead they are, left out when it only announces the
// story. Small articles written for these tests, read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function figuresUnder(headline: string) {
  const text = [headline, "", "The fighting broke out before dawn near the village, officials said.", ""].join("\n");
  return extractArticle(parseArticle({ file: "h.txt", text })).casualties.map((f) => [f.claimedBy, f.affected, f.killed]);
}

describe("a figure in a headline", () => {
  it("is left out when the headline names neither who counts nor whose dead", () => {
    expect(figuresUnder("Six killed in overnight shootout near the line of contact")).toEqual([]);
  });
  it("is kept when it names whose dead they are or who gives the count", () => {
    expect(figuresUnder("Six Armenian soldiers killed in overnight shootout")).toEqual([["unattributed", "armenia", 6]]);
    expect(figuresUnder("Azerbaijan says six soldiers killed in overnight shootout")).toEqual([["azerbaijan", "azerbaijan", 6]]);
  });
});
