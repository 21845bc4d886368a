// Civilians named by a role and the town they come from speak for themselves, whatever side the
// town's name would lend a state; movements named after a region are no government. Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a civilian named after an inverted verb", () => {
  it("is a third party even when her town names a side", () => {
    const [read] = readSentences('"We only want to go back," said one woman from Fizuli, who would not give her name.');
    expect(read?.sides).toEqual(["other"]);
    expect(read?.speaker).toBe("one woman from Fizuli");
    expect(sidesOf('"The windows shook all night," said a teacher in Goris.')).toEqual(["other"]);
  });

  it("is found when the town is one the gazetteer does not know", () => {
    expect(sidesOf('"Nobody came to help us," said a shepherd from the village of Hadrut.')).toEqual(["other"]);
  });

  it("leaves an official after the verb to the state he serves", () => {
    expect(sidesOf('"The report is false," said a spokesman for the Armenian foreign ministry.')).toEqual(["armenia"]);
    expect(sidesOf('"We are watching closely," said a senior Russian diplomat.')).toEqual(["russia"]);
  });
});

describe("a civilian from a town, opening the sentence", () => {
  it("speaks for no side", () => {
    expect(sidesOf("A pensioner from Ganja said the blast woke the whole street.")).toEqual(["other"]);
    expect(sidesOf("Two women from Kapan said they had slept in the cellar for a week.")).toEqual(["other"]);
  });

  it("is not confused with officials who come from a capital", () => {
    expect(sidesOf("Officials from Yerevan said the road would reopen on Monday.")).toEqual(["armenia"]);
  });
});

describe("a movement named after the region", () => {
  it("speaks for itself, not for the Karabakh authorities", () => {
    expect(sidesOf("A spokesman for the Karabakh Committee said the general strike in Yerevan would go on.")).toEqual(["other"]);
  });
});

describe("a carer at the verb after a fronted place", () => {
  it("speaks for himself, and is whom a later 'he' means", () => {
    const reads = readSentences(
      "Prime Minister Nikol Pashinyan said the army was holding its positions.",
      "At the city hospital in Martakert, which now works from its cellar, the head doctor said 40 wounded had arrived overnight.",
      '"We sleep in shifts," he said.',
    );
    expect(reads.map((r) => r.sides)).toEqual([["armenia"], ["other"], ["other"]]);
  });

  it("leaves an official at the verb to the place in front", () => {
    expect(sidesOf("In Baku, the military prosecutor said the case had been opened.")).toEqual(["azerbaijan"]);
  });
});

describe("people named by a role as the subject of a sentence with no claim", () => {
  it("are whom the next 'they' means", () => {
    const reads = readSentences(
      "Azerbaijan's government has ruled out any talks on the region's status.",
      "In Stepanakert, where the rallies had gone on for a week, strike leaders agreed to reopen the factories.",
      "They said on Monday that the strike had been suspended, not ended.",
    );
    expect(reads[2]?.sides).toEqual(["other"]);
  });

  it("do not take the place of officials who spoke", () => {
    const reads = readSentences(
      "Armenian officials said the border road was closed.",
      "The road was closed on Sunday.",
      "They said it would stay closed for a week.",
    );
    expect(reads[2]?.sides).toEqual(["armenia"]);
  });
});

describe("a relative named by a first name in apposition", () => {
  it("speaks for no side", () => {
    const reads = readSentences("Corporal Vardan Hakobyan was killed at his post on Friday.", "His sister, Lilit, said he had written home on Thursday.");
    expect(reads[1]?.sides).toEqual(["other"]);
    expect(reads[1]?.speaker).toBe("His sister");
  });
});

describe("an official named at the end of an 'according to' source", () => {
  it("is whom a later 'she' means, with the office's side", () => {
    const reads = readSentences(
      "According to the head of the Tartar municipality Gulnar Hasanova, a shell hit a school in the morning.",
      '"Nobody was inside, thank God," she said.',
    );
    expect(reads.map((r) => r.sides)).toEqual([["azerbaijan"], ["azerbaijan"]]);
    expect(reads[1]?.speaker).toBe("Gulnar Hasanova");
  });
});

describe("a ministry's spokeswoman a few sentences after its minister", () => {
  it("speaks for the minister's state", () => {
    const reads = readSentences(
      "Azerbaijan's health minister sought on Monday to explain the casualty figures his ministry had released.",
      '"Our experts have examined 300 bodies," Teymur Musayev told reporters in Baku.',
      "He said 40 of them had not been identified.",
      "Musayev stressed that the count would change.",
      "The health ministry's spokeswoman, Aygun Hasanova, said on Saturday that 280 bodies had been examined.",
    );
    expect(reads[4]?.sides).toEqual(["azerbaijan"]);
  });
});

