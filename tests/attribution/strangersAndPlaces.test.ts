// People the gazetteer does not know: a surname shared with a leader, a common noun inside an
// institution's name, and the place a report was made.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a person the gazetteer does not know", () => {
  it("is not the leader whose surname she shares because of her apposition", () => {
    expect(sidesOf("Lusine Kocharyan, a member of a displaced families' council, said the payments had been cut.")).toEqual(["other"]);
  });

  it("still takes the office an apposition names", () => {
    expect(sidesOf("Ali Akbar Velayati, Iran's foreign minister, said talks would go on.")).toEqual(["iran"]);
  });

  it("speaks for the state body whose full name holds a common noun", () => {
    expect(sidesOf("Rauf Guliyev, a spokesman for the State Committee for Affairs of Refugees and IDPs, said 40 families had moved.")).toEqual(["azerbaijan"]);
    // The noun inside an unknown body's name is no crowd of refugees speaking.
    expect(sidesOf("Rauf Guliyev, a spokesman for the Agency for Housing of Refugees, said 40 families had moved.")).not.toEqual(["other"]);
  });

  it("is still a crowd when the noun stands on its own", () => {
    expect(sidesOf("Refugees say the sums do not match the market.")).toEqual(["other"]);
  });
});

describe("the place a report was made", () => {
  it("is not the speaker of the report", () => {
    const [read] = readSentences(
      "Jean Martin, a delegate of the International Committee of the Red Cross, said in Tartar, about 20 miles from the front, that houses were burning.",
    );
    expect(read?.sides).toEqual(["icrc"]);
    expect(read?.speaker).toBe("Jean Martin");
  });

  it("leaves an inverted speaker after a comma one", () => {
    expect(sidesOf('"We will respond," said the Azerbaijani defence ministry.')).toEqual(["azerbaijan"]);
  });
});

describe("officials of the United States named by their posts", () => {
  it("reads a member of Congress named by state and party", () => {
    expect(sidesOf("Subcommittee chairman Dan Ross Jr., a New Jersey Republican, said Washington could not look away.")).toEqual(["united-states"]);
    expect(sidesOf("Galust Sahakyan, an Armenian Republican, said the vote was fair.")).not.toEqual(["united-states"]);
  });

  it("reads the party before the state, and a party-and-state tag in brackets between the name and the verb", () => {
    expect(sidesOf("Paul Reddick, a Republican from Ohio, said the aid should stop.")).toEqual(["united-states"]);
    expect(sidesOf("Maria Lind, a Democratic senator from Oregon, said the aid should stop.")).toEqual(["united-states"]);
    expect(sidesOf("Maria Lind (D-Ore.) said the aid should stop.")).toEqual(["united-states"]);
    expect(sidesOf("Levon Ghukasyan, a Republican from Yerevan, said the vote was fair.")).not.toEqual(["united-states"]);
  });

  it("reads a State Department post after the name, whose 'of state' is no verb", () => {
    expect(sidesOf("Mark Doyle, assistant secretary of state for European and Eurasian affairs, said aid would be reviewed.")).toEqual(["united-states"]);
  });
});

describe("a network and its owner", () => {
  it("speak for themselves as the subject", () => {
    expect(sidesOf("Meta said it had taken down 300 fake accounts run from Baku.")).toEqual(["other"]);
    expect(sidesOf("YouTube said the channel had broken its rules.")).toEqual(["other"]);
  });

  it("are only the medium where someone posts on them", () => {
    expect(sidesOf("Three soldiers were wounded, according to a post on Telegram by Armenia's defence ministry.")).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijan's foreign minister used Twitter and Facebook to reject the report.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The ministry said on its YouTube channel that the strike had been repelled.", "Karabakh's army said the attack had failed.")).toEqual([
      "nagorno-karabakh",
    ]);
  });

  it("are no speaker as a common noun", () => {
    expect(sidesOf("Armenia's parliament sent a telegram to Moscow asking for troops.")).not.toContain("other");
  });
});

