// Court records, timelines, infoboxes and explainers' questions and answers, met on first contact with
// legal pages, reference pages and rolling formats (issue 7): a court's chambers and rulings, a plural
// title over two names, present tenses of a court report, a place said in front of a bare body, an
// infobox's "Per X sources:" and "X claim on Y losses:", and answers no one is named to give.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractLines, readSentences, sidesOf } from "./readSides.ts";

describe("a court's rulings", () => {
  it("reads a chamber of the court as the court", () => {
    expect(sidesOf("The Grand Chamber found that Armenia had exercised effective control over the district.")).toEqual(["other"]);
    expect(sidesOf("The Third Section found that both states had breached Article 1 of Protocol No. 1.")).toEqual(["other"]);
  });

  it("keeps the court as the one that speaks after it disagrees or accepts an argument", () => {
    const reads = readSentences(
      "The European Court of Human Rights delivered its judgment on Tuesday.",
      "The applicants said Hungary should have foreseen the release.",
      "The Court disagreed.",
      "It found that Budapest had followed the procedure of the convention.",
    );
    expect(reads.map((r) => r.sides)).toEqual([[], ["other"], ["other"], ["other"]]);
  });

  it("takes the plural title before two names for both", () => {
    expect(
      sidesOf(
        "The Baku Military Court resumed the hearing on Monday.",
        "State prosecutors Farid Guliyev and Rauf Hasanov said the defence motion lacked grounds.",
      ),
    ).toEqual(["azerbaijan"]);
  });

  it("reads a court report's present tense: lawyers ask, the state opposes, prosecutors seek", () => {
    expect(sidesOf("Azerbaijan's prosecutors ask the court to keep the accused in custody.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Azerbaijani prosecutors seek 18 years for the former minister.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Anar Guliyev, head of Azerbaijan's Cabinet of Ministers' office, opposes the request.")).toEqual(["azerbaijan"]);
  });

  it("never reads a witness's wish to stay unnamed as a claim", () => {
    expect(sidesOf("Armenia's defence ministry said two soldiers were wounded.", "A nurse at the hospital asked that her name not be published.")).toEqual([]);
  });
});

