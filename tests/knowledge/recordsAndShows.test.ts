// Records of who spoke in turn (a parliament's debate, an assembly's record, a court's judgment) and a
// show with hosts and a guest: each says who the outermost speaker of a sentence is. Pages written
// for these tests.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function sidesIn(file: string, lines: string[]) {
  const knowledge = extractArticle(parseArticle({ file, text: lines.join("\n") }));
  return (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
}

describe("a parliament's debate, members named with their parties", () => {
  const sidesOf = sidesIn("debate.txt", [
    "Caucasus: Humanitarian Access",
    "Westminster Record · 12 October 2023",
    "",
    "Lord Greyfield of Amble (CB)",
    "",
    "My Lords, the Karabakh authorities report that the road to Goris has been shut for a week. Baku insists that the checkpoint is a border post like any other.",
    "",
    "Baroness Hollins of Deal (Con)",
    "",
    "My Lords, we have raised access with the Azerbaijani Government. Moscow says its peacekeepers escort every convoy.",
    "",
    "Lord Penwith (LD)",
    "",
    "My Lords, Yerevan says that more than 2,000 people are still waiting to cross.",
  ]);
  it("gives every sentence of a member's speech to the member, a third party, whoever they quote", () => {
    expect(sidesOf("the Karabakh authorities report")).toEqual(["other"]);
    expect(sidesOf("Baku insists that the checkpoint")).toEqual(["other"]);
    expect(sidesOf("Moscow says its peacekeepers")).toEqual(["other"]);
    expect(sidesOf("Yerevan says that more than 2,000")).toEqual(["other"]);
  });
});

describe("an assembly's record", () => {
  const sidesOf = sidesIn("record.txt", [
    "General Assembly, 90th plenary meeting",
    "Assembly Records · 3 May 2009",
    "",
    "The President: I give the floor to the representative of Armenia.",
    "",
    "Mr. Hakobyan (Armenia): The people of the region voted for their independence in 1991.",
    "",
    "The President: I now give the floor to the representative of Norway.",
    "",
    "Mr. Dahl (Norway): I speak on behalf of France, the Russian Federation and the United States in their capacity as co-chairs of the OSCE Minsk Group. The co-chairs urge both sides to refrain from unilateral steps.",
    "",
    "Ms. Quliyeva (Azerbaijan): The occupation of our districts has lasted fifteen years.",
    "",
    "A recorded vote was taken.",
    "",
    "The meeting rose at 1.10 p.m.",
  ]);
  it("gives a speech on behalf of the co-chairs together to the Minsk Group, not to the first state named", () => {
    expect(sidesOf("urge both sides to refrain")).toEqual(["osce-minsk-group"]);
  });
  it("keeps each delegate's words with the delegate's state", () => {
    expect(sidesOf("voted for their independence")).toEqual(["armenia"]);
    expect(sidesOf("has lasted fifteen years")).toEqual(["azerbaijan"]);
  });
  it("ends a speech at the record's own words about the sitting", () => {
    expect(sidesOf("The meeting rose")).toEqual([]);
    expect(sidesOf("A recorded vote was taken")).toEqual([]);
  });
});

describe("a court's judgment", () => {
  const sidesOf = sidesIn("judgment.txt", [
    "CASE OF MAMMADOVA AND OTHERS v. ARMENIA",
    "",
    "(Application no. 55555/09)",
    "",
    "JUDGMENT",
    "",
    "12. The applicants claimed that their village was shelled from positions in Armenia.",
    "",
    "13. The Government maintained, however, that no Armenian unit had been deployed near the village.",
    "",
    "14. The applicants alleged that their houses had been burned. They asserted that nobody had been prosecuted.",
  ]);
  it("reads the applicants as third parties, and 'they' after them as the applicants", () => {
    expect(sidesOf("The applicants claimed")).toEqual(["other"]);
    expect(sidesOf("They asserted that nobody")).toEqual(["other"]);
  });
  it("reads 'the Government' as the state the case is brought against, past a 'however' between commas", () => {
    expect(sidesOf("The Government maintained")).toEqual(["armenia"]);
  });
});

describe("a show with hosts and a guest", () => {
  const sidesOf = sidesIn("show.md", [
    "# The Border Hour — Episode 12: After the clash",
    "",
    "**Published:** March 3, 2022 · **Hosts:** Ana Berg, Luis Ortega · **Guest:** Mariam Tsereteli, senior analyst, Caspian Policy Lab",
    "",
    "**[00:00:05] ANA BERG:** Welcome to The Border Hour.",
    "",
    "**[00:00:09] LUIS ORTEGA:** Azerbaijan's defence ministry said two of its soldiers were wounded near Lachin.",
    "",
    "**[00:00:20] ANA BERG:** Mariam, what do you make of it?",
    "",
    "**[00:00:24] MARIAM TSERETELI:** Thanks, Ana. Good to be here. I think Baku wants to show it can press on the border.",
    "",
    "**[00:00:40] LUIS ORTEGA:** And Moscow?",
    "",
    "**[00:00:42] MARIAM TSERETELI:** Moscow has not said who started it, and that silence is a message.",
  ]);
  it("gives the guest's answers to the guest, a third party", () => {
    expect(sidesOf("Baku wants to show")).toEqual(["other"]);
    expect(sidesOf("that silence is a message")).toEqual(["other"]);
  });
  it("keeps what the hosts relay with the side they name", () => {
    expect(sidesOf("two of its soldiers were wounded")).toEqual(["azerbaijan"]);
  });
  it("reads a guest's thanks as no claim", () => {
    expect(sidesOf("Thanks, Ana")).toEqual([]);
    expect(sidesOf("Good to be here")).toEqual([]);
  });
});

