// Classes of lead error found on the unseen sets blind4–blind9 (issue 8), each on a small corpus
// written for it: a side's response is its own word, another camp's count or another day's toll
// does not answer a figure question, an interviewer's turn does not answer, a sentence in which
// nobody speaks does not say what someone said, a "why" wants the words that give the reason, and
// a side's name typed wrong ("bakou") is read as the search corrects it.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";
import type { CasualtyFigure, Claim, ClaimSide, Claimant, Genre } from "../../src/core/types.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a question about a side's response is answered by that side's own word", () => {
  it("reads 'how did X react / respond / reply' as asking for X's response", () => {
    expect(understandQuestion("how did turkey react to the claim?")).toMatchObject({ asked: "response", claimant: "turkey" });
    expect(understandQuestion("What was Baku's response to the report?").asked).toBe("response");
    expect(understandQuestion("How did Yerevan reply?").asked).toBe("response");
    expect(understandQuestion("Who was responsible for the blast?").asked).toBe("who");
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "drone-check.txt",
      published: "2020-10-02",
      genre: "fact-check",
      paragraphs: [
        "CLAIM: A Turkish drone destroyed an Armenian radar station near Orun, the Armenian defence ministry said.",
        "The claim that a Turkish drone destroyed the radar station is false, the Turkish defence ministry said the same evening.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "CLAIM", side: "armenia", speaker: "the Armenian defence ministry", kind: "accusation" },
        { paragraph: 1, fragment: "is false", side: "turkey", speaker: "the Turkish defence ministry", kind: "denial" },
      ],
    }),
  );

  it("leads with Ankara's denial, not with the claim it answers", () => {
    expect(ask(index, "how did turkey react to the claim that a turkish drone destroyed the radar station?").lead?.text).toContain("is false");
  });
});

describe("a figure question naming who counts is not answered by another camp's count", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "talysh.txt",
      published: "2016-04-03",
      paragraphs: [
        "Armenia's defence ministry said 14 Armenian soldiers were killed in the fighting for the heights near Talysh on the first day.",
        "Baku said 5 of its servicemen were killed in the fighting for the heights.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "14 Armenian", side: "armenia", speaker: "Armenia's defence ministry", kind: "casualties" },
        { paragraph: 1, fragment: "Baku said", side: "azerbaijan", speaker: "Baku", kind: "casualties" },
      ],
      casualties: [
        { paragraph: 0, fragment: "14 Armenian", claimedBy: "armenia", affected: "armenia", killed: 14, wounded: null, qualifier: null },
        { paragraph: 1, fragment: "Baku said", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 5, wounded: null, qualifier: null },
      ],
    }),
  );

  it("leads with Baku's own count when Azerbaijan's admission is asked for", () => {
    expect(ask(index, "How many soldiers did Azerbaijan admit losing in the fighting for the heights near Talysh?").lead?.text).toContain(
      "5 of its servicemen",
    );
  });
});

describe("a figure question about one day is not answered by the toll of another day", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "mingachevir.txt",
      published: "2020-10-05",
      paragraphs: [
        "Only three days earlier, on 1 October, a rocket strike on a market in Mingachevir killed 2 civilians.",
        "Prosecutors said 4 civilians were killed in the night attack on Mingachevir.",
        filler,
      ],
      places: ["Mingachevir"],
      casualties: [
        {
          paragraph: 0,
          fragment: "killed 2",
          claimedBy: "unattributed",
          affected: "unspecified",
          killed: 2,
          wounded: null,
          qualifier: null,
          date: "2020-10-01",
        },
        {
          paragraph: 1,
          fragment: "4 civilians",
          claimedBy: "unattributed",
          affected: "unspecified",
          killed: 4,
          wounded: null,
          qualifier: null,
          date: "2020-10-04",
        },
      ],
    }),
  );

  it("leads with the toll of the day asked about", () => {
    expect(ask(index, "How many civilians were killed in the rocket strike on Mingachevir on 4 October 2020?").lead?.text).toContain("4 civilians");
  });
});

describe("in an interview, the interviewer's turn does not answer", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "interview.txt",
      published: "1999-12-06",
      genre: "interview",
      paragraphs: [
        "REVIEW: Newspapers in Baku write about a swap of the Zangelan hills for a road to Nakhchivan.",
        "Minister: No swap of the Zangelan hills is on the table. The hills are our sovereign territory.",
        filler,
      ],
      claims: [{ paragraph: 1, fragment: "No swap", side: "armenia", speaker: "the minister", kind: "denial" }],
    }),
  );

  it("leads with the minister's answer", () => {
    expect(ask(index, "Did the minister rule out a swap of the Zangelan hills?").lead?.text).toContain("No swap");
  });
});

