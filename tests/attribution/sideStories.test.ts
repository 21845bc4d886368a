// Classes met in stories whose main subject is not the conflict (trade, arms, sport, summits), where
// its claims take a paragraph: people's clubs named after a nation, private people given an age,
// envoys older than the Minsk Group, speakers joined by "and", absent denials. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { readSentences } from "./readSides.ts";

function claimsOf(...lines: string[]) {
  return extractArticle(parseArticle({ file: "a.txt", text: lines.join("\n") })).claims.map((c) => ({ sentence: c.sentence, side: c.side }));
}

describe("an association named after a people", () => {
  it("speaks for itself, not for the state whose people it gathers", () => {
    const [union, reversed, writers] = readSentences(
      "The Azerbaijanis' Union of Georgia said the festival's choice was an insult.",
      "The Union of Armenians of Ukraine said the vote had been rigged.",
      "The Armenian Writers' Society called the ruling shameful.",
    );
    expect(union?.sides).toEqual(["other"]);
    expect(reversed?.sides).toEqual(["other"]);
    expect(writers?.sides).toEqual(["other"]);
  });

  it("leaves the state's own names to the state", () => {
    const [federation, ministry] = readSentences(
      "The Russian Federation said the talks would resume in May.",
      "Armenia's Foreign Ministry said the vote had been rigged.",
    );
    expect(federation?.sides).toEqual(["russia"]);
    expect(ministry?.sides).toEqual(["armenia"]);
  });
});

describe("a person given an age", () => {
  it("is a private person when the age is an adjective", () => {
    const [student] = readSentences("Elvin Guliyev, a 19-year-old student, said he had been questioned for three hours.");
    expect(student?.sides).toEqual(["other"]);
  });

  it("is the speaker, not the town of the apposition after the age", () => {
    const [teacher] = readSentences("Farid Rzayev, 41, a teacher in Ganja, said the sirens sounded twice.");
    expect(teacher?.sides).toEqual(["other"]);
    expect(teacher?.speaker).toBe("Farid Rzayev");
  });

  it("keeps a soldier's side after the age", () => {
    const [soldier] = readSentences("Tural Hasanov, 24, an Azerbaijani conscript, said his unit came under fire at night.");
    expect(soldier?.sides).toEqual(["azerbaijan"]);
  });
});

describe("a surname before a relative clause", () => {
  it("is a person's name that speaks", () => {
    const reads = readSentences(
      "Gen. Pavel Orlov, the chairman of the Duma's security committee, presented the report.",
      "Orlov, who first raised the matter in March, told a closed hearing that the shipments had gone by air.",
    );
    expect(reads[1]?.speaker).toBe("Orlov");
    expect(reads[1]?.sides).toEqual(["russia"]);
  });
});

describe("envoys in a text older than the Minsk Group", () => {
  const text = (date: string) =>
    claimsOf(
      "Unrest on the frontier",
      "Evening Wire",
      date,
      "",
      "Crowds tore down the fences along the river over the weekend.",
      "",
      "The party secretary Ivan Sokolov, one of three senior envoys sent to calm the region, proposed on Friday that the crossings be reopened.",
    );

  it("are no mediators of the Group before it was founded", () => {
    expect(text("21 January 1990").find((c) => c.sentence.includes("crossings"))?.side).toBe("unclear");
  });

  it("are the Group's once it exists", () => {
    expect(text("21 January 1996").find((c) => c.sentence.includes("crossings"))?.side).toBe("osce-minsk-group");
  });
});

describe("speakers joined by 'and'", () => {
  it("are whom the next 'They' means, not a pair named paragraphs before", () => {
    const claims = claimsOf(
      "Brussels and Yerevan",
      "",
      "In a joint statement, the two governments said the route would open next year.",
      "",
      "Talks on visas are under way.",
      "",
      "Council President Antonio Costa and Commission President Ursula von der Leyen welcomed the agreement. They called Armenia a reliable partner but said nothing about membership.",
    );
    expect(claims.find((c) => c.sentence.startsWith("They called"))?.side).toBe("european-union");
  });
});

describe("a denial that was not made", () => {
  it("is no claim", () => {
    const reads = readSentences("Baku has not publicly denied the reports of the sale.", "Yerevan never denied that the convoy had crossed.");
    expect(reads.map((r) => r.sides)).toEqual([[], []]);
  });
});

describe("voices of states outside the side list", () => {
  it("are third parties: an official in Jerusalem, an Iranian agency is Iran's", () => {
    const [official, agency] = readSentences(
      "A senior official in Jerusalem told the paper that the contract had been signed.",
      "The semi-official Fars News Agency reported protests in Ardabil.",
    );
    expect(official?.sides).toEqual(["other"]);
    expect(agency?.sides).toEqual(["iran"]);
  });
});

