// "When did the truce start": the hour it runs from ("from 12:00 on October 10") answers, not the
// hour it was agreed or announced. On an article of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("the start of a truce asked for", () => {
  const index = indexOf(
    [
      "truce.md",
      [
        "# Humanitarian truce agreed in Moscow",
        "",
        "Lowland Press · 10 October 2020",
        "",
        "After ten hours of talks in Moscow, the foreign ministers of Armenia and Azerbaijan agreed early on Saturday to a humanitarian ceasefire, Russian Foreign Minister Sergey Lavrov announced shortly after 3:00 a.m.",
        "",
        "Lavrov read out the joint statement: “A ceasefire is declared from 12:00 on October 10 for humanitarian purposes.”",
      ],
    ],
    ["schools.md", ["# Schools reopen", "", "Lowland Press · 1 September 2020", "", "The school year will start on Monday in Stepanakert and Goris."]],
  );

  it("leads with the hour the truce runs from", () => {
    expect(ask(index, "when did the october 2020 humanitarian ceasefire start?").lead?.text).toContain("from 12:00 on October 10");
  });
});
