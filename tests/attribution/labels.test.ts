import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a speaker named before a colon", () => {
  it("reads 'Artsakh ombudsman: …' as the ombudsman's claim", () => {
    expect(sidesOf("Artsakh ombudsman: at least 90 civilians remain missing")).toEqual(["nagorno-karabakh"]);
  });
  it("reads 'Azerbaijani Defence Ministry: …' as Azerbaijan's claim", () => {
    expect(sidesOf("Azerbaijani Defence Ministry: enemy positions shelled near Lachin")).toEqual(["azerbaijan"]);
  });
  it("does not read a place before a colon as a speaker", () => {
    expect(sidesOf("Goris: traffic resumed on the road to the border overnight")).toEqual([]);
  });
  it("does not read a name nobody introduced as a speaker", () => {
    expect(sidesOf("PETROSYAN: We counted the shells that fell on the village.")).toEqual([]);
  });
});

describe("a reporting verb that is also a noun", () => {
  it("reads 'Azerbaijan reports nine dead' as Azerbaijan's claim", () => {
    expect(sidesOf("Azerbaijan reports nine dead in overnight fighting")).toEqual(["azerbaijan"]);
  });
  it("reads 'the ministry reports no losses' after a ministry was named as that ministry's", () => {
    expect(sidesOf("Armenia's Defence Ministry issued a statement on Friday.", "The ministry reports no losses among its units.")).toEqual(["armenia"]);
  });
  it("keeps 'reports' a noun before a preposition", () => {
    expect(sidesOf("Armenian reports of shelling near the village could not be verified.")).toEqual([]);
  });
});

describe("a glossary entry is no speaker", () => {
  it("does not read 'Mediators: the co-chairs of …' as the mediators' claim", () => {
    expect(sidesOf("Mediators: the three co-chairs of the group, appointed in 1997.")).toEqual([]);
  });
});

