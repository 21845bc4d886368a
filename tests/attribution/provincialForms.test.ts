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

describe("a crowd counted", () => {
  it("reads 'several hundred ethnic Armenians blocked the road, saying …' as people, not as Karabakh's authorities", () => {
    expect(sidesOf("On Sunday several hundred ethnic Armenians blocked the road near Akhalkalaki, saying that weapons were crossing the border.")).toEqual([
      "other",
    ]);
  });

  it("still reads 'Karabakh Armenians say' as Karabakh's side", () => {
    expect(sidesOf("Karabakh Armenians say the blockade has cut them off from food and medicine.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("people met in a border town", () => {
  it("reads shopkeepers, drivers, elders and a hospital's chief physician as third parties", () => {
    expect(sidesOf("Shopkeepers say visitors from the city now come to watch the smoke.")).toEqual(["other"]);
    expect(sidesOf("Drivers with Georgian plates said they had waited two days at the crossing.")).toEqual(["other"]);
    expect(sidesOf("Local elders called on residents to stay calm.")).toEqual(["other"]);
    expect(sidesOf("The hospital's chief physician said the boy had shrapnel wounds.")).toEqual(["other"]);
  });
});

describe("'according to the same statement'", () => {
  it("goes back to the body whose statement it was, past a doctor who spoke since", () => {
    const read = readSentences(
      "Azerbaijan's Prosecutor General's Office said a builder was injured by a mine in Zargar.",
      "The hospital's chief physician said the operation went normally.",
      "Almost 380 citizens have become victims of mines since the war, according to the same statement.",
    );
    expect(read.at(-1)?.sides).toEqual(["azerbaijan"]);
  });
});
