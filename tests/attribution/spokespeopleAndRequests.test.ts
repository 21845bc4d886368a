import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("spokespeople speak for the body the text just named", () => {
  it("gives a named spokesman with no body in his title the side of the ministry named before him", () => {
    expect(
      sidesOf("Georgia's neighbour Azerbaijan's Interior Ministry told a different story.", "Spokesman Ramil Guliyev said the convoy had been fired on first."),
    ).toEqual(["azerbaijan"]);
  });

  it("gives 'a ministry spokeswoman' the ministry of the sentence before", () => {
    expect(
      sidesOf("Armenia's Foreign Ministry issued a note of protest on Friday.", "A ministry spokeswoman said the note had been handed to the ambassador."),
    ).toEqual(["armenia"]);
  });

  it("leaves a spokesman unclear when the sentence before named ministries of two sides", () => {
    expect(
      sidesOf(
        "Armenia's Defence Ministry said the night was calm, while Azerbaijan's Defence Ministry reported shelling.",
        "A spokesman said the army was on alert.",
      ),
    ).toEqual(["unclear"]);
  });

  it("does not place a spokesman nobody introduced", () => {
    expect(sidesOf("A spokesman said the road would reopen on Monday.")).toEqual([]);
  });

  it("keeps the side of a spokesman named by a possessive for his later quotes by surname", () => {
    const read = readSentences(
      "The Karabakh leader, Arayik Harutyunyan, told residents to stay in shelters.",
      "His spokesman, Gegham Stepanyan, announced that the airport had been hit.",
      "Stepanyan dismissed the reports of a retreat an hour later.",
    );
    expect(read.map((r) => r.sides)).toEqual([["nagorno-karabakh"], ["nagorno-karabakh"], ["nagorno-karabakh"]]);
  });

  it("lets a pronoun after 'the agency's chief, NAME,' keep the agency's side", () => {
    const read = readSentences(
      "The UN children's agency's director, Catherine Mwangi, said schools in Goris were full.",
      "She added that more tents were on the way.",
    );
    expect(read.map((r) => r.sides)).toEqual([["united-nations"], ["united-nations"]]);
  });

  it("reads 'the head of state' as the president the sentence before mentioned", () => {
    expect(
      sidesOf("President Ilham Aliyev chaired a meeting of his cabinet on Monday.", "The head of state said the roads to Kalbajar would be rebuilt by spring."),
    ).toEqual(["azerbaijan"]);
  });

  it("does not give a minister named with his own title the side of the last official who spoke", () => {
    expect(
      sidesOf(
        "The Armenian authorities said 3,000 soldiers had died.",
        "Replying for the government, the Trade Office minister Helen Carter welcomed the truce.",
      ),
    ).toEqual(["unclear"]);
  });
});

describe("titles with a country in front", () => {
  it("reads 'U.S. Secretary of State NAME' as the United States, and the surname after it too", () => {
    const read = readSentences(
      "U.S. Secretary of State Mike Pompeo, who met both ministers, warned that the clashes could spread.",
      "Pompeo told reporters the talks would go on.",
    );
    expect(read.map((r) => r.sides)).toEqual([["united-states"], ["united-states"]]);
  });
});

describe("requests, thanks and arguments are claims; their objects are no speakers", () => {
  it("reads thanks and congratulations as the thanking side's", () => {
    expect(sidesOf("Armenia's prime minister thanked the French president for his support.")).toEqual(["armenia"]);
    expect(sidesOf("Turkey's foreign minister congratulated Baku on the handover of Aghdam.")).toEqual(["turkey"]);
  });

  it("never takes the one thanked for the speaker", () => {
    expect(sidesOf("Avetisyan, in turn, thanked Moscow for its help.")).not.toContain("russia");
  });

  it("reads a request and a pointed-to argument as claims", () => {
    expect(sidesOf("Yerevan asked Moscow for military assistance under the 1997 treaty.")).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijani officials have pointed to the return of refugees as proof of success.")).toEqual(["azerbaijan"]);
  });

  it("reads a finding that something happened as a claim", () => {
    expect(sidesOf("Amnesty International concluded that both sides had used cluster munitions.")).toEqual(["other"]);
  });

  it("reads 'disputed' as a denial but not a place disputed by two states", () => {
    expect(sidesOf("Officials in Stepanakert disputed the toll.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Nagorno-Karabakh, a region disputed by Armenia and Azerbaijan, was quiet on Sunday.")).toEqual([]);
  });

  it("reads no claim in a courtesy, a headline participle, a condition or a narrated past request", () => {
    expect(sidesOf("PRESENTER: Anna Markaryan in Stepanakert, thank you.")).toEqual([]);
    expect(sidesOf("The Lachin road after the checkpoint: your questions answered")).toEqual([]);
    expect(sidesOf("Moscow would send observers if the parties asked for them, with Russia paying the cost.")).toEqual([]);
    expect(sidesOf("The war began in 1988, when the regional council in Stepanakert first asked to be transferred to Armenia.")).toEqual([]);
    expect(sidesOf("When asked to comment, the ministry's press office gave no reply.")).toEqual([]);
  });

  it("credits 'By X's telling' to X, not to the speakers inside", () => {
    expect(sidesOf("By Yerevan's telling, Lavrov asked Pashinyan to accept the Russian plan.")).toEqual(["armenia"]);
  });

  it("keeps a report quoted inside a same-side clause out of the speakers", () => {
    expect(sidesOf("Moscow says its observers were shot at near Shusha; the Kremlin says Aliyev called Putin to apologise.")).toEqual(["russia"]);
  });
});

