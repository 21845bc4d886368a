// Two sides accusing each other, and a body often taken for a mediator, met on first contact with blind82 (the
// heritage and environment desks): the progressive of a two-word verb, the warring sides named as such, the
// OSCE's office in a capital. Sentences written for this test.
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

describe("the OSCE's office in a capital", () => {
  it("is a third party, not the Minsk Group its co-chairs are", () => {
    const [head, office, cochairs] = readSentences(
      "Pavel Ivanov, who heads the OSCE office in Yerevan, told reporters the vote was a victory for dialogue.",
      "The OSCE office in Baku said it had followed the trial.",
      "The OSCE Minsk Group co-chairs said the vote was premature.",
    );
    expect(head?.sides).toEqual(["other"]);
    expect(office?.sides).toEqual(["other"]);
    expect(cochairs?.sides).toEqual(["osce-minsk-group"]);
  });

  it("is not the secretariat in Vienna relaying the co-chairs", () => {
    const [relayed] = readSentences("The co-chairs called on the parties to exercise restraint, the OSCE office in Vienna said in a brief statement.");
    expect(relayed?.sides).toEqual(["osce-minsk-group"]);
  });
});
