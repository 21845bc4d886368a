// Precision first: a wrong side is worse than none. Where the speaker cannot be resolved with
// confidence the claim is "unclear"; where the text says who a third party is, it is "other".
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { readSentences, sidesOf } from "./readSides.ts";

describe("people the gazetteer does not know", () => {
  it("gives a named stranger with no role no side", () => {
    expect(sidesOf("Farhad Gasimov told reporters the road was open.")).toEqual(["unclear"]);
  });

  it("makes a stranger with a civilian or expert role a third party", () => {
    expect(sidesOf("Lilit Avetisyan, a schoolteacher who fled the town, said the shelling lasted all night.")).toEqual(["other"]);
    expect(sidesOf("Political scientist Rauf Mirzayev said the talks had stalled.")).toEqual(["other"]);
    expect(sidesOf("Ani Karapetyan, 71, said her house was destroyed.")).toEqual(["other"]);
  });

  it("gives a stranger the side of the office named in apposition", () => {
    expect(sidesOf("Viktor Orlov, the Russian president's special envoy for the region, said the truce held.")).toEqual(["russia"]);
  });

  it("does not take a different first name for a known surname", () => {
    expect(sidesOf("Karabakh deputy defence minister Artur Sargsyan said 20 soldiers were wounded.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Mr Aliyev said the operation was over.")).toEqual(["azerbaijan"]);
  });

  it("does not give a titled holder the side of an earlier holder of the same title", () => {
    const reads = readSentences("President Ilham Aliyev said the army had advanced.", "President Gustav Lindqvist said his country was worried.");
    expect(reads[1]?.sides).toEqual(["unclear"]);
  });

  it("reads a bare surname as the namesake the text introduced, not the gazetteer's person", () => {
    const reads = readSentences(
      "The court jailed Armen Pashinyan, a former Karabakh battalion commander, and two others.",
      "Pashinyan said he did not consider himself guilty.",
    );
    expect(reads[1]?.sides).not.toContain("armenia");
    expect(sidesOf("Grigor Aliyev, a farmer from the border village, was detained.", "Aliyev said he had been beaten.")).toEqual(["other"]);
  });

  it("takes no sentence-opening participle for a namesake's first name", () => {
    expect(sidesOf("Meeting Aliyev in Dushanbe, Putin promised compensation.", "In Astana, Aliyev announced that all restrictions were lifted.")).toEqual([
      "azerbaijan",
    ]);
  });

  it("reads a bare surname as the person of another side whom the text introduced by full name", () => {
    expect(sidesOf("The court also sentenced Levon Mnatsakanyan, a former Karabakh army commander.", "Mnatsakanyan said he was not guilty.")).toEqual([
      "nagorno-karabakh",
    ]);
  });

  it("keeps the gazetteer's person where the text introduced him by his own full name", () => {
    expect(sidesOf("Nikol Pashinyan flew to Brussels on Monday.", "Pashinyan said the talks were useful.")).toEqual(["armenia"]);
  });

  it("does not take a namesake's full name for an earlier bearer of the surname", () => {
    const reads = readSentences(
      "Former Karabakh leader Bako Sahakyan was sentenced to twenty years.",
      "Siranush Sahakyan, a Yerevan-based lawyer who represents detainees, said the verdict was decided in advance.",
    );
    expect(reads[1]?.sides).toEqual(["other"]);
  });

  it("knows a person introduced earlier by surname", () => {
    expect(sidesOf("Vladimir Kazimirov, the Russian mediator, arrived in Baku.", "Kazimirov said the ceasefire would hold.")).toEqual(["russia"]);
  });
});

describe("peoples, former officials and bodies whose side cannot be told", () => {
  it("keeps an adjective that is no people unclear", () => {
    expect(sidesOf("Azerbaijan installed a checkpoint at the Armenian end of the road, saying it was needed.")).not.toContain("other");
  });

  it("does not take a people for its government: a people speaking is a third party", () => {
    expect(sidesOf("Azerbaijanis say the town must be rebuilt.")).toEqual(["other"]);
    expect(sidesOf("Armenian groups have long said the real number was higher.")).toEqual(["other"]);
    expect(sidesOf("Another Armenian, a retired engineer, told reporters the water had been cut.")).toEqual(["other"]);
  });

  it("makes a former official a third party", () => {
    expect(sidesOf("Armenia's former foreign minister said the government had made a mistake.")).toEqual(["other"]);
  });

  it("leaves Soviet bodies unresolved", () => {
    expect(sidesOf("The Soviet Interior Ministry said troops had restored order.")).toEqual(["unclear"]);
  });
});

