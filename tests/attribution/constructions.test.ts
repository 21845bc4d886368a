import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("who made a claim", () => {
  it("takes the speaker before the verb", () => {
    expect(sidesOf("Azerbaijan's Defence Ministry said Armenian forces shelled Tartar overnight.")).toEqual(["azerbaijan"]);
  });

  it("takes the speaker after a quote", () => {
    expect(sidesOf("“We will not allow any provocation,” said Armenian Defence Ministry spokeswoman Shushan Stepanyan.")).toEqual(["armenia"]);
    expect(sidesOf("“The truce must hold,” the Kremlin said on Monday.")).toEqual(["russia"]);
  });

  it("reads 'according to X' as X's claim", () => {
    expect(sidesOf("According to the Artsakh Information Center, three soldiers were wounded.")).toEqual(["nagorno-karabakh"]);
  });

  it("reads a passive 'was condemned by X' as X's claim", () => {
    expect(sidesOf("The attack was condemned by the European Union.")).toEqual(["european-union"]);
    expect(sidesOf("Azerbaijan's claims were rejected by Stepanakert.")).toEqual(["nagorno-karabakh"]);
  });

  it("reads 'X told reporters' as X's claim", () => {
    expect(sidesOf("Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the truce must hold.")).toEqual(["russia"]);
  });

  it("resolves 'it', 'he' and 'they' to the latest fitting speaker", () => {
    const [, he] = readSentences("Armenian Prime Minister Nikol Pashinyan accused Baku of aggression.", "He added that Yerevan would respond.");
    expect(he?.sides).toEqual(["armenia"]);
    expect(he?.speaker).toBe("Armenian Prime Minister Nikol Pashinyan");
    expect(sidesOf("The Defense Army said it repelled an attack.", "It said no soldiers were hurt.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("The Minsk Group co-chairs met in Vienna.", "“Restraint is essential,” they said.")).toEqual(["osce-minsk-group"]);
  });

  it("resolves a bare title ('the ministry', 'the statement') across paragraphs", () => {
    expect(
      sidesOf(
        "Armenia's Foreign Ministry condemned the shelling.",
        "Fighting continued near Hadrut on Sunday.",
        "The ministry also claimed that drones were used.",
      ),
    ).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijan said its forces had responded.", "The defence ministry said the area was under control.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The Kremlin issued a statement on Friday.", "The statement called on both sides to stop.")).toEqual(["russia"]);
  });

  it("takes a named official's side from the gazetteer", () => {
    expect(sidesOf("Hikmet Hajiyev told reporters the claims were false.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Josep Borrell expressed concern over the detainees.")).toEqual(["european-union"]);
  });

  it("gives the outermost speaker's side in nested attribution", () => {
    expect(sidesOf("“Sergey Shoigu gave assurances that steps were being taken,” the Armenian ministry said.")).toEqual(["armenia"]);
    expect(sidesOf("Armenia's Foreign Ministry said Russia had confirmed the violation.")).toEqual(["armenia"]);
  });

  it("gives one claim per side when two sides speak", () => {
    expect(sidesOf("Armenia and Azerbaijan accused each other of breaking the truce.")).toEqual(["armenia", "azerbaijan"]);
    expect(sidesOf("Baku and Yerevan traded accusations over the shelling.")).toEqual(["azerbaijan", "armenia"]);
    expect(sidesOf("Moscow, Washington and Paris called for an end to hostilities.")).toEqual(["russia", "united-states", "france"]);
  });

  it("does not split mediators described by their nationalities", () => {
    expect(sidesOf("U.S., Russian and French mediators co-chairing the OSCE Minsk Group expressed concern.")).toEqual(["osce-minsk-group"]);
    expect(sidesOf("France, the United States and Russia, the co-chairs of the OSCE Minsk Group, called on the parties to respect the truce.")).toEqual([
      "osce-minsk-group",
    ]);
  });

  it("ignores parties named inside the quote", () => {
    expect(sidesOf("“We expect the Russian peacekeepers to act,” the Nagorno-Karabakh military said.")).toEqual(["nagorno-karabakh"]);
  });

  it("skips asides and objects between the speaker and the verb", () => {
    expect(sidesOf("Turkey, which backs Azerbaijan, said it was ready to help.")).toEqual(["turkey"]);
    expect(sidesOf("Azerbaijan's President Ilham Aliyev, speaking on state television, said the army would not stop.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Lavrov spoke by phone with his Armenian and Azerbaijani counterparts and urged them to stop, his ministry said.")).toEqual(["russia"]);
  });

  it("keeps a Karabakh institution Karabakh's even when it is 'Armenian-backed'", () => {
    expect(sidesOf("Karabakh's Armenian-backed Defense Army insisted that its troops held their positions.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Officials in Stepanakert said the village was shelled overnight.")).toEqual(["nagorno-karabakh"]);
  });

  it("leaves a quote-only sentence after a claim unattributed, as annotators do", () => {
    expect(sidesOf("Aliyev warned Armenia against new attacks.", "“This time we will not stop.”")).toEqual([]);
  });

  it("takes a closing ', X reported' as the outermost speaker", () => {
    expect(sidesOf("Aliyev expressed his condolences to Putin by phone, the Kremlin press service reported.")).toEqual(["russia"]);
  });

  it("reads the outlet's own state for a ministry no earlier sentence names", async () => {
    const { attributeSentence } = await import("../../src/core/attribution/attributeSentence.ts");
    const { emptyDiscourse } = await import("../../src/core/attribution/discourse.ts");
    const { defaultGazetteer } = await import("../../src/core/attribution/gazetteer.ts");
    const sentence = "Shots were fired at the border overnight, the Ministry of Defense said.";
    expect(attributeSentence(sentence, emptyDiscourse("azerbaijan"), defaultGazetteer).voices[0]?.sides).toEqual(["azerbaijan"]);
    expect(attributeSentence(sentence, emptyDiscourse(), defaultGazetteer).voices).toEqual([]);
  });

  it("gives 'the local authorities' the side of the place the sentence names", () => {
    expect(sidesOf("About 100,000 people live in the enclave, according to the local authorities.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("what is not a claim", () => {
  it.each([
    "Nagorno-Karabakh has been claiming its independence from Baku since 1991.",
    "The region has been claimed by both countries since 1991.",
    "The fighting claimed the lives of 12 soldiers.",
    "The Foreign Ministry's claims could not be verified.",
    "The date of the meeting has not been announced yet.",
    "The victim, identified as a mid-ranking officer, was buried on Sunday.",
    "A Reuters reporter saw damaged buildings in Stepanakert.",
    "It was Russia's first report of a violation since the peace deal.",
    "The United States has deployed observers to the region.",
  ])("%s", (sentence) => {
    expect(sidesOf(sentence)).toEqual([]);
  });
});

describe("the kind of claim", () => {
  it("tells denials, accusations, casualties and mediation apart", () => {
    const [denial, accusation, casualties, mediation] = readSentences(
      "Armenia has repeatedly denied the allegations.",
      "Baku accused Yerevan of shelling civilians.",
      "The Defense Army said two soldiers were killed.",
      "The OSCE Minsk Group co-chairs urged restraint.",
    );
    expect([denial?.kind, accusation?.kind, casualties?.kind, mediation?.kind]).toEqual(["denial", "accusation", "casualties", "mediation"]);
  });
});

describe("several speakers in one sentence", () => {
  it("gives each speaker with a clause of its own a claim", () => {
    expect(sidesOf("Baku says it recaptured the heights; Stepanakert insists the positions were lost only briefly.")).toEqual([
      "azerbaijan",
      "nagorno-karabakh",
    ]);
    expect(sidesOf("Azerbaijan's Defense Ministry admitted losing 31 servicemen, while Armenian officials put their losses at 92 dead.")).toEqual([
      "azerbaijan",
      "armenia",
    ]);
  });

  it("does not give the party inside a report a claim of its own", () => {
    expect(sidesOf("The Armenian ministry said that Baku claimed the village was shelled.")).toEqual(["armenia"]);
  });

  it("reads 'both sides' as Armenia and Azerbaijan", () => {
    expect(sidesOf("Both sides reported casualties after the clashes.")).toEqual(["armenia", "azerbaijan"]);
  });
});

describe("statements, reports and denials named in other ways", () => {
  it("gives a statement to the body that released it", () => {
    expect(sidesOf("A statement released by the Azerbaijani Foreign Ministry said Armenia bore full responsibility.")).toEqual(["azerbaijan"]);
  });

  it("gives reports and officials 'from' a place to that place's side", () => {
    expect(sidesOf("Earlier reports from Stepanakert said that Azerbaijani forces had advanced.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Officials from Baku's foreign ministry said the talks would resume.")).toEqual(["azerbaijan"]);
  });

  it("finds the source a few words after 'according to'", () => {
    expect(sidesOf("According to official data from Baku, 2,908 Azerbaijani soldiers died in the war.")).toEqual(["azerbaijan"]);
  });

  it("hears a denial in a closing 'which X denies'", () => {
    expect(sidesOf("Yerevan has accused Ankara of sending Syrian mercenaries, which Turkey denies.")).toEqual(["armenia", "turkey"]);
  });

  it("gives a report citing someone to the one who reports", () => {
    expect(sidesOf("Citing the Defense Army, Armenpress reported that one soldier was killed.")).toEqual(["armenia"]);
  });
});

describe("appositions, strangers and places in front", () => {
  it("lets an apposition describe the subject before it", () => {
    expect(sidesOf("Iran, Armenia's southern neighbour, urged restraint on Monday.")).toEqual(["iran"]);
    expect(sidesOf("Hikmet Hajiyev, an aide to President Ilham Aliyev, told reporters the claims were false.")).toEqual(["azerbaijan"]);
  });

  it("gives a named person the gazetteer does not know to 'other'", () => {
    expect(sidesOf("Laurence Broers, an analyst at Chatham House, said the truce was fragile.")).toEqual(["other"]);
    expect(sidesOf("“We lost our home,” said Lusine Avetisyan, 52, a resident of Martakert.")).toEqual(["other"]);
  });

  it("does not take the name of a titled official for a stranger", () => {
    expect(sidesOf("“No shots were fired,” Azerbaijani Defense Ministry spokesman Anar Eyvazovv said.")).toEqual(["azerbaijan"]);
  });

  it("reads the ministry of the capital in front of the sentence", () => {
    expect(sidesOf("Armenia's Foreign Ministry blamed Baku.", "In Baku, the Foreign Ministry dismissed that account.")).toEqual(["azerbaijan"]);
  });

  it("hears a second party in ', a charge X denies'", () => {
    expect(sidesOf("Baku accused Yerevan of planting mines, a charge Armenia rejects.")).toEqual(["azerbaijan", "armenia"]);
  });

  it("reads 'X and Y each blamed the other' as both", () => {
    expect(sidesOf("Ankara and Tehran each blamed the other for the spat.")).toEqual(["turkey", "iran"]);
  });

  it("does not make a place before ', where crowds accused' the speaker", () => {
    expect(sidesOf("Protests broke out in Yerevan, where crowds accused the prime minister of betrayal.")).toEqual([]);
  });
});

describe("titles that cannot point back", () => {
  it("does not pin bare 'officials' or 'sources' on the latest speaker", () => {
    expect(sidesOf("Azerbaijan's Defense Ministry said the situation was calm.", "Officials said the road was reopened.")).toEqual([]);
  });

  it("does not take a speaker after the verb unless the order is inverted", () => {
    expect(sidesOf("The co-chairs urged restraint.", "Some villagers say they will not return.")).toEqual(["other"]);
  });
});

describe("how each speaker is named", () => {
  it("names each side of a joint claim as the sentence does", async () => {
    const { attributeSentence } = await import("../../src/core/attribution/attributeSentence.ts");
    const { emptyDiscourse } = await import("../../src/core/attribution/discourse.ts");
    const { defaultGazetteer } = await import("../../src/core/attribution/gazetteer.ts");
    const [voice] = attributeSentence("Armenia and Azerbaijan blamed each other for the clashes.", emptyDiscourse(), defaultGazetteer).voices;
    expect(voice?.names).toEqual({ armenia: "Armenia", azerbaijan: "Azerbaijan" });
  });

  it("quotes a speaker described by several nationalities whole", () => {
    expect(readSentences("U.S., Russian and French mediators co-chairing the OSCE Minsk Group expressed concern.")[0]?.speaker).toBe(
      "U.S., Russian and French mediators co-chairing the OSCE Minsk Group",
    );
  });
});

describe("people the article introduced", () => {
  it("knows an official by name once the text has given his role", () => {
    expect(
      sidesOf(
        "Armenian Foreign Ministry spokesman Tigran Balayan said the talks were postponed.",
        "Fighting resumed near Tavush overnight.",
        "Balayan said Yerevan would not attend.",
      ),
    ).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijani presidential aide Elnur Mammadli spoke to reporters.", "“We are ready,” said Elnur Mammadli.")).toEqual(["azerbaijan"]);
  });

  it("gives a lone unknown surname no side, only 'unclear'", () => {
    expect(sidesOf("Petrosyan said the shop was closed.")).toEqual(["unclear"]);
  });
});

describe("clauses that repeat the first speaker", () => {
  it("adds no side for 'which it said' or a bare title in a later clause", () => {
    expect(sidesOf("The Foreign Ministry of Azerbaijan said Yerevan bore responsibility for the attack, which it said was planned.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Armenia's government says 100,000 people were displaced, and Deputy Prime Minister Tigran Khachatryan said 5,000 had left.")).toEqual([
      "armenia",
    ]);
  });

  it("remembers a person introduced long before, particle and all", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `Azerbaijan's Defense Ministry said on day ${i} that the front was calm.`);
    expect(sidesOf("“It is fragile,” said Thomas de Waal, an analyst.", ...filler, "“Peace is within reach,” de Waal said.")).toEqual(["other"]);
  });
});

describe("constructions from wire copy", () => {
  it("reads 'with A and B each blaming the other' as both", () => {
    expect(sidesOf("Thirty soldiers died, with Baku and Yerevan each blaming the other.")).toEqual(["azerbaijan", "armenia"]);
  });

  it("gives a verb after 'and' to the subject that opened the sentence", () => {
    expect(sidesOf("Turkey's president telephoned Aliyev to offer condolences and said Ankara stood with Baku.")).toEqual(["turkey"]);
  });

  it("lets dashes set off an apposition", () => {
    expect(sidesOf("The co-chairs of the OSCE Minsk Group – Russia, France and the United States – said they condemned the fighting.")).toEqual([
      "osce-minsk-group",
    ]);
  });

  it("gives a titled official with a name his title's side from the text before", () => {
    expect(sidesOf("Armenia's Defense Ministry said the border was calm.", "“No shots were fired,” ministry spokesman Aram Torosyan said.")).toEqual([
      "armenia",
    ]);
  });

  it("does not read questions or wh-clauses about speech as claims", () => {
    expect(sidesOf("WHAT DOES ARMENIA SAY?")).toEqual([]);
    expect(sidesOf("Here is what the parties and the mediators have said.")).toEqual([]);
  });

  it("takes a region's side for its officials", () => {
    expect(sidesOf("The Syunik governor told reporters that no civilians were hurt.")).toEqual(["armenia"]);
  });
});

describe("speakers named by their place, their count or their paper", () => {
  it("gives bare officials the side of the capital in front of them", () => {
    expect(sidesOf("In Baku, officials said two shepherds were detained.")).toEqual(["azerbaijan"]);
    expect(sidesOf("In Stepanakert, a spokesman insisted the village was never taken.")).toEqual(["nagorno-karabakh"]);
  });

  it("reads a side's own count as that side's claim", () => {
    expect(sidesOf("Yerevan's official tally now stands at 3,825 servicemen.")).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijan's latest figure is 2,908 dead.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The latest figure is 2,908 dead.")).toEqual([]);
  });

  it("makes private and opposition papers third parties, whatever city they are in", () => {
    expect(sidesOf("Moscow's Kommersant writes that the offensive was months in the making.")).toEqual(["other"]);
    expect(sidesOf("The opposition newspaper Ordu Xeber writes that the ministry hid the toll.")).toEqual(["other"]);
    expect(sidesOf("The independent Kavkaz Kuryer notes that no toll has been published.")).toEqual(["other"]);
  });

  it("leaves a government paper of a state the sentence does not name unclear", () => {
    expect(sidesOf("The government daily Vatan Sesi writes that the army took the heights.")).toEqual(["unclear"]);
  });

  it("reads a press review's front-page verbs as the paper's claim", () => {
    expect(sidesOf("The independent weekly Kavkaz Kuryer leads with the ombudsman's report on the shelled villages.")).toEqual(["other"]);
  });
});

describe("speakers a first reading got wrong", () => {
  it("reads a nationality's sources and figures as that state's", () => {
    expect(sidesOf("Armenian defence sources reported that 40 soldiers had died since the truce.")).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijani figures published in 2012 put the army's losses at 600.")).toEqual(["azerbaijan"]);
  });

  it("gives a pronoun after 'and' the sentence's own subject when it agrees", () => {
    expect(sidesOf("The Minsk Group co-chairs arrive in Baku on Friday, and they have called for restraint.")).toEqual(["osce-minsk-group"]);
  });

  it("does not make a number a side has not revised a claim", () => {
    expect(sidesOf("Azerbaijan's Defence Ministry said 12 soldiers died.", "It has not publicly revised that figure since.")).toEqual([]);
  });

  it("reads 'which is to say' as no speech", () => {
    expect(sidesOf("Only a donor with no troops in the region, which is to say the EU, can pay for it.")).toEqual([]);
  });
});

describe("fighters quoted by name", () => {
  it("gives a fighter the side his description names, past his age", () => {
    expect(sidesOf('"We held the ridge for a week," says Aram, 23, a Karabakh volunteer from Martuni.')).toEqual(["nagorno-karabakh"]);
  });

  it("leaves a fighter whose side is not named unclear, never a third party", () => {
    expect(sidesOf('"We held the ridge," says Aram, 23, a volunteer in the reserve battalion.')).toEqual(["unclear"]);
  });
});

describe("speakers in clauses a first reading missed", () => {
  it("reads 'first said' and 'earlier reported' after a subject as verbs", () => {
    expect(sidesOf("Azerbaijan's Prosecutor General's Office first said seven civilians had been killed.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The first reported case was in Tartar.")).toEqual([]);
  });

  it("finds the speaker of a clause opened by 'after'", () => {
    expect(sidesOf("The clash came a day after Armenia's Defence Ministry said two soldiers had been wounded.")).toEqual(["armenia"]);
  });

  it("gives 'it' after 'after' the sentence's subject", () => {
    expect(sidesOf("Baku launched the operation after it said four policemen had been killed by mines.")).toEqual(["azerbaijan"]);
  });

  it("reaches a toll five words after its verb", () => {
    expect(sidesOf("Azerbaijan's Defence Ministry, for its part, raised its own military death toll to 71.")).toEqual(["azerbaijan"]);
  });

  it("resolves 'the Foreign Ministry' to the body named in those words, not to the last ministry", () => {
    expect(
      sidesOf(
        "The Azerbaijani Defence Ministry expressed condolences.",
        "Russian Foreign Ministry spokeswoman Maria Zakharova said the peacekeepers took the blow for peace.",
        "The Foreign Ministry had earlier called on the parties to stop the bloodshed.",
      ),
    ).toEqual(["russia"]);
  });
});

describe("what nobody said, and who says the words before a closing verb", () => {
  it("makes a silence no claim", () => {
    expect(sidesOf("The ministry did not reply.")).toEqual([]);
    expect(sidesOf("The Kremlin gave no account of either meeting.")).toEqual([]);
  });

  it("gives the words before ', said X' to X, not to an actor inside them", () => {
    expect(sidesOf("Moscow's leverage is shrinking, said Farid Guliyev, an independent economist in Baku.")).toEqual(["other"]);
  });

  it("gives a report named after its author to the author", () => {
    expect(sidesOf("A Council of Europe parliamentary report stated that the violence had claimed dozens of lives.")).toEqual(["other"]);
  });

  it("does not let a sentence about another side's body carry on the last speaker's report", () => {
    expect(
      sidesOf(
        "Azerbaijan's Defence Ministry announced anti-terrorist measures on Tuesday.",
        "Within a day the Karabakh authorities had accepted a ceasefire proposed by the peacekeepers.",
      ),
    ).toEqual([]);
  });
});

describe("speakers of everyday news met on the last first contact", () => {
  it("does not let a place before a comma title the spokesperson named after it", () => {
    expect(
      sidesOf("More than 100,000 people had entered Armenia from Nagorno-Karabakh, Nare Sargsyan, the spokesperson of Prime Minister Nikol Pashinyan, said."),
    ).toEqual(["armenia"]);
  });

  it("keeps the Minsk Group co-chairs one mediator when their countries follow in dashes", () => {
    expect(sidesOf("The co-chairs of the OSCE Minsk Group - France, Russia and the United States - condemned the violence.")).toEqual(["osce-minsk-group"]);
  });

  it("takes no subject from inside a relative clause", () => {
    expect(sidesOf("The envoy, who has spent the year shuttling between Baku and Yerevan, said the truce was a first step.")).not.toContain("armenia");
  });

  it("makes analysts and experts third parties wherever they are based", () => {
    expect(sidesOf("A Yerevan-based security analyst said both governments were stalling.")).toEqual(["other"]);
    expect(sidesOf("Azerbaijani experts say the mines were laid after 2020.")).toEqual(["other"]);
    expect(sidesOf("Karen Petrosyan, an Armenian economist who reached the village, told reporters 20 people had died.")).toEqual(["other"]);
  });
});

describe("possessives after a fronted time", () => {
  it("reads 'its' in '…, a deal its Foreign Ministry announced' as the sentence's subject after 'In June,'", () => {
    expect(sidesOf("In June, Azerbaijan released 15 detainees in exchange for mine maps, a deal its Foreign Ministry announced.")).toEqual(["azerbaijan"]);
  });
});

describe("a participle after a comma", () => {
  it("shares the name the sentence opened with", () => {
    expect(
      sidesOf(
        "Tural Ganjaliyev, an aide to President Ilham Aliyev, accused Armenia of shelling Ganja.",
        "On Monday Ganjaliyev went further, telling reporters that the strike had been planned.",
      ),
    ).toEqual(["azerbaijan"]);
  });
});

describe("a people paired with a state", () => {
  it("speaks for its side when joined to the other side's state by 'and'", () => {
    expect(sidesOf("Azerbaijan and the Karabakh Armenians accused each other of shelling civilians.")).toEqual(["azerbaijan", "nagorno-karabakh"]);
  });

  it("stays a third party on its own or beside another people", () => {
    expect(sidesOf("Armenians say the church was shelled.")).toEqual(["other"]);
    expect(sidesOf("Armenians and Azerbaijanis say they want peace.")).toEqual(["other"]);
  });
});

describe("a participle of accusing", () => {
  it("reads 'soldiers accused of spying' as no claim of theirs", () => {
    expect(sidesOf("Baku put on trial two Armenian soldiers accused of spying.")).toEqual([]);
  });
  it("keeps a relative clause's accusation, its object fronted", () => {
    expect(
      sidesOf("Five soldiers were wounded in a skirmish with Azerbaijani forces that the Karabakh authorities have accused of violating the truce."),
    ).toEqual(["nagorno-karabakh"]);
  });
  it("keeps an accusation with its object first", () => {
    expect(sidesOf("Armenia accused Azerbaijan of shelling the village.")).toEqual(["armenia"]);
  });
});

describe("words that are names of an object's built-in members", () => {
  it("reads 'the constructor' or 'valueOf' as no pronoun", async () => {
    const { findMentions } = await import("../../src/core/attribution/mentions.ts");
    const { defaultGazetteer } = await import("../../src/core/attribution/gazetteer.ts");
    const { tokenize } = await import("../../src/core/attribution/tokens.ts");
    for (const text of ["The constructor said the bridge would open in May.", "Its valueOf and toString were questioned."])
      expect(findMentions(defaultGazetteer, tokenize(text)).filter((m) => m.anaphor)).toEqual([]);
  });
});

describe("forms of a chronology's present tense", () => {
  it("reads 'Karabakh Armenian fighters tell Helsinki Watch they found …' as the fighters' side, and no bare 'tell' as a report", () => {
    expect(sidesOf("Karabakh Armenian fighters tell visiting monitors they found the bodies of 12 villagers.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Azerbaijani officials report heavy shelling near Tartar.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Officials could not tell how many had died.")).toEqual([]);
    expect(sidesOf("Residents tell of shelling every night.")).toEqual([]);
  });
  it("keeps what follows ', while noting that …' inside the first speaker's report", () => {
    expect(
      sidesOf("A Helsinki Watch report says at least 60 civilians died in the village, while noting that Azerbaijani officials estimate far more."),
    ).toEqual(["other"]);
    expect(sidesOf("Armenia says the shelling went on all night, while adding that Azerbaijan's defence ministry denies it.")).toEqual(["armenia"]);
    expect(sidesOf("Armenia says the shelling went on all night, while Azerbaijan's defence ministry denies it.")).toEqual(["armenia", "azerbaijan"]);
  });
  it("gives a known person the side of the office an apposition says he heads, within his own camp only", () => {
    expect(sidesOf("Serzh Sargsyan, head of the Karabakh Self-Defence Committee, says Azerbaijani forces shot down a helicopter.")).toEqual([
      "nagorno-karabakh",
    ]);
    expect(sidesOf("Serzh Sargsyan, head of the Azerbaijani delegation, said talks would go on.")).toEqual(["armenia"]);
  });
});

describe("a time after 'by', an editor's note, and 'the country's'", () => {
  it("reads 'said by then that …' as the subject's report, not as said by an agent called 'then'", () => {
    expect(sidesOf("Armenian officials said by then that 84 servicemen had been killed.")).toEqual(["armenia"]);
    expect(sidesOf("The ceasefire was confirmed by Monday, Armenia's defence ministry said.")).toEqual(["armenia"]);
    expect(sidesOf("The figure was reported by Azerbaijan's defence ministry on Monday.")).toEqual(["azerbaijan"]);
  });
  it("reads the sentence after a bracketed editor's note as if the note were not there", () => {
    expect(sidesOf("[Context, 29 Sept] Armenian officials said 84 servicemen had been killed.")).toEqual(["armenia"]);
  });
  it("gives 'the country's ministry' the state named just before, unless two states were named together", () => {
    expect(
      sidesOf("A missile struck Ganja, Azerbaijan's second-largest city, overnight.", "By midday the country's emergency ministry said 13 were dead."),
    ).toEqual(["azerbaijan"]);
    expect(sidesOf("Armenia and Azerbaijan traded fire overnight.", "The country's defence ministry said 13 were dead.")).toEqual([]);
  });
});

describe("'the council'", () => {
  it("points back to the council the text named last, whoever's it is, and to nobody when none was a side's", () => {
    expect(sidesOf("Armenia's Security Council said the number of dead had reached 207.", "The council said 293 servicemen had been wounded.")).toEqual([
      "armenia",
    ]);
    expect(sidesOf("The UN Security Council met on Friday.", "The council said it was deeply concerned.")).toEqual(["united-nations"]);
    expect(sidesOf("The town council met on Friday.", "The council said it needed more money.")).toEqual([]);
  });
});

describe("'it' after a nationality word", () => {
  it("does not take a nationality word qualifying a noun ('the Armenian death toll') for what 'it' points to", () => {
    expect(sidesOf("An article on Tuesday understated the Armenian death toll.", "It said two Armenian soldiers had been killed.")).toEqual([]);
    expect(sidesOf("The Armenian government closed the border on Monday.", "It said the move was temporary.")).toEqual(["armenia"]);
    expect(sidesOf("Armenia closed its border on Monday.", "It said the move was temporary.")).toEqual(["armenia"]);
  });
});

describe("classes met in ordinary news of 1992–2023", () => {
  it("gives mediators the mediators' side, not that of the conflict they work in", () => {
    expect(sidesOf("The pardon set off a row, with the mediators in the Nagorno-Karabakh conflict warning that the talks had been damaged.")).toEqual([
      "osce-minsk-group",
    ]);
  });
  it("gives a diplomat the body he chairs, not his nationality, and 'he' after him the same", () => {
    expect(
      readSentences(
        "Lars Holm, the Danish diplomat who chairs the CSCE's Minsk Group, welcomed the truce.",
        "He said the CSCE was ready to send monitors.",
      ).map((r) => r.sides),
    ).toEqual([["osce-minsk-group"], ["osce-minsk-group"]]);
  });
  it("does not give diplomats posted in a capital that state's side", () => {
    // (Diplomats no state qualifies speak as a third party, wherever they are posted.)
    expect(sidesOf("Diplomats in Moscow cautioned that earlier truces had collapsed within days.")).toEqual(["other"]);
    expect(sidesOf("Officials in Baku said more than 40 people were killed.")).toEqual(["azerbaijan"]);
  });
  it("gives a participle set off by a comma the clause's subject, never the object of the clause's verb", () => {
    expect(
      sidesOf("On Monday the Azerbaijani parliament voted to hand the district back to local bodies, stating that the area is part of Azerbaijan."),
    ).toEqual(["azerbaijan"]);
    expect(sidesOf("Last spring Baku turned away a delegation of MEPs, saying it would accept a mission only on its own terms.")).toEqual(["azerbaijan"]);
    expect(sidesOf("On the same day President Ilham Aliyev signed an order saying the officer should be freed.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The city council passed a motion on the rights of the Armenians of Artsakh, while condemning the shelling.")).toEqual([]);
    expect(sidesOf("The head of the Azerbaijani delegation rejected the text, saying it was one-sided.")).toEqual(["azerbaijan"]);
  });

  it("reads both sides' figures added up as the outlet's sum, no side's claim", () => {
    expect(sidesOf("Taken together, the two governments' own figures put the death toll at no fewer than 30 soldiers.")).toEqual([]);
    expect(sidesOf("By Tuesday evening, the two sides' figures put the combined death toll at 14.")).toEqual([]);
    expect(sidesOf("Armenia's defence ministry put the toll at 14.")).toEqual(["armenia"]);
    expect(sidesOf("A monitoring group has since put the totals at 90 Armenian and 60 Azerbaijani soldiers killed.")).toEqual(["other"]);
  });
  it("does not carry a speaker into a sentence where 'had' owns something, nor read 'did not suggest' as a claim", () => {
    expect(
      readSentences(
        "The Armenian government said 19,000 people had entered Armenia by Tuesday.",
        "The region had an estimated 120,000 residents before the offensive.",
      ).map((r) => r.sides),
    ).toEqual([["armenia"], []]);
    expect(sidesOf("The cause of the blast was not clear, and officials did not suggest it had been an attack.")).toEqual([]);
  });
});

describe("a ministry after a mediator spoke", () => {
  it("never gives 'the Defence Ministry' to the mediators or an international body that spoke last", () => {
    expect(
      sidesOf(
        "The row grew, with the mediators in the Nagorno-Karabakh conflict warning that the peace process had been damaged.",
        "The Defence Ministry also said the officer would receive back pay.",
      ),
    ).toEqual([]);
  });
});

describe("'declared' as an act", () => {
  it("does not read 'declared a state of emergency' or 'declared martial law' as a claim, but 'declared that …' is one", () => {
    expect(sidesOf("Outgoing President Robert Kocharyan declared a state of emergency in Yerevan.")).toEqual([]);
    expect(sidesOf("Armenia declared martial law and general mobilisation.")).toEqual([]);
    expect(sidesOf("Aliyev declared that the operation was over.")).toEqual(["azerbaijan"]);
  });
});

describe("pronouns inside and after the subject", () => {
  it("does not take 'it' after a participle ('The people blocking it say') for the subject", () => {
    expect(
      sidesOf("A line of tractors has stood across the road in Armenia's Tavush province for a week.", "The people blocking it say they will not leave."),
    ).toEqual([]);
  });
  it("reads 'it' in a clause right after a noun as the sentence's own subject ('maps it said showed')", () => {
    expect(
      sidesOf("Crisis Group said in May that the talks had stalled.", "Azerbaijan released 15 detainees in exchange for maps it said showed 97,000 mines."),
    ).toEqual(["azerbaijan"]);
  });
  it("gives 'the Council' only to a council the text named, never to the body that spoke last", () => {
    expect(
      sidesOf("Karabakh's defence army said it had repelled an attack.", "The capture prompted a resolution, in which the Council demanded a withdrawal."),
    ).toEqual([]);
  });
});

describe("an officer sharing a politician's surname", () => {
  it("does not give 'Colonel Sargsyan' the side of the president the gazetteer knows by that surname", () => {
    expect(sidesOf("Colonel Sargsyan had given briefings since the first day of the war, when he said 16 servicemen had been killed.")).not.toContain(
      "armenia",
    );
    expect(sidesOf("President Sargsyan said the talks would go on.")).toEqual(["armenia"]);
  });
});

describe("the place of an occasion in the opening phrase", () => {
  it("gives officials the side of the one state's place the opening phrase names ('At a press conference in Baku, officials say')", () => {
    expect(sidesOf("At a press conference organised in Baku by the presidential press service, officials say more than 1,000 people were killed.")).toEqual([
      "azerbaijan",
    ]);
    expect(sidesOf("At talks in Geneva, officials said the sides were far apart.")).toEqual([]);
    expect(sidesOf("At a meeting in Moscow with Azerbaijan's foreign minister, officials said little.")).toEqual([]);
  });
});

describe("a title with 'of' inside it", () => {
  it("reads 'The Secretary of State said' after Blinken as his, while 'The President of the Council' is the council's", () => {
    expect(sidesOf("Blinken said the United States was deeply concerned.", "The Secretary of State said the use of force was unacceptable.")).toEqual([
      "united-states",
    ]);
  });

  it("reads a stated stand ('Baku's position is that …') as its owner's claim, not a stand merely named", () => {
    expect(sidesOf("Yerevan's position is that the frontier must follow the maps of 1975.")).toEqual(["armenia"]);
    expect(sidesOf("The Azerbaijani side's official view, as its envoy put it, was that the operation was local.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Moscow's position on the corridor has hardened since spring.")).toEqual([]);
  });

  it("keeps a verb's 'that' clause past a short phrase of time or place", () => {
    expect(sidesOf("Stepanakert has insisted for thirty years that the vote of 1991 was lawful.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Baku maintained throughout the talks that the districts were occupied.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Yerevan maintained throughout that the fighting was Karabakh's own.")).toEqual(["armenia"]);
    expect(sidesOf("Baku maintained contact with the mediators for months.")).toEqual([]);
  });

  it("reads 'X called the report Y' as X's claim after a name the article introduced", () => {
    expect(
      sidesOf(
        "Armenian Defence Ministry spokeswoman Anna Petrosyan wrote on Facebook that the attack was repelled.",
        "Petrosyan called the report a fabrication.",
      ),
    ).toEqual(["armenia"]);
    expect(sidesOf("A hamlet called Mets Shen sits above the road.")).toEqual([]);
  });

  it("reads 'ministry officials' and 'a ministry source' as the ministry the text introduced, and as nobody before one", () => {
    const first = "A conscript was wounded near Berd, the Armenian Defence Ministry said.";
    expect(sidesOf(first, "He was taken to hospital in Ijevan, ministry officials said.")).toEqual(["armenia"]);
    expect(sidesOf(first, "A ministry source said the shot came from a hill.")).toEqual(["armenia"]);
    expect(sidesOf("Ministry sources said the shot came from a hill.")).toEqual([]);
  });

  it("reads 'called it …' after a title in apposition, and a foreign policy chief as a title", () => {
    expect(sidesOf('Josep Borrell, the EU\'s foreign policy chief, called it "a step forward".')).toEqual(["european-union"]);
    expect(sidesOf("Russia's top diplomat said the talks would resume.")).toEqual(["russia"]);
  });

  it("reads 'by the ministry's count' and 'Baku's figure as of Tuesday was' as the owner's claim", () => {
    expect(
      sidesOf("The Armenian Defence Ministry said two more soldiers had died.", "That brings the number killed since Sunday to nine, by the ministry's count."),
    ).toEqual(["armenia"]);
    expect(sidesOf("Yerevan's figure as of Monday evening was nine.")).toEqual(["armenia"]);
  });

  it("finds the speaker after a phrase of time that opens the sentence without a comma", () => {
    expect(sidesOf("Baku admitted its losses only slowly.", "On the second day the defence ministry said that 31 servicemen had been killed.")).toEqual([
      "azerbaijan",
    ]);
    expect(sidesOf("Yerevan gave few details.", "In the early hours its foreign ministry said the shelling had stopped.")).toEqual(["armenia"]);
  });

  it("does not take a title's last word for a surname the text introduced", () => {
    expect(
      sidesOf(
        "The news came from the Interior Ministry in Moscow.",
        "A spokesman, Ivan Petrenko, said troops had fired on a crowd.",
        "In Baku, a Popular Front spokesman said the strikes would go on.",
      ),
    ).toEqual(["other"]);
  });

  it("gives a sentence to the person a 'who' clause describes, not to what that clause names", () => {
    expect(sidesOf("A Western diplomat who knows Stepanakert well said the talks were stuck.")).toEqual(["other"]);
    expect(sidesOf("A Western diplomat who has travelled through Lachin put it to me this way: the road is the only lifeline.")).toEqual(["other"]);
    // A "who" clause inside an apposition says whose the person is; one before "she said" is the quote's.
    expect(sidesOf("Ruslan Guliev, the envoy who led Baku's delegation in Vienna, had refused to sign, saying he needed the president's approval.")).toEqual([
      "azerbaijan",
    ]);
    expect(sidesOf("The representative of France spoke next.", "Aid must reach all those who have fled, she said.")).toEqual(["france"]);
  });

  it("reads 'has made clear that' and 'made it clear' as the subject's claim", () => {
    expect(sidesOf("Turkey has made clear since the first week that it stands with Baku.")).toEqual(["turkey"]);
    expect(sidesOf("The Kremlin made it clear that its peacekeepers would stay.")).toEqual(["russia"]);
  });

  it("reads 'he' after a colon as the person the clause before it named", () => {
    expect(
      sidesOf(
        "Mr Putin told him the escalation was dangerous.",
        "Among European leaders, Chancellor Olaf Scholz was the most direct: he said the troops must withdraw.",
      ),
    ).toEqual(["other"]);
  });

  it("reads the Security Council's resolutions of 1993, named by number, as the United Nations, and 'it' after them", () => {
    expect(sidesOf("Resolution 884 demands the withdrawal of occupying forces from Zangelan.")).toEqual(["united-nations"]);
    expect(sidesOf("Resolution 874 calls for a ceasefire.", "It also urges the parties to resume talks.")).toEqual(["united-nations"]);
  });
});