describe("owners, openers and third parties", () => {
  it("gives 'Its Defence Ministry' the owner just named, so a later 'the ministry' is not an older one", () => {
    const read = readSentences(
      "Two Armenian conscripts were wounded, Armenia's Defence Ministry said.",
      "Baku gave another version.",
      "Its Defence Ministry accused Armenian units of opening fire near Tovuz.",
      "One Azerbaijani soldier was wounded, the ministry said.",
    );
    expect(read.map((r) => r.sides)).toEqual([["armenia"], ["azerbaijan"], ["azerbaijan"], ["azerbaijan"]]);
  });

  it("finds the subject of a second verb after a fronted time and a title before the sentence's first actor", () => {
    expect(sidesOf("On Tuesday, the French ambassador in Baku, Anne Boillon, toured Aghdam and repeated the call for talks.")).toEqual(["france"]);
    expect(sidesOf("The head of the EU mission, Markus Ritter, visited Jermuk and announced more patrols.")).toEqual(["european-union"]);
  });

  it("reads aid agencies, Western officials and political parties as third parties wherever they are", () => {
    expect(sidesOf("Aid agencies working in the region put the number of displaced at 90,000.")).toEqual(["other"]);
    expect(sidesOf("“The truce will not last,” one Western diplomat in Yerevan said.")).toEqual(["other"]);
    expect(sidesOf("The Heritage party in Yerevan said the government had given up too much.")).toEqual(["other"]);
  });

  it("reads people interviewed or sheltered in a city as speaking for themselves, not for the city's state", () => {
    expect(sidesOf("Refugees interviewed in Ganja described trucks coming under fire on the road.")).toEqual(["other"]);
    expect(sidesOf("Refugees quoted in Baku said they had left everything behind.")).toEqual(["other"]);
    expect(sidesOf("Officials in Baku said the trucks came under fire.")).toEqual(["azerbaijan"]);
  });

  it("reads a concession and a reading put forward as claims", () => {
    expect(sidesOf("Azerbaijan's Defence Ministry conceded on Sunday that the village had been lost.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Karabakh officials presented the offensive as self-defence.")).toEqual(["nagorno-karabakh"]);
  });

  it("does not read a place where people live as their speaker", () => {
    expect(sidesOf("People in Stepanakert said the sirens sounded all night.")).not.toContain("nagorno-karabakh");
  });
});

describe("pairs, third states and venues", () => {
  it("reads 'both capitals' and 'each' as the pair that spoke just before", () => {
    expect(sidesOf("Baku and Ankara rejected the report.", "It was invented, officials in both capitals said.")).toEqual(["azerbaijan", "turkey"]);
    expect(sidesOf("Yerevan and Baku traded accusations.", "Each blamed the other for the first shot.")).toEqual(["armenia", "azerbaijan"]);
  });

  it("keeps 'both sides' as the two states when no pair spoke before", () => {
    expect(sidesOf("Shelling resumed overnight.", "Both sides said the other fired first.")).toEqual(["armenia", "azerbaijan"]);
  });

  it("reads organisers and a third state's capital as third parties", () => {
    expect(sidesOf("Organizers said 5,000 people marched.")).toEqual(["other"]);
    expect(sidesOf("Officials in Budapest insisted they had followed the law.")).toEqual(["other"]);
  });

  it("never takes a venue in front of the sentence for its speaker", () => {
    expect(sidesOf("In London, the ministers said the talks were useful.")).toEqual([]);
    expect(sidesOf("At Geneva its delegation objected to the draft.")).not.toContain("other");
  });

  it("reads a spokesman of 'the ministry's' as that ministry's, and plural spokesmen too", () => {
    expect(sidesOf("Armenia's Defence Ministry reported shelling.", "The ministry's spokesman, Hayk Mkrtchyan, said it went on all night.")).toEqual([
      "armenia",
    ]);
    expect(sidesOf("Azerbaijan's government announced the talks.", "Government spokesmen rejected any link to the strike.")).toEqual(["azerbaijan"]);
  });

  it("reads 'maintained on Friday that', 'objected to' and 'laid the blame on'", () => {
    expect(sidesOf("Azerbaijani officials maintained on Friday that the truce changed nothing.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Baku objected to the enclave's leaders signing the text.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Pashinyan laid the blame on the former leadership.")).toEqual(["armenia"]);
  });

  it("reads 'commented on', but not a comment declined or withheld", () => {
    expect(sidesOf("Armenia's foreign ministry has commented on reports of a new border post.")).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijan's defence ministry declined to comment on the report.")).toEqual([]);
    expect(sidesOf("Armenia's foreign ministry made no comment on the figures.")).toEqual([]);
  });

  it("knows leaders of third states as third parties and past leaders of the sides", () => {
    expect(sidesOf("Merkel said Berlin would support the talks.")).toEqual(["other"]);
    expect(sidesOf("Sarkozy urged both leaders to compromise.")).toEqual(["france"]);
    expect(sidesOf("Elchibey vowed to retake the region.")).toEqual(["azerbaijan"]);
  });
});

