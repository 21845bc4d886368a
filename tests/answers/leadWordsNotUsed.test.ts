// Words a question uses that articles write otherwise: a "chief" is the "head" of an organisation,
// a "demand" is reported as a call or an urging, and what a mediator "asked" of a side is reported
// as urging it. On articles of our own.
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

describe("what a mediator asked of a side, reported as urging it", () => {
  const index = indexOf([
    "mediators.txt",
    [
      "Mediators call for restraint after the clash",
      "",
      "Valley Wire · 14 March 2015",
      "",
      "The mediators expressed their concern about the clash on the line of contact and the loss of life on both sides.",
      "",
      "They welcomed the meeting of the two foreign ministers in Geneva earlier this month.",
      "",
      "Armenia's foreign ministry said it had asked the mediators to visit the soldiers' posts on the line of contact.",
      "",
      "The mediators urged Armenia to return the bodies of the two soldiers to their families without delay.",
    ],
  ]);

  it("searches a question's 'asked' also as 'urged'", () => {
    expect(planQuery(index.search, "What have the mediators asked Armenia to do?").terms.map((t) => t.term)).toEqual(expect.arrayContaining(["urg"]));
  });

  it("leads with the urging when asked what the mediators asked", () => {
    expect(ask(index, "What did the mediators ask Armenia to do about the soldiers?").lead?.text).toContain("urged Armenia to return the bodies");
  });
});
