// Words a question uses that articles write otherwise: a "chief" is the "head" of an organisation,
// a "demand" is reported as a call or an urging. On an article of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("an official asked for by a word the article does not use", () => {
  const index = indexOf([
    "visit.md",
    [
      "# US envoy visits the border",
      "",
      "Lowland Press · 26 September 2023",
      "",
      "Thousands of people crossed into Armenia on Monday as the exodus from Karabakh went on.",
      "",
      "Jane Harlow, the head of USAID, who visited the border this week, called on Azerbaijan to allow independent monitors into the region.",
    ],
  ]);

  it("searches a question's 'chief' also as 'head' and its 'demand' also as a call or an urging", () => {
    const terms = planQuery(index.search, "What did the aid chief demand?").terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(["head", "call", "urg"]));
  });

  it("leads with the head's call when asked for the chief's demand", () => {
    const answer = ask(index, "What did the US aid chief Jane Harlow demand from Azerbaijan during the Karabakh exodus?");
    expect(answer.lead?.text).toContain("called on Azerbaijan to allow independent monitors");
  });
});
