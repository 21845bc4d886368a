// Claims carried by words other than "said", met on first contact with blind67, each on sentences
// written for it: a version or a claim as a noun, naming verbs, verdicts, idioms of accusation and
// denial, and an eager infinitive.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a claim carried by a noun", () => {
  it("gives 'Yerevan's version of events is that …' to Armenia", () => {
    expect(sidesOf("Yerevan's version of events is that its border posts were attacked first.")).toEqual(["armenia"]);
  });

  it("gives 'The claim by Azerbaijani officials that …' to Azerbaijan, its maker after 'by'", () => {
    expect(sidesOf("The claim by Azerbaijani officials that forty houses were destroyed was repeated on state television.")).toEqual(["azerbaijan"]);
  });

  it("leaves 'Armenia rejected the claim by Baku that …' to the side that rejected it", () => {
    expect(sidesOf("Armenia rejected the claim by Baku that its troops had crossed the border.")).toEqual(["armenia"]);
  });
});

describe("verbs of naming and of verdict", () => {
  it.each([
    ["termed", "Armenia's Foreign Ministry termed the shelling a deliberate provocation."],
    ["branded", "Armenia's Foreign Ministry branded the exercise a rehearsal for war."],
    ["labelled", "Armenia's Foreign Ministry labelled the report a fabrication."],
    ["slammed", "Armenia's Foreign Ministry slammed the decision to close the road."],
    ["decried", "Armenia's Foreign Ministry decried the shelling of the village."],
  ])("reads '%s' as the ministry's claim", (_verb, sentence) => {
    expect(sidesOf(sentence)).toEqual(["armenia"]);
  });

  it("does not read a place someone once dubbed as a claim", () => {
    expect(sidesOf("The village, which locals dubbed Little Paris, was shelled overnight.")).toEqual([]);
  });

  it("does not read a passive naming with its agent as the named party's claim", () => {
    expect(sidesOf("The fighters were branded terrorists by the Azerbaijani Defence Ministry.")).not.toContain("nagorno-karabakh");
  });
});

describe("idioms of accusation and denial", () => {
  it.each([
    "Azerbaijan's Defence Ministry pointed the finger at Armenian sappers.",
    "Azerbaijan's Defence Ministry poured scorn on the report.",
    "Azerbaijan's Defence Ministry cast doubt on the figures from Yerevan.",
    "Azerbaijan's Defence Ministry played down its losses.",
    "Azerbaijan's Defence Ministry stood by its account of the clash.",
  ])("reads '%s' as Azerbaijan's claim", (sentence) => {
    expect(sidesOf(sentence)).toEqual(["azerbaijan"]);
  });

  it("does not read soldiers who stood by a road as speaking", () => {
    expect(sidesOf("Azerbaijani soldiers stood by the road as the convoy passed.")).toEqual([]);
  });
});

describe("an eager infinitive", () => {
  it("gives 'Armenian officials were quick to blame Azerbaijan' to Armenia", () => {
    expect(sidesOf("Armenian officials were quick to blame Azerbaijan for the blast.")).toEqual(["armenia"]);
  });

  it("does not read 'quick to claim the village' as speech", () => {
    expect(sidesOf("Azerbaijani units were quick to claim the village.")).toEqual([]);
  });
});

describe("a report set between commas after the first clause", () => {
  it("wraps the sentence, with the clause after its ', and' inside it", () => {
    const read = readSentences("Pashinyan apologised to the Georgian premier by phone, his office said on Friday, and promised to reopen the crossing.");
    expect(read.at(-1)?.sides).toEqual(["armenia"]);
    expect(read.at(-1)?.speaker).toBe("his office");
  });

  it("wraps it when the first clause has a speech verb of its own", () => {
    expect(sidesOf("Aliyev expressed his condolences to the Russian president, the Kremlin said, and promised an investigation.")).toEqual(["russia"]);
  });
});

describe("a pronoun after a colon", () => {
  it("is the body that opened the clause before the colon", () => {
    expect(sidesOf("Russia's foreign ministry was more cautious: it welcomed the talks but warned against outside pressure.")).toEqual(["russia"]);
  });
});

