// Classes met in first-person dispatches and in disputes inside one camp: a broadcast's own
// correspondent reporting what each side says, officials pointed back to by their office, and
// speakers whose nationality is not their side. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function claimsOf(...lines: string[]) {
  return extractArticle(parseArticle({ file: "a.txt", text: lines.join("\n") })).claims.map((c) => ({ sentence: c.sentence, side: c.side }));
}

describe("a broadcast's correspondent named in its head", () => {
  const claims = claimsOf(
    "Transcript: a night on the border",
    "Radio Northwind, The Late Report",
    "Broadcast 3 March 2021",
    "Presenter: Lena Varga. Correspondent: Tomas Brandt in Kapan, Armenia.",
    "",
    "VARGA: Good evening. Fighting broke out again on the border overnight. Tomas, what do you see?",
    "",
    "BRANDT: Lena, the main square is empty tonight. Armenia's defence ministry says Azerbaijani troops fired mortars at two villages near the town.",
    "",
    "VARGA: And Baku?",
    "",
    "BRANDT: Azerbaijan's defence ministry says its positions were shelled first and that it only returned fire.",
  );

  it("reports what each side says, as the presenter does, instead of answering for a side", () => {
    expect(claims.find((c) => c.sentence.includes("fired mortars"))?.side).toBe("armenia");
    expect(claims.find((c) => c.sentence.includes("returned fire"))?.side).toBe("azerbaijan");
  });

  it("claims nothing with what the correspondent sees", () => {
    expect(claims.some((c) => c.sentence.includes("square is empty"))).toBe(false);
  });
});

describe("a leader the sentence says has left office", () => {
  it("speaks for himself once he has resigned, as after 'former', but not in what he said as he left", () => {
    const claims = claimsOf(
      "The ex-president speaks",
      "",
      "12 April 1992",
      "",
      "Ayaz Mutalibov, who resigned as Azerbaijan's president last month, said on Friday that his rivals had planned the disaster.",
    );
    expect(claims.find((c) => c.sentence.includes("his rivals"))?.side).toBe("other");
    const leaving = claimsOf(
      "Resignation",
      "",
      "7 April 1998",
      "",
      "Levon Ter-Petrosyan stepped down as president on Monday, saying his peace plan had been rejected.",
    );
    expect(leaving[0]?.side).toBe("armenia");
  });
});

describe("'described … as' after an apposition", () => {
  it("is never inverted: the place in what was described does not speak", () => {
    const claims = claimsOf("Clerics speak out", "", "The Synod, led by a bishop from Gyumri, described the troop movements in Tavush as reckless.");
    expect(claims.find((c) => c.sentence.includes("reckless"))?.side ?? "none").not.toBe("armenia");
  });
});

describe("people a reporter meets, named by what they are", () => {
  it("are third parties even with a participle after the role", () => {
    const claims = claimsOf("At the crossing", "", "A man standing in the queue said the guards had taken his phone.");
    expect(claims.map((c) => c.side)).toEqual(["other"]);
  });

  it("include neighbours, sellers and the first arrivals", () => {
    expect(claimsOf("Notes", "", "A flower seller who had stayed open said he heard two blasts.").map((c) => c.side)).toEqual(["other"]);
    expect(claimsOf("Notes", "", "Some of the first arrivals said the road had been shelled.").map((c) => c.side)).toEqual(["other"]);
  });

  it("are what the next 'he' means, not an official who spoke paragraphs before", () => {
    const claims = claimsOf(
      "In the hospital corridor",
      "",
      "Azerbaijan's defence ministry spokesman, Vagif Dargahli, said the town had been shelled from Armenian territory.",
      "",
      "The truce collapsed within hours. Neither account could be checked.",
      "",
      "At the hospital, a young surgeon who had worked since dawn sat on the steps outside. He said he had stopped counting the wounded.",
    );
    expect(claims.find((c) => c.sentence.includes("stopped counting"))?.side).toBe("other");
  });
});

