// What first contact with texts in which sides answer each other found: an object taken for the
// speaker, a spokesperson placed by a bare title, a foreign bureau's dateline read as the home of
// the ministers it names, and statements read out by an office. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { readSentences, sidesOf } from "./readSides.ts";

describe("the addressee of 'told'", () => {
  it("is never the speaker, even when the speaker is a name we cannot place", () => {
    expect(sidesOf('"We are ready to talk," Arsen Melkonyan told the Russian news agency Interfax.')).toEqual(["unclear"]);
  });
});

describe("a name with a spokesperson's title in apposition", () => {
  it("speaks for the ministry the text named before", () => {
    expect(
      sidesOf("Armenia's Foreign Ministry protested on Monday.", '"This is unacceptable," Tigran Hakobyan, a spokesman for the ministry, told reporters.'),
    ).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijan's Foreign Ministry protested on Monday.", "Ruslan Mammadli, a ministry spokesman, said the report was false.")).toEqual([
      "azerbaijan",
    ]);
  });
});

describe("a bare spokesman after a body the text named without a speech verb", () => {
  it("speaks for a self-defence committee named by its people", () => {
    const reads = readSentences(
      "In Stepanakert, the Karabakh Armenians' self-defence committee told a different story.",
      "A spokesman, reached by telephone, said 40 Armenian fighters had been killed.",
    );
    expect(reads[1]?.sides).toEqual(["nagorno-karabakh"]);
  });

  it("does not take a nationality before a noun in what was said for the speaker", () => {
    expect(sidesOf("A man, reached by telephone, said 40 Armenian fighters had been killed.")).not.toContain("armenia");
  });
});

describe("a bare 'the ministry' after another state spoke", () => {
  it("is unclear when a state of the other side spoke in the sentence before", () => {
    expect(
      sidesOf(
        "Armenia's defence ministry said the drone had been downed over Tavush.",
        "Baku says the drone never crossed the border.",
        "The ministry also said a soldier had been wounded.",
      ),
    ).toEqual(["unclear"]);
  });

  it("stays the ministry's when its own words ran on in between", () => {
    expect(
      sidesOf(
        "Armenia's defence ministry said the drone had been downed over Tavush.",
        "It said Azerbaijani units had fired mortars at Chinari.",
        "The ministry also said a soldier had been wounded.",
      ),
    ).toEqual(["armenia"]);
  });
});

describe("agencies with names of their own", () => {
  it("gives Iran's state agency Iran's side", () => {
    expect(sidesOf("Tehran urged restraint, the official IRNA news agency reported.")).toEqual(["iran"]);
  });

  it("leaves an agency we do not know unclear, whatever the page's home", () => {
    const knowledge = extractArticle(
      parseArticle({
        file: "a.txt",
        text: [
          "Ceasefire call",
          "",
          "MOSCOW - Fighting went on near Agdam on Sunday.",
          "",
          "Kazakhstan called for talks, the official Kazinform news agency reported.",
        ].join("\n"),
      }),
    );
    expect(knowledge.claims.filter((c) => c.sentence.includes("Kazinform")).map((c) => c.side)).not.toContain("russia");
  });
});

describe("a foreign bureau's dateline", () => {
  it("is not the home of a foreign minister the text names without a state", () => {
    const knowledge = extractArticle(
      parseArticle({
        file: "a.txt",
        text: [
          "Two capitals, two stories",
          "",
          "MOSCOW - Fighting flared again around the Lachin corridor on Monday.",
          "",
          "Armenia denied any part in the offensive. Foreign Minister Karen Vardanian said the operation had been carried out by local forces.",
        ].join("\n"),
      }),
    );
    expect(knowledge.claims.filter((c) => c.sentence.includes("Karen Vardanian")).map((c) => c.side)).not.toContain("russia");
  });
});

describe("a statement read out by an office", () => {
  it("is the office's, and so are the later words of the person who read it", () => {
    const reads = readSentences(
      "Stepanakert called the text null and void.",
      "The declaration, read out by the OSCE's chairman-in-office, the Danish foreign minister Niels Petersen, said the talks would go on.",
      "Mr Petersen said all but one state had backed it.",
    );
    expect(reads[1]?.sides).toEqual(["osce-minsk-group"]);
    expect(reads[2]?.sides).toEqual(["osce-minsk-group"]);
  });
});

