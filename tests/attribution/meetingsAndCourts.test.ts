// Meeting summaries, court releases and trial reports: who speaks is said once, by a name, a
// bracketed state or a body, and then by "she", "the Court" or "the prosecution". Sentences of our own.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a meeting summary's speakers", () => {
  it("points 'she' back to the delegate named before her state in brackets", () => {
    const reads = readSentences(
      "MARIA KOVAC, Minister for Foreign Affairs of France, said the offensive must stop.",
      "JANE OKAFOR (United States) said her delegation was alarmed by the fighting.",
      "She welcomed the ceasefire and said humanitarian access was urgent.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["france"], ["united-states"], ["united-states"]]);
  });
  it("reads a minister of state of a state outside the conflict as a third party", () => {
    expect(sidesOf("PETER LANG, Minister of State of Norway, said dialogue was the only way forward.")).toEqual(["other"]);
  });
  it("reads the speaker before 'said that', not a party named in what was said", () => {
    expect(sidesOf("Foreign Minister Abbas Araghchi, in an interview with a news agency, said that the Armenian prime minister had given assurances.")).toEqual(
      ["iran"],
    );
  });
  it("reads an assurance given as its giver's claim", () => {
    expect(sidesOf("Ararat Mirzoyan assured his Iranian counterpart by telephone that no foreign troops would be deployed.")).toEqual(["armenia"]);
  });
});

describe("a court's release", () => {
  it("reads 'the Court' as the court the release named, with its findings, notes and indications", () => {
    const reads = readSentences(
      "The International Court of Justice today delivered its Order in the case.",
      "Azerbaijan argued that the measures requested were unnecessary.",
      "The Court took note of the undertakings made by the Agent of Azerbaijan at the hearing.",
      "It nevertheless considered that there was a real risk of irreparable harm.",
      "By fifteen votes to two, the Court indicated that Azerbaijan shall allow the safe return of residents.",
    );
    expect(reads.map((r) => r.sides)).toEqual([[], ["azerbaijan"], ["united-nations"], ["united-nations"], ["united-nations"]]);
  });
  it("never gives 'the Court' the side of the state that spoke last when no court was named", () => {
    expect(sidesOf("Azerbaijan argued that the measures were unnecessary.", "The Court did not consider that the circumstances required it.")).not.toContain(
      "azerbaijan",
    );
  });
});

describe("a trial report", () => {
  it("points 'the prosecution' back to the prosecutors the report named, past another speaker", () => {
    expect(
      sidesOf(
        "Before the military court in Baku, Azerbaijani prosecutors asked for life sentences for four former officials.",
        "Pashinyan said the trial was unfair.",
        "The prosecution also asserted that the shelling reflected an official Armenian policy.",
      ),
    ).toEqual(["azerbaijan"]);
  });
  it("gives 'the prosecution' no side from the words of what it asserted", () => {
    expect(sidesOf("The prosecution also asserted that the shelling reflected an official Armenian policy.")).not.toContain("armenia");
  });
});

describe("a radio bulletin's unnamed bodies", () => {
  it("reads 'the government' as a state's, not the UN's that spoke last", () => {
    expect(
      sidesOf(
        "Armenia's foreign ministry said the talks would resume.",
        "The UN Secretary-General called for calm, his spokesman said.",
        "The government says surveyors have begun marking the border.",
      ),
    ).toEqual(["armenia"]);
  });
  it("reads a movement named after a region as a third party", () => {
    expect(sidesOf("The Syunik for the Future movement says twelve people were detained.")).toEqual(["other"]);
  });
  it("leaves a party whose name opens with a country unclear: in opposition or in power, the name does not tell", () => {
    expect(sidesOf("The Armenia Alliance said the deal was treason.")).toEqual(["unclear"]);
    expect(sidesOf("A spokesman for the Armenian National Movement said the vote had been free.")).toEqual(["unclear"]);
  });
  it("keeps a state that merely opens a sentence its own", () => {
    expect(sidesOf("Armenia said the talks were over.")).toEqual(["armenia"]);
  });
});