describe("a place said in front of a bare body", () => {
  it("gives the body the place's side, over a same-named body of the other side said before", () => {
    const before = "Armenia's defence ministry said two soldiers were killed overnight.";
    expect(sidesOf(before, "In Baku, the Prosecutor General's Office says 19 civilians have been injured.")).toEqual(["azerbaijan"]);
    expect(sidesOf(before, "09:40 — In Baku, the Defence Ministry says the village was shelled.")).toEqual(["azerbaijan"]);
    expect(sidesOf(before, "From Baku the Defence Ministry declared that the attack had been repelled.")).toEqual(["azerbaijan"]);
    expect(sidesOf(before, "Inside Artsakh, the authorities announced that bread would be rationed.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("counts and admissions in the plural's present", () => {
  it("reads 'sources count' and 'recognised the death of' as the side's figures", () => {
    const { claims } = extractLines(
      "Title: Losses",
      "",
      "Armenian sources count 64 dead on their side.",
      "",
      "Azerbaijan recognised the death of 12 soldiers.",
    );
    expect(claims.map((c) => c.side)).toEqual(["armenia", "azerbaijan"]);
  });

  it("leaves a count or a record used as a noun alone", () => {
    expect(sidesOf("The count of 64 dead was disputed.")).toEqual([]);
    expect(sidesOf("Russia recognized the independence of Abkhazia.")).toEqual([]);
  });

  it("reads a body's own data listing a figure, and an office counting damage", () => {
    expect(sidesOf("Armenia's health minister told reporters that 2,000 bodies had been examined.", "The army's own data listed 1,200 dead troops.")).toEqual([
      "armenia",
    ]);
    expect(sidesOf("Azerbaijan's Prosecutor General's Office said 90 civilians died.", "The office counted 11,000 damaged buildings.")).toEqual(["azerbaijan"]);
  });
});

describe("an infobox's and a table's shorthand", () => {
  it("reads 'Per X sources:' as 'according to X sources'", () => {
    expect(sidesOf("Per Azerbaijani sources: 30 soldiers killed, 40 wounded.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Per cent of the vote: 55.")).toEqual([]);
  });

  it("reads 'X claim on Y losses:' as X's claim, and 'X claims are groundless' as no claim of X's", () => {
    expect(sidesOf("Azerbaijani claim on Armenian losses: 300 soldiers killed, 450 wounded.")).toEqual(["azerbaijan"]);
    expect(sidesOf('MoD: Armenian claims about an "infiltration attempt" are groundless')).not.toContain("armenia");
  });

  it("reads a timeline row whose cell is a sentence, however short, and its present tense", () => {
    const { claims } = extractLines(
      "Title: Timeline",
      "",
      "The blockade and the exodus, day by day.",
      "",
      "| Date | Event | Source |",
      "|---|---|---|",
      "| 25 Sep 2023 | Karabakh officials first report 15 dead in the blast. | local media |",
      "| 26 Sep 2023 | By the evening, Karabakh officials raise the toll to 40 dead. | AFP |",
    );
    expect(claims.map((c) => c.side)).toEqual(["nagorno-karabakh", "nagorno-karabakh"]);
  });
});

describe("questions and answers no one is named to give", () => {
  it("reads the outlet's own answers as news, with the speakers they name", () => {
    const { claims } = extractLines(
      "Title: Q&A: the prisoner transfer",
      "",
      "Q: Who was transferred?",
      "",
      "A: An officer serving a life sentence. He was flown home last week.",
      "",
      "Q: How did Yerevan react?",
      "",
      'A: Within hours Armenia\'s foreign ministry said the transfer was "a grave mistake".',
      "",
      "Q: And Washington?",
      "",
      "A: The White House said it was deeply concerned.",
    );
    expect(claims.map((c) => c.side)).toEqual(["armenia", "united-states"]);
  });

  it("keeps an unnamed answerer's own words, in the first person, unresolved", () => {
    const { claims } = extractLines(
      "Title: Q&A",
      "",
      "Q: What did you see?",
      "",
      "A: We saw the shelling of the village with our own eyes.",
      "",
      "Q: And then?",
      "",
      "A: We left the next morning, as the ministry said we should.",
    );
    expect(claims.every((c) => c.side === "unclear")).toBe(true);
  });
});

describe("bodies named by their acronym or their portfolio", () => {
  it("reads WHO in capitals and the EU's crisis commissioner", () => {
    expect(sidesOf("WHO said it was sending burns kits to Yerevan.")).toEqual(["united-nations"]);
    expect(sidesOf("Crisis Management Commissioner Anna Lindqvist said the aid would reach the refugees.")).toEqual(["european-union"]);
    expect(sidesOf("Who said it was over?")).toEqual([]);
  });
});

describe("UN treaty bodies and investigators of evidence", () => {
  it("reads the Committee against Torture and CERD as the United Nations, 'the Committee' after them too", () => {
    expect(sidesOf("The Committee against Torture reviewed the report in April.", "The Committee said it was alarmed by the allegations.")).toEqual([
      "united-nations",
    ]);
    expect(sidesOf("CERD said it was disturbed by reports of destroyed cemeteries.")).toEqual(["united-nations"]);
  });

  it("reads an investigator authenticating videos or reaching the same conclusion as its finding", () => {
    expect(sidesOf("Amnesty International's Crisis Evidence Lab authenticated 14 videos.")).toEqual(["other"]);
    expect(sidesOf("Bellingcat concluded the clip was genuine.", "The Atlantic Council's research lab reached the same conclusion.")).toEqual(["other"]);
    expect(sidesOf("The guards verified their identity at the checkpoint.")).toEqual([]);
  });
});

describe("a quote that opens on its speakers' verb", () => {
  it("holds the report of the names right before it", () => {
    expect(sidesOf('Vladimir Putin and Emmanuel Macron "condemn in the strongest terms" the escalation.')).toEqual(["russia", "france"]);
  });
});

describe("an agency closing a sentence that carries on the last speaker's figures", () => {
  it("only relays the body that just spoke, in the claim and in its figure", () => {
    const { claims } = extractLines(
      "Title: Live",
      "",
      "The Karabakh defence ministry reports 12 more servicemen killed. That brings the number of its soldiers killed this week to 60, according to Interfax.",
    );
    expect(claims.map((c) => c.side)).toEqual(["nagorno-karabakh", "nagorno-karabakh"]);
  });

  it("stays the agency's where the sentence carries nothing on", () => {
    expect(sidesOf("Armenia's defence ministry said the shelling stopped.", "Three villages were shelled overnight, according to Interfax.")).toEqual([
      "other",
    ]);
  });
});

describe("a roundup of posts under label strips", () => {
  it("gives the paragraph under 'Name, body · network · time' to the body the strip names", () => {
    const { claims } = extractLines(
      "Title: The offensive in posts",
      "",
      "What officials wrote, as the fighting went on.",
      "",
      "Armenian Foreign Ministry · X · 19 Sep, 07:20",
      "",
      "The ministry called on the peacekeepers to intervene.",
      "",
      "Maria Zakharova, Russian Foreign Ministry · Telegram · 21 Sep, 05:45",
      "",
      "The spokeswoman wrote that the peacekeepers had died for peace.",
    );
    expect(claims.map((c) => c.side)).toEqual(["armenia", "russia"]);
  });
});

describe("a count owned past the word that says which", () => {
  it("reads 'By the agency's next count' as the agency's", () => {
    expect(sidesOf("Azerbaijan's mine action agency said 50 people had been killed.", "By the agency's next count, 58 people had been killed.")).toEqual([
      "azerbaijan",
    ]);
    expect(sidesOf("Azerbaijan's mine action agency said 50 people had been killed.", "By the next morning, 58 people had been killed.")).toEqual([]);
  });
});

describe("a decree signed by a named leader", () => {
  it("speaks for its signer when 'it' orders or states", () => {
    expect(
      sidesOf(
        "The Artsakh information centre published a decree signed by President Samvel Shahramanyan.",
        "It orders all state institutions to be dissolved by 1 January, and states that the republic ceases to exist.",
      ),
    ).toEqual(["nagorno-karabakh"]);
  });
});

describe("the OSCE's and the Red Cross movement's bodies that mediate nothing", () => {
  it("reads the OSCE Secretary General and the IFRC as third parties, the ICRC as itself", () => {
    expect(sidesOf("OSCE Secretary General Anna Berg said the agreement was a concrete step.")).toEqual(["other"]);
    expect(sidesOf("A representative of the International Federation of Red Cross and Red Crescent Societies said needs were rising.")).toEqual(["other"]);
    expect(sidesOf("The Red Cross said it had delivered aid to Stepanakert.")).toEqual(["icrc"]);
  });
});

describe("a source closing the sentence after a crowd that opens it", () => {
  it("wraps the crowd's estimate when an apposition describes the source", () => {
    expect(sidesOf("Aid officials estimate that 50,000 people fled last month, according to Jon Berg, the senior UN relief official in the region.")).toEqual([
      "united-nations",
    ]);
  });

  it("leaves a clause after the source to that clause", () => {
    expect(
      sidesOf("Armenia's defence ministry said two soldiers died.", "Shells hit the village, according to the ministry, the attack lasted an hour."),
    ).toEqual(["armenia"]);
  });
});

describe("subjects a sentence cannot take", () => {
  it("takes no subject across a label's colon into a wh-clause", () => {
    expect(sidesOf("The Karabakh exodus: what the agencies and governments reported in ten days")).toEqual([]);
  });

  it("never makes the one a relative is kin to the speaker", () => {
    expect(sidesOf("Anna Petrosyan, the wife of Armenia's president, wrote to the agency's director.")).not.toContain("armenia");
  });
});

describe("a decree its subject signed", () => {
  it("is what 'the decree said' points back to, not the side that spoke last", () => {
    expect(
      sidesOf(
        "Armenia's government said refugees were arriving.",
        "The region's leader, Samvel Shahramanyan, signed a decree ordering all state institutions dissolved.",
        'The decree said the republic "ceases to exist."',
      ),
    ).toEqual(["nagorno-karabakh"]);
  });
});

describe("a name right after a title the speaker was found in", () => {
  it("is the title's holder, whom a later surname points back to", () => {
    expect(sidesOf("Crisis Management Commissioner Janez Novak said the escalation was grave.", "Novak added that aid would follow.")).toEqual([
      "european-union",
    ]);
  });
});

describe("one of several who said it", () => {
  it("reads 'was the first to call for' as a call, and those who followed as speaking too", () => {
    expect(sidesOf("France was the first country to call for talks, followed by the OSCE Minsk Group co-chairs.")).toEqual(["france", "osce-minsk-group"]);
    expect(sidesOf("Russia was the first to call for a renewed ceasefire.")).toEqual(["russia"]);
    expect(sidesOf("He was the first to arrive in Stepanakert.")).toEqual([]);
  });

  it("reads a point made again as a claim", () => {
    expect(sidesOf("Azerbaijan's foreign ministry said the pardon was lawful.", "The deputy foreign minister, Ali Hasanov, made the same point.")).toEqual([
      "azerbaijan",
    ]);
  });
});

describe("where a quote's speaker spoke", () => {
  it("is never the speaker: 'say on the television' after the named secretary", () => {
    expect(
      sidesOf(
        "The Defence Ministry of Azerbaijan say they lost 71.",
        '"A cease-fire has been reached," the secretary of the Security Council of Armenia, Armen Grigoryan, say on the television.',
      ),
    ).toEqual(["armenia"]);
  });
});

describe("a text named by the capital it was agreed in", () => {
  it("is no speech of that capital's state", () => {
    expect(sidesOf('Yerevan long objected to the word "corridor", and the Washington texts speak of a "route".')).toEqual(["armenia"]);
  });
});

describe("culture pages (blind125 classes, after its single score)", () => {
  it("gives a body joined by 'and its' to a state's body that state's side", () => {
    expect(sidesOf("Azerbaijan's Ministry of Youth and Sports and its National Olympic Committee said the flag had been burned on purpose.")).toEqual([
      "azerbaijan",
    ]);
  });

  it("reads an interviewee introduced by a civilian role before the name ('sculptor X') as a third party", () => {
    const { claims } = extractLines(
      "Title: 'The stones stay': sculptor Aram Vardanian on leaving Stepanakert",
      "",
      "Q: When did you leave?",
      "",
      "Vardanian: We left in September, with nothing but two bags.",
      "",
      "Q: And your work?",
      "",
      "Vardanian: The khachkars I carved stayed in the courtyard.",
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.side === "other")).toBe(true);
  });
});
