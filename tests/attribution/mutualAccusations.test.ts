// Two sides accusing each other, met on first contact with blind82 (heritage and environment desks):
// the progressive of a two-word verb, and the warring sides named as such. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { readSentences } from "./readSides.ts";

describe("two sides trading accusations", () => {
  it("is both sides' claim in the progressive too, not a passive with no agent", () => {
    const [now, then] = readSentences(
      "Armenia and Azerbaijan are trading accusations over the burning forests.",
      "Baku and Yerevan were exchanging accusations over the shelling of the border villages.",
    );
    expect(now?.sides).toEqual(["armenia", "azerbaijan"]);
    expect(then?.sides).toEqual(["azerbaijan", "armenia"]);
  });

  it("is both sides' claim when they are named as the warring sides", () => {
    const [warring] = readSentences("Both warring sides accuse each other of setting the hillsides alight.");
    expect(warring?.sides).toEqual(["armenia", "azerbaijan"]);
  });
});
