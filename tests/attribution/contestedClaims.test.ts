// Classes met in texts that weigh contested claims (fact-checks, interviews, analyses, a 1992
// feature): offices named in lower case, private people and outside bodies pointed back to,
// places that say where a speaker is rather than whom he speaks for, former officials, and names
// introduced in apposition before they speak. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a minister named by remit in lower case", () => {
  it("is the state's minister", () => {
    expect(sidesOf("Armenia's health minister said 125 bodies had been brought to the morgues.")).toEqual(["armenia"]);
    expect(sidesOf("The Azerbaijani emergencies minister said the fire was out.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Armenia's deputy health minister said the toll had risen.")).toEqual(["armenia"]);
  });

  it("but a remit word elsewhere in the sentence makes no minister of it", () => {
    expect(sidesOf("The health of Armenia's wounded is stable, the minister said.")).toEqual([]);
  });
});

describe("private people and bodies pointed back to", () => {
  it("takes a detainee's family or relatives for a third party", () => {
    expect(sidesOf("Vagif Petrosyan, 68, was detained at the checkpoint.", "His family said the guards took his passport.")).toEqual(["other"]);
    expect(sidesOf("Relatives of the missing soldiers said they had no news.")).toEqual(["other"]);
  });

  it("takes 'the organisation' for the body that is no state's named before", () => {
    expect(
      sidesOf(
        "The ICRC said it had helped the family.",
        "Armenia's Foreign Ministry said it was outraged.",
        "The organisation later said its delegates had visited him.",
      ),
    ).toEqual(["icrc"]);
    expect(sidesOf("Armenia's defence ministry said it was shelled.", "The organisation said it was fine.")).toEqual([]);
  });

  it("takes 'the group' for the rights group named just before", () => {
    expect(sidesOf("Amnesty International said it had verified the footage.", "The group said the strike killed 21 civilians.")).toEqual(["other"]);
    expect(sidesOf("A rights group said the strike killed 21 civilians.")).toEqual(["other"]);
    expect(sidesOf("Azerbaijan's defence ministry said the road was open.", "The group said talks would resume.")).toEqual([]);
  });

  it("takes the outlet's own reporter for no one's claim", () => {
    expect(sidesOf("Police are forming lines, our reporter says.")).toEqual([]);
    expect(sidesOf("A reporter said the streets were empty.")).toEqual(["other"]);
  });
});

