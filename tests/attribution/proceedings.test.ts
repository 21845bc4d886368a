// Classes met in reports of courts, assemblies and parliaments: judges and peers speak as third
// parties, a state's counsel or agent for the state, a resolution for the body that adopted it, the
// head of a delegation for the delegation's state. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { readSentences } from "./readSides.ts";

function claimsOf(...paragraphs: string[]) {
  return extractArticle(parseArticle({ file: "a.txt", text: paragraphs.join("\n\n") })).claims.map((c) => ({ sentence: c.sentence, side: c.side }));
}

function sideOf(claims: { sentence: string; side: string }[], start: string): string | undefined {
  return claims.find((c) => c.sentence.startsWith(start))?.side;
}

describe("a judge", () => {
  it("speaks for the court, a third party, whether titled before the name or after it", () => {
    const [presiding, apposed] = readSentences(
      "Presiding judge Karoly Nemeth said the attack had been planned for weeks.",
      "Ilona Farkas, the presiding judge, said the defendant had shown no remorse.",
    );
    expect(presiding?.sides).toEqual(["other"]);
    expect(apposed?.sides).toEqual(["other"]);
  });

  it("is not a justice minister", () => {
    const [minister] = readSentences("Justice Minister Karen Andreasyan said the draft must be ready by March.");
    expect(minister?.sides).not.toEqual(["other"]);
  });
});

describe("a peer", () => {
  it("is a third party, and so is the 'she' that follows", () => {
    const claims = claimsOf(
      "The House of Lords debated the fighting on Wednesday.",
      "Then Baroness Halden said the blockade had left families without bread. Azerbaijan, she said, had ignored every appeal.",
    );
    expect(sideOf(claims, "Then Baroness Halden")).toBe("other");
    expect(sideOf(claims, "Azerbaijan, she said")).toBe("other");
  });

  it("stays one when named in passing before a pronoun", () => {
    const claims = claimsOf("The debate opened while Lord Pemberton was in Geneva. He said the Government urged both sides to talk.");
    expect(sideOf(claims, "He said the Government")).toBe("other");
  });
});

describe("a state's counsel or agent", () => {
  it("speaks for the state named in the apposition", () => {
    const [counsel, agent, republic] = readSentences(
      "Margaret Ellis, counsel for Azerbaijan, said the district was full of mines.",
      "Rustam Aliyev, the Agent of Azerbaijan, said 40 civilians had been killed by mines since the war.",
      "Jonathan Reed, counsel for the Republic of Armenia, told the judges the road had been shut for months.",
    );
    expect(counsel?.sides).toEqual(["azerbaijan"]);
    expect(agent?.sides).toEqual(["azerbaijan"]);
    expect(republic?.sides).toEqual(["armenia"]);
  });

  it("is the state a possessive points back to: 'Its Agent'", () => {
    const claims = claimsOf(
      "On the second day it was Armenia's turn to ask for measures. Its Agent, Levon Hakobyan, said the road had been closed for months.",
    );
    expect(sideOf(claims, "Its Agent")).toBe("armenia");
  });

  it("includes a state's lawyers, unlike a lawyer for people or a leader's lawyer", () => {
    const [state, people, personal] = readSentences(
      "Armenia's lawyers rejected the objection and accused Baku of delay.",
      "Lilit Sargsyan, a lawyer for the detainees, said they had been beaten.",
      "Pashinyan's lawyer said the suit had been withdrawn.",
    );
    expect(state?.sides).toEqual(["armenia"]);
    expect(people?.sides).toEqual(["other"]);
    expect(personal?.sides).toEqual(["other"]);
  });
});

describe("an adopted text", () => {
  it("speaks for the assembly that voted it, even before the assembly has said anything", () => {
    const claims = claimsOf(
      "The Parliamentary Assembly of the Council of Europe voted on Tuesday to suspend the Azerbaijani delegation.",
      "On the blockade, the text says the closure of the road was illegal. It notes that Baku ignored the court's order.",
      "The resolution recalls that the road was closed for nine months.",
    );
    expect(sideOf(claims, "On the blockade, the text says")).toBe("other");
    expect(sideOf(claims, "It notes that Baku")).toBe("other");
    expect(sideOf(claims, "The resolution recalls")).toBe("other");
  });
});

describe("the head of a delegation", () => {
  it("speaks for the state whose delegation the text named", () => {
    const claims = claimsOf(
      "Before the vote the Azerbaijani delegation said it was leaving the chamber.",
      "Rauf Mammadli, the head of the delegation, said the decision was biased.",
    );
    expect(sideOf(claims, "Rauf Mammadli")).toBe("azerbaijan");
  });
});

describe("a party the text puts in opposition", () => {
  it("speaks for itself, and so do its members and the pronoun after them", () => {
    const claims = claimsOf(
      "The sitting had been called by the two opposition factions, Zartonk and Nor Ughi, after weeks of protests.",
      "Ani Melkonyan of Nor Ughi said deputies had learned nothing new. Baku, she said, was making new demands.",
      "The opposition Umid party said the vote had been rigged. Rasim Huseynov of Umid said the count was a farce.",
    );
    expect(sideOf(claims, "Ani Melkonyan of Nor Ughi")).toBe("other");
    expect(sideOf(claims, "Baku, she said")).toBe("other");
    expect(sideOf(claims, "The opposition Umid party")).toBe("other");
    expect(sideOf(claims, "Rasim Huseynov of Umid")).toBe("other");
  });
});