describe("the head of a body the ministry named before owns", () => {
  it("speaks for that ministry's side, and a later 'he' is him, not the sentence's opening adverb", () => {
    const read = readSentences(
      "Azerbaijan's defence ministry said on Monday that its positions had come under fire.",
      "Later, Colonel Ilgar Mammadov, head of the ministry's military history institute, said one soldier had been wounded.",
      "He said the fire had come from the hills.",
    );
    expect(read[1]?.sides).toEqual(["azerbaijan"]);
    expect(read[2]).toMatchObject({ sides: ["azerbaijan"], speaker: "Colonel Ilgar Mammadov" });
  });
});

describe("the chair of a committee of the chamber the text named", () => {
  it("speaks for the chamber's side, named in a relative clause", () => {
    expect(
      sidesOf(
        "Armenia's parliament adopted a statement on Friday.",
        "Ruben Avagyan, who chairs the parliament's foreign relations committee, said the vote abroad had been one-sided.",
      ),
    ).toEqual(["armenia"]);
  });
});

describe("dissidents and political prisoners", () => {
  it("are third parties", () => {
    expect(sidesOf("The dissident Lev Orlov said the troops had fired first.")).toEqual(["other"]);
    expect(sidesOf("Two political prisoners said they had been beaten in custody.")).toEqual(["other"]);
  });
});

describe("callers, listeners and viewers of a programme", () => {
  it("are third parties, whatever place their relative clause names", () => {
    expect(sidesOf("Samir, a caller who said he had grown up in Ganja, told the host the shelling had to stop.")).toEqual(["other"]);
    expect(sidesOf("One listener said the road to Goris was open again.")).toEqual(["other"]);
  });
});

describe("'they' after a body the sentence before opened on", () => {
  it("is that body, not the side that spoke before it", () => {
    expect(
      sidesOf(
        "Azerbaijan's foreign ministry called the report biased.",
        "Human Rights Watch published its own analysis on Friday.",
        "They traced the footage to a hillside near Jermuk.",
        "They said the video had not been edited.",
      ),
    ).toEqual(["other"]);
  });
});

describe("the OSCE's chairman-in-office named with his own country's post", () => {
  it("speaks for the mediation when named again by surname", () => {
    expect(
      sidesOf(
        "The chairman-in-office, Dutch Foreign Minister Jan Verhoef, read out the principles.",
        '"Both parties must return to the table," Mr Verhoef said.',
      ),
    ).toEqual(["osce-minsk-group"]);
  });
});

describe("a publication named by its kind", () => {
  it("is the outlet the text named, not the official who spoke last", () => {
    expect(sidesOf("Armenia's defence ministry said the village had been shelled.", "The magazine says that 40 houses were destroyed.")).not.toContain(
      "armenia",
    );
    expect(
      sidesOf("The state newspaper Azerbaijan printed the decree.", "Armenian officials denied it.", "The paper said 12 people had been detained."),
    ).toEqual(["azerbaijan"]);
  });
});

describe("a member of a parliament by the letters after the name", () => {
  it("is a third party when named first where nobody speaks, and so is the surname later", () => {
    expect(sidesOf("Joan Ferris MP today raised the detained villagers in the chamber.", "Ms Ferris said the men should be freed at once.")).toEqual(["other"]);
  });
});

describe("members of a chamber the text just named", () => {
  it("speak for the chamber's side as 'the lawmakers'", () => {
    expect(
      sidesOf("Armenia's National Assembly replied on Friday with a statement of its own.", "The lawmakers said the vote in Strasbourg had been one-sided."),
    ).toEqual(["armenia"]);
  });

  it("stay a third party with no chamber named just before", () => {
    expect(sidesOf("The lawmakers said the vote in Strasbourg had been one-sided.")).toEqual(["other"]);
  });
});

