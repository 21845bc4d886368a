// Forms of post-war news met on first contact with blind54, each on sentences written for it:
// a name between "in what" and its verb, "the government" after a head of government is named,
// a government spokesperson after the government spoke, and "had long called him a …".
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a voice in 'in what X called'", () => {
  it("gives '…, in what Azerbaijan's Foreign Ministry called a provocation' to Azerbaijan, not to a place named before", () => {
    expect(
      sidesOf(
        "A court in Yerevan on Monday opened the trial of two men from Kalbajar, both former soldiers of the Azerbaijani army, in what Azerbaijan's Foreign Ministry called a provocation.",
      ),
    ).toEqual(["azerbaijan"]);
  });

  it("reads past an adverb before the verb of naming: 'in what Moscow officially called'", () => {
    expect(sidesOf("Troops began sealing off the villages near Goris in what Moscow officially described as a document check.")).toEqual(["russia"]);
  });
});

describe("the government of the leader just named", () => {
  it("gives 'The government rejected the criticism' to the prime minister's state", () => {
    const [, , government] = readSentences(
      "The Karabakh ombudsman said the prisoners were being held in harsh conditions.",
      "Opposition lawmakers accused Prime Minister Nikol Pashinyan of abandoning the prisoners.",
      "The government rejected the criticism, saying their return remained a priority.",
    );
    expect(government?.sides).toEqual(["armenia"]);
  });

  it("gives 'The government spokesperson says …' to the government that spoke just before", () => {
    const [, , spokesperson] = readSentences(
      "Gegham Stepanyan said dozens of the wounded had been flown out.",
      "The Armenian government says 30,000 people have now crossed the border.",
      "The government spokesperson says people are being registered at the border.",
    );
    expect(spokesperson?.sides).toEqual(["armenia"]);
  });
});

describe("a naming with an adverb before it", () => {
  it("reads 'Yerevan had long called him a Kremlin agent' as Armenia's claim", () => {
    expect(sidesOf("Yerevan had long called him a Kremlin agent, an accusation he always denied.")).toEqual(["armenia"]);
  });

  it("still reads 'Putin called him on Tuesday' as a telephone call", () => {
    expect(sidesOf("Putin called him on Tuesday.")).toEqual([]);
  });
});

describe("a closing 'according to' after a clause of its own", () => {
  it("leaves the sentence's opening speaker the outermost voice", () => {
    expect(
      sidesOf(
        "Armenia's defence ministry later said two border guards had been killed by mistake, and Pashinyan apologized to Aliyev in a phone call, according to the Kremlin.",
      ),
    ).toContain("armenia");
  });

  it("still wraps a sentence with no speaker of its own", () => {
    expect(sidesOf("Two border guards were killed near Sotk overnight, according to the Kremlin.")).toEqual(["russia"]);
  });
});

describe("a second voice after a comma and 'and'", () => {
  it("keeps 'and Moscow, too, said …' a voice of its own, not an aside of the first speaker's", () => {
    expect(sidesOf("An EU spokesperson called it an important step towards peace, and Moscow, too, said it welcomed the progress.")).toEqual([
      "european-union",
      "russia",
    ]);
  });

  it("keeps an analyst's 'in what analysts called …' out of the sentence's voices", () => {
    expect(sidesOf("Azerbaijani forces shot down a helicopter on Wednesday, in what analysts called the worst incident in years.")).toEqual([]);
  });
});