describe("people named only by their role, and a source closing the sentence", () => {
  it("reads a relative, a protester or lawyers named only by their role as third parties", () => {
    expect(sidesOf("“He promised to call on Sunday,” his sister said.")).toEqual(["other"]);
    expect(sidesOf("One demonstrator said the border deal was a betrayal.")).toEqual(["other"]);
    expect(sidesOf("Lawyers for the families said the court would rule in June.")).toEqual(["other"]);
  });

  it("does not read a role after 'the' as a new third party: it points back to someone", () => {
    expect(sidesOf("“The talks are over,” the diplomat said.")).toEqual([]);
  });

  it("lets 'according to X' closing the sentence wrap a participle before it", () => {
    expect(sidesOf("Activists claiming to be ecologists have blocked the road for a week, according to officials in Stepanakert.")).toEqual([
      "nagorno-karabakh",
    ]);
    expect(sidesOf("President Rivlin told his Armenian counterpart that ties were not aimed at anyone, according to his office.")).not.toContain("armenia");
  });

  it("reads renewed calls, pressure, proposals and a given total as claims", () => {
    expect(sidesOf("The opposition Umid party renewed its call for mourning.")).toEqual(["other"]);
    expect(sidesOf("Moscow has proposed deploying observers on the border.")).toEqual(["russia"]);
    expect(sidesOf("Paris pressed both capitals to sign the treaty.")).toEqual(["france"]);
    expect(sidesOf("A ceasefire proposed by the mediators held for a day.")).toEqual([]);
  });
});

describe("third states' spokesmen, closing possessives and appositions with auxiliaries", () => {
  it("gives a foreign ministry's spokesman the state the sentence before was about", () => {
    expect(
      sidesOf("Iran, which borders both countries, struck a cautious note.", "Foreign Ministry spokesman Bahram Qasemi said Tehran was concerned."),
    ).toEqual(["iran"]);
  });

  it("does not give him a state only mentioned inside someone's statement", () => {
    expect(sidesOf("Pashinyan said Iran had been helpful.", "Foreign Ministry spokesman Rauf Mammadov said the talks would go on.")).not.toContain("iran");
  });

  it("keeps the opening subject through an apposition followed by 'has said'", () => {
    expect(sidesOf("Ankara, Baku's closest ally, has said that the border stays closed.")).toEqual(["turkey"]);
  });

  it("reads 'their ministries said' after two ministers of one side as that side", () => {
    expect(
      sidesOf("Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu called their Armenian and Azerbaijani counterparts, their ministries said."),
    ).toEqual(["russia"]);
  });

  it("never reads a participle's object after a comma as its subject", () => {
    expect(sidesOf("Washington condemned the violence, Secretary of State John Kerry said, urging both sides to return to talks.")).toEqual(["united-states"]);
  });

  it("reads 'the bloc' as the bloc the sentence or the text named", () => {
    expect(sidesOf("The European Union's monitors began patrols on Thursday along Armenia's border, the bloc said.")).toEqual(["european-union"]);
    expect(sidesOf("Armenia froze its part in the CSTO.", "The bloc said it regretted the decision.")).not.toContain("european-union");
  });

  it("reads a churchman named with his diocese, past a relative clause, as a third party", () => {
    expect(
      sidesOf("Archbishop Vazgen Mirzakhanyan, head of the Shirak diocese, who led a march this week, accused the government of giving land away."),
    ).toEqual(["other"]);
  });
});

