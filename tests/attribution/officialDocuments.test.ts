// Official documents met on first contact in blind90 (issue 7): each is one issuer's word from its
// first paragraph to its last, the other side's claims it relays included. A letter circulated at
// the UN, a ministry spokesperson's answer to a media question, an assembly's resolution in numbered
// paragraphs, a court's summary of its order, a council's declaration under its own heading.
// Documents written for this test, with their own people, places and dates.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const read = (file: string, ...lines: string[]) => {
  const article = parseArticle({ file, text: lines.join("\n") });
  return { article, claims: extractArticle(article).claims };
};
const sideOf = (claims: ReturnType<typeof read>["claims"], fragment: string) => claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

describe("a letter from a permanent representative circulated as a UN document", () => {
  const { article, claims } = read(
    "letter.txt",
    "Letter dated 4 May 2016 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General",
    "",
    "United Nations | A/70/871-S/2016/420",
    "",
    "I have the honour to draw your attention to the renewed offensive launched by the armed forces of Azerbaijan along the line of contact.",
    "",
    "The Ministry of Defence of Azerbaijan claimed that its units had only responded to fire, a claim contradicted by the footage of the shelled school in Martakert.",
    "",
    "Armenia remains committed to the ceasefire regime and calls on the Security Council to condemn the offensive.",
    "",
    "I should be grateful if you would have the present letter circulated as a document of the Security Council.",
  );

  it("is a document its sender issues", () => {
    expect(article.meta.genre).toBe("press-release");
    expect(article.structure.issuer).toContain("Permanent Representative of Armenia");
  });

  it("gives every paragraph to the sender's side, the other side's claim it relays included", () => {
    expect(sideOf(claims, "renewed offensive launched by the armed forces")).toEqual(["armenia"]);
    expect(sideOf(claims, "claimed that its units had only responded")).toEqual(["armenia"]);
    expect(sideOf(claims, "remains committed to the ceasefire regime")).toEqual(["armenia"]);
  });
});

describe("a ministry spokesperson's answer to a media question", () => {
  const { claims } = read(
    "answer.txt",
    "Answer of the Spokesperson of the Ministry of Foreign Affairs of the Republic of Armenia to a media question",
    "",
    "No: 112/19 | 3 July 2019",
    "",
    "Question: How do you comment on the statement of the Azerbaijani defence ministry, which claims that Armenian units opened fire near Tavush?",
    "",
    "Answer: The claims of the Azerbaijani defence ministry are groundless. It was the Azerbaijani side that opened fire on the village of Aygepar in the early hours of 2 July.",
    "",
    "We call on the co-chairs to take note of these provocations.",
  );

  it("gives the answer to the ministry, the other side's claim it rebuts included", () => {
    expect(sideOf(claims, "are groundless")).toEqual(["armenia"]);
    expect(sideOf(claims, "opened fire on the village of Aygepar")).toEqual(["armenia"]);
    expect(sideOf(claims, "We call on the co-chairs")).toEqual(["armenia"]);
  });

  it("reads the journalist's question as no one's claim", () => {
    expect(sideOf(claims, "How do you comment")).toEqual([]);
  });
});

describe("an assembly's resolution in numbered paragraphs", () => {
  const { article, claims } = read(
    "resolution.txt",
    "Humanitarian situation of the displaced in the South Caucasus",
    "Resolution 1987 (2014) | Text adopted by the Assembly on 3 April 2014",
    "",
    "1. The Parliamentary Assembly is concerned by the situation of the persons displaced by the conflict, many of whom still live in collective centres.",
    "",
    "2. The Armenian authorities insist that the refugees from Azerbaijan have been fully integrated. The Azerbaijani authorities maintain that the displaced persons must be able to return to their homes.",
    "",
    "3. The Assembly calls on both governments to grant the displaced access to housing and to information about their property.",
  );

  it("is the assembly's text throughout", () => {
    expect(article.structure.issuer).toMatch(/Parliamentary Assembly/);
  });

  it("relays what each government maintains in the assembly's own voice", () => {
    expect(sideOf(claims, "Armenian authorities insist")).toEqual(["other"]);
    expect(sideOf(claims, "Azerbaijani authorities maintain")).toEqual(["other"]);
    expect(sideOf(claims, "calls on both governments")).toEqual(["other"]);
  });
});

describe("a court's summary of its order", () => {
  const { article, claims } = read(
    "summary.txt",
    "Summary of the Order of 12 March 2019",
    "EUROPEAN COURT OF HUMAN RIGHTS",
    "",
    "The Court recalls that the applicant, a shepherd from Lachin, complained that he had been detained for nine months.",
    "",
    "Azerbaijan argues that the application is inadmissible because the applicant did not exhaust domestic remedies. Armenia maintains that it has no jurisdiction over the area where the applicant was detained.",
    "",
    "The Court indicates that the respondent State shall allow the applicant to see a lawyer.",
  );

  it("is the court's document", () => {
    expect(article.structure.issuer).toMatch(/court/i);
  });

  it("never gives a party's argument that the court summarises to that party", () => {
    expect(sideOf(claims, "Azerbaijan argues that the application")).not.toContain("azerbaijan");
    expect(sideOf(claims, "Armenia maintains that it has no jurisdiction")).not.toContain("armenia");
  });
});