describe("someone the subject was with", () => {
  it("is not the speaker", () => {
    expect(sidesOf("A U.S. official travelling with Vice-President Gina Marlowe said Washington would keep working with both sides.")).toEqual([
      "united-states",
    ]);
  });
});

describe("answers, endorsements and the outlet's own checks", () => {
  it("reads 'answers that' and 'backed … version' as the answering side's claims", () => {
    expect(sidesOf("Yerevan says the blockade is deliberate.", "Baku answers that the road is open to civilians.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Armenia's foreign ministry backed Stepanakert's account of the shooting.")).toEqual(["armenia"]);
  });

  it("gives an outlet's analysis of both sides' statements to nobody", () => {
    expect(sidesOf("A review of statements from both ministries found that no incident had been confirmed by the other side.")).toEqual([]);
  });

  it("gives the outlet's note that the claims could not be checked to nobody", () => {
    const knowledge = extractArticle(
      parseArticle({
        file: "a.txt",
        text: [
          "Border shelling",
          "",
          "Azerbaijan's defence ministry said a shepherd was wounded near Gazakh. Armenian officials said Azerbaijani fire had hit a school in Ijevan. Neither account could be checked.",
        ].join("\n"),
      }),
    );
    expect(knowledge.claims.filter((c) => c.sentence.startsWith("Neither account"))).toEqual([]);
  });
});

describe("state companies and UN agencies", () => {
  it("gives Azerbaijan's state oil company Azerbaijan's side and the refugee agency the UN's", () => {
    expect(sidesOf("An official at the state oil company Socar said the pipeline had not been damaged.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The U.N. High Commissioner for Refugees said 30,000 people had crossed the border.")).toEqual(["united-nations"]);
  });
});

describe("a body named with the place it sits in", () => {
  it("is still 'the ministry' a later title points back to", () => {
    expect(
      sidesOf(
        "The Russian defence ministry said its peacekeepers were negotiating.",
        "The de facto defence ministry in Stepanakert said Azerbaijani units had entered the zone.",
        "Two soldiers were wounded, the ministry claimed.",
      ),
    ).toEqual(["nagorno-karabakh"]);
  });
});

describe("what first contact's fixes must not break", () => {
  it("gives a known envoy set off by commas after the news he gave his own side", () => {
    expect(sidesOf("A ceasefire came into force at midnight, Vladimir Kazimirov, the Russian president's envoy for Nagorno-Karabakh, told reporters.")).toEqual(
      ["russia"],
    );
  });

  it("reads the head of a body named before his name as speaking for that body's side", () => {
    expect(sidesOf("In 1992 the leader of Karabakh's self-defence committee, Serzh Sarkisian, said the corridor would stay open.")).toEqual([
      "nagorno-karabakh",
    ]);
  });

  it("does not take a statement after a preposition for the speaker", () => {
    expect(sidesOf("In the statement, released by the Kremlin after the talks, Ilham Aliyev and Nikol Pashinyan said they would meet again.").sort()).toEqual([
      "armenia",
      "azerbaijan",
    ]);
  });

  it("does not take a body's own name in apposition for a person", () => {
    expect(
      sidesOf(
        "Azerbaijan's parliament, the Milli Majlis, said it protested against the resolution.",
        "The statement said the text had been drafted at the request of the French government.",
        "It said the residents had left of their own accord.",
      ),
    ).toEqual(["azerbaijan"]);
  });

  it("gives a council spokesman the White House that spoke before him", () => {
    expect(sidesOf("The White House said the president was concerned.", '"This is a step back," National Security Council spokesman Tom Reed said.')).toEqual([
      "united-states",
    ]);
  });

  it("does not take the State Department for an interior ministry", () => {
    expect(
      sidesOf(
        "Armenia's government said the protest was unlawful.",
        "The State Department urged calm.",
        "Police detained dozens of protesters on Thursday, the interior ministry said.",
      ),
    ).not.toEqual(["united-states"]);
  });
});