describe("a title opening a sentence that reports nothing", () => {
  it("is whom the next 'he' means, before the leader it only mentions", () => {
    const reads = readSentences(
      "President Ilham Aliyev addressed the nation after midnight.",
      "The head of state returned repeatedly to Pashinyan.",
      "He accused the Armenian premier of misleading his own people.",
    );
    expect(reads[2]?.sides).toEqual(["azerbaijan"]);
  });
});

describe("a prosecutor's office named bare", () => {
  it("is the page's own state's, not whichever official spoke last", () => {
    const reads = readSentences(
      "Russian officials later said no Turkish troops would deploy.",
      "Aliyev paid tribute to the soldiers who were killed.",
      "The Prosecutor-General's Office said 90 civilians had been killed.",
    );
    expect(reads[2]?.sides).not.toContain("russia");
  });
});

describe("a doctor named with 'Dr.'", () => {
  it("is a third party, with or without the abbreviation's full stop", () => {
    expect(sidesOf("Dr. Narine Sahakyan, the deputy director, said the hospital had taken in forty people.")).toEqual(["other"]);
    expect(sidesOf("Dr Narine Sahakyan, the deputy director, said the hospital had taken in forty people.")).toEqual(["other"]);
  });
});

describe("'its' after a state named earlier in the same sentence", () => {
  it("is that state, not the speaker of an earlier sentence", () => {
    const reads = readSentences(
      "The Russian envoy said the truce held for years.",
      "In the autumn war Azerbaijan retook the districts; its defence ministry later put its military deaths at 2,900.",
    );
    expect(reads[1]?.sides).toEqual(["azerbaijan"]);
  });
});

describe("a village's head", () => {
  it("speaks for the villagers, not for a state", () => {
    expect(sidesOf("The village head said the new border line would cut the road to the fields.")).toEqual(["other"]);
  });
});

describe("local officials a word or two after 'local'", () => {
  it("are the officials of the place the sentence names", () => {
    expect(sidesOf("Hospitals in the enclave were struggling to treat 200 people hurt in the blast, local health officials said.")).toEqual([
      "nagorno-karabakh",
    ]);
  });
});

describe("relief officials in a town", () => {
  it("are third parties, unlike the town's officials", () => {
    expect(sidesOf("Relief officials in Barda said about 20,000 people had arrived.")).toEqual(["other"]);
    expect(sidesOf("Officials in Barda said about 20,000 people had arrived.")).toEqual(["azerbaijan"]);
  });
});

describe("a civil body the gazetteer does not know", () => {
  it("is whose president a later 'its president' is, a third party", () => {
    const reads = readSentences(
      "Karabakh officials claimed heavy losses around Martakert.",
      "For the families who send parcels through the Marseille association Aide-Arménie, the news came as a relief.",
      '"We have waited for this for years," said its president, Sylvie Der Markarian, by telephone.',
    );
    expect(reads[2]?.sides).toEqual(["other"]);
  });
});

describe("a person opening a sentence that others report", () => {
  it("is whom the next 'he' means, not the people he spoke with", () => {
    const reads = readSentences(
      "On Sunday, Lavrov spoke by phone with Bayramov and with a visiting envoy, Vartan Hovsepyan, the Russian Foreign Ministry said.",
      "He insisted that the truce must be observed by both sides.",
    );
    expect(reads[1]?.sides).toEqual(["russia"]);
  });
});

describe("a group that spoke", () => {
  it("is the next 'they', before a plural the sentence only mentions", () => {
    const reads = readSentences(
      "On Monday a group of Armenians who described themselves as farmers blocked the road near Goris, at a point guarded by Russian border troops.",
      "They said they were protesting against the new checkpoint.",
    );
    expect(reads[1]?.sides).toEqual(["other"]);
  });
});

describe("people from a list of places", () => {
  it("are the people, not the last place of the list", () => {
    expect(sidesOf("Residents of Kirants and Voskepar have voiced fears that the new line will cut them off.")).toEqual(["other"]);
  });

  it("still gives officials of two states both sides", () => {
    expect(sidesOf("Officials of Armenia and Azerbaijan said the talks had gone well.")).toEqual(["armenia", "azerbaijan"]);
  });
});

describe("the local office of a civil body", () => {
  it("is a third party's, not the state's of the town it is in", () => {
    expect(sidesOf("Anna Petrosyan, who heads the Gyumri office of the Helsinki Association, said the families were worried.")).toEqual(["other"]);
  });
});

describe("people from places listed after 'such as'", () => {
  it("are the people, not a place of the list", () => {
    expect(sidesOf("Residents of Armenian border villages such as Chinari and Nerkin Karmiraghbyur have complained of sniper fire.")).toEqual(["other"]);
  });
});

describe("victims counted before an 'according to'", () => {
  it("are no source: 'three people, including two journalists, were killed …, according to Azerbaijani officials'", () => {
    expect(sidesOf("Three people, including two journalists, were killed when their car hit a mine, according to Azerbaijani officials.")).toEqual([
      "azerbaijan",
    ]);
  });
});
