// A sentence that brings a speaker on the scene ("The envoy, who is touring the region with a team of
// lawyers, went to the village on Tuesday.") holds the question's words but says nothing; when a word
// or a finding is asked, what that speaker said or found, in the sentences after it, answers.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a speaker brought on the scene, then his word", () => {
  const index = indexOf([
    "inquiry.md",
    [
      "# Rights lawyers visit shelled village",
      "",
      "Upland Observer · 9 March 2004",
      "",
      "Margaret Holloway, a British rights lawyer who is touring the region with a team from the Geneva Legal Forum, went to the village of Dashbulag after the shelling on Tuesday.",
      "The Geneva Legal Forum said it had found three houses destroyed and a school hit by mortar fire.",
      "",
      "The road to the village was reopened on Wednesday.",
    ],
  ]);

  it("leads 'what did the team find in the village' with the team's finding, not with the visit", () => {
    const answer = ask(index, "What did Margaret Holloway's team from the Geneva Legal Forum find in Dashbulag?");
    expect(answer.lead?.text).toContain("had found three houses destroyed");
  });

  it("still leads a question of when with the sentence that tells the visit", () => {
    const answer = ask(index, "When did Margaret Holloway go to Dashbulag?");
    expect(answer.lead?.text).toContain("went to the village of Dashbulag");
  });
});

describe("a scene that already reports what was said", () => {
  const index = indexOf([
    "talks.md",
    [
      "# Ministers meet in Vienna",
      "",
      "Alpine Wire · 3 June 2005",
      "",
      "Foreign minister Peter Lindqvist told reporters in Vienna that the talks on the corridor had been frank and useful.",
      "Lindqvist said the next round would be held in the autumn.",
    ],
  ]);

  it("keeps the sentence that reports the word itself", () => {
    const answer = ask(index, "What did Lindqvist say about the talks on the corridor in Vienna?");
    expect(answer.lead?.text).toContain("frank and useful");
  });
});
