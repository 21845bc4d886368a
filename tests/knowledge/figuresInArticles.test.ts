// Figures read across an article: where civilians were killed says whose they were, through the
// gazetteer's places; a bare toll updated later is the dead's. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function figuresIn(...sentences: string[]) {
  const text = ["Night of shelling", "", ...sentences.flatMap((s) => [s, ""])].join("\n");
  return extractArticle(parseArticle({ file: "places.txt", text })).casualties;
}
const affectedIn = (...sentences: string[]) => figuresIn(...sentences).map((c) => c.affected);

describe("civilians killed in a place", () => {
  it("puts victims in the Azerbaijani towns taken in 1992-93 on Azerbaijan's side, in any spelling", () => {
    expect(affectedIn("Five civilians were killed in Khojali during the night.")).toEqual(["azerbaijan"]);
    expect(affectedIn("The shelling of Aghdam killed two women.")).toEqual(["azerbaijan"]);
  });
  it("puts victims of a strike on the side of the town it hit", () => {
    expect(affectedIn("Rockets hit Barda before dawn, killing three civilians.")).toEqual(["azerbaijan"]);
  });
});

describe("a toll updated after a sentence that counted the dead and the wounded", () => {
  it("reads 'the figure had climbed to N' as the dead's toll", () => {
    const figures = figuresIn(
      "Officials in Stepanakert said 14 people were killed and 120 injured in the explosion.",
      "By Sunday the figure had climbed to 31.",
    );
    expect(figures.map((f) => [f.killed, f.wounded])).toEqual([
      [14, 120],
      [31, null],
    ]);
  });
});