describe("places and bodies around a speaker", () => {
  it("never takes a place after a bearing for the speaker of the verb after it", () => {
    expect(
      sidesOf("Mariam Avetyan, a 58-year-old woman from Hadrut who rents a flat in Abovyan, north of Yerevan, told reporters the rent had doubled."),
    ).toEqual(["other"]);
  });

  it("does not give an agency's representative the side of the country she is posted to", () => {
    expect(sidesOf("Helena Berg, the agency's representative in Azerbaijan, said the camps were full.")).not.toEqual(["azerbaijan"]);
    expect(sidesOf("Ivan Petrov, Russia's ambassador in Baku, said talks would resume.")).toEqual(["russia"]);
  });

  it("reads 'it' after a body we cannot place as that body, not an older one", () => {
    const reads = readSentences(
      "The Armenian government said the payments would end in July.",
      "A study by the Yerevan-based ARDC estimated that 50,000 people would lose support.",
      "It said the programme cost five billion drams a month.",
    );
    expect(reads[2]?.sides).toEqual(["unclear"]);
  });
});

describe("a post held for a body in a country", () => {
  it("is not that country's when the title names the body by its possessive first", () => {
    expect(sidesOf('"They are frightened," the agency\'s representative in Azerbaijan, Helena Berg, said of the new arrivals.')).not.toEqual(["azerbaijan"]);
  });

  it("leaves a state's office in its own capital the state's", () => {
    expect(sidesOf("The prosecutor general's office in Baku said the suspect had been detained.")).toEqual(["azerbaijan"]);
  });
});

describe("third parties and negations around the verb", () => {
  it("reads advocacy groups of a diaspora as a third party", () => {
    expect(sidesOf("Some Azerbaijani-American groups have voiced concern that the deal ignores the displaced.")).toEqual(["other"]);
    expect(sidesOf("Advocacy groups said the agreement ignores the prisoners.")).toEqual(["other"]);
  });

  it("does not take a negation inside a relative clause for the speaker's silence", () => {
    expect(sidesOf("A nurse who asked that her name not be published said the ward was full.")).toEqual(["other"]);
  });

  it("still reads a withheld word as none", () => {
    expect(readSentences("The Russian foreign minister did not confirm or deny the report.")[0]?.sides).toEqual([]);
    expect(readSentences("Azerbaijan's defence ministry has not yet commented.")[0]?.sides).toEqual([]);
  });
});

describe("a warning drawn from someone", () => {
  it("gives the words to the one it came from, not to the sentence's subject", () => {
    expect(
      sidesOf(
        "The planned road through southern Armenia drew a sharp warning from a senior adviser to Iran's Supreme Leader, who said it would never be built.",
      ),
    ).toEqual(["iran"]);
  });
});

describe("a unit named after a place", () => {
  it("is no office of the place", () => {
    expect(sidesOf("Elchin Rzayev, who heads the ministry's Karabakh sector, said fish had died in the river.")).not.toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Elchin Rzayev, who heads the Karabakh department of Azerbaijan's ecology ministry, said fish had died.")).toEqual(["azerbaijan"]);
  });
});

describe("a state's delegates", () => {
  it("speak for their state, as its delegation does", () => {
    expect(sidesOf("Armenian delegates welcomed the protocol signed in Bishkek.")).toEqual(["armenia"]);
  });
});

describe("an officer named after the body that spoke", () => {
  it("speaks for the body 'its' points back to", () => {
    const reads = readSentences(
      "Amnesty International said the strikes on the town were indiscriminate.",
      "Marie Struthers, its director for Eastern Europe, said the evidence was overwhelming.",
    );
    expect(reads[1]?.sides).toEqual(["other"]);
  });
});

describe("another of the same kind", () => {
  it("speaks as the person before did", () => {
    const reads = readSentences(
      '"We will not leave," one farmer, Gulnara Aliyeva, told the agency.',
      "Another, Ramin Huseynov, said the camp would stay for months.",
    );
    expect(reads[1]?.sides).toEqual(["other"]);
  });
});

