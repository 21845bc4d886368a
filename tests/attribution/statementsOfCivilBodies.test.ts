// Statements and petitions of bodies that are no state's (issue 7): a students' union's numbered
// statement relays governments in its own voice, as a press release does; "the same office" is the
// one that spoke last. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractLines, readSentences, sideInArticle, sidesOf } from "./readSides.ts";

const STATEMENT = [
  "UNION OF STUDENTS OF THE HARBOUR UNIVERSITY",
  "Executive Committee · Port Louis",
  "Statement No. 2024/07",
  "STATEMENT ON THE CLOSURE OF THE ROAD TO STEPANAKERT",
  "1. We note that the Government of Armenia considers the closure a provocation, and that Azerbaijan's foreign ministry has said the road is open to civilian traffic.",
  "2. The Committee calls on all sides to let the ICRC pass.",
];

describe("a numbered statement of a students' union", () => {
  it("speaks for the union throughout, also where it relays a government", () => {
    expect(sideInArticle("We note that the Government of Armenia", ...STATEMENT)).toBe("other");
  });
});

describe("the same office", () => {
  it("is the body or official that spoke last, not an older office", () => {
    const reads = readSentences(
      "Karabakh's ombudsman's office said the market had been shelled.",
      "Azerbaijan's prosecutor general said that a rocket had killed four civilians in Barda.",
      "Two days later the same office said that seven civilians had been killed.",
    );
    expect(reads.at(-1)?.sides).toEqual(["azerbaijan"]);
  });
});

describe("a reporter's digest of several states' travel advice", () => {
  const DIGEST = [
    "THE HARBOUR TRAVELLER | ADVISORY WATCH",
    "Advisories > Caucasus > Armenia",
    "ARMENIA: BORDER AREAS STAY AT DO NOT TRAVEL",
    "By Jane Smithers, Advisory Watch desk",
    "Readers keep asking whether Armenia is safe to visit. The governments whose travel advisories we track say mostly, but not near the border.",
    "The U.S. Department of State rates the country at Level 2 and tells travellers to exercise increased caution. Do not travel within 5 km of the border, it says.",
    "The U.S. Embassy in Yerevan says stopping in the border village is not permitted.",
    "Later the embassy in Yerevan advised against travel east of the main highway.",
  ];

  it("gives each state's advice to that state, not to the site that tracks it", () => {
    expect(sideInArticle("The U.S. Embassy in Yerevan says", ...DIGEST)).toBe("united-states");
  });

  it("never reads an embassy in a capital as that capital's state", () => {
    expect(sideInArticle("Later the embassy in Yerevan advised", ...DIGEST)).toBe("united-states");
    expect(readSentences("The embassy in Baku warned its citizens to avoid the border.")[0]?.sides).not.toEqual(["azerbaijan"]);
  });
});

describe("a question asked in quotes", () => {
  it("is a claim of the one named asking it", () => {
    expect(readSentences('"How can anyone call it a blockade when lorries pass every day?" Aliyev asked.')[0]?.sides).toEqual(["azerbaijan"]);
  });
});

describe("the local authorities", () => {
  it("are those of the place where things happen, not of a place things are sent to", () => {
    const reads = readSentences(
      "The Karabakh emergency service said the blast hit a fuel depot outside Stepanakert.",
      "By Friday the local authorities said 170 people had died, and that the remains would be sent to Armenia for identification.",
    );
    expect(reads.at(-1)?.sides).toEqual(["nagorno-karabakh"]);
  });
});

describe("a travel guide's safety section", () => {
  const GUIDE = [
    "# Lachin and the road south: a visitor's guide",
    "## Safety",
    "Norway's foreign ministry advises against all travel within 5 km of the border.",
    "## The mine problem",
    "Here is what Azerbaijan's officials have said about it. Azerbaijan's defence ministry said 60 civilians had been killed since 2020.",
    "In March the foreign ministry said the number of mine victims had reached 350.",
    "The Azerbaijan Campaign Against Landmines said in its yearly report that 21 people were hurt. Its chairman, Rauf Aliyev, told reporters the fields were still unmarked.",
    "## Our verdict",
    "Go with a licensed guide and stay on the path.",
  ];

  it("is no fact-check for its verdict: the advice and the figures keep their own speakers", () => {
    expect(extractLines(...GUIDE.map((line) => `${line}\n`)).article.meta.genre).not.toBe("fact-check");
    expect(sideInArticle("Azerbaijan's defence ministry said 60", ...GUIDE)).toBe("azerbaijan");
  });

  it("does not give 'the foreign ministry' to a third state named paragraphs before another side spoke", () => {
    expect(sideInArticle("In March the foreign ministry said", ...GUIDE)).not.toBe("other");
  });

  it("reads 'its chairman' as the campaign's, a body by its own name", () => {
    const reads = readSentences(
      "Azerbaijan's foreign ministry said the number of mine victims had reached 350.",
      "The Azerbaijan Campaign Against Landmines said in its yearly report that 21 people were hurt.",
      "Its chairman, Rauf Aliyev, told reporters the fields were still unmarked.",
    );
    expect(reads.at(-1)?.sides).toEqual(["other"]);
  });
});

describe("a timeline row's date before its subject", () => {
  it("is no subject: the participle after the row's clause is its subject's, not its object's", () => {
    expect(sidesOf("17 September 2020 - Washington raised Armenia to Level 3 overall, saying the border was tense.")).toEqual(["united-states"]);
    expect(sidesOf("May 2021 – Paris moved Azerbaijan to its red list, saying the border was mined.")).toEqual(["france"]);
  });
});

describe("a community's statement in its own words", () => {
  const OWN_WORDS = [
    ...STATEMENT.slice(0, 4),
    "The road is meant to stay open under the ceasefire of November 2020.",
    "1. We note that the Government of Armenia has called the closure a provocation.",
    "The facts on the ground are not in dispute.",
    "A 10-year-old boy was killed on his way to school in Martuni.",
    "(a) calls for the road to be opened at once;",
    "All students are welcome at the forum on Thursday.",
  ];

  it("claims nothing where it relays no one: its account and its business are no side's claims", () => {
    expect(sideInArticle("The road is meant to stay open", ...OWN_WORDS)).toBeUndefined();
    expect(sideInArticle("The facts on the ground", ...OWN_WORDS)).toBeUndefined();
    expect(sideInArticle("All students are welcome", ...OWN_WORDS)).toBeUndefined();
  });

  it("still claims what it relays, a toll it gives and what its resolution calls for", () => {
    expect(sideInArticle("We note that the Government of Armenia has called", ...OWN_WORDS)).toBe("other");
    expect(sideInArticle("A 10-year-old boy was killed", ...OWN_WORDS)).toBe("other");
    expect(sideInArticle("(a) calls for the road", ...OWN_WORDS)).toBe("other");
  });
});
