// Lead classes from the issue 8 sets blind27–blind30, each on small articles written for it:
// "on the first day of …" asks for a side's first toll, not its later one; a broadcast's
// on-screen caption gives the lead to the sentence that says it in full; "by <date>, according to
// X" is X's running total up to that day; "how many Armenian troops died" with no claimant named
// is the side's own count, not the enemy's claim; the words the reading turns on are read through
// a typo ("Armenain", "casualites").
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion, withKeyWordsSpelled } from "../../src/core/answers/question.ts";
import { isCaption } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Diplomats in several capitals called for restraint as the shelling went on.";
const nobody = { qualifier: null } as const;

describe("'on the first day of …' asks for the side's first toll", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "day-one.txt",
        published: "2016-04-02",
        paragraphs: [
          "Heavy fighting broke out along the line of contact overnight.",
          "On the first evening, Azerbaijan's defence ministry said nine of its servicemen had died.",
          filler,
        ],
        claims: [
          {
            paragraph: 1,
            fragment: "nine of its servicemen",
            side: "azerbaijan",
            speaker: "Azerbaijan's defence ministry",
            kind: "casualties",
            date: "2016-04-02",
          },
        ],
        casualties: [
          {
            paragraph: 1,
            fragment: "nine of its servicemen",
            claimedBy: "azerbaijan",
            affected: "azerbaijan",
            killed: 9,
            wounded: null,
            date: "2016-04-02",
            ...nobody,
          },
        ],
      },
      {
        file: "day-four.txt",
        published: "2016-04-05",
        paragraphs: ["Azerbaijan's defence ministry admits losing 27 soldiers in the four-day war.", filler],
        claims: [
          { paragraph: 0, fragment: "admits losing", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "casualties", date: "2016-04-05" },
        ],
        casualties: [
          {
            paragraph: 0,
            fragment: "admits losing",
            claimedBy: "azerbaijan",
            affected: "azerbaijan",
            killed: 27,
            wounded: null,
            date: "2016-04-05",
            ...nobody,
          },
        ],
      },
    ),
  );

  it("leads 'how many soldiers did Azerbaijan admit losing on the first day of the four-day war' with the first figure", () => {
    const answer = ask(index, "How many soldiers did Azerbaijan admit losing on the first day of the four-day war?");
    expect(answer.lead?.text).toContain("nine of its servicemen");
    expect(answer.lead?.side).toBe("azerbaijan");
  });
});

describe("an on-screen caption gives the lead to the sentence that says it in full", () => {
  it("knows a caption and an 'In brief:' line from a sentence", () => {
    expect(isCaption("[ON-SCREEN CAPTION: KARABAKH SAYS 14 FIGHTERS KILLED]")).toBe(true);
    expect(isCaption("In brief: Moscow says the troops have pulled back.")).toBe(true);
    expect(isCaption("The commander said 14 fighters had been killed.")).toBe(false);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "bulletin.txt",
      genre: "transcript",
      published: "2021-05-14",
      paragraphs: [
        "[ON-SCREEN CAPTION: KARABAKH ARMY COMMANDER SAYS 14 FIGHTERS KILLED]",
        '"We lost fourteen men in the night," the commander told reporters.',
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "CAPTION", side: "nagorno-karabakh", speaker: "Karabakh commander", kind: "casualties", date: "2021-05-14" },
        { paragraph: 1, fragment: "We lost fourteen men", side: "nagorno-karabakh", speaker: "the commander", kind: "casualties", date: "2021-05-14" },
      ],
      casualties: [
        {
          paragraph: 0,
          fragment: "CAPTION",
          claimedBy: "nagorno-karabakh",
          affected: "nagorno-karabakh",
          killed: 14,
          wounded: null,
          date: "2021-05-14",
          ...nobody,
        },
        {
          paragraph: 1,
          fragment: "We lost fourteen men",
          claimedBy: "nagorno-karabakh",
          affected: "nagorno-karabakh",
          killed: 14,
          wounded: null,
          date: "2021-05-14",
          ...nobody,
        },
      ],
    }),
  );

  it("leads 'how many fighters did the Karabakh commander say were killed' with the quote", () => {
    const answer = ask(index, "How many fighters did the Karabakh army commander say were killed?");
    expect(answer.lead?.text).toContain("We lost fourteen men");
  });
});

