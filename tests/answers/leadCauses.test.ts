// Lead causes found on unseen question sets (issue 8), each on a small corpus written for it:
// "when" wants a time, a question never answers, a day asked is not another day's toll, a raised
// toll is the latest word, a side "losing" loses its own, a possessive before a deed names no
// speaker, "According to X, why …" asks why, and named events people call by other names.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { isQuestionSentence } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a 'when' question is answered by a sentence that gives a time", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "truce.txt",
      published: "2019-07-10",
      paragraphs: [
        "The truce along the northern front was welcomed by the monitors. The truce along the northern front took effect at 06:00 on Tuesday, the monitors said.",
        filler,
      ],
    }),
  );

  it("leads with the hour, not the restatement", () => {
    expect(ask(index, "When did the truce along the northern front take effect?").lead?.text).toContain("06:00");
  });
});

describe("a question in the text never leads", () => {
  it("knows a question when it sees one", () => {
    expect(isQuestionSentence("Did the army fire at the depot?")).toBe(true);
    expect(isQuestionSentence("QUESTION (Radio Dawn): and the depot")).toBe(true);
    expect(isQuestionSentence("The army denied firing at the depot.")).toBe(false);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "briefing.txt",
      published: "2019-08-01",
      paragraphs: ["Did the army fire at the fuel depot in Aghdara? No, the army did not fire at the fuel depot, the spokesman said.", filler],
      claims: [{ paragraph: 0, fragment: "No, the army", side: "armenia", speaker: "the spokesman", kind: "denial" }],
    }),
  );

  it("leads with the answer to the interviewer's question", () => {
    expect(ask(index, "did the army fire at the fuel depot in Aghdara?").lead?.text).toContain("did not fire");
  });
});

describe("a figure question about one day wants that day's figure", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "strike.txt",
      published: "2020-10-18",
      paragraphs: [
        "A week earlier, on 9 October, a rocket strike on Tovuz killed 4 civilians. As a result of the night strike on Tovuz, 11 civilians were killed.",
        filler,
      ],
      casualties: [
        {
          paragraph: 0,
          fragment: "killed 4 civilians",
          claimedBy: "unattributed",
          affected: "unspecified",
          killed: 4,
          wounded: null,
          qualifier: null,
          date: "2020-10-09",
        },
        {
          paragraph: 0,
          fragment: "11 civilians",
          claimedBy: "unattributed",
          affected: "unspecified",
          killed: 11,
          wounded: null,
          qualifier: null,
          date: "2020-10-16",
        },
      ],
    }),
  );

  it("leads with the figure of the day asked", () => {
    expect(ask(index, "How many civilians were killed in the rocket strike on Tovuz of 16 October 2020?").lead?.text).toContain("11 civilians");
  });
});

describe("a raised toll is the latest word", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "toll.txt",
      published: "2020-10-20",
      paragraphs: ["Prosecutors put the death toll from the strike on Barda at 7. Later the prosecutors raised the death toll from the strike on Barda to 9."],
      casualties: [
        { paragraph: 0, fragment: "at 7", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 7, wounded: null, qualifier: null },
        { paragraph: 0, fragment: "raised the death toll", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 9, wounded: null, qualifier: null },
      ],
    }),
  );

  it("leads with the updated figure", () => {
    expect(ask(index, "What was the death toll of the strike on Barda?").lead?.text).toContain("to 9");
  });
});

describe("reading the question's sides and kind", () => {
  it("a side admitting losing troops loses its own", () => {
    const q = understandQuestion("How many troops did Azerbaijan admit losing in the fighting?");
    expect(q.claimant).toBe("azerbaijan");
    expect(q.affected).toBe("azerbaijan");
  });

  it("a side reporting losses, naming no other, reports its own", () => {
    expect(understandQuestion("what losses did Armenia's defence ministry report in May?").affected).toBe("armenia");
  });

  it("a possessive before a deed names no speaker", () => {
    expect(understandQuestion("Were any peacekeepers killed during Azerbaijan's September 2023 offensive?").claimant).toBeNull();
    expect(understandQuestion("Was the convoy stopped by Armenia's border guards?").claimant).toBe("armenia");
  });

  it("'According to X, why …' asks why", () => {
    expect(understandQuestion("According to Yerevan, why did the talks fail?").asked).toBe("why");
  });

  it("knows events by the names people give them", () => {
    expect(understandQuestion("What happened after the one-day offensive?").time?.event?.id).toBe("september-2023-offensive");
    expect(understandQuestion("What did Moscow say about the April 2016 flare-up?").time?.event?.id).toBe("four-day-war");
    expect(understandQuestion("How many died in the Sumgait pogrom?").time?.event?.id).toBe("sumgait-pogrom");
  });
});

describe("a figure about the side asked beats a toll that names no side", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "tolls.txt",
      published: "2016-04-03",
      paragraphs: [
        "At least 20 soldiers on both sides have been killed in the fighting near the lake. Azerbaijan's defence ministry said 6 of its soldiers had been killed near the lake.",
      ],
      claims: [{ paragraph: 0, fragment: "6 of its soldiers", side: "azerbaijan", speaker: "Azerbaijan's defence ministry" }],
      casualties: [
        { paragraph: 0, fragment: "At least 20", claimedBy: "unattributed", affected: "unspecified", killed: 20, wounded: null, qualifier: "at least" },
        { paragraph: 0, fragment: "6 of its soldiers", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 6, wounded: null, qualifier: null },
      ],
    }),
  );

  it("leads with the side's own figure", () => {
    expect(ask(index, "how many azerbaijani soldiers were killed in the fighting near the lake").lead?.text).toContain("6 of its soldiers");
  });
});
