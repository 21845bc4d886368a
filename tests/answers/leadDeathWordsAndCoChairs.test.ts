// Two classes of lead error: a question that asks for the dead in other words than "died" or
// "killed" ("how many perished", "lost their lives") is still a question about a toll, so a count
// of something else ("300 people reached the town") does not answer it; and "the American
// co-chair" is a member of the mediators speaking, not the United States.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Roads in the district were closed to traffic for most of the week.";

describe("'how many perished' asks for a toll", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "pass.txt",
      published: "1993-01-20",
      paragraphs: [
        "Officials in Baku say only about 300 villagers from Karaguney reached the town of Barda after crossing the pass.",
        "They say that more than 200 people perished on the way, many of them from the cold.",
        filler,
      ],
      places: ["Karaguney", "Barda"],
      claims: [
        { paragraph: 0, fragment: "reached the town", side: "azerbaijan", speaker: "Officials in Baku", date: "1993-01-18" },
        { paragraph: 1, fragment: "perished on the way", side: "azerbaijan", speaker: "Officials in Baku", date: "1993-01-18" },
      ],
    }),
  );

  it("leads 'how many people perished' with the count of the dead, not of the survivors", () => {
    const answer = ask(index, "How many people did Baku officials say perished fleeing Karaguney?");
    expect(answer.lead?.text).toContain("more than 200 people perished");
  });

  it("reads 'lost their lives' as a question about losses too", () => {
    const answer = ask(index, "How many villagers from Karaguney lost their lives, according to Baku?");
    expect(answer.lead?.text).toContain("more than 200 people perished");
  });
});

describe("a country word before the mediators' name names which co-chair speaks", () => {
  it("reads 'the American co-chair' as the mediators speaking", () => {
    expect(understandQuestion("What did the American co-chair say after the talks?").claimant).toBe("osce-minsk-group");
    expect(understandQuestion("what did the US minsk co-chair say about the summit").claimant).toBe("osce-minsk-group");
  });

  it("still reads a country that speaks to the mediators as the speaker", () => {
    expect(understandQuestion("What did Armenia ask the co-chairs to do?").claimant).toBe("armenia");
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "talks.md",
      published: "2001-04-08",
      paragraphs: [
        "Secretary of State Colin Harlow, who opened the round, said the United States was ready to help pay for rebuilding once a deal was signed.",
        "Martin Keene, the American co-chairman of the OSCE Minsk Group, told reporters that the two presidents had made real headway and would meet again in June.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "ready to help pay", side: "united-states", speaker: "Secretary of State Colin Harlow", date: "2001-04-07" },
        {
          paragraph: 1,
          fragment: "real headway",
          side: "osce-minsk-group",
          speaker: "Martin Keene, the American co-chairman of the OSCE Minsk Group",
          date: "2001-04-07",
        },
      ],
    }),
  );

  it("leads 'what did the US co-chair say' with the co-chairman's words, not the secretary of state's", () => {
    const answer = ask(index, "what did the US co-chair say after the talks");
    expect(answer.lead?.text).toContain("made real headway");
    expect(answer.lead?.side).toBe("osce-minsk-group");
  });
});