describe("a minister titled by a remit alone", () => {
  it("heads the ministry of that remit the text named", () => {
    const claims = claimsOf(
      "Azerbaijan's culture ministry is forming a working group of historians.",
      "Culture Minister Elchin Mammadli announced the group on Monday. He said foreign experts would be invited.",
    );
    expect(sideOf(claims, "Culture Minister")).toBe("azerbaijan");
    expect(sideOf(claims, "He said foreign experts")).toBe("azerbaijan");
  });

  it("is nobody's we can tell when no ministry of that remit was named", () => {
    const claims = claimsOf(
      "Azerbaijan's culture ministry is forming a working group of historians.",
      "Health Minister Arsen Torosyan said the hospitals were full.",
    );
    expect(sideOf(claims, "Health Minister")).toBe("unclear");
  });
});

describe("a government its apposition calls 'their'", () => {
  it("is the 'They' of the next sentence, not a plural group named before", () => {
    const claims = claimsOf(
      "The applicants said they had lost their homes and had never been compensated.",
      "The Azerbaijani Government, represented by their Agent, Rauf Asgarov, argued that the village lay on the front line. They maintained that letting civilians return would endanger them.",
    );
    expect(sideOf(claims, "They maintained")).toBe("azerbaijan");
  });
});

describe("a person's title with no person or body before it", () => {
  it("is not the place whose reports were cited", () => {
    const claims = claimsOf(
      "Lord Brennan asked about reports from Stepanakert that fighting was still going on, and called for observers.",
      "The minister said the Government was pressing Baku to keep talking. Russian peacekeepers were on the ground, he noted.",
    );
    expect(sideOf(claims, "The minister said")).not.toBe("nagorno-karabakh");
    expect(sideOf(claims, "Russian peacekeepers")).not.toBe("nagorno-karabakh");
  });
});

describe("those sent from a place, at the head of the sentence", () => {
  it("speak for that place", () => {
    const [delegates, deputies] = readSentences(
      "Delegates from Baku insisted that the republic's borders could not be changed.",
      "Deputies from Yerevan said the vote had been lawful.",
    );
    expect(delegates?.sides).toEqual(["azerbaijan"]);
    expect(deputies?.sides).toEqual(["armenia"]);
  });

  it("leave a later speaker alone when they are only what the sentence is about", () => {
    const [mediator] = readSentences("The talks brought delegates from Baku and Yerevan together, the mediator said.");
    expect(mediator?.sides).toEqual(["osce-minsk-group"]);
  });
});

describe("a person whose 'who' clause gives the capacity he attends in", () => {
  it("speaks for the body he represents", () => {
    const [observer] = readSentences(
      "According to Armen Sahakyan, who has followed the trial as the official representative of Armenia's Foreign Ministry, the judge ignored a medical report.",
    );
    expect(observer?.sides).toEqual(["armenia"]);
  });
});

describe("a naming verb after a name's apposition", () => {
  it("is the named person's claim: 'X, the lawyer for the family, called the sentence …'", () => {
    const [lawyer] = readSentences("Lusine Hakobyan, the lawyer representing the family, called the sentence the harshest a court could give.");
    expect(lawyer?.sides).toEqual(["other"]);
  });

  it("is no claim when the participle names a place", () => {
    expect(readSentences("Shusha, called the pearl of Karabakh by Armenians, fell in May 1992.")[0]?.sides).toEqual([]);
  });
});

describe("the prosecution at a third state's court", () => {
  it("is that state's, a third party", () => {
    const claims = claimsOf(
      "The Stockholm District Court on Monday sentenced the officer to twelve years.",
      "Prosecutors had strongly disputed his account of the night.",
    );
    expect(sideOf(claims, "Prosecutors had")).toBe("other");
  });
});

describe("a name with an office in apposition, named before he speaks", () => {
  it("keeps the office's side for the 'he' that speaks later", () => {
    const claims = claimsOf(
      "The prosecution asked the Baku Military Court on Thursday to jail the five men for life.",
      "Elvin Gasimov, assistant to the Prosecutor General, opened with the charges. He told the court that the men had planned the attacks for years.",
    );
    expect(sideOf(claims, "He told the court")).toBe("azerbaijan");
  });
});

describe("people counted straight after the verb", () => {
  it("are what was said, not who said it, after a name's apposition", () => {
    const claims = claimsOf(
      "On the second day it was Armenia's turn. Its Agent, Deputy Foreign Minister Levon Hakobyan, said 120 Armenians, including 40 civilians, had been killed by mines.",
    );
    expect(sideOf(claims, "Its Agent")).toBe("armenia");
  });
});

describe("a defendant the court sentenced", () => {
  it("speaks for himself, whatever army he serves in", () => {
    const claims = claimsOf(
      "The Stockholm District Court on Monday sentenced Farid Mammadov, a captain in the Azerbaijani army, to twelve years.",
      "In his last words to the court, Mammadov said he remembered nothing of the night. He said he had been misunderstood.",
    );
    expect(sideOf(claims, "In his last words")).toBe("other");
    expect(sideOf(claims, "He said he had been")).toBe("other");
  });
});