describe("pronouns and titles by salience", () => {
  it("takes the nearest person for 'he', even one who only acted", () => {
    const reads = readSentences(
      "Azerbaijan's defence ministry said the village was quiet.",
      "Nikol Pashinyan visited the border town on Friday.",
      '"We will not give up an inch," he told residents.',
    );
    expect(reads[2]?.sides).toEqual(["armenia"]);
  });

  it("is unclear when the nearest sentence offers two speakers of different sides", () => {
    const reads = readSentences("Ilham Aliyev and Nikol Pashinyan spoke separately on Sunday, each blaming the other.", "He said the talks were over.");
    expect(reads[1]?.sides).toEqual(["unclear"]);
  });

  it("makes an unknown person the nearest 'he', so the pronoun is not someone else's", () => {
    const reads = readSentences(
      "Ilham Aliyev said the army had restored order.",
      "Tomas Berger, who chairs the assembly's committee, called the vote a mistake.",
      '"This is unacceptable," he told lawmakers.',
    );
    expect(reads[2]?.sides).toEqual(["unclear"]);
  });

  it("takes a title back to the actor with the same title", () => {
    const reads = readSentences(
      "Gegham Stepanyan, the Karabakh ombudsman, said 200 people had been killed.",
      "Azerbaijan's defence ministry said it had only hit military targets.",
      "The ombudsman said the toll would rise.",
    );
    expect(reads[2]?.sides).toEqual(["nagorno-karabakh"]);
  });

  it("is unclear when two ministries of different sides were named together and the paragraph names neither", () => {
    const article = parseArticle({
      file: "m.txt",
      text: [
        "Border clash reported",
        "Azerbaijan's defence ministry said Armenian forces had fired first, while Armenia's defence ministry said the opposite.",
        "Foreign diplomats called for calm.",
        "The ministry said a soldier was wounded.",
      ].join("\n\n"),
    });
    const claim = extractArticle(article).claims.find((c) => c.sentence.startsWith("The ministry said"));
    expect(claim?.side).toBe("unclear");
  });
});

describe("what is not a claim", () => {
  it("does not count what a speaker did not say", () => {
    expect(sidesOf("Azerbaijan's defence ministry did not say how many soldiers were wounded.")).toEqual([]);
    expect(sidesOf("Armenia's foreign ministry declined to comment.")).toEqual([]);
  });

  it("does not count a two-word kicker", () => {
    expect(sidesOf("Yerevan denies")).toEqual([]);
  });

  it("reads 'Armenia reports that' as a report, not as a speaker named 'Armenia reports'", () => {
    expect(sidesOf("Armenia reports that three soldiers were killed.")).toEqual(["armenia"]);
  });
});

describe("offices and qualifiers shared across a sentence", () => {
  it("gives a bare title the qualifier of the title it is coordinated with", () => {
    expect(sidesOf("Two people were killed, Azerbaijan's Prosecutor General's Office and Interior Ministry said in a joint statement.")).toEqual([
      "azerbaijan",
    ]);
  });

  it("prefers an earlier qualified body to a title's default side", () => {
    const reads = readSentences("Armenia's Security Council met on Monday.", "The Security Council said 40 servicemen were missing.");
    expect(reads[1]?.sides).toEqual(["armenia"]);
  });

  it("treats a title with a new holder named in apposition as that holder, not an earlier one", () => {
    const reads = readSentences(
      "Azerbaijan's president said the offensive was over.",
      "The mayor of Shusha, Karen Davtyan, told reporters the town was empty.",
    );
    expect(reads[1]?.sides).toEqual(["unclear"]);
  });
});

describe("mentions inside a prepositional phrase", () => {
  it("does not take the object of 'with the unofficial …' for the speaker", () => {
    expect(sidesOf("An activist with the unofficial Karabakh Committee said refugees were arriving.")).toEqual([]);
  });
});

describe("former offices and organisations' staff", () => {
  it("makes a former official named in apposition a third party, not his old side", () => {
    expect(sidesOf("Levon Arakelyan, Armenia's former deputy foreign minister, said the deal was a mistake.")).toEqual(["other"]);
  });

  it("makes a named member of a group's staff a third party", () => {
    expect(sidesOf('"Nobody is safe," said Maria Lindgren, the group\'s regional director.')).toEqual(["other"]);
  });
});

describe("people met by the reporter", () => {
  it("reads someone who gave only a first name as a third party", () => {
    expect(sidesOf("A woman who gave her name only as Hasmik said the family slept in the basement.")).toEqual(["other"]);
    expect(sidesOf("A shepherd, identified only by his first name, Rasim, said the shelling began at dawn.")).not.toContain("unclear");
  });
  it("reads an Armenian town's spokesman by the town", () => {
    expect(sidesOf("Vardenis town hall spokesman Edgar Petrosyan denied reports that the town had been hit.")).toEqual(["armenia"]);
  });
});