describe("a title that names no side, with a known name after it", () => {
  it("is who the name is, whatever ministry spoke before", () => {
    expect(
      sidesOf(
        "Azerbaijan: The defence ministry said its positions had been shelled.",
        "Armenia: The foreign ministry's spokesman, Vahan Hunanyan, said the prime minister had called for calm.",
      ),
    ).toEqual(["armenia"]);
  });
});

describe("the subject of a participle or a gerund", () => {
  it("is not the object of the verb before it", () => {
    expect(sidesOf("The Azerbaijani parliament responded by accusing MEPs of bias.")).toEqual(["azerbaijan"]);
    expect(
      sidesOf(
        "Ruben Simonyan, the Armenian deputy foreign minister, arrived on Monday.",
        "In Yerevan, Simonyan credited Washington, telling reporters that the truce had held.",
      ),
    ).toEqual(["armenia"]);
  });

  it("keeps a real agent after 'by'", () => {
    expect(sidesOf("The report was rejected by Baku as a fabrication.")).toEqual(["azerbaijan"]);
  });
});

describe("a second verb after 'and' with its auxiliaries", () => {
  it("shares the subject the sentence opened with", () => {
    expect(
      sidesOf(
        "Armenian officials have in recent weeks linked the mine maps to the detainees held in Azerbaijan, and have said Baku uses the issue as leverage.",
      ),
    ).toEqual(["armenia"]);
  });
});

describe("a politician's supporters and critics", () => {
  it("speak for themselves, not for him", () => {
    expect(sidesOf("Kocharyan's supporters say the verdict was political.")).toEqual(["other"]);
    expect(sidesOf("Aliyev's government says the road is open.")).toEqual(["azerbaijan"]);
  });
});

describe("soldiers and officers out of service", () => {
  it("speak for themselves, while a serving officer speaks for his side", () => {
    expect(sidesOf("A former Armenian soldier said the front had been quiet for weeks.")).toEqual(["other"]);
    expect(sidesOf("An Armenian officer said the front had been quiet for weeks.")).toEqual(["armenia"]);
  });
});

describe("a list of known names before the verb", () => {
  it("speaks for all of them, not the first alone", () => {
    expect(
      sidesOf("On Thursday the presidents of the three countries, Vladimir Putin, Donald Trump and Emmanuel Macron, called for a ceasefire.").sort(),
    ).toEqual(["france", "russia", "united-states"]);
  });

  it("lets 'the High Commissioner' point back to the UN's refugee chief", () => {
    expect(
      sidesOf(
        "Refugees kept arriving, UN High Commissioner for Refugees Filippo Grandi said on Friday.",
        '"Help is urgently required," the High Commissioner said.',
      ),
    ).toEqual(["united-nations"]);
  });
});

describe("a speaker's surname before an aside on how he was asked", () => {
  it("is the subject, with or without an honorific", () => {
    expect(
      sidesOf("Karabakh spokesman Arsen Melikyan said the fighting continued.", "Mr Melikyan, asked whether the town had fallen, said it was still held."),
    ).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Karabakh spokesman Arsen Melikyan said the fighting continued.", "Melikyan, reached by telephone, said the town was still held.")).toEqual([
      "nagorno-karabakh",
    ]);
  });
});