describe("courts", () => {
  it("leave 'the court' unclear when courts of two sides were named in earlier paragraphs", () => {
    const claims = claimsOf(
      "Strasbourg rules",
      "",
      "The European Court of Human Rights ordered Azerbaijan to free a jailed blogger on Tuesday.",
      "",
      "A Baku court had sentenced him to six years in 2019.",
      "",
      "In its judgment the court said the sentence had served to punish criticism.",
    );
    expect(claims.find((c) => c.sentence.includes("In its judgment"))?.side).toBe("unclear");
  });
});

describe("voices of a camp that are not its state", () => {
  it("take a named paper that is no state's medium for a third party", () => {
    expect(claimsOf("Critics", "", "The Armenian Weekly, a paper in Boston, accused the government of neglect.").map((c) => c.side)).toEqual(["other"]);
    expect(claimsOf("Critics", "", "Azerbaijani State Television said the village had been taken.").map((c) => c.side)).toEqual(["azerbaijan"]);
  });

  it("take a leader's allies for themselves", () => {
    expect(claimsOf("Split", "", "Kocharyan's allies in parliament described the plan as a capitulation.").map((c) => c.side)).toEqual(["other"]);
  });
});

describe("titles and names pointed back to", () => {
  it("never take a deputy's title for the office itself", () => {
    const claims = claimsOf(
      "Border villages",
      "",
      "Azerbaijan's Deputy Prime Minister Shahin Mustafayev said the handover of the villages was complete.",
      "",
      'Pashinyan visited the village on Monday. "The border is where the state begins," the prime minister said.',
    );
    expect(claims.find((c) => c.sentence.includes("the prime minister said"))?.side ?? "none").not.toBe("azerbaijan");
  });

  it("find a speaker by the name that opened his apposition", () => {
    const claims = claimsOf(
      "The march",
      "",
      "Galstanyan, the primate of a diocese of the Armenian Apostolic Church, demanded the prime minister's resignation.",
      "",
      "Pashinyan said the border had been agreed.",
      "",
      '"We will walk to Yerevan," Galstanyan said in Kirants.',
    );
    expect(claims.find((c) => c.sentence.includes("We will walk"))?.side).toBe("other");
  });
});

describe("a post of a body or a state named as its owner", () => {
  it("is an office held for that side", () => {
    expect(claimsOf("Aid", "", '"The shelling must stop," said Lena Moser, the ICRC\'s regional director.').map((c) => c.side)).toEqual(["icrc"]);
    expect(claimsOf("Talks", "", "Ruben Petrosyan, Armenia's chief negotiator, said a deal was close.").map((c) => c.side)).toEqual(["armenia"]);
  });

  it("but a private role after a country's name is not", () => {
    expect(claimsOf("Food", "", "Anna Hakobyan, Armenia's best-known chef, said a deal was close.").map((c) => c.side)).not.toContain("armenia");
  });
});

describe("a body whose own name the gazetteer does not know", () => {
  it("is the council a later 'the council' may mean, so a state's council named before is not taken for it", () => {
    const claims = claimsOf(
      "Church and state",
      "",
      "Armen Grigoryan, the secretary of Armenia's Security Council, said no land had been ceded.",
      "",
      "On Tuesday the church's Supreme Spiritual Council described the handover as dangerous. The council also called on protesters to stay peaceful.",
    );
    expect(claims.find((c) => c.sentence.includes("stay peaceful"))?.side ?? "none").not.toBe("armenia");
  });
});

describe("a state body of a kind no one who spoke was", () => {
  it("is unclear after a paragraph break on a page of no state, not the last official's", () => {
    const claims = claimsOf(
      "Border diary",
      "",
      "Armenia's defence ministry said the reports of shooting were being investigated.",
      "",
      "On Tuesday the State Border Service said its units had destroyed a post at dawn.",
    );
    expect(claims.find((c) => c.sentence.includes("destroyed a post"))?.side).toBe("unclear");
  });
});

describe("watchdogs", () => {
  it("take press freedom groups for third parties", () => {
    expect(claimsOf("Jailed", "", "Press freedom groups say the charges against the editor were invented.").map((c) => c.side)).toEqual(["other"]);
  });
});

