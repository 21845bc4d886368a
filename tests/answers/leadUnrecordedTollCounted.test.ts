// A toll asked of a voice the extraction could not side (issue 8): "how many people did the
// interior ministry say died?" is answered by the ministry's count ("83 civilians had been killed"),
// which carries no recorded figure, over another voice's recorded count of "people". A count of
// civilians counts people, and an unrecorded toll counts what is asked as well as a recorded one.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { countsWhatIsAsked } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a toll with no recorded figure, of the voice asked", () => {
  it("reads a count of civilians as a count of people", () => {
    expect(countsWhatIsAsked("How many people died in the city?", "The ministry said 83 civilians had been killed.")).toBe(true);
  });

  const knowledge = corpusFixture({
    file: "crackdown.txt",
    published: "1990-01-22",
    paragraphs: [
      "Opposition spokesmen said more than 300 people had died since the interior ministry's troops entered the city.",
      "The Soviet Interior Ministry said 83 civilians had been killed.",
    ],
    claims: [
      { paragraph: 0, fragment: "more than 300 people", side: "other", speaker: "Opposition spokesmen", kind: "casualties" },
      { paragraph: 1, fragment: "83 civilians", side: "other", speaker: "The Soviet Interior Ministry", kind: "casualties" },
    ],
    casualties: [{ paragraph: 0, fragment: "more than 300 people", claimedBy: "other", affected: "azerbaijan", killed: 300, wounded: null, qualifier: null }],
  });
  // A Soviet ministry's word is left unsided, as the extraction leaves it.
  const index = buildAnswerIndex({
    articles: knowledge.articles.map((a) => ({ ...a, claims: a.claims.map((c) => (c.speaker.includes("Soviet") ? { ...c, side: "unclear" as const } : c)) })),
  });

  it("leads 'how many people did the interior ministry say died' with the ministry's count", () => {
    expect(ask(index, "How many people did the Soviet interior ministry say died?").lead?.text).toContain("83 civilians");
  });
});