describe("a radio bulletin's correspondents and officials", () => {
  it("reads a correspondent's sign-on as no claim", () => {
    expect(sidesOf("This is Anna Markaryan reporting from Yerevan.")).toEqual([]);
  });
  it("gives a titled name the side of the office the bulletin named before, past the sign-on", () => {
    const reads = readSentences(
      "Georgia's prime minister says the border talks will resume.",
      "First, to our correspondent in Tbilisi.",
      "This is Anna Markaryan reporting from Tbilisi.",
      "Prime Minister Davit Kavtaradze says he expects a deal by summer.",
    );
    expect(reads.at(-1)?.sides).toEqual(["other"]);
    const armenian = readSentences(
      "Armenia's prime minister says a new war is unlikely.",
      "This is Anna Markaryan reporting from Yerevan.",
      "Prime Minister Aram Hovakimyan says he does not expect fighting to resume.",
    );
    expect(armenian.at(-1)?.sides).toEqual(["armenia"]);
  });
  it("keeps a titled name unclear when the office was named for two sides", () => {
    expect(
      sidesOf(
        "Armenia's prime minister and Georgia's prime minister met in Tbilisi.",
        "This is Anna Markaryan reporting from Tbilisi.",
        "Prime Minister Aram Hovakimyan says the meeting went well.",
      ),
    ).toEqual(["unclear"]);
  });
});

describe("a UN noon briefing", () => {
  it("points 'He' back to the Secretary-General, an office one person holds", () => {
    expect(
      sidesOf(
        "The Ambassador of Ruritania, Jan Novak, arrived in New York on Monday.",
        "On the fighting, the Secretary-General welcomes reports that the sides have agreed to a truce.",
        "He calls on all concerned to respect the arrangement in full.",
      ),
    ).toEqual(["united-nations"]);
  });
  it("reads the UN's agencies as the United Nations, past a bracketed acronym and an inner 'according to'", () => {
    expect(
      sidesOf(
        "Our colleagues at the Office for the Coordination of Humanitarian Affairs (OCHA) report that, according to the Armenian side, 12 soldiers were killed.",
      ),
    ).toEqual(["united-nations"]);
    expect(sidesOf("UNICEF said two children were among the dead.")).toEqual(["united-nations"]);
  });
});

describe("a trial at a state's court", () => {
  it("gives the prosecution, bare or named, the side of the state whose court tries the case", () => {
    const reads = readSentences(
      "A military court in Yerevan on Monday jailed three officers for the loss of the town.",
      "Prosecutors told the court the officers had abandoned their posts under fire from Azerbaijani units.",
      "In closing arguments, state prosecutors asked for twelve-year terms.",
    );
    expect(reads[1]?.sides).toEqual(["armenia"]);
    expect(reads[2]?.sides).toEqual(["armenia"]);
  });
  it("leaves prosecutors before an international court without a state's side", () => {
    const reads = readSentences("The European Court of Human Rights heard the case on Tuesday.", "Prosecutors said the evidence was incomplete.");
    expect(reads[1]?.sides).not.toContain("armenia");
    expect(reads[1]?.sides).not.toContain("azerbaijan");
  });
});

describe("a pronoun after the sentence's own subject", () => {
  it("reads 'where it said' as the title that opens the sentence, not an actor of the sentence before", () => {
    const reads = readSentences(
      "A court in Baku opened the trial of two Armenian soldiers accused of spying for the Armenian army.",
      "The prosecution then read out a report on the shelling of the village, where it said four people were killed.",
    );
    expect(reads[1]?.sides).toEqual(["azerbaijan"]);
  });
  it("makes 'in which it said' unclear when the opening title cannot be placed, rather than the last state named", () => {
    const reads = readSentences(
      "Armenia's foreign ministry accused Baku of stalling.",
      "The prosecution released a report in which it said the shelling had lasted three hours.",
    );
    expect(reads[1]?.sides).not.toContain("armenia");
  });
});

describe("a government's submissions before a court, told as 'they' (British usage)", () => {
  it("points 'they' to the government that argued in the sentence before, not to the applicants of the paragraph before", () => {
    const reads = readSentences(
      "The applicants maintained that the districts were occupied.",
      "They claimed that their homes had been destroyed.",
      "The Government of Azerbaijan argued that the court had no jurisdiction.",
      "They submitted that the applicants had never lived in the village.",
      "They further contended that the documents were forged.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["other"], ["other"], ["azerbaijan"], ["azerbaijan"], ["azerbaijan"]]);
  });
  it("still points 'they' to a plural named after the body", () => {
    const reads = readSentences(
      "Armenia's defence ministry said the villages were shelled.",
      "Residents told reporters they had fled.",
      "They said the shelling lasted hours.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["armenia"], ["other"], ["other"]]);
  });
});