describe("alerts labelled with their speaker", () => {
  it("read 'X on Twitter:' and 'X, meeting Y:' after an alert's stamp as X's words", () => {
    const claims = claimsOf(
      "Alerts archive",
      "",
      "Sun 11 Oct · 08:15 Aliyev on Twitter: Armenia's leadership bears responsibility for the strike.",
      "",
      "Mon 12 Oct · 11:30 Lavrov, meeting Armenia's foreign minister: the truce has not been fully respected.",
    );
    expect(claims.map((c) => c.side)).toEqual(["azerbaijan", "russia"]);
  });
});

describe("what the new rules leave alone", () => {
  it("a question addressing a minister by name before its own subject does not make him that subject's side", () => {
    const claims = claimsOf(
      "Briefing by the co-chairs",
      "",
      "QUESTION: Minister Trubnikov, some Azerbaijani newspapers have written that the talks failed. Is that your impression?",
      "",
      "MR. TRUBNIKOV: I cannot comment on what newspapers write. Both delegations negotiated in good faith.",
    );
    expect(claims.filter((c) => c.sentence.includes("good faith")).map((c) => c.side)).not.toContain("azerbaijan");
  });

  it("a state's standard office named after a paragraph break still points back as before", () => {
    const claims = claimsOf(
      "Ankara's statement",
      "",
      "Turkey's foreign minister said on Monday that Ankara stood by Azerbaijan.",
      "",
      "In a written statement, the Foreign Ministry said the victims would never be forgotten.",
    );
    expect(claims.find((c) => c.sentence.includes("never be forgotten"))?.side).toBe("turkey");
  });
});

describe("reactions listed under the capitals' names", () => {
  it("give a bare 'the foreign ministry' the state of the capital heading its section", () => {
    const claims = claimsOf(
      "How the capitals reacted",
      "",
      "Fighting broke out on Sunday along the line of contact.",
      "",
      "## Ankara",
      "",
      "Defence Minister Hulusi Akar said Turkey would stand by Azerbaijan.",
      "",
      "## Tehran",
      "",
      "The foreign ministry urged both neighbours to stop the fighting.",
      "",
      "## Other capitals",
      "",
      "Germany and Italy called for a ceasefire.",
    );
    expect(claims.find((c) => c.sentence.includes("both neighbours"))?.side).toBe("iran");
  });
});

describe("trades of people met on the street", () => {
  it("make them third parties", () => {
    expect(claimsOf("Notes", "", "In the lobby, a retired lathe mechanic told me he had counted more dead on his staircase.").map((c) => c.side)).toEqual([
      "other",
    ]);
    expect(claimsOf("Notes", "", "A shepherd said the soldiers had come at night.").map((c) => c.side)).toEqual(["other"]);
  });
});

describe("a prosecutor's office nobody placed", () => {
  it("is not the side of an official who spoke paragraphs before", () => {
    const claims = claimsOf(
      "Counting the dead",
      "",
      "Karabakh officials said on Monday that the road had been reopened.",
      "",
      "The refugees were taken to schools. Volunteers brought blankets and bread. The snow did not stop all day.",
      "",
      "Nobody could say how many were still missing.",
      "",
      "Officials at the prosecutor's office said that as many as 600 people might still be held.",
    );
    expect(claims.find((c) => c.sentence.includes("600 people"))?.side ?? "none").not.toBe("nagorno-karabakh");
  });
});

describe("Nakhichevan", () => {
  it("is Azerbaijan's under its older spelling too", () => {
    expect(claimsOf("Riots", "", "Local officials in Nakhichevan said the town was calm.").map((c) => c.side)).toEqual(["azerbaijan"]);
  });
});

describe("a state described as a mediator", () => {
  it("speaks for itself when 'itself' makes the apposition a description, and as the mediation when the apposition is its capacity", () => {
    expect(
      claimsOf("Pardon", "", "Russia, itself a Minsk Group co-chair, said through its spokesman that the pardon was regrettable.").map((c) => c.side),
    ).toEqual(["russia"]);
    expect(claimsOf("Calm", "", "France, the US and Russia, the co-chairs of the Minsk Group, called for calm.").map((c) => c.side)).toEqual([
      "osce-minsk-group",
    ]);
  });
});
