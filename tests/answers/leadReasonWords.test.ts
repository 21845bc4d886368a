// Lead choice, on articles of our own: a "why" question is answered by the sentence that gives the
// reason in words other than "because": what prompted a step, what the alternative would have led
// to, who was at risk, what a side calls a red line.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("reasons given without 'because'", () => {
  const pipeline = indexOf([
    "pipeline.md",
    [
      "# Tehran and the northern pipeline route",
      "",
      "Caspian Courier · 3 March 2024",
      "",
      "Iran's foreign ministry again voiced its opposition to the northern pipeline route on Sunday, in a statement read on state television.",
      "",
      "A senior Iranian lawmaker told a news agency that the northern pipeline route is a red line for Tehran.",
    ],
  ]);

  it("leads with what the side calls a red line, not with the news that it objects", () => {
    const answer = ask(pipeline, "Why is Iran so against the northern pipeline route?");
    expect(answer.lead?.text).toContain("red line");
  });

  const truce = indexOf([
    "truce.md",
    [
      "# The river truce",
      "",
      "Hill Gazette · 12 May 1993",
      "",
      "Armenian Prime Minister Hrant Petrosyan agreed to the river truce on Tuesday night, his office said in a statement on Wednesday.",
      "",
      "Petrosyan said in a televised address that refusing to agree to the river truce would have led to the loss of the whole valley.",
    ],
  ]);

  it("leads with what the alternative would have led to, not with the news of the agreement", () => {
    const answer = ask(truce, "Why did Petrosyan agree to the river truce?");
    expect(answer.lead?.text).toContain("would have led");
  });
});