describe("people named by a plural role", () => {
  it.each(["Journalists who reached the village said they had seen burned houses.", "Teachers said the school had been shelled twice."])(
    "are third parties: %s",
    (sentence) => {
      expect(sidesOf(sentence)).toEqual(["other"]);
    },
  );
});

describe("a claim another side rejects", () => {
  it("is not given to its maker when the sentence says it was rejected", () => {
    expect(sidesOf("The claim by Armenian officials that Azerbaijan started the fighting was rejected as false by Baku.")).not.toContain("armenia");
  });
});

describe("a spokeswoman of the state the sentence opens with", () => {
  it("speaks for that state, not for the ministry that spoke before", () => {
    expect(
      sidesOf(
        "Turkey's foreign ministry welcomed the deal.",
        "Moscow's reaction came through Maria Zakharova, the foreign ministry spokeswoman, who said Russia welcomed any step toward peace.",
      ),
    ).toEqual(["russia"]);
  });
});

describe("a count raised by pronoun", () => {
  it("reads 'Armenian officials raised it to twelve' as their claim", () => {
    expect(sidesOf("The first report gave the toll as nine; Armenian officials raised it to twelve on Tuesday.")).toEqual(["armenia"]);
  });

  it("does not read 'raised it to the governor' as a count", () => {
    expect(sidesOf("Armenian villagers raised it to the governor.")).toEqual([]);
  });
});

describe("'it' after 'what' in a naming", () => {
  it("is the subject of the verb right before 'what', not whoever spoke last", () => {
    expect(sidesOf("Armenia said the talks had failed.", "Two days later Azerbaijan launched what it termed a counter-terrorist operation.")).toEqual([
      "azerbaijan",
    ]);
  });
});

describe("words of naming that are nouns or bare participles", () => {
  it("does not read 'prison terms' as a naming", () => {
    expect(sidesOf("The court gave ten Karabakh Armenians prison terms of 15 to 20 years.")).toEqual([]);
  });

  it("does not read 'keep both, clearly labelled.' as a naming", () => {
    expect(sidesOf("They are two counts from two ministries, so keep both, clearly labelled.")).toEqual([]);
  });
});

describe("a side naming what was just said, in a closing 'which' clause", () => {
  it("is a second voice: ', which Armenia's defence ministry called \"disinformation\"'", () => {
    expect(
      sidesOf("Azerbaijan's defence ministry accused Armenian units of firing on its posts, which Armenia's defence ministry called \"disinformation\"."),
    ).toEqual(["azerbaijan", "armenia"]);
  });

  it("is no voice where 'which … calls' names a place", () => {
    expect(sidesOf("Stepanakert, which Azerbaijan calls Khankendi, was shelled overnight.")).toEqual([]);
  });
});

describe("speakers met once before their words", () => {
  it("gives 'he' after 'An Azeri soldier … was bitter' to the soldier's side", () => {
    expect(
      sidesOf("A Karabakh spokesman denied it.", "An Azeri soldier guarding the mosque was bitter about the coverage.", '"You never believe us," he said.'),
    ).toEqual(["azerbaijan"]);
  });

  it("gives 'she' after 'An Armenian woman … stood' to a third party", () => {
    expect(sidesOf("A Karabakh spokesman denied it.", "An Armenian woman from Goris stood by the road.", '"We have nothing," she said.')).toEqual(["other"]);
  });

  it("gives a government spokeswoman to the government whose officials just spoke", () => {
    expect(sidesOf("Armenian officials said the aid changed nothing.", "Government spokeswoman Anna Sargsyan said the road was open.")).toEqual(["armenia"]);
  });
});

describe("'went on' after a quotation", () => {
  it("is the speaker going on with his words", () => {
    expect(
      sidesOf(
        "Artsrun Hovhannisyan, a spokesman for Armenia's defence ministry, said it was unarmed.",
        '"Our men could not reach the pilots," Hovhannisyan went on.',
      ),
    ).toEqual(["armenia"]);
  });

  it("is no speech without a quotation before it", () => {
    expect(sidesOf("The talks between the Armenian and Azerbaijani ministers went on for hours.")).toEqual([]);
  });
});

describe("a credit between a speaker and his 'he'", () => {
  it("names no one 'he' may mean: '(Quotes translated from Russian by Kura Desk.)'", () => {
    expect(
      sidesOf(
        "Putin said Russia had special relations with Armenia.",
        "(Quotes translated from Russian by Kura Desk.)",
        "Asked about Turkey, he said Moscow disagreed with Ankara.",
      ),
    ).toEqual(["russia"]);
  });
});