describe("an answer given by a deed", () => {
  it("is no claim, while an answer in words is", () => {
    const reads = readSentences(
      "Azerbaijan answered by broadcasting the ceremony twice.",
      "Armenia's parliament responded on Monday by voting for the bill.",
      "Baku responded that the bill was void.",
    );
    expect(reads.map((r) => r.sides)).toEqual([[], [], ["azerbaijan"]]);
  });
});

describe("a question to watch", () => {
  it("is no claim when it stands alone, but its main clause's speaker still speaks", () => {
    const reads = readSentences(
      "- Whether the Council approves the loan before the vote in May.",
      "Whether the truce holds is unclear, Armenia's defence ministry said.",
    );
    expect(reads.map((r) => r.sides)).toEqual([[], ["armenia"]]);
  });
});

describe("a fronted 'For …,' phrase", () => {
  it("names what the sentence is about, not who speaks", () => {
    const [about, part] = readSentences(
      "For Turkish builders, the contract confirms Baku as a valued client.",
      "For its part, Yerevan said the contract was void.",
    );
    expect(about?.sides).toEqual([]);
    expect(part?.sides).toEqual(["armenia"]);
  });
});

describe("a spokesman of a body the sentence names but nobody knows", () => {
  it("is unclear, not the state named in the sentence before", () => {
    const reads = readSentences(
      "Azerbaijani officials accuse Moscow of meddling in the deal.",
      '"The risk is our main concern," a spokesman for one European partner firm said.',
    );
    expect(reads[1]?.sides).toEqual(["unclear"]);
  });
});

describe("naming verbs", () => {
  it("read the plural present and a bare noun after a pronoun as a claim", () => {
    const reads = readSentences("Azerbaijani officials call the plan a betrayal.", "Yerevan calls them prisoners of war.", "Baku calls them infiltrators.");
    expect(reads.map((r) => r.sides)).toEqual([["azerbaijan"], ["armenia"], ["azerbaijan"]]);
  });

  it("read giving a place its name, and a telephone call, as no claim", () => {
    const reads = readSentences("Armenians call the town Shushi.", "Aliyev called him back.", "Pashinyan called them twice.");
    expect(reads.map((r) => r.sides)).toEqual([[], [], []]);
  });
});

describe("a third party's role closing the sentence after a comma", () => {
  it("is the speaker, and the actors before the comma are what was said", () => {
    const [closing] = readSentences("Crowds tore down the fences, and the soldiers guarding the line did not intervene, local reporters said.");
    expect(closing?.sides).toEqual(["other"]);
    expect(closing?.speaker).toBe("local reporters");
  });
});

describe("a bare 'region' that goes on to name its place", () => {
  it("is that place's, not Karabakh's by default", () => {
    const [named, bare] = readSentences(
      "Officials in the border region of Nakhchivan said the crossing was closed.",
      "Officials in the region said the road was open.",
    );
    expect(named?.sides).toEqual(["azerbaijan"]);
    expect(bare?.sides).toEqual(["nagorno-karabakh"]);
  });
});

describe("a minister's remit after 'for'", () => {
  it("is not the side he speaks for", () => {
    const [remit] = readSentences("Pavel Grekov, the minister for CIS affairs, said no payment had ever been received.");
    expect(remit?.sides).toEqual(["unclear"]);
  });
});