describe("'by <date>, according to X' is X's running total up to that day", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "totals.txt",
      published: "2019-06-12",
      paragraphs: [
        "Addressing parliament, Armenia's defence minister said 11 Armenian soldiers had been killed.",
        filler,
        "By Wednesday the toll he gave stood at 34 servicemen killed since the fighting began.",
      ],
      claims: [
        { paragraph: 0, fragment: "11 Armenian soldiers", side: "armenia", speaker: "Armenia's defence minister", kind: "casualties", date: "2019-06-10" },
        { paragraph: 2, fragment: "34 servicemen", side: "armenia", speaker: "he", kind: "casualties", date: "2019-06-12" },
      ],
      casualties: [
        { paragraph: 0, fragment: "11 Armenian soldiers", claimedBy: "armenia", affected: "armenia", killed: 11, wounded: null, date: "2019-06-10", ...nobody },
        { paragraph: 2, fragment: "34 servicemen", claimedBy: "armenia", affected: "armenia", killed: 34, wounded: null, date: "2019-06-12", ...nobody },
      ],
    }),
  );

  it("leads 'how many Armenian soldiers had been killed by 12 June 2019, according to Armenia's defence minister' with the running total", () => {
    const answer = ask(index, "How many Armenian soldiers had been killed by 12 June 2019, according to Armenia's defence minister?");
    expect(answer.lead?.text).toContain("34 servicemen");
  });
});

describe("with no claimant named, a side's losses are its own count", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "counts.txt",
      published: "2019-06-11",
      paragraphs: [
        "Azerbaijan's defence ministry said more than 150 Armenian soldiers were killed in the clashes.",
        "Armenia's defence ministry said 16 of its soldiers were killed.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "more than 150", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "casualties", date: "2019-06-11" },
        { paragraph: 1, fragment: "16 of its soldiers", side: "armenia", speaker: "Armenia's defence ministry", kind: "casualties", date: "2019-06-11" },
      ],
      casualties: [
        { paragraph: 0, fragment: "more than 150", claimedBy: "azerbaijan", affected: "armenia", killed: 150, wounded: null, date: "2019-06-11", ...nobody },
        { paragraph: 1, fragment: "16 of its soldiers", claimedBy: "armenia", affected: "armenia", killed: 16, wounded: null, date: "2019-06-11", ...nobody },
      ],
    }),
  );

  it("leads 'how many Armenian soldiers were killed in the clashes' with Armenia's count", () => {
    const answer = ask(index, "How many Armenian soldiers were killed in the clashes?");
    expect(answer.lead?.text).toContain("16 of its soldiers");
    expect(answer.lead?.side).toBe("armenia");
  });

  it("still leads 'how many Armenian soldiers did Azerbaijan say were killed' with Azerbaijan's claim", () => {
    expect(ask(index, "How many Armenian soldiers did Azerbaijan say were killed?").lead?.text).toContain("more than 150");
  });
});

describe("the words the reading turns on are read through a typo", () => {
  it("spells a side, a victim noun and 'casualties' right", () => {
    expect(withKeyWordsSpelled("How many Armenain soldeirs died?")).toBe("How many Armenian soldiers died?");
    expect(withKeyWordsSpelled("What casualites did Baku report?")).toBe("What casualties did Baku report?");
    expect(withKeyWordsSpelled("Did Azerbajan deny it?")).toBe("Did Azerbaijan deny it?");
  });

  it("leaves other words alone", () => {
    expect(withKeyWordsSpelled("Which soldier was a casual visitor to Armenia?")).toBe("Which soldier was a casual visitor to Armenia?");
  });

  it("reads whose losses and a figure through the typos", () => {
    const q = understandQuestion("What casualites did the Armenain army announce?");
    expect(q.asked).toBe("figure");
    expect(understandQuestion("How many Armenain soldiers were killed?").affected).toBe("armenia");
  });
});