describe("researchers, channels and local officials", () => {
  it("reads the director of a research centre named after a side as a third party", () => {
    expect(sidesOf("Anna Petrosyan, director of the Armenian Institute for Regional Studies, said the raid was a warning.")).toEqual(["other"]);
  });

  it("does not read 'said by phone from Stepanakert' as said by Stepanakert", () => {
    expect(sidesOf("One farmer who stayed said by phone from Stepanakert that the road was closed.")).not.toContain("nagorno-karabakh");
  });

  it("does not give local officials the side of the troops the sentence names", () => {
    expect(
      sidesOf("Baku denied any clash.", "Villagers of Khramort were evacuated as Azerbaijani troops moved in, according to local officials."),
    ).not.toContain("azerbaijan");
  });
});

describe("an office held at the time outranks the side a name is known by", () => {
  it("reads a known politician introduced as heading the enclave's committee as the enclave's, then and after", () => {
    const read = readSentences(
      "Serzh Sargsyan, who heads Karabakh's self-defence forces, said the town had been a base for shelling.",
      "Sargsyan said his men would hold their positions.",
    );
    expect(read.map((r) => r.sides)).toEqual([["nagorno-karabakh"], ["nagorno-karabakh"]]);
  });
});

describe("an unnamed civilian opening the sentence before an apposition", () => {
  it("reads 'A woman from X, interviewed in Y, said' as a third party, wherever X and Y are", () => {
    expect(sidesOf("A pensioner from Chartar, interviewed at a shelter in Goris, said the buses came at night.")).toEqual(["other"]);
    expect(sidesOf("A resident of Stepanakert, who asked not to be named, said the lights went out.")).toEqual(["other"]);
  });

  it("keeps an official opening the sentence his side", () => {
    expect(sidesOf("A senior Armenian official, speaking on condition of anonymity, said the talks had stalled.")).toEqual(["armenia"]);
  });
});

describe("relatives", () => {
  it("reads a detainee's son named after him as a third party, not as his father's side", () => {
    expect(
      sidesOf("Arayik Harutyunyan, the enclave's leader, said the siege was a crime.", "His daughter, Ani Harutyunyan, said her father had not seen a lawyer."),
    ).toEqual(["other"]);
  });
});

describe("a state's own body that the gazetteer knows as a third party's", () => {
  it("reads 'Azerbaijan's Mine Action Agency' as Azerbaijan's, a bare 'Mine Action Agency' as before", () => {
    expect(sidesOf("Azerbaijan's Mine Action Agency said 40 mines were cleared near Fuzuli.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Forty mines were cleared, according to the Mine Action Agency.")).toEqual(["other"]);
  });
});

describe("'each side' before a colon that names the sides", () => {
  it("takes the sides named after the colon, not the two states by default", () => {
    expect(
      sidesOf(
        "Each side claimed higher enemy losses: the Azerbaijani Defence Ministry said 300 Armenian soldiers died, and the Karabakh army said 250 Azerbaijanis died.",
      ),
    ).toEqual(["azerbaijan", "nagorno-karabakh"]);
  });
});

describe("a state's top diplomat, and a diplomat the text does not name", () => {
  it("reads a state's top diplomat as that state's", () => {
    expect(readSentences("Armenia's top diplomat said talks would go on.").map((r) => r.sides)).toEqual([["armenia"]]);
  });
  it("never points 'the diplomat' back to the official named before: a diplomat quoted unnamed is someone else", () => {
    const reads = readSentences(
      "Azerbaijan's foreign minister said the talks would resume.",
      '"Whatever Moscow decides, one side will feel betrayed," the diplomat said.',
    );
    expect(reads[1]?.sides).not.toContain("azerbaijan");
  });
});

describe("'the ministry' after the other side's ministry spoke through its spokesman", () => {
  it("points 'the ministry' to the ministry the spokesman spoke for, the nearer one", () => {
    const reads = readSentences(
      "Armenia's Defence Ministry said eight Azerbaijani soldiers were killed.",
      "Azerbaijan's Defence Ministry spokesman, Eldar Sabiroglu, said 12 Armenian soldiers had been killed.",
      "The ministry later acknowledged that four Azerbaijani servicemen had died.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["armenia"], ["azerbaijan"], ["azerbaijan"]]);
  });
});

describe("'the ministry' after a ministry placed by its city in brackets", () => {
  it("points back to the nearest ministry, the one in Yerevan, not the other side's spokesman before it", () => {
    const reads = readSentences(
      "A Defense Ministry spokesman in Baku said Armenian regular troops had crossed the border.",
      "In Yerevan, the Foreign Ministry rejected the charges.",
      '"The Republic of Armenia is not a party to this conflict," the ministry said in a statement.',
    );
    expect(reads.map((r) => r.sides)).toEqual([["azerbaijan"], ["armenia"], ["armenia"]]);
  });
});
