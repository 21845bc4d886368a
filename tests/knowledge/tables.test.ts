// A table inside a page that speaks for a body (a UN situation report): its rows name their own
// sources, so a row is no claim of the page's body and its figures are the source's. A page of our own.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const page = `---
title: "Karabakh: Situation Report No. 4"
publisher: "UN Office for the Coordination of Humanitarian Affairs (OCHA)"
date: 2021-05-03
type: situation report
---

# Karabakh: Situation Report No. 4

Shelling near Martakert continued overnight, and thousands of people remain in shelters across the region.

| Indicator | Figure | Source | Date |
|---|---|---|---|
| Killed in the shelling (Karabakh side) | 30 dead, 90 wounded | local authorities in Stepanakert | 2 May |
| Azerbaijani military casualties | 12 soldiers dead, 40 wounded | Azerbaijani Defence Ministry | 2 May |
`;

describe("a table of figures with a source column, on a page that speaks for a body", () => {
  const knowledge = extractArticle(parseArticle({ file: "sitrep.md", text: page }));
  it("does not give the rows to the page's body as its claims", () => {
    expect(knowledge.claims.filter((c) => c.sentence.startsWith("|"))).toEqual([]);
    expect(knowledge.claims.map((c) => c.speaker)).toContain("UN Office for the Coordination of Humanitarian Affairs (OCHA)");
  });
  it("gives each row's figures to the source the row names, on the side its label says", () => {
    expect(knowledge.casualties.map((f) => [f.claimedBy, f.affected, f.killed, f.wounded])).toEqual([
      ["nagorno-karabakh", "nagorno-karabakh", 30, 90],
      ["azerbaijan", "azerbaijan", 12, 40],
    ]);
  });
});
