// Forms of local and provincial news met on first contact with blind57, each on sentences written
// for it: a governor named with the unit of his place, an Iranian province's official set off before
// his name, and a resident introduced with his age whom a later "he said" points back to.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a provincial official named with his place", () => {
  it("gives 'Governor of Syunik province Robert Ghukasyan said' to Armenia", () => {
    expect(sidesOf("Governor of Syunik province Robert Ghukasyan said the road to Goris was open again.")).toEqual(["armenia"]);
  });

  it("gives '…, the deputy governor of West Azerbaijan for security affairs, Hossein Karimi, said' to Iran, not to a state named in what he said", () => {
    expect(
      sidesOf(
        "Three shells fired in the Karabakh fighting fell near Poldasht, the deputy governor of West Azerbaijan for security affairs, Hossein Karimi, said.",
      ),
    ).toEqual(["iran"]);
  });
});

describe("a resident introduced with an age", () => {
  it("is the 'he' of the quotation that follows, not the minister who spoke before", () => {
    const read = readSentences(
      "Prime Minister Nikol Pashinyan said 7,600 people had been displaced.",
      "In Kut, Gagik, 63, sits on the steps of his shop and looks at the hills.",
      '"We are not leaving, but the children cannot come back yet.',
      'Nobody can promise they will not shoot again," he said.',
    );
    expect(read.at(-1)?.sides).toEqual(["other"]);
  });
});
