// A bulleted list introduced by a line ending in a colon: its verbless items are the introducing
// speaker's claims, and their figures that speaker's. An article of our own.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const article = `Shelling of border villages

Armenia's Defence Ministry gave these figures on Tuesday evening:

- 4 servicemen killed near Jermuk since Monday
- 2 civilians wounded in Sotk
- 11 houses damaged in Kut

The shelling stopped before midnight.

- 3 cars burnt out in Goris
`;

describe("a bulleted list under a line that introduces it", () => {
  const knowledge = extractArticle(parseArticle({ file: "list.md", text: article }));
  const sideOf = (words: string) => knowledge.claims.filter((c) => c.sentence.includes(words)).map((c) => c.side);

  it("gives its items to the introducing speaker", () => {
    expect(sideOf("4 servicemen killed near Jermuk")).toEqual(["armenia"]);
    expect(sideOf("11 houses damaged")).toEqual(["armenia"]);
  });

  it("gives the items' figures to that speaker", () => {
    const killed = knowledge.casualties.find((f) => f.sentence.includes("Jermuk"));
    expect(killed).toMatchObject({ claimedBy: "armenia", affected: "armenia", killed: 4 });
  });

  it("ends where the list ends", () => {
    expect(sideOf("3 cars burnt out")).toEqual([]);
  });
});

const principles = `Statement on the principles

The co-chairs said a settlement should rest on three principles:

- The territorial integrity of Armenia and Azerbaijan;
- A legal status for the region, defined in an agreement based on self-determination;
- Guaranteed security for its whole population.
`;

describe("a list of principles that states nothing", () => {
  const { claims } = extractArticle(parseArticle({ file: "principles.md", text: principles }));
  it("makes no claims of its items", () => {
    expect(
      claims.filter(
        (c) => c.sentence.startsWith("The territorial integrity") || c.sentence.startsWith("A legal status") || c.sentence.startsWith("Guaranteed"),
      ),
    ).toEqual([]);
  });
});
