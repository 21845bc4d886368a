// Forms met on first contact with blind68 (the neighbours and great powers on the conflict), each on
// sentences written for it: a role placed "there" at the body just named, a delegate with a middle
// initial before his state in brackets, and a plain noun subject the gazetteer does not know.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a role placed 'there'", () => {
  it("works at the body the sentence before named: the embassy's side", () => {
    expect(sidesOf("The Azerbaijani embassy in Tehran denied the report.", "A diplomat there told the agency that no shell had crossed the river.")).toEqual([
      "azerbaijan",
    ]);
  });

  it("leaves a townsman 'there' a private person", () => {
    expect(sidesOf("Shells fell on Kapan overnight.", "A nurse there said two children were wounded.")).toEqual(["other"]);
  });
});

describe("a delegate named before his state in brackets", () => {
  it("is the 'he' of the next sentence, past a middle initial", () => {
    const read = readSentences(
      "MARIA LOPEZ (United States) said her country was concerned.",
      "PAVEL K. SOROKIN (Russian Federation) said that the peacekeepers had evacuated civilians.",
      "He said that two peacekeepers had been wounded.",
    );
    expect(read.at(-1)?.sides).toEqual(["russia"]);
  });
});

describe("a plain noun subject the gazetteer does not know", () => {
  it("keeps a state named inside what it wrote from speaking for the sentence", () => {
    expect(sidesOf("The signatories wrote that Turkey's support for Azerbaijan was an escalation and called on the administration to act.")).toEqual([]);
  });
});

describe("a member of the US Congress", () => {
  it.each([
    "Rep. Dana Miller, a Michigan Democrat, said the aid to Baku should stop.",
    "Sen. Tom Ellis said the aid to Baku should stop.",
    "Congresswoman Ana Ruiz said the aid to Baku should stop.",
  ])("speaks for the United States: %s", (sentence) => {
    expect(sidesOf(sentence)).toEqual(["united-states"]);
  });

  it("gives the Congress and its members, named as such, to the United States", () => {
    expect(sidesOf("More than forty members of the House and Senate said the aid to Baku should stop.")).toEqual(["united-states"]);
    expect(sidesOf("The Armenian National Congress said the vote was rigged.")).toEqual(["other"]);
  });

  it("leaves a senator of no named country to the rules for third parties", () => {
    expect(sidesOf("Senator Paul Martin said the vote was historic.")).not.toContain("united-states");
  });
});

describe("a passive with its agent after an opening noun", () => {
  it("is the agent's: 'The aggression was strongly condemned by the Speaker …'", () => {
    expect(sidesOf("The aggression was strongly condemned by the Armenian Foreign Ministry.")).toEqual(["armenia"]);
  });
});

describe("'it' after a body we cannot place", () => {
  it("is that body, unclear, never the state it acted on", () => {
    expect(
      sidesOf("The court, by 13 votes to two, ordered Azerbaijan to protect the detainees.", "It unanimously rejected Azerbaijan's request on landmines."),
    ).toEqual(["unclear"]);
  });
});

describe("first contact with blind69's classes", () => {
  it("gives 'According to diplomats, …' to a third party, not to the leaders the clause names", () => {
    expect(sidesOf("According to diplomats, the French president sent both leaders a letter urging them to show courage.")).toEqual(["other"]);
  });

  it("reads a dateline as where the story was filed, not as whose government speaks", () => {
    expect(sidesOf("NEW DELHI: Fighting resumed between Armenia and Azerbaijan on Thursday, with each government accusing the other.")).not.toContain("other");
  });

  it("gives 'whom they blame' to the sentence's subject", () => {
    expect(
      sidesOf("Karabakh Armenian officials denied it.", "Opposition deputies are demanding the resignation of the president, whom they blame for the defeat."),
    ).toEqual(["other"]);
  });

  it("keeps 'accused Azerbaijan of what it called' the accuser's naming", () => {
    expect(sidesOf("Armenia accused Azerbaijan of what it called aggression.")).toEqual(["armenia"]);
  });
});

describe("officials of states beyond the region", () => {
  it.each(["Japan's foreign minister said Japan welcomed the deal.", "The Hungarian Foreign Ministry said Hungary had acted lawfully."])(
    "are third parties: %s",
    (sentence) => {
      expect(sidesOf(sentence)).toEqual(["other"]);
    },
  );
});

describe("the head of a group of no state", () => {
  it("is a third party: 'The leader of the group, a former journalist, told hostages …'", () => {
    expect(
      sidesOf("Gunmen stormed Armenia's parliament.", "The leader of the group, a former journalist, had told hostages that he was taking power."),
    ).toEqual(["other"]);
  });
});

describe("sources after 'according to' that point back, and members of the European Parliament", () => {
  it("never reads 'according to the diplomat' as a new third party", () => {
    expect(
      sidesOf("Russian Foreign Ministry spokeswoman Maria Zakharova said the road was illegal.", "According to the diplomat, a new route had been agreed."),
    ).not.toContain("other");
  });

  it("gives 'Estonian MEP X' to the European Parliament's side, not to a people", () => {
    expect(sidesOf("Estonian MEP Anna Tamm said the offensive was unacceptable.")).toEqual(["european-union"]);
  });
});

describe("the leaders of a summit named together", () => {
  it("gives 'The heads of state' every state just named, the host included", () => {
    expect(
      sidesOf("Dmitry Medvedev hosted Ilham Aliyev and Serzh Sargsyan in Kazan.", "The heads of state confirmed a mutual understanding on several issues."),
    ).toEqual(["russia", "azerbaijan", "armenia"]);
  });

  it("still gives 'the two presidents' the pair", () => {
    expect(sidesOf("Putin hosted Aliyev and Pashinyan in Moscow.", "The two presidents said the talks had been useful.")).toEqual(["azerbaijan", "armenia"]);
  });
});

describe("'each government … the other'", () => {
  it("is both sides the sentence names", () => {
    expect(sidesOf("Fighting resumed between Armenia and Azerbaijan on Thursday, with each government accusing the other of shelling civilians.")).toEqual([
      "armenia",
      "azerbaijan",
    ]);
  });
});

describe("a minister of no named state right after one state's officials spoke", () => {
  it("is one of them", () => {
    expect(
      sidesOf(
        "In Yerevan, officials were quick to voice fears that the talks would stall.",
        "Deputy Foreign Minister Ara Petrosyan said the timing was no accident.",
      ),
    ).toEqual(["armenia"]);
  });
});

describe("the Commonwealth of Independent States of 1992", () => {
  it("is a third party, as every annotator accepts, not 'unclear'", () => {
    expect(sidesOf("The Commonwealth of Independent States command said it had begun withdrawing the regiment.")).toEqual(["other"]);
    expect(sidesOf("The command of the Commonwealth forces in the Transcaucasus has denied that its units took part.")).toEqual(["other"]);
  });
});

describe("an office of a third party's, in apposition", () => {
  it("is a third party's: 'X, head of the Georgian parliament's defence committee, said'", () => {
    expect(sidesOf("Irakli Beridze, head of the Georgian parliament's defence committee, said Georgia was neutral.")).toEqual(["other"]);
  });
});