describe("notices and service texts", () => {
  it("read a government's travel warning as its claim", () => {
    const reads = readSentences(
      "The FCDO advises against all travel within 5km of the border.",
      "The State Department advised its citizens to leave the region.",
      "You would be well advised to carry water.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["other"], ["united-states"], []]);
  });

  it("give a foreign office its state when the state's adjective stands before it", () => {
    const [russian, german] = readSentences(
      "The Russian Foreign Office said the talks would go ahead.",
      "The German Foreign Office said the talks would go ahead.",
    );
    expect(russian?.sides).toEqual(["russia"]);
    expect(german?.sides).toEqual(["other"]);
  });

  it("keep a state's communications director in one phrase with his state", () => {
    const [director] = readSentences("Iran's presidential communications director called the report baseless.");
    expect(director?.sides).toEqual(["iran"]);
  });

  it("read exporters and shippers as businesses, not their states", () => {
    const [exporter] = readSentences("A Russian exporter, Volga Grain, said the first wagons had crossed.");
    expect(exporter?.sides).toEqual(["other"]);
  });
});

describe("requests and recommendations in notices", () => {
  it("read 'issued a notice, asking …' and 'recommended that …' as claims", () => {
    const reads = readSentences(
      "Azerbaijan's civil aviation administration issued a notice on Monday, asking airlines to avoid the area.",
      "The Foreign Office recommends against all but essential travel to the border districts.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["azerbaijan"], ["other"]]);
  });
});

describe("a name after a fronted place and before a 'who' clause", () => {
  it("is the speaker", () => {
    const [named] = readSentences("In Kyiv, Oleh Marchenko, who chairs the parliament's defence committee, said the convoys had crossed unseen.");
    expect(named?.speaker).toBe("Oleh Marchenko");
  });
});

describe("a denial withheld before what was said", () => {
  it("leaves the subject to the verb after 'but'", () => {
    const [said] = readSentences("Officials in Stepanakert did not deny shelling Tartar but insisted that they had fired only at army posts.");
    expect(said?.sides).toEqual(["nagorno-karabakh"]);
  });
});

describe("names and gerunds measured on every set", () => {
  it("read a place's name given after a relative or with its common noun as no claim", () => {
    const reads = readSentences(
      "Troops moved up to a lake that Azerbaijanis call Garagol and stayed there.",
      "Azerbaijanis call it the Zangezur corridor, after the old district's name.",
    );
    expect(reads.map((r) => r.sides)).toEqual([[], []]);
  });

  it("read 'asking' only as a participle after a comma", () => {
    const reads = readSentences(
      "The two presidents signed a joint letter asking the mediators to return.",
      "Talks failed as a result of asking both leaders to sign at once.",
      "Armenia's foreign ministry issued a note, asking Baku to return the soldiers.",
    );
    expect(reads.map((r) => r.sides)).toEqual([[], [], ["armenia"]]);
  });
});

describe("a name straight after 'called'", () => {
  it("is whom a diplomat telephoned, not a place given its name", () => {
    const [called] = readSentences("In Paris, Foreign Minister Jean Dupont called Aliyev and Pashinyan and urged restraint.");
    expect(called?.sides).toEqual(["france"]);
  });
});

describe("the co-chairs' three nationalities before mediators", () => {
  it("are the Minsk Group, while the three presidents stay their states", () => {
    const [mediators, presidents] = readSentences(
      '"Violence must stop," the American, French and Russian mediators said in a joint statement.',
      "The presidents of Russia, France and the United States said they would meet in June.",
    );
    expect(mediators?.sides).toEqual(["osce-minsk-group"]);
    expect(presidents?.sides).toHaveLength(3);
  });
});

describe("a ministry after a quote that names a prime minister", () => {
  it("is the ministry named before, not the prime minister quoted", () => {
    const reads = readSentences(
      "Armenia's foreign ministry said the detainees had been handed over at the border.",
      '"We thank the government of Georgia, led by Prime Minister Irakli Kobakhidze, for its help," the ministry said.',
    );
    expect(reads[1]?.sides).toEqual(["armenia"]);
  });
});

describe("'It' after a body reported on a place", () => {
  it("is the body that spoke, not the place its report named", () => {
    const reads = readSentences(
      "The Azerbaijani delegation said the draft ignored the status of Nagorno-Karabakh.",
      "It argued that the text contradicted four Security Council resolutions.",
    );
    expect(reads[1]?.sides).toEqual(["azerbaijan"]);
  });
});

describe("what happened with nothing said", () => {
  it("is no claim: leaving without speaking, a call with no word of its content", () => {
    const reads = readSentences(
      "Both presidents left the talks without speaking to reporters.",
      "Armenia's foreign minister spoke by telephone on Monday with his French counterpart.",
      "Armenia's foreign minister spoke with his French counterpart about the border.",
    );
    expect(reads.map((r) => r.sides)).toEqual([[], [], ["armenia"]]);
  });
});

describe("'It' after a body whose report named another body", () => {
  it("is still the body that spoke", () => {
    const reads = readSentences(
      "The Azerbaijani delegation said the draft ignored four resolutions.",
      "It argued that this contradicted a decision of the OSCE ministerial council.",
      "It added that Azerbaijan was ready to keep negotiating.",
    );
    expect(reads.map((r) => r.sides)).toEqual([["azerbaijan"], ["azerbaijan"], ["azerbaijan"]]);
  });
});

describe("a delegation", () => {
  it("is one body a later 'It' means", () => {
    const reads = readSentences(
      "The chairman, Swiss Foreign Minister Hans Keller, read the principles.",
      "The Azerbaijani delegation said a solution must respect the country's borders.",
      "It added that Azerbaijan was ready to keep negotiating.",
    );
    expect(reads[2]?.sides).toEqual(["azerbaijan"]);
  });
});

describe("the co-chairs' nationalities before diplomats", () => {
  it("are the Minsk Group", () => {
    const [diplomats] = readSentences('"Violence must stop," the American, French and Russian diplomats who lead the mediation said.');
    expect(diplomats?.sides).toEqual(["osce-minsk-group"]);
  });
});