describe("whom a private person represents", () => {
  it("reads a lawyer who represents a side's detainees as a third party", () => {
    expect(sidesOf("Anna Melikyan, a Yerevan-based lawyer who represents Armenian detainees in Strasbourg, said the trial was unfair.")).toEqual(["other"]);
  });
  it("keeps a diplomat who represents a state at a body as that state's", () => {
    expect(sidesOf("Vartan Petrosyan, a diplomat who represents Armenia at the OSCE, said the talks stalled.")).toEqual(["armenia"]);
  });
});

describe("'he' after a titled holder", () => {
  it("points back to a titled holder whatever the title's type, not to someone named after the verb", () => {
    const reads = readSentences(
      "The Karabakh army said it had repelled an attack.",
      "Prosecutor General Kamran Aliyev said a rocket attack on Ganja killed one resident.",
      "He said the attack was ordered by Karabakh's leader, Arayik Harutyunyan.",
    );
    expect(reads[2]?.sides).toEqual(["azerbaijan"]);
  });
});

describe("the head of a body", () => {
  it("gives the head of a side's own body that side", () => {
    expect(sidesOf("Colonel Viktor Arstamyan, head of the Defense Army's operational department, told journalists the line held.")).toEqual([
      "nagorno-karabakh",
    ]);
  });
  it("gives the head of a body named only after a country no side", () => {
    expect(sidesOf("Ruben Hakobyan, head of the Helsinki Committee of Armenia, said the detainees were mistreated.")).not.toContain("armenia");
  });
});

describe("a region's people named as the party", () => {
  it("reads 'the Karabakh Armenians say' as Karabakh's side", () => {
    expect(sidesOf("The Karabakh Armenians say Azerbaijani troops killed 45 villagers.")).toEqual(["nagorno-karabakh"]);
  });
  it("reads those who fled or live elsewhere as third parties", () => {
    expect(sidesOf("Karabakh Armenians who fled to Goris said the shelling was heavy.")).toEqual(["other"]);
    expect(sidesOf("Karabakh Armenians living in Yerevan said they wanted to return.")).toEqual(["other"]);
  });
});

