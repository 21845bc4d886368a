// The English of agencies that write in translation: "As the press service of X reports, …", "it was
// stated in the information", "with reference to X", and mediators named with the states they come
// from before "in a joint statement". Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a fronted 'as X reports' clause", () => {
  it("names the speaker of the sentence", () => {
    expect(sidesOf("As the press service of the Armenian Defence Ministry reports, a soldier was wounded near Chinari.")).toEqual(["armenia"]);
    expect(sidesOf("As Azerbaijan's State Border Service informs, the shooting lasted ten minutes.")).toEqual(["azerbaijan"]);
  });

  it("leaves a body's reports as a noun when nothing shows the verb", () => {
    expect(sidesOf("The ministry reports of shelling were denied by the mayor.")).not.toContain("unclear");
  });
});

describe("an impersonal passive", () => {
  it("reports on from the speaker just before", () => {
    const reads = readSentences(
      "Armenia's Defence Ministry issued a statement on Tuesday morning.",
      "Two servicemen were wounded, it was stated in the information.",
      "One of them, it was noted, is in a serious condition.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["armenia"], ["armenia"], ["armenia"]]);
  });

  it("names its source after 'in'", () => {
    expect(sidesOf("Five houses were damaged, it was stated in the information of the Azerbaijani Prosecutor General's Office.")).toEqual(["azerbaijan"]);
  });

  it("does not lend the speaker before to another actor's doing", () => {
    expect(sidesOf("Pashinyan said Yerevan had appealed to its allies.", "The CSTO, as it was reported, decided to send a mission.")).toEqual([]);
  });

  it("is nobody's claim when no one spoke before it", () => {
    expect(sidesOf("The village was shelled at night.", "It was reported that a child was hurt.")).toEqual([]);
  });
});

describe("'with reference to' a source", () => {
  it("gives the claim to the source, not to the agency that relays it", () => {
    expect(sidesOf("The agency reports with reference to the Karabakh Defence Army that the attack was repelled.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("mediators named with the states they come from", () => {
  it("speak as the mediating body even before 'in a joint statement'", () => {
    expect(
      sidesOf("The co-chairs of the OSCE Minsk Group from Russia, the United States and France in a joint statement urged the sides to withdraw snipers."),
    ).toEqual(["osce-minsk-group"]);
  });
});

describe("the opposition's forces", () => {
  it("speak for themselves, not for the government of their capital", () => {
    expect(sidesOf("The opposition forces in Baku criticised the agreement, saying it gave away too much.")).toEqual(["other"]);
  });
});

describe("'put' with a count", () => {
  it("is a claim when it puts the count at a figure", () => {
    expect(sidesOf("The Karabakh army put Azerbaijan's losses at 300 killed.")).toEqual(["nagorno-karabakh"]);
  });

  it("is narrative when no figure follows", () => {
    expect(sidesOf("Weeks after the ceasefire, both governments have finally put numbers on their dead.")).toEqual([]);
  });
});

describe("'the sides' after each side's account", () => {
  it("are the two belligerents whose accounts the text just gave", () => {
    const reads = readSentences(
      "Pashinyan told parliament that 105 Armenian servicemen had been killed.",
      "Baku reported 71 dead on its side.",
      "Russia urged restraint.",
      "The sides blame each other for the escalation.",
    );
    expect(reads[3]?.sides).toEqual(["armenia", "azerbaijan"]);
  });

  it("stay unknown after one camp's two voices", () => {
    expect(sidesOf("The Karabakh army said five soldiers were killed.", "Armenia's ministry said two died.", "The sides blame each other.")).toEqual([
      "unclear",
    ]);
  });
});

describe("a report as the outer speaker", () => {
  it("speaks for the body that published it", () => {
    const reads = readSentences(
      "Amnesty International published a report on the war in 1993.",
      "The same report recorded that Azerbaijan insisted its army had not shelled civilians.",
    );
    expect(reads[1]?.sides).toEqual(["other"]);
  });

  it("leaves the sentence unclaimed when nobody can be placed, rather than giving it to the side it quotes", () => {
    expect(sidesOf("The report noted that Azerbaijan insisted its army had not shelled civilians.")).toEqual([]);
  });
});

describe("', and' before a subject of its own", () => {
  it("opens a new clause: its subject is no object of the clause before", () => {
    expect(
      sidesOf("An Azerbaijani helicopter was shot down on Tuesday over Nagorno-Karabakh, and Azerbaijani officials said all on board were killed."),
    ).toEqual(["azerbaijan"]);
  });
});

describe("the outlet's own asides and military answers", () => {
  it("leave 'It should be noted that X denied' to X", () => {
    expect(
      sidesOf("Aliyev's aide called the strike a crime.", "It should be noted that the Armenian Ministry of Defence denied that Ganja was shelled."),
    ).toEqual(["armenia"]);
  });

  it("read 'responded with a counter-offensive' as no claim", () => {
    expect(sidesOf("Azerbaijan responded with a counter-offensive along the entire front.")).toEqual([]);
    expect(sidesOf("Baku responded with a statement calling the report false.")).toEqual(["azerbaijan"]);
  });
});

describe("the General Prosecutor's Office named again", () => {
  it("is the office the text named before", () => {
    expect(
      sidesOf(
        "Azerbaijan's Prosecutor General's Office said ten civilians were killed.",
        "According to the latest information of the General Prosecutor's Office, 41 civilians have been killed since September.",
      ),
    ).toEqual(["azerbaijan"]);
  });
});

describe("a bare title after a statement's issuer named in front", () => {
  it("is the issuer's, not the last holder of that title the text named", () => {
    expect(
      sidesOf(
        "Armenia's president said he was pleased with the talks.",
        "In a statement issued by the Akorda press service on Friday, the president called the meeting historic.",
      ),
    ).toEqual(["other"]);
    expect(
      sidesOf("Armenia's president said he was pleased.", "In a statement issued by the Kremlin press service, the president called the talks useful."),
    ).toEqual(["russia"]);
  });

  it("a Central Asian state's bodies are third parties", () => {
    expect(sidesOf("The Kyrgyz foreign ministry said the talks would continue in Bishkek.")).toEqual(["other"]);
  });
});

describe("a participle after a linking verb", () => {
  it("is an adjective, not a speaker's denial", () => {
    expect(sidesOf("Five peacekeepers were killed near the village; the circumstances remain disputed.")).toEqual([]);
    expect(sidesOf("Baku disputed the figures.")).toEqual(["azerbaijan"]);
  });
});

describe("a side's count", () => {
  it("is a claim when it gives a figure", () => {
    expect(sidesOf("Yerevan's death toll rose overnight to 207.")).toEqual(["armenia"]);
  });

  it("is narrative when it is only compared", () => {
    expect(sidesOf("Azerbaijan's official military death toll is higher than many observers expected.")).toEqual([]);
  });

  it("kept in a ministry's infographics is the ministry's", () => {
    expect(sidesOf("The Armenian ministry's wartime infographics counted hundreds of Azerbaijani drones shot down.")).toEqual(["armenia"]);
  });
});

describe("bodies named the way agencies in translation name them", () => {
  it("read a 'military department' as the side's defence ministry", () => {
    expect(sidesOf("As the press service of the Karabakh military department reports, the attack was repelled at dawn.")).toEqual(["nagorno-karabakh"]);
  });

  it("read Western news agencies as third parties", () => {
    expect(sidesOf("According to the count of Western news agencies, more than 200 people were killed.")).toEqual(["other"]);
  });
});

describe("the other side answering in the same sentence", () => {
  it("speaks in a closing ', which X disputes'", () => {
    expect(sidesOf("Armenia's health ministry has also reported civilian casualties, which Baku disputes.")).toEqual(["armenia", "azerbaijan"]);
    expect(sidesOf("The region, which Azerbaijan disputes, lies in the south.")).toEqual([]);
  });

  it("is the other capital's when named as 'its Yerevan counterpart'", () => {
    expect(
      sidesOf(
        "Azerbaijan's defence ministry said its positions were shelled.",
        '"The Azerbaijani side bears full responsibility," its Yerevan counterpart wrote.',
      ),
    ).toEqual(["armenia"]);
  });
});

describe("a state's agent before an international court", () => {
  it("speaks for the state that appointed him", () => {
    expect(sidesOf("The Azerbaijani agent also accused Armenia of refusing to hand over minefield maps.")).toEqual(["azerbaijan"]);
  });
});

describe("an office named by its holder's surname", () => {
  it("speaks for the side the text placed him on", () => {
    expect(
      sidesOf("European Council President Charles Michel hosted the talks in Prague.", "The mission would start in October, Michel's office said."),
    ).toEqual(["european-union"]);
  });
});

describe("the close of a speech and its homage", () => {
  it("are the speaker's", () => {
    expect(sidesOf("Near the end, Aliyev paid tribute to the soldiers killed since September.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Aliyev spoke on television for an hour.", '"Karabakh is Azerbaijan!" he concluded.')).toEqual(["azerbaijan"]);
  });

  it("leave an agreement concluded to no one", () => {
    expect(sidesOf("The two sides concluded an agreement on prisoners.")).toEqual([]);
  });
});

describe("a coordination of two names, then ', and' a body", () => {
  it("ends at the comma: the body speaks alone", () => {
    expect(
      sidesOf("In Washington, the Secretary of State spoke to both Pashinyan and Aliyev, and the State Department said he had urged an end to the fighting."),
    ).toEqual(["united-states"]);
  });
});

describe("a diplomat whose apposition names the mediating office he holds", () => {
  it("speaks as the mediator, not for the state that sent him", () => {
    expect(sidesOf("The Italian diplomat Mario Rossi, chairman of the CSCE Minsk Conference, welcomed the ceasefire.")).toEqual(["osce-minsk-group"]);
    expect(sidesOf("Matti Virtanen, who holds the rotating OSCE chairmanship this year, urged restraint.")).toEqual(["osce-minsk-group"]);
  });
});

describe("a bulletin printed under a heading that names it", () => {
  const read = (heading: string) =>
    extractArticle(
      parseArticle({
        file: "bulletin.md",
        text: `# Front line: ministry reports 40 violations\n\n*3 May 2016*\n\n**Baku, 2 May.** During the past day the ceasefire was violated 40 times, the Ministry of Defense of Azerbaijan said in its daily bulletin.\n\n### ${heading}\n\n- Positions near the village of Alibeyli came under fire from the heights of the Berd district.\n- Fire was also opened from positions near the Terter district.\n`,
      }),
    ).claims;
  it("gives its items to the ministry that issued it", () => {
    const claims = read("The bulletin (abridged)");
    expect(claims.filter((c) => c.sentence.includes("came under fire")).map((c) => c.side)).toEqual(["azerbaijan"]);
    expect(claims.filter((c) => c.sentence.includes("Fire was also opened")).map((c) => c.side)).toEqual(["azerbaijan"]);
  });
  it("gives nothing under a heading of the outlet's own", () => {
    expect(read("What we saw").filter((c) => c.sentence.includes("came under fire"))).toEqual([]);
  });
});

describe("a charge made by linking, and help requested", () => {
  it("reads 'linked the fighting with' and 'requested assistance from' as said, and 'transport links with' as a noun", () => {
    expect(sidesOf("Foreign Ministry spokesman Khazar Ibrahim linked the fighting with the unrest in Yerevan.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Yerevan also requested assistance from the Collective Security Treaty Organization.")).toEqual(["armenia"]);
    expect(sidesOf("The agreement provides for transport links with the Nakhchivan exclave.")).toEqual([]);
  });
});

describe("a passive with a manner adverb before its agent", () => {
  it("reads 'announced personally by X' as X's announcement", () => {
    expect(sidesOf("The pact was announced personally by President Vladimir Putin.")).toEqual(["russia"]);
    expect(sidesOf("The figures were confirmed officially by Armenia's defence ministry.")).toEqual(["armenia"]);
  });
});

describe("a president's press service", () => {
  it("speaks for the president the sentence names first, and for no one when that is a title of no side", () => {
    expect(sidesOf("Azerbaijani President Ilham Aliyev has signed an order pardoning the officer, the presidential press service said.")).toEqual([
      "azerbaijan",
    ]);
    expect(
      sidesOf(
        "Armenia's foreign ministry protested on Monday.",
        "The presidential press service said the head of state had expressed condolences to Russian President Vladimir Putin.",
      ),
    ).not.toContain("russia");
  });
});

describe("a charge made in the bare present", () => {
  it("reads 'Armenian leaders charge that …' as said, and 'the charge that …' as a noun", () => {
    expect(sidesOf("Armenian leaders charge that the aim is to deport Armenians from the villages.")).toEqual(["armenia"]);
    expect(sidesOf("The charge that Baku planned the attack has never been proved.")).toEqual([]);
  });
});
