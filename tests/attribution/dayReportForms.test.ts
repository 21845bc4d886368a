// Forms of the single-day news report met on first contact with blind51, each on sentences
// written for it: a fronted "By evening", a state broadcaster and "the broadcast", an opening
// "according to" account whose actors act "saying …", a minister whose title names no state,
// an envoy accredited to a bloc, and a host town that "welcomes visitors".
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a time closing a fronted phrase leaves the name after it the subject", () => {
  it("gives 'By evening Yerevan had announced …' to Armenia", () => {
    expect(sidesOf("By evening Yerevan had announced that 14 of its soldiers had been killed.")).toEqual(["armenia"]);
  });

  it("gives 'By then Baku had said …' to Azerbaijan", () => {
    expect(sidesOf("By then Baku had said that the village was back under its control.")).toEqual(["azerbaijan"]);
  });
});

describe("a state's radio and its broadcast", () => {
  it("gives 'Armenian state radio said' and the next 'The broadcast said' to Armenia", () => {
    const [radio, broadcast] = readSentences(
      "Armenian state radio said on Friday that the shelling of the town had stopped.",
      "The broadcast said four houses had burned.",
    );
    expect(radio?.sides).toEqual(["armenia"]);
    expect(broadcast?.sides).toEqual(["armenia"]);
  });

  it("gives the foreign broadcasters Radio Liberty and Voice of America to no side", () => {
    expect(sidesOf("Radio Liberty said the figures could not be checked.")).toEqual(["other"]);
    expect(sidesOf("Voice of America said the talks had stalled.")).toEqual(["other"]);
  });
});

describe("an opening 'according to' account holds what its actors do while saying something", () => {
  it("gives the whole sentence to the account's source, not to the police it describes", () => {
    expect(
      sidesOf(
        "According to officials in Stepanakert, troops surrounded the village at dawn, and Azerbaijani riot police then searched every house, saying they were looking for weapons.",
      ),
    ).toEqual(["nagorno-karabakh"]);
  });

  it("still hears a second voice in a clause of its own", () => {
    expect(sidesOf("According to Baku, two soldiers died on Monday, but Yerevan said no one was hurt.")).toEqual(["azerbaijan", "armenia"]);
  });
});

describe("a title that names no state, after its state's body spoke", () => {
  it("gives 'Defence Minister X' to the side whose defence ministry spoke", () => {
    const [, minister] = readSentences(
      "Azerbaijan's Ministry of Defence said its units had taken a hill near the border.",
      "Defence Minister Farid Guliyev said the hill was of no strategic value to the other side.",
    );
    expect(minister?.sides).toEqual(["azerbaijan"]);
  });

  it("leaves it unclear when defence ministries of both sides spoke", () => {
    const [, , minister] = readSentences(
      "Azerbaijan's Ministry of Defence said its units had taken a hill near the border.",
      "Armenia's defence ministry said the attack had been repelled.",
      "Defence Minister Farid Guliyev said the hill was of no strategic value.",
    );
    expect(minister?.sides).toEqual(["unclear"]);
  });

  it("gives 'Deputy Prime Minister X' to the side of the prime minister the text named", () => {
    const [, deputy] = readSentences(
      "Prime Minister Nikol Pashinyan told parliament the incursion was unacceptable.",
      "On Thursday Deputy Prime Minister Aram Sargsyan said talks had produced no result.",
    );
    expect(deputy?.sides).toEqual(["armenia"]);
  });
});

describe("an envoy named after his office and its accreditation", () => {
  it("remembers 'Armenia's envoy to the CSTO, X Y,' for a later 'He warned'", () => {
    const [, warned] = readSentences(
      "Armenia's permanent representative to the CSTO, Levon Grigoryan, briefed the council on Tuesday.",
      "He warned that the alliance would be judged by its response.",
    );
    expect(warned?.sides).toEqual(["armenia"]);
  });
});

describe("a host is no speaker", () => {
  it("does not read 'a spa town that welcomes tourists' as a claim", () => {
    expect(sidesOf("Families in Jermuk, which welcomes tourists every summer, slept in cellars.")).toEqual([]);
  });

  it("still reads 'welcomed the agreement' as a reaction", () => {
    expect(sidesOf("Russia's foreign ministry welcomed the agreement on the exchange of prisoners.")).toEqual(["russia"]);
  });
});

describe("a rebuttal by evidence", () => {
  it("reads 'Azerbaijani officials counter with a Soviet map' as their claim", () => {
    expect(sidesOf("Azerbaijani officials counter with a Soviet general staff map of 1977.")).toEqual(["azerbaijan"]);
  });

  it("does not read a counter-offensive as speech", () => {
    expect(sidesOf("The army launched a counter offensive with tanks at dawn.")).toEqual([]);
  });
});