describe("linking someone to a deed", () => {
  it("is an accusation, but a road linking two places is not", () => {
    expect(sidesOf("Officials in Stepanakert linked the group to the disappearance of a shepherd.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("The Lachin corridor links Armenia to Karabakh.")).toEqual([]);
    expect(sidesOf("Azerbaijan closed the only road that links Armenia to Karabakh.")).toEqual([]);
  });
});

describe("an official named by the body he serves", () => {
  it("is that body's, not whichever official spoke last", () => {
    expect(
      sidesOf(
        "A spokesman for the Karabakh leadership said seven people had been killed.",
        "The Azerbaijani defence ministry in Baku denied that its forces were firing on civilians.",
        "A ministry official said the army was only returning fire.",
      ),
    ).toEqual(["azerbaijan"]);
  });
});

describe("an aside naming people in the plural as the source", () => {
  it("is theirs, and a later 'he' still means the man the text is about", () => {
    const reads = readSentences(
      "President Levon Nersisyan said he favoured a compromise.",
      "Under that plan, as diplomats in Yerevan describe it, the troops would withdraw first.",
      "He writes that time is not on Armenia's side.",
    );
    expect(reads[1]?.sides).toEqual(["other"]);
    expect(reads[2]?.speaker).toContain("Nersisyan");
  });

  it("reads officials who continue to describe a clash as speaking", () => {
    expect(sidesOf("In Baku, officials continue to describe the clash as a provocation.")).toEqual(["azerbaijan"]);
  });
});

describe("an office named without its holder, then a full name", () => {
  it("gives the name the office's side, and the ministry's spokeswoman the minister's state", () => {
    const reads = readSentences(
      "Armenia's health minister sought on Wednesday to clarify the casualty figures.",
      '"Our forensic service has examined 2,400 bodies," Aram Vardanyan told reporters.',
      "The health ministry's spokeswoman, Lilit Sargsyan, said the count would rise.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["armenia"], ["armenia"], ["armenia"]]);
  });

  it("does not hand a name to an office that did not just speak", () => {
    expect(
      sidesOf("Armenia's health minister gave figures on Monday.", "Fighting resumed near Tavush.", "Aram Vardanyan told reporters the count would rise."),
    ).toEqual(["unclear"]);
  });
});

describe("a headline that credits its source after a closing dash", () => {
  it("is the source's claim, unless the source is a wire of no side", () => {
    expect(sidesOf("Ceasefire holds in general - Armenian ministry")).toEqual(["armenia"]);
    expect(sidesOf("Shelling resumes near Tartar - Reuters")).toEqual([]);
    expect(sidesOf("Fighting in Karabakh - live")).toEqual([]);
  });
});

describe("a minister named after his ministry's spokesman spoke", () => {
  it("heads that ministry, whose state the spokesman spoke for", () => {
    expect(
      sidesOf(
        "Armenia denied any part in the offensive.",
        '"Not one soldier of ours took part," a Foreign Ministry spokesman said in Yerevan.',
        "Foreign Minister Aram Harutyunyan said the operation had been carried out by local forces.",
      ),
    ).toEqual(["armenia"]);
  });
});

describe("a figure not yet given", () => {
  it("is nobody's claim, nor is the subject of what was said after an inverted 'said'", () => {
    expect(sidesOf("(An earlier version of this story, UPDATE 1, said the Armenian side had not yet given a toll.)")).toEqual([]);
    expect(sidesOf("The Armenian side gave a toll of 18 on Tuesday.")).toEqual(["armenia"]);
  });
});

describe("relatives as sources", () => {
  it("are third parties when named as the source after 'according to', and a later 'she' is the mother met before", () => {
    expect(sidesOf("Border guards took his passport and led him away, according to his family.")).toEqual(["other"]);
    expect(
      sidesOf(
        "Armenia's foreign ministry called the killings terrorism.",
        "At the cemetery, Danielyan's mother held a photograph of her son.",
        '"He went to work with a pen," she said.',
      ),
    ).toEqual(["other"]);
  });

  it("leave 'according to his office' to the subject's own office", () => {
    expect(sidesOf("Troops fired on the village, according to his office.")).not.toEqual(["other"]);
  });
});

describe("a resident named before and given an age when she speaks", () => {
  it("is a third party, and stays one when named again", () => {
    const reads = readSentences(
      "For Sona Melikian, the call came early on Tuesday.",
      '"Your heart stops," said Melikian, 52, who runs a bakery downtown.',
      "Melikian said her cousin was safe.",
    );
    expect(reads.slice(1).map((r) => r.sides)).toEqual([["other"], ["other"]]);
  });

  it("leaves an official given an age his office's side", () => {
    expect(sidesOf("Defence Minister Aram Sargsyan said the border was calm.", '"It is calm," said Sargsyan, 52, after the meeting.')).toEqual(["armenia"]);
  });
});