describe("a declaration under the heading of the council that adopted it", () => {
  const { article, claims } = read(
    "declaration.txt",
    "Declaration of the Shahumian deputies",
    "Regional Papers Online | Series: Acts of the soviets",
    "",
    "Editor's note: The text below was adopted in Shahumian in 1991. Baku has always called such acts void.",
    "",
    "SESSION OF THE SHAHUMIAN DISTRICT COUNCIL OF PEOPLE'S DEPUTIES OF NAGORNO KARABAKH",
    "",
    "DECLARATION",
    "",
    "Noting that the authorities of Azerbaijan have deported the population of several villages of the district;",
    "",
    "The session of the district council",
    "",
    "DECLARES",
    "",
    "that the district remains part of Nagorno Karabakh.",
  );

  it("is issued by the council its heading names, from that heading on", () => {
    expect(article.meta.genre).toBe("press-release");
    expect(sideOf(claims, "have deported the population of several villages")).toEqual(["nagorno-karabakh"]);
  });

  it("leaves the editor's note before the heading to the page", () => {
    expect(sideOf(claims, "Baku has always called such acts void")).toEqual(["azerbaijan"]);
  });
});

describe("a letter that transmits another body's statement as its annex", () => {
  const { claims } = read(
    "annexed.txt",
    "Letter dated 2 June 2012 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General",
    "",
    "I have the honour to transmit herewith the statement of the co-chairs of the Minsk Group on the incidents of 4 June.",
    "",
    "The Government of Azerbaijan notes that the incidents were provoked by the armed forces of Armenia.",
    "",
    "Annex to the letter dated 2 June 2012 from the Permanent Representative of Azerbaijan",
    "",
    "The Co-Chairs of the OSCE Minsk Group condemn the incidents near Tavush and call on the sides to show restraint.",
  );

  it("gives the letter to its sender and the annexed statement to its own issuer", () => {
    expect(sideOf(claims, "incidents were provoked by the armed forces")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "condemn the incidents near Tavush")).toEqual(["osce-minsk-group"]);
  });
});

describe("a mission's statement 'as delivered by' its ambassador", () => {
  const { article, claims } = read(
    "delivered.md",
    "---",
    'title: "Statement on the shelling of Tovuz, as delivered by Ambassador Elchin Huseynov at the 1280th meeting of the Permanent Council"',
    "source: Permanent Mission of the Republic of Azerbaijan to the OSCE",
    "date: 2020-07-16",
    "---",
    "",
    "Mr. Chairperson,",
    "",
    "On 12 July the armed forces of Armenia shelled the positions of the Azerbaijani army in the Tovuz district.",
    "",
    "The Armenian side claims that our units attacked first, which is a lie.",
    "",
    "Thank you.",
  );

  it("is the mission's, whose page names it, when the ambassador's name alone says no side", () => {
    expect(article.structure.issuer).toBe("Ambassador Elchin Huseynov");
    expect(sideOf(claims, "shelled the positions of the Azerbaijani army")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "The Armenian side claims that our units attacked first")).toEqual(["azerbaijan"]);
  });
});

describe("the lines of a document that say what it is, not what it holds", () => {
  const { claims } = read(
    "resolution2.txt",
    "Detainees of the conflict",
    "Resolution 2001 (2015) | Provisional version",
    "",
    "Assembly debate on 30 January 2015 (9th sitting) (see Doc. 13600, report of the Committee on Legal Affairs).",
    "",
    "Text adopted by the Assembly on 30 January 2015 (9th sitting).",
    "",
    "1. The Parliamentary Assembly is alarmed by reports that detainees are held incommunicado.",
    "",
    "2. The Assembly calls on both governments to let the Red Cross visit all detainees.",
    "",
    "II. Follow-up (paras. 3-5)",
    "",
    "See also Recommendation 2100 (2015).",
  );

  it("reads the debate's record, the section titles and the cross-references as no claim", () => {
    expect(sideOf(claims, "Assembly debate on 30 January")).toEqual([]);
    expect(sideOf(claims, "Text adopted by the Assembly")).toEqual([]);
    expect(sideOf(claims, "Follow-up")).toEqual([]);
    expect(sideOf(claims, "See also Recommendation")).toEqual([]);
    expect(sideOf(claims, "calls on both governments")).toEqual(["other"]);
  });
});

describe("a decree titled with its issuer", () => {
  const { article, claims } = read(
    "decree.md",
    "# Decree of the President of the Republic of Armenia",
    "",
    "On the mobilisation of reservists",
    "",
    "In connection with the attack by the armed forces of Azerbaijan on the positions of Armenia near Jermuk, I decree:",
    "",
    "1. To call up reservists of the first category from 14 September.",
  );

  it("is the president's from its first line to its last", () => {
    expect(article.structure.issuer).toBe("President of the Republic of Armenia");
    expect(sideOf(claims, "In connection with the attack by the armed forces")).toEqual(["armenia"]);
  });
});

describe("a press service's commentary on the other side's statement, under its ministry's full name", () => {
  const { article, claims } = read(
    "commentary.md",
    "[Home](/) > [Press service](/press) > [Commentaries](/press/commentaries)",
    "",
    "# Commentary of the Press Service of the Ministry of Defence on the statement of the Ministry of Defence of Armenia regarding the Tavush shelling",
    "",
    "**Ministry of Defence of the Republic of Azerbaijan**",
    "No:112/19 | 4 July 2019",
    "",
    "We have taken note of the statement of the Ministry of Defence of the Republic of Armenia of 3 July claiming that our units shelled the village of Aygepar.",
    "",
    "The claims of the Armenian side are groundless. It was the Armenian armed forces that opened fire first on the outskirts of Tovuz.",
  );

  it("is issued by the press service of the ministry the line under the title names in full", () => {
    expect(article.meta.genre).toBe("press-release");
    expect(article.structure.issuer).toBe("Press Service of the Ministry of Defence of the Republic of Azerbaijan");
  });

  it("gives the commentary to that ministry's side, the statement it answers included", () => {
    expect(sideOf(claims, "We have taken note of the statement")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "are groundless")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "opened fire first on the outskirts")).toEqual(["azerbaijan"]);
  });
});