describe("people the gazetteer does not know, placed by what the sentence says of them", () => {
  it("reads 'X, the representative of the United States, said' as the United States", () => {
    expect(sidesOf("Jane Harlow, the representative of the United States, said the offensive was unacceptable.")).toEqual(["united-states"]);
  });
  it("keeps a middle initial inside a titled name", () => {
    expect(readSentences("Russian Deputy Foreign Minister Pyotr V. Orlov said the talks would resume.")[0]).toMatchObject({
      sides: ["russia"],
      speaker: "Russian Deputy Foreign Minister Pyotr V. Orlov",
    });
  });
  it("reads 'X, who heads the enclave's defence committee, said' as the enclave's", () => {
    expect(sidesOf("Arman Vardanyan, who heads the enclave's defence committee, said the road must reopen.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("offices and unplaced speakers", () => {
  it("reads 'The President of the Council said' as the council's, not the last president's", () => {
    expect(
      sidesOf(
        "The Security Council met on Friday.",
        "President Clinton was travelling.",
        "The President of the Council said members would stay seized of the matter.",
      ),
    ).toEqual(["united-nations"]);
  });
  it("gives no side when a speaker we cannot place reports what a side did", () => {
    expect(sidesOf("A spokesman said Azerbaijani forces had warned the villagers before the assault.")).toEqual([]);
  });
});

describe("the title before a name, and where he travelled", () => {
  it("reads 'Iran's foreign minister, X, who toured Baku and Yerevan, appealed' as Iran's", () => {
    expect(sidesOf("Iran's foreign minister, Hamid Rostami, who toured Baku and Yerevan last week, appealed to both sides to hold fire.")).toEqual(["iran"]);
  });
});

describe("naming as a claim", () => {
  it("reads 'the border service called the shooting a provocation' as the service's claim", () => {
    expect(sidesOf("Azerbaijan's State Border Service called the shooting a provocation.")).toEqual(["azerbaijan"]);
  });
  it("reads 'the ministry later named the dead as …' as the ministry's claim", () => {
    expect(sidesOf("Armenia's Defence Ministry issued a statement.", "The ministry later named the dead as Aram Petrosyan and Gor Hakobyan.")).toEqual([
      "armenia",
    ]);
  });
  it("does not read a place's other name as a claim: 'Stepanakert, which Azerbaijan calls Khankendi'", () => {
    expect(sidesOf("Officials in Stepanakert, which Azerbaijan calls Khankendi, said the city was shelled.")).toEqual(["nagorno-karabakh"]);
  });
  it("does not read 'a village called Aghavno' or 'called up reservists' as claims", () => {
    expect(sidesOf("The convoy reached a village called Aghavno.")).toEqual([]);
    expect(sidesOf("Armenia's Defence Ministry called up reservists.")).toEqual([]);
  });
  it("reads 'each side blamed the other' as both sides' claim", () => {
    expect(sidesOf("Each side blamed the other for the shelling.")).toEqual(["armenia", "azerbaijan"]);
  });
});

describe("the writer as subject", () => {
  it("does not give 'we spoke to X' to a side named earlier in the sentence", () => {
    expect(sidesOf("A week after the offensive that returned Karabakh to Baku's control, we spoke to the president's adviser.")).toEqual([]);
  });
});

describe("counting the dead as a claim", () => {
  it("reads 'the Azerbaijani side counted 40 servicemen killed' as Azerbaijan's claim", () => {
    expect(sidesOf("In its final figures the Azerbaijani side counted 40 servicemen killed.")).toEqual(["azerbaijan"]);
  });
  it("does not read 'counted the days' as a claim", () => {
    expect(sidesOf("Armenia's defence minister counted the days until the talks.")).toEqual([]);
  });
});

describe("a one-word name with a role before it", () => {
  it("reads 'the research group ACLED reported' as a third party", () => {
    expect(sidesOf("The research group ACLED reported that the shelling had intensified.")).toEqual(["other"]);
  });
  it("keeps a surname nobody introduced unclear", () => {
    expect(sidesOf("Mkrtchyan dismissed the report within the hour.")).toEqual(["unclear"]);
  });
});

describe("delegations and officials named by their office", () => {
  it("reads 'the Armenian delegation insisted' as Armenia's claim", () => {
    expect(sidesOf("At the Vienna round, the Armenian delegation insisted that Stepanakert join the talks.")).toEqual(["armenia"]);
  });
  it("gives a later 'he' the side of a UN official introduced with his office", () => {
    expect(
      sidesOf(
        "Ivan Horvat, Assistant Secretary-General for Europe, Central Asia and the Americas, briefed the Council.",
        "The Organization could not verify the reports, he said.",
      ),
    ).toEqual(["united-nations"]);
  });
});

describe("a label before a colon", () => {
  it("does not read 'What happened:' as opening a wh-clause", () => {
    expect(sidesOf("What happened: Armenia's Defence Ministry said its positions near Sotk were shelled.")).toEqual(["armenia"]);
  });
});

describe("pleadings", () => {
  it("reads 'the Azerbaijani Government countered that …' as Azerbaijan's claim", () => {
    expect(sidesOf("The Azerbaijani Government, the respondent, countered that the village lay outside its control.")).toEqual(["azerbaijan"]);
  });
  it("does not read 'the road was maintained by engineers' as a claim", () => {
    expect(sidesOf("The road to Armenia was maintained by Russian engineers.")).toEqual([]);
  });
});

describe("mediators and the countries they come from", () => {
  it("reads 'the Minsk Group co-chairs from Russia, France and the United States urged' as the Minsk Group's", () => {
    expect(sidesOf("The Minsk Group co-chairs from Russia, France and the United States urged restraint on both sides.")).toEqual(["osce-minsk-group"]);
  });
  it("still reads 'officials from Azerbaijan said' as Azerbaijan's", () => {
    expect(sidesOf("Officials from Azerbaijan said the road was closed.")).toEqual(["azerbaijan"]);
  });
});

describe("bodies that a place does not place", () => {
  it("gives 'the military commandant of Stepanakert' no side by the town", () => {
    expect(sidesOf("The military commandant of Stepanakert, Colonel Ivan Petrov, said the curfew would stay.")).toEqual(["unclear"]);
  });
  it("reads 'Western diplomats in Yerevan said' as third parties, not Armenia", () => {
    expect(sidesOf("Western diplomats in Yerevan said the vote had surprised them.")).toEqual(["other"]);
  });
});

describe("a compilation of timed posts labelled by surname", () => {
  it("gives a post labelled by a surname the text introduced with a side to that side", () => {
    const reads = readSentences(
      "We followed the posts of Shushan Stepanyan, the spokeswoman of Armenia's Defence Ministry, through the day.",
      '08:34 - Stepanyan: "The adversary has launched an air and missile attack."',
      "11:05 - Stepanyan, sharing a statement of the Karabakh presidency: settlements are being shelled.",
    );
    expect(reads[1]?.sides).toEqual(["armenia"]);
    expect(reads[2]?.sides).toEqual(["armenia"]);
  });
  it("gives no side to a surname nobody introduced", () => {
    expect(sidesOf("Karapetyan: the road is closed to all traffic.")).toEqual([]);
  });
});

describe("a label with a clause saying where its speaker spoke", () => {
  it("gives the words after the colon to the speaker who opened a session", () => {
    expect(
      sidesOf("19:45 — Armenian President Serzh Sargsyan, opening an emergency session of the National Security Council: 18 soldiers have been killed."),
    ).toEqual(["armenia"]);
  });
});

describe("a table row", () => {
  it("gives the row to the first cell that names its source, with whatever detail follows the name", () => {
    expect(
      sidesOf("| 9 May 2021 | Tartar | 3 killed | Azerbaijani Interior Ministry, evening statement: three people killed by shelling | Not examined |"),
    ).toEqual(["azerbaijan"]);
    expect(
      sidesOf(
        "| 2 May 2021 | Martakert | Lusine Avanesyan, spokeswoman for the Karabakh president: two homes hit overnight | Amnesty International confirmed the damage |",
      ),
    ).toEqual(["nagorno-karabakh"]);
  });
  it("reads a row whose cells name no source as nobody's claim, and a column heading as no speaker", () => {
    expect(sidesOf("| 9 May 2021 | Tartar | 3 killed | 5 wounded |")).toEqual([]);
    expect(sidesOf("| Date | Place | Killed | Who announced the figure |")).toEqual([]);
  });
});
