// A timeline set out as a bulleted list with no line introducing it: a telegraphic row ("- March 4,
// evening: five killed, 11 wounded.") carries on the count of the speaker the item right above named.
// An article of our own.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { telegraphicRow } from "../../src/core/knowledge/listItemVoice.ts";

const article = `How the toll in Tovuz grew

The district has been shelled since the start of March.

- March 3: Azerbaijan's Defence Ministry said two soldiers were killed near the village of Agdam.
- March 4, evening: five killed, 11 wounded.
- March 5: eight killed.
- March 6: Armenian shelling was reported in Tartar, with three dead.

The fighting eased on March 7.

- March 8: four killed.

Both sides gave figures:

- March 9: Armenia's Defence Ministry said one soldier was killed, and Azerbaijan's Defence Ministry said two of its soldiers were killed.
- March 10: six killed.
`;

describe("rows of a timeline with no line introducing it", () => {
  const knowledge = extractArticle(parseArticle({ file: "timeline.md", text: article }));
  const figures = (start: string) => knowledge.casualties.filter((f) => f.sentence.startsWith(start)).map((f) => [f.claimedBy, f.killed, f.wounded]);

  it("give a telegraphic row's figures to the speaker the item above named, and so down the list", () => {
    expect(figures("March 4, evening")).toEqual([["azerbaijan", 5, 11]]);
    expect(figures("March 5")).toEqual([["azerbaijan", 8, null]]);
  });

  it("make no claim of such a row", () => {
    expect(knowledge.claims.filter((c) => c.sentence.startsWith("March 4, evening"))).toEqual([]);
  });

  it("leave a row that tells what happened in its own words to the outlet", () => {
    expect(figures("March 6")).toEqual([["unattributed", 3, null]]);
  });

  it("give nothing to a row under an item that named no speaker, or after the list broke off", () => {
    expect(figures("March 8")).toEqual([["unattributed", 4, null]]);
  });

  it("give nothing to a row under an item in which two sides spoke", () => {
    expect(figures("March 10")).toEqual([["unattributed", 6, null]]);
  });
});

describe("the shape of a telegraphic row", () => {
  it.each(["October 2, morning: three killed, 9 wounded.", "12 killed, 40 wounded"])("'%s' is a row", (text) => {
    expect(telegraphicRow(text)).toBe(true);
  });
  it.each(["By Friday the ombudsman put the toll at 40.", "October 2: shelling was reported in Goris, with three dead.", "October 2: calm."])(
    "'%s' is not",
    (text) => {
      expect(telegraphicRow(text)).toBe(false);
    },
  );
});