describe("'he' and a body's name", () => {
  it("does not take a body whose name ends like a person's ('the Karabakh Defence Army') for 'he'", () => {
    const reads = readSentences(
      "The Karabakh Defence Army issued a new casualty count this afternoon: 20 servicemen killed.",
      "That is up from the figure the president gave on Saturday, when he told his security council that 18 soldiers had died.",
    );
    expect(reads[1]?.sides).not.toContain("nagorno-karabakh");
  });

  it("makes a community (of a people, of a town) a third party, not the side of the place it is named after", () => {
    expect(sidesOf("The Azerbaijani community of Shusha said the shelling proved that Armenia wanted war.")).toEqual(["other"]);
  });

  it("makes a doctor or scholar introduced by honorific a third party, and a school named after a city no voice of that city's state", () => {
    expect(sidesOf("Dr Lusine Hakobyan, who runs the maternity ward in Goris, said 14 wounded had arrived overnight.")).toEqual(["other"]);
    expect(sidesOf("Elchin Guliyev of Ganja State University said the old ceasefire had been a pause.")).toEqual(["other"]);
  });

  it("makes critics and observers third parties, and critics of a government no voice of it", () => {
    expect(sidesOf("Critics say the truce leaves the border villages exposed.")).toEqual(["other"]);
    expect(sidesOf("Critics of the government in Yerevan say the handover was a surrender.")).toEqual(["other"]);
    expect(sidesOf("The government in Yerevan says its critics are spreading panic.")).toEqual(["armenia"]);
  });

  it("reads what a stranger does in a 'who' clause, and a counsel, as a third party's role", () => {
    expect(sidesOf("Miriam Holt, who teaches Caucasus history at a college in Oslo, said both maps were drawn in the 1920s.")).toEqual(["other"]);
    expect(sidesOf("Rauf Guliyev, counsel for the defendant, argued that the evidence was hearsay.")).toEqual(["other"]);
  });

  it("gives a state's mission abroad its state's side, not the side of the city it sits in", () => {
    expect(sidesOf("The Azerbaijani mission in Moscow said the convoy had been attacked.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The Armenian consulate in Tehran said two citizens had been detained.")).toEqual(["armenia"]);
  });

  it("makes a cleric whose title names his see a third party, whatever state the see is in", () => {
    expect(sidesOf("On Sunday, Bishop Mikael of Syunik and Goris of the Armenian Apostolic Church said the church had been hit.")).toEqual(["other"]);
  });

  it("does not make a member of a ruling party a third party, as it does an opposition party's", () => {
    expect(sidesOf("Deputy Speaker Aram Petrosyan of the ruling Unity party told the chamber that the troops had withdrawn.")).not.toContain("other");
    expect(sidesOf("An opposition party said the vote had been rigged.")).toEqual(["other"]);
  });

  it("gives a state's office at a court its state's side, not the court's", () => {
    expect(sidesOf("Azerbaijan's representative office at the European Court of Human Rights said it had filed new complaints.")).toEqual(["azerbaijan"]);
  });

  it("makes someone who represents prisoners or families a third party, and someone who represents a state that state's", () => {
    expect(sidesOf("According to Lilit Hovsepyan, who represents Armenian detainees before the court, two were released.")).toEqual(["other"]);
    expect(sidesOf("Armen Sargsyan, who represents Armenia at the OSCE, said the talks had stalled.")).toEqual(["armenia"]);
  });

  it("reads the voices of a feature: co-chairs by nationality, the opposition, think tanks, anonymous surgeons, a body's inspectors", () => {
    expect(sidesOf("The American co-chairman, Ronald Carter, said the talks had been useful.")).toEqual(["osce-minsk-group"]);
    expect(sidesOf("Azerbaijan's opposition said the referendum had been rigged.")).toEqual(["other"]);
    expect(sidesOf("A fellow at the Brookings Yerevan Center said the truce was fragile.")).toEqual(["other"]);
    expect(sidesOf("A nurse who asked not to be named said the ward was full.")).toEqual(["other"]);
    expect(sidesOf("Inspectors from the International Committee of the Red Cross said the prisoners were well.")).toEqual(["icrc"]);
  });

  it("takes no claim from a call or a talk with no words reported, and never the one spoken to as the speaker", () => {
    expect(sidesOf("The French president called both leaders.")).toEqual([]);
    expect(sidesOf("Antonio Costa, the president of the European Council, spoke to both leaders.")).not.toContain("armenia");
  });

  it("makes survivors, cameramen and someone who fled a town third parties", () => {
    expect(sidesOf("Survivors say the column was fired on near the river.")).toEqual(["other"]);
    expect(sidesOf("The cameraman Rauf Aliyev said many had been shot at close range.")).toEqual(["other"]);
    expect(sidesOf("Lusine Grigoryan, who fled Martuni in 2023, said she would not go back.")).toEqual(["other"]);
    expect(sidesOf("Captain Rauf Mamedov, who escaped with his battery, said the road was cut.")).not.toContain("other");
  });

  it("gives the speaker of a state's house that state's side", () => {
    expect(sidesOf("Mike Johnson, the speaker of the US House of Representatives, said the ceasefire must hold.")).toEqual(["united-states"]);
    // A speaker at a conference or a roundtable is one of its participants, a third party (blind94's roundtable).
    expect(sidesOf("A speaker at the conference said the war had been avoidable.")).toEqual(["other"]);
  });

  it("reads a role after a fronted place, and takes no claim from a clause whose subject is nobody", () => {
    expect(sidesOf("In a camp near Goris, a refugee from Martuni, Anahit Petrosyan, said she had lost her home.")).toEqual(["other"]);
    expect(sidesOf("When the talks ended on Friday, nobody claimed a breakthrough.")).toEqual([]);
  });

  it("makes a people's journalists, doctors and witnesses third parties, and names them as written", () => {
    const [read] = readSentences("Armenian journalists who reached the village described burned houses.");
    expect(read?.sides).toEqual(["other"]);
    expect(read?.speaker).toBe("Armenian journalists");
  });

  it("never takes the pronoun that opens a report for the speaker, nor a reporter's beat for his side", () => {
    expect(sidesOf("Foreign Minister Ararat Mirzoyan met the visitors.", "Kallas, speaking in Yerevan, said she was very concerned.")).not.toContain("armenia");
    expect(sidesOf("Azerbaijani military reporter Anar Aliyev, editor of a news site, wrote that the unit had withdrawn.")).toEqual(["other"]);
    expect(sidesOf("A nurse at a hospital in the Armenian town of Goris, who asked not to be named, said 20 wounded had arrived.")).toEqual(["other"]);
  });

  it("reads a single name given an age as a private person, past a long 'who' clause", () => {
    expect(sidesOf("Sevda, 58, who fled Shusha in 1992 and now lives outside Baku, said she wanted to go home.")).toEqual(["other"]);
  });
});