describe("a 'why' question wants the sentence that gives the reason", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "post.txt",
      published: "2024-02-13",
      paragraphs: [
        "The border service said its guards fired at the Armenian post near Kornidzor on Tuesday. It called the shooting a revenge operation for the wounding of a guard the day before.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "Kornidzor on", side: "azerbaijan", speaker: "the border service", kind: "statement" },
        { paragraph: 0, fragment: "revenge operation", side: "azerbaijan", speaker: "the border service", kind: "statement" },
      ],
    }),
  );

  it("leads with the revenge the service gave as its reason", () => {
    expect(ask(index, "Why did the border service fire at the Armenian post near Kornidzor?").lead?.text).toContain("revenge operation");
  });
});

// The same classes one sentence at a time: how well a sentence fits the question, all else equal.
function facts(text: string, extra: Partial<SentenceFacts> = {}): SentenceFacts {
  return { sentence: { id: "a#p0.s0", passageId: "a#p0", text }, heading: false, claims: [], figures: [], places: [], published: "2020-10-05", ...extra };
}
function claim(side: ClaimSide, kind: Claim["kind"] = "statement"): Claim {
  return { id: `a#p0.s0:${side}`, file: "a", passageId: "a#p0", sentenceId: "a#p0.s0", sentence: "", speaker: side, side, kind, date: null };
}
function toll(claimedBy: Claimant, affected: CasualtyFigure["affected"], day: string | null = null): CasualtyFigure {
  const date = day ? { text: day, start: day, end: day, precision: "day" as const } : null;
  return { file: "a", passageId: "a#p0", sentenceId: "a#p0.s0", sentence: "", claimedBy, affected, killed: 5, wounded: null, qualifier: null, date };
}
const fitOf = (question: string, sentence: SentenceFacts) => questionFit(understandQuestion(question), sentence);

describe("how well one sentence fits, class by class", () => {
  it("a response question fits the named side's denial more than twice as well as the claim it answers", () => {
    const question = "how did turkey respond to the claim about the drone?";
    const denial = fitOf(question, facts("The claim is false.", { claims: [claim("turkey", "denial")] }));
    const accusation = fitOf(question, facts("CLAIM: a Turkish drone struck.", { claims: [claim("armenia", "accusation")] }));
    expect(denial).toBeGreaterThan(2 * accusation);
  });

  it("a figure question naming who counts fits another camp's count less than 0.6 as well as a toll nobody claims", () => {
    const question = "How many soldiers did Azerbaijan say it lost?";
    const others = fitOf(
      question,
      facts("Armenia said 5 of its soldiers were killed.", { claims: [claim("armenia", "casualties")], figures: [toll("armenia", "armenia")] }),
    );
    const nobodys = fitOf(question, facts("At least 5 soldiers were killed.", { figures: [toll("unattributed", "unspecified")] }));
    expect(others).toBeLessThan(0.6 * nobodys);
  });

  it("a figure question about one day fits a toll of another day less than 0.4 as well as that day's", () => {
    const question = "How many civilians were killed on 4 October 2020?";
    const otherDay = fitOf(question, facts("A strike killed 5 civilians on 1 October.", { figures: [toll("unattributed", "unspecified", "2020-10-01")] }));
    const thatDay = fitOf(question, facts("A strike killed 5 civilians.", { figures: [toll("unattributed", "unspecified", "2020-10-04")] }));
    expect(otherDay).toBeLessThan(0.4 * thatDay);
  });

  it("a sentence nobody speaks fits less in an interview or a briefing than in a news story", () => {
    const question = "Did the minister rule out a swap?";
    const asked = (genre: Genre) => fitOf(question, facts("REVIEW: Newspapers write about a swap.", { genre }));
    expect(asked("interview")).toBeLessThan(asked("news"));
    expect(asked("transcript")).toBeLessThan(asked("news"));
  });

  it("'what did X say' fits a sentence nobody speaks less than a question naming no speaker does", () => {
    const silent = facts("Three months on, the families still wait for word.");
    expect(fitOf("What did Baku say about the families?", silent)).toBeLessThan(fitOf("What happened to the families?", silent));
  });

  it("a 'why' question fits a retaliation, a revenge or a 'saying' more than a bare report", () => {
    const question = "Why did the guards open fire?";
    const bare = fitOf(question, facts("The guards opened fire on the post."));
    for (const reason of [
      "The guards opened fire in retaliation for the shelling.",
      "The guards opened fire in response to the provocation.",
      "The guards opened fire, saying the post had fired first.",
    ])
      expect(fitOf(question, facts(reason))).toBeGreaterThan(bare);
  });
});

describe("a side's name typed wrong is read as the search corrects it", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "sotk.txt",
      published: "2021-08-20",
      paragraphs: [
        "Armenia's defence ministry said one of its soldiers was wounded by Azerbaijani fire near the village of Sotk on Thursday.",
        "Baku denied opening fire and said its units had kept to the ceasefire.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "wounded", side: "armenia", speaker: "Armenia's defence ministry", kind: "accusation" },
        { paragraph: 1, fragment: "Baku denied", side: "azerbaijan", speaker: "Baku", kind: "denial" },
      ],
    }),
  );

  it("leads with Baku's denial when asked 'did bakou deny'", () => {
    expect(ask(index, "did bakou deny firing at armenian soldiers near sotk?").lead?.text).toContain("Baku denied");
  });
});
