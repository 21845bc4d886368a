// A headline says in short what the paragraph under it says in full: its claim is only kept when
// no body sentence of its section gives the same side a claim.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function claimsOf(...lines: string[]) {
  return extractArticle(parseArticle({ file: "a.txt", text: lines.join("\n") })).claims.map((c) => [c.side, c.sentence]);
}

describe("headlines over a digest's items", () => {
  const claims = claimsOf(
    "Regional digest",
    "",
    "By Staff, 4 April 1993",
    "",
    "Tehran Condemns Offensive",
    "",
    "Iran's foreign ministry condemned the offensive and called for an immediate ceasefire.",
    "",
    "Ankara Warns Yerevan",
    "",
    "Shelling continued near the pass through the night, villagers said.",
  );

  it("drops a headline's claim when the item's body gives the same side one", () => {
    expect(claims.filter(([, s]) => s === "Tehran Condemns Offensive")).toEqual([]);
    expect(claims.filter(([side]) => side === "iran")).toHaveLength(1);
  });

  it("keeps a headline's claim that no body sentence of its item makes", () => {
    expect(claims.filter(([, s]) => s === "Ankara Warns Yerevan").map(([side]) => side)).toEqual(["turkey"]);
  });
});