describe("a naming participle and an offer", () => {
  it("reads '…, calling the higher figure a fabrication' as the subject's claim", () => {
    expect(sidesOf("Armenian officials in Moscow went further, calling the higher figure a fabrication.")).toEqual(["armenia"]);
  });

  it("reads 'Pashinyan had offered to sign a pact' as Armenia's proposal", () => {
    expect(sidesOf("In January Pashinyan had offered to sign a non-aggression pact with Azerbaijan.")).toEqual(["armenia"]);
  });
});

describe("a month before a known surname", () => {
  it("is no first name: 'In January Aliyev said …' is Aliyev's", () => {
    expect(sidesOf("In January Aliyev said the border would be delimited this year.")).toEqual(["azerbaijan"]);
  });
});

describe("a government spokesman after a relief body spoke", () => {
  it("is never the relief body's", () => {
    expect(
      sidesOf(
        "The ICRC said it was helping to return the remains.",
        "Opposition politicians accused the government of hiding losses, a charge officials deny.",
        '"There is no hidden number," a government spokesman said.',
      ),
    ).not.toContain("icrc");
  });
});

describe("what a kind of people habitually says", () => {
  it("is the writer's summary, no claim: 'Journalists often write that …'", () => {
    expect(sidesOf("Journalists often write that the truce was signed in Bishkek.")).toEqual([]);
  });
});

describe("'offered to' with no infinitive, and a body that is not the verb's subject", () => {
  it("does not read '74% offered to the United States' as a proposal", () => {
    expect(sidesOf("A company, 74% offered to the United States and 26% kept by Armenia, will run the route.")).toEqual([]);
  });

  it("does not give 'Police are forming lines, our reporter says' to the police", () => {
    expect(sidesOf("Shells hit Goris overnight.", "Police are forming lines, our reporter says.")).toEqual([]);
  });
});

describe("'in what' a third party calls something", () => {
  it("is the writer's aside, never the claim of a state the sentence names", () => {
    expect(sidesOf("Shops in Baku stayed closed on Monday in what residents described as a general strike.")).toEqual([]);
  });
});

describe("what a party calls something, after any verb", () => {
  it("gives the naming to the party that names, not to the sentence's subject", () => {
    expect(sidesOf("Families from Martuni left on Tuesday for what Baku calls a return to normal life.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Envoys of the separatist leadership will travel to Yevlakh to discuss what Azerbaijan calls reintegration.")).toEqual(["azerbaijan"]);
  });

  it("names nothing for a party when those who name have no side", () => {
    expect(sidesOf("Villagers fled what witnesses called a barrage of rockets.")).toEqual([]);
  });
});

describe("voicing a concern", () => {
  it("reads 'were quick to voice fears that …' and 'voiced concern' as claims", () => {
    expect(sidesOf("Armenian officials were quick to voice fears that the talks would fail.")).toEqual(["armenia"]);
    expect(sidesOf("Turkey's foreign ministry voiced deep concern over the fighting.")).toEqual(["turkey"]);
  });

  it("does not read 'the voices of the refugees' as speech", () => {
    expect(sidesOf("The voices of the Armenian refugees were heard at the meeting.")).toEqual([]);
  });
});

describe("making a case", () => {
  it("is a claim: 'Armenia's foreign minister made the same case in Brussels'", () => {
    expect(sidesOf("Armenia's foreign minister made the same case in Brussels on Monday.")).toEqual(["armenia"]);
  });
});

describe("disclosing and reminding", () => {
  it("reads a disclosure of figures as a claim, never a narrated or demanded one", () => {
    expect(sidesOf("Armenia's health ministry disclosed for the first time that 3,825 people had died.")).toEqual(["armenia"]);
    expect(sidesOf("We look back at how each side disclosed the cost of the fighting.")).toEqual([]);
  });

  it("reads a response made 'by reminding' the parties as the responder's", () => {
    expect(sidesOf("The Kremlin responded to the summit by reminding both capitals of the 2020 ceasefire statement.")).toEqual(["russia"]);
  });
});