describe("people who speak for themselves", () => {
  it("reads advocates, opponents and village representatives as third parties", () => {
    expect(sidesOf("Advocates for the prisoners said the trials were unfair.")).toEqual(["other"]);
    expect(sidesOf("Opponents argue that the mine could poison the river.")).toEqual(["other"]);
    expect(sidesOf("Village representatives said no agreement had been reached.")).toEqual(["other"]);
  });

  it("does not lend a former office's side to a later 'he'", () => {
    const reads = readSentences(
      "The life sentence for Karabakh's former state minister gives Pashinyan's opponents a fresh argument.",
      'A court in Baku sentenced Davit Ishkhanyan, who was Karabakh\'s state minister in 2021, to life in prison, closing a trial that he called a "staged show."',
    );
    expect(reads[1]?.sides).not.toEqual(["nagorno-karabakh"]);
  });
});

describe("a government at its own meeting", () => {
  it("is the government whose head the sentence says chaired it, and its weekly session is no newspaper", () => {
    const reads = readSentences(
      "Nearly all of Karabakh's people fled in a week.",
      "At its weekly session chaired by Prime Minister Nikol Pashinyan, the government extended the payments, saying it needed more time.",
    );
    expect(reads[1]?.sides).toEqual(["armenia"]);
  });

  it("leaves a paper called a weekly a paper", () => {
    expect(sidesOf("The opposition weekly Yeni Musavat said the talks had failed.")).toEqual(["other"]);
  });
});

describe("a company the story names by what it is", () => {
  it("is the 'it' that speaks next, not an army quoted before it", () => {
    const read = readSentences(
      "Colonel Aram Petrosyan of the Armenian army said two soldiers were wounded by a drone.",
      "Skyline Avionics has rejected the allegation.",
      "The company said it had never flown a drone against live targets.",
      "It said it sells its products only with an export licence.",
    );
    expect(read[3]?.sides).toEqual(["other"]);
  });

  it("leaves 'it' unclear when the one who spoke last cannot be placed and the state before it was only mentioned", () => {
    const read = readSentences(
      "Exporters do not name their customers, but the filing left little doubt that the buyer was Azerbaijan.",
      "Skyline Avionics said it had expected to earn $20 million from the customer.",
      '"We are working to clarify the issue with the regulator," it said.',
    );
    expect(read[2]?.sides).toEqual(["unclear"]);
  });
});

describe("a clause of time or cause before the speech verb", () => {
  it("has its own subject: a state named before 'after a review found' did not find anything", () => {
    expect(sidesOf("Norway suspended its licences for Turkey in March after a review found that its cameras had been fitted to drones.")).not.toContain(
      "turkey",
    );
  });

  it("keeps the subject when the phrase is set off by commas", () => {
    expect(sidesOf("Azerbaijan's defence ministry, after a long silence, said two soldiers had died.")).toEqual(["azerbaijan"]);
  });
});

describe("people named by their tie to someone", () => {
  it("speak for themselves, not for the capital they are in", () => {
    expect(sidesOf("Colleagues in Baku said a shell fragment had hit him as he filmed.")).toEqual(["other"]);
    expect(sidesOf("Neighbours in Yerevan said the family had left in the night.")).toEqual(["other"]);
  });
});

describe("a scene set before the subject", () => {
  it("names where it happened, not who spoke", () => {
    expect(sidesOf("At talks in Moscow on 20 February, the two delegations' chief negotiators called for a ceasefire.")).not.toContain("russia");
  });

  it("leaves a speaker named after the scene's comma alone", () => {
    expect(sidesOf("During a visit to Yerevan, Lavrov said Russia would help.")).toEqual(["russia"]);
    expect(sidesOf("At the time a spokesman for Georgia's Interior Ministry, Major Levan Beridze, said the border was calm.")).toEqual(["other"]);
  });
});

describe("a third state's envoy just named by his title", () => {
  it("is the one 'the ambassador' means next, not the official who spoke to him", () => {
    const read = readSentences(
      "On Monday the presidential adviser Elchin Amirbayov told Brazil's ambassador, Paulo Costa, that the arms sales were a threat to peace.",
      "The ambassador replied that the concerns would be passed on to his government.",
    );
    expect(read[1]?.sides).toEqual(["other"]);
  });
});