describe("a place after a speaker's role", () => {
  it("leaves an institution's spokeswoman in Stepanakert the institution's", () => {
    expect(sidesOf("An ICRC spokeswoman in Stepanakert said the message had been passed on orally.")).toEqual(["icrc"]);
    expect(sidesOf("The Armenian authorities in Nagorno-Karabakh said the road was shut.")).toEqual(["nagorno-karabakh"]);
  });

  it("says where a diplomat or a doctor is, not whom they speak for", () => {
    expect(sidesOf("A diplomat in Stepanakert said the road was shut.")).toEqual(["other"]);
    expect(sidesOf("Doctors in Stepanakert said the boys would live.")).toEqual(["other"]);
    expect(sidesOf("Officials in Stepanakert said the road was shut.")).toEqual(["nagorno-karabakh"]);
  });

  it("makes an Armenian fighter in Stepanakert Karabakh's", () => {
    expect(sidesOf("In Stepanakert, an Armenian militiaman told us that this was revenge.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("In Yerevan, an Armenian militiaman told us that this was revenge.")).toEqual(["armenia"]);
  });
});

describe("a state's mission to an international body", () => {
  it("speaks for the state, not for the body it is accredited to", () => {
    expect(sidesOf("The Armenian representation at the United Nations said in a statement that Armenia welcomed the resolution.")).toEqual(["armenia"]);
    expect(sidesOf("The Azerbaijani delegation to the OSCE said the report was biased.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Russia's ambassador to the UN said the council should act.")).toEqual(["russia"]);
  });

  it("but the body's own mission is the body's", () => {
    expect(sidesOf("The head of the UN mission to Karabakh said the road was open.")).toEqual(["united-nations"]);
  });
});

describe("classes met in ordinary news of less famous events", () => {
  it("knows an Armenian surname in either transliteration", () => {
    expect(sidesOf("Kocharian said the plan was dead.")).toEqual(["armenia"]);
    expect(
      sidesOf("Levon Ter-Petrosian resigned as president of Armenia, saying he could not govern.", "Ter-Petrosian said he had decided to step down."),
    ).toEqual(["armenia"]);
    expect(sidesOf("Levon Ter-Petrossian told reporters in Paris that the plan was dead.")).toEqual(["armenia"]);
  });

  it("reads 'in turn dismissed Baku's version' as the subject's denial, not as Baku's telling", () => {
    expect(sidesOf("The Karabakh Defence Ministry in turn dismissed Baku's version.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("In Yerevan's version, the post was never abandoned.")).toEqual(["armenia"]);
  });

  it("takes 'the Defence Ministry of the … authorities' for one ministry that 'it' points back to", () => {
    expect(
      sidesOf(
        "The Azerbaijani Defence Ministry said eight servicemen had been killed.",
        "The Defence Ministry of the Armenian-backed authorities in Nagorno-Karabakh said it lost one soldier overnight.",
        "It accused Azerbaijan of trying to send reconnaissance units across the line.",
      ),
    ).toEqual(["nagorno-karabakh"]);
  });

  it("reads the last word of a ministry's remit after 'and' as part of its name, not as a person", () => {
    expect(sidesOf("The Hungarian Ministry of Public Administration and Justice said it had agreed to the transfer.")).toEqual(["other"]);
  });

  it("takes a second place joined to a role's place for where too", () => {
    expect(sidesOf("Analysts in Baku and Yerevan said the flare-up reflected frustration.")).toEqual(["other"]);
    expect(sidesOf("Officials in Baku and Yerevan said the flare-up reflected frustration.")).toEqual(["azerbaijan", "armenia"]);
  });
});

describe("those who serve a leader, and clergy and local people", () => {
  it("gives an adviser or an aide to a leader that leader's side", () => {
    expect(sidesOf("An adviser to President Heydar Aliyev told reporters in Baku that the departure showed who decided policy.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Aliyev's foreign policy aide said Baku remained committed to the ceasefire.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Russia's ambassador to Armenia said the base would stay.")).toEqual(["russia"]);
  });

  it("takes a writer named after her nationality for a third party", () => {
    expect(sidesOf("Russian writer Inessa Markova, who reported from Shahumyan, said the villagers were deported.")).toEqual(["other"]);
    expect(sidesOf("Karabakh's Information Centre said the shelling went on.")).toEqual(["nagorno-karabakh"]);
  });

  it("takes clergy and local people for a third party", () => {
    expect(sidesOf("The archbishop accused the government of handing over land.")).toEqual(["other"]);
    expect(sidesOf("Local people say preliminary maps put several houses in Azerbaijan.")).toEqual(["other"]);
  });
});

describe("diplomats", () => {
  it("speak for the state that qualifies them", () => {
    expect(sidesOf("An Armenian diplomat said the talks had failed.")).toEqual(["armenia"]);
    expect(sidesOf("Russian diplomats said the talks had failed.")).toEqual(["russia"]);
  });

  it("are a third party when no state does", () => {
    expect(sidesOf("Diplomats say the difficult part is still ahead.")).toEqual(["other"]);
    expect(sidesOf("Western diplomats said the talks had failed.")).toEqual(["other"]);
  });
});

describe("a people named as a whole", () => {
  it("speaks as its side when 'the' names it right at its verb", () => {
    expect(sidesOf("We were shown four bodies in the mosque, mutilated, the Azerbaijanis say, after death.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The Armenians say the church was shelled.")).toEqual(["armenia"]);
  });

  it("but people named without 'the', or those who fled, are a third party", () => {
    expect(sidesOf("Armenians say the church was shelled.")).toEqual(["other"]);
    expect(sidesOf("The Armenians who fled said the church was shelled.")).toEqual(["other"]);
  });
});

describe("naming and former offices", () => {
  it("reads 'has called X Y' as a claim, as 'called X Y' is", () => {
    expect(sidesOf("Baku has called the killings genocide.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Azerbaijan has repeatedly called the road a smuggling route.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The so-called corridor has been closed.")).toEqual([]);
  });

  it("takes a former official named by his state for a third party", () => {
    expect(sidesOf('"It is a declaration of intent," said a former U.S. negotiator on the conflict.')).toEqual(["other"]);
    expect(sidesOf("A former Armenian foreign minister said the deal was weak.")).toEqual(["other"]);
  });

  it("reads the Karabakh self-defence forces as one body", () => {
    expect(sidesOf("A spokesman for the Karabakh self-defence forces said a corridor had been left open.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("a name in apposition to a sided office, in a sentence that reports no speech", () => {
  it("gives the name that side when it speaks later", () => {
    const read = readSentences(
      "The head of the Azerbaijani delegation, First Deputy Speaker Elnur Mammadov, left Vienna without signing.",
      "Mr Mammadov questioned the right of the Karabakh Armenians to take part.",
    );
    expect(read.map((r) => r.sides)).toEqual([[], ["azerbaijan"]]);
    expect(sidesOf("Armenia's chief negotiator, Deputy Minister Karen Petrosyan, left early.", "Petrosyan said the draft was unfair.")).toEqual(["armenia"]);
  });

  it("but not after a place that only says where the person is", () => {
    expect(sidesOf("In Yerevan, Aram Petrosyan, a security analyst, joined us.", "Petrosyan said the lake was inside Armenia.")).toEqual(["other"]);
  });

  it("but not across a verb between the office and the name", () => {
    expect(sidesOf("Azerbaijan shelled the town overnight, Karen Petrosyan, a resident, told us.", "Petrosyan said it was unfair.")).toEqual(["other"]);
  });
});

describe("a ministry's spokesman named with no state", () => {
  it("is not the state whose adjective only said where something happened", () => {
    expect(
      sidesOf("The riots broke out in the Azerbaijani city of Sumgait.", "Ministry spokesman Gennady Petrov told reporters there had been victims."),
    ).not.toContain("azerbaijan");
  });

  it("is the state the nearest sentence names as acting", () => {
    expect(
      sidesOf("Iran, which borders both countries, struck a cautious note.", "Foreign Ministry spokesman Nasser Kanaani said Tehran wanted calm."),
    ).toEqual(["iran"]);
  });
});

describe("Moscow's Soviet centre", () => {
  const sides = (published: string) => {
    const text = [
      "---",
      "title: Toll in Sumgait",
      `published: ${published}`,
      "---",
      "",
      "Thirty-one people were killed in the riots in Sumgait, Tass said on Friday.",
    ].join("\n");
    return extractArticle(parseArticle({ file: "tass.md", text })).claims.map((c) => [c.side, c.speaker]);
  };

  it("is Russia's before the Union ended too, as the guide has TASS and most annotators the centre", () => {
    expect(sides("1988-03-04")).toEqual([["russia", "Tass"]]);
  });

  it("is Russia's after it", () => {
    expect(sides("1994-05-12")).toEqual([["russia", "Tass"]]);
  });

  it("takes in an official the text calls the Union's, whatever post would make him a third party", () => {
    const text = [
      "---",
      "title: Two killed near Askeran",
      "published: 1988-02-29",
      "---",
      "",
      "A Soviet deputy prosecutor-general, Ivan Orlov, said two men had been killed near Askeran.",
    ].join("\n");
    expect(extractArticle(parseArticle({ file: "orlov.md", text })).claims.map((c) => c.side)).toEqual(["russia"]);
  });
});