describe("an academic article and a letter to the editor", () => {
  const sidesOf = sidesIn("paper.txt", [
    "Truces without treaties",
    "Journal of Border Studies · 2 February 2015",
    "",
    "Hovhannisyan (2008) argues that the truce held because neither army could advance. Petrosyan and Karimov (2011) contend that the mediators mattered more.",
  ]);
  it("reads an author cited by year as a scholar, a third party", () => {
    expect(sidesOf("argues that the truce held")).toEqual(["other"]);
    expect(sidesOf("contend that the mediators")).toEqual(["other"]);
  });
  const letter = sidesIn("letter.md", [
    "# Letters: the war dead",
    "",
    "Sir, your report of 3 May stated that Baku had admitted only 40 deaths. Your correspondent also claims that the road was open.",
  ]);
  it("reads 'your report' and 'your correspondent' in a letter as the paper written to", () => {
    expect(letter("stated that Baku had admitted")).toEqual(["other"]);
    expect(letter("claims that the road was open")).toEqual(["other"]);
  });
});

describe("an elected member's own press release", () => {
  const sidesOf = sidesIn("release.md", [
    "---",
    "title: Reyes Calls for Aid to Displaced Families",
    "outlet: Congressman Daniel Reyes",
    "published: 2023-10-02",
    "---",
    "",
    "WASHINGTON - Today, Congressman Daniel Reyes called for emergency aid to families displaced from Nagorno-Karabakh.",
    "",
    "Armenia's government says more than 100,000 people have crossed into Armenia since the offensive.",
    "",
    "Azerbaijan denies that anyone was forced to leave.",
  ]);
  it("gives every sentence, what it relays of the parties too, to the member, a third party", () => {
    expect(sidesOf("more than 100,000 people have crossed")).toEqual(["other"]);
    expect(sidesOf("Azerbaijan denies that anyone")).toEqual(["other"]);
  });
});

describe("a legislature's hearing, printed as its record prints it ('Mr. SURNAME. …')", () => {
  const sidesOf = sidesIn("hearing.txt", [
    "                 RELIEF FOR THE DISPLACED",
    "",
    "                          HEARING",
    "                 BEFORE THE SUBCOMMITTEE ON AID",
    "                   HOUSE OF REPRESENTATIVES",
    "",
    "                       MARCH 3, 2024",
    "",
    "                         WITNESSES",
    "",
    "The Honorable Laura Pemberton, Deputy Assistant Secretary, Bureau of",
    "Population, Refugees, and Migration, U.S. Department of State",
    "",
    "    Mr. HOLLOWAY. The subcommittee will come to order. We meet because",
    "tens of thousands of families crossed into Armenia in a single week.",
    "",
    "    Ms. PEMBERTON. Thank you, Mr. Chairman. We have provided shelter",
    "grants to the government of Armenia for the arrivals. We have pressed",
    "Baku to allow the families to visit their homes.",
    "",
    "    Mr. HOLLOWAY. Will those grants continue next year?",
    "",
    "    Ms. PEMBERTON. We expect them to continue, and we will report to",
    "the committee in the spring.",
  ]);
  it("gives a witness's answers to the office the witness list names", () => {
    expect(sidesOf("We have provided shelter")).toEqual(["united-states"]);
    expect(sidesOf("We have pressed")).toEqual(["united-states"]);
    expect(sidesOf("We expect them to continue")).toEqual(["united-states"]);
  });
  it("puts nobody's label in a sentence and asks no claim of a member's question", () => {
    expect(sidesOf("Will those grants continue")).toEqual([]);
  });
  it("gives a member's statement to the state whose chamber's record it is (the House of Representatives), as annotators read a member of Congress", () => {
    expect(sidesOf("tens of thousands of families crossed")).toEqual(["united-states"]);
  });
});

describe("a hearing's housekeeping", () => {
  const sidesOf = sidesIn("hearing2.txt", [
    "HEARING BEFORE THE SUBCOMMITTEE ON EUROPE",
    "",
    "WITNESSES",
    "",
    "The Honorable Mark Aldous, Deputy Assistant Secretary, U.S. Department of State",
    "",
    "    Mr. FENWICK. The subcommittee will come to order. Mr. Aldous, you are recognized for five minutes.",
    "",
    "    Mr. ALDOUS. Chairman Fenwick, thank you for the invitation. We have urged Baku to reopen the road.",
    "",
    "    Mr. FENWICK. The gentleman's time has expired. I yield back.",
  ]);
  it("reads opening, yielding and recognising as no claim", () => {
    expect(sidesOf("will come to order")).toEqual([]);
    expect(sidesOf("you are recognized")).toEqual([]);
    expect(sidesOf("thank you for the invitation")).toEqual([]);
    expect(sidesOf("time has expired")).toEqual([]);
  });
  it("keeps the witness's claim", () => {
    expect(sidesOf("We have urged Baku")).toEqual(["united-states"]);
  });
});