describe("a speech verb's noun form after a place's name and an article", () => {
  it("is the noun: 'the Karabakh dispute' disputes nothing", () => {
    expect(sidesOf("Her argument is that the Karabakh dispute helped to break up the Soviet Union.")).toEqual([]);
  });

  it("stays a verb after a plural people or an official body", () => {
    expect(sidesOf("The Armenians dispute the figure.")).toEqual(["armenia"]);
    expect(sidesOf("Armenian officials dispute the figure.")).toEqual(["armenia"]);
  });
});

describe("protests, data and the foreign press", () => {
  it("reads a diplomatic protest made to a state as its maker's claim, not a street protest", () => {
    expect(sidesOf("Baku has protested to Paris over the howitzer deal.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Thousands protested in Yerevan against the border deal.")).toEqual([]);
  });

  it("reads what a research body's data show as its claim", () => {
    expect(sidesOf("SIPRI data show that Israel supplied most of Azerbaijan's drones.")).toEqual(["other"]);
  });

  it("knows the world's large newspapers as third parties", () => {
    expect(sidesOf("Haaretz reported that the export licence had been frozen.")).toEqual(["other"]);
    expect(sidesOf("The Globe and Mail reported that the permits were cancelled.")).toEqual(["other"]);
  });
});

describe("a people named in the plural", () => {
  it("is the 'they' that speaks next, not the other side's officials quoted before", () => {
    const read = readSentences(
      "Armenian officials say the blockade is a policy of starvation.",
      "Azerbaijanis reject that charge.",
      "They say the railway was sabotaged by Armenian militants.",
    );
    expect(read[2]?.sides).toEqual(["other"]);
  });
});

describe("a news agency named by a name the gazetteer does not know", () => {
  it("is the agency a later 'the agency' means, so it never takes another side's agency", () => {
    const read = readSentences(
      "Armenpress said the town was calm.",
      '"Many have been killed," the Kavkaz-Ekspress news agency reported.',
      "The agency said lorries carrying the wounded had been ambushed.",
    );
    expect(read[1]?.speaker).toBe("the Kavkaz-Ekspress news agency");
    expect(read[2]?.sides).toEqual(["unclear"]);
  });
});

describe("a reporting aside inside the sentence", () => {
  it("belongs to the sentence's own subject that spoke, not to the body that spoke the sentence before", () => {
    const read = readSentences(
      "Armenia's government has denied that its army took part, saying the fighting was done by local forces.",
      "Karabakh Armenian leaders have said the enclave is not safe while Azerbaijani forces hold the pass, from where, they say, villages are shelled.",
    );
    expect(read[1]?.sides).toEqual(["nagorno-karabakh"]);
  });

  it("is not the thing the sentence reports on: 'A sixth soldier, it said, was killed'", () => {
    const read = readSentences(
      "Azerbaijan's defence ministry said five Russian peacekeepers had died.",
      "A sixth Russian soldier, it said, was killed the same day.",
    );
    expect(read[1]?.sides).toEqual(["azerbaijan"]);
  });
});

describe("a unit stationed in another country", () => {
  it("speaks for the state that owns it, not the country it is based in", () => {
    expect(sidesOf("The commander of Russia's 102nd base in Armenia, Gen. Ivan Volkov, denied that his men had taken part.")).toEqual(["russia"]);
  });

  it("leaves forces in Karabakh Karabakh's", () => {
    expect(sidesOf("Armenian forces in Nagorno-Karabakh said they had repelled an attack.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("a possessive object of a speech verb", () => {
  it("is never the subject of the verb after 'and'", () => {
    expect(
      sidesOf("The rally was led by a priest, Father Aram Sahakyan, whose movement demands Pashinyan's resignation and accuses him of giving up land."),
    ).not.toContain("armenia");
  });
});
