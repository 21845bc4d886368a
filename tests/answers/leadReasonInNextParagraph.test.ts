// Lead choice, on articles of our own: for a "why" question the best match often restates the act,
// and the cause opens the next paragraph in other words: a speaker explaining it, the condition a
// refusal waits on, the rule a verdict follows.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("the cause in the paragraph after the act", () => {
  const index = indexOf(
    [
      "count.md",
      [
        "# Two counts of the dead",
        "",
        "Harbour Gazette · 9 December 2020",
        "",
        "Lowland's health ministry has counted 2,300 bodies of soldiers, more than the army's list of 1,900 confirmed dead.",
        "",
        "The gap, a ministry spokeswoman explained, is made up of bodies of soldiers listed as missing and found after the fighting.",
      ],
    ],
    [
      "treaty.md",
      [
        "# Lowland will not sign the river treaty",
        "",
        "Harbour Gazette · 4 May 2021",
        "",
        "Lowland's foreign minister said Lowland would not sign the river treaty with Highland this year.",
        "",
        '"Until the clause on the upper dam is removed, signing the treaty makes no sense to us," he told reporters.',
      ],
    ],
    [
      "verdict.md",
      [
        "# Court sentences saboteurs",
        "",
        "Harbour Gazette · 9 June 2021",
        "",
        "The court gave Arman Petrosyan and Karen Davtyan 20 years in prison rather than life terms.",
        "",
        "Under the Criminal Code, a life term cannot be imposed on defendants older than 65.",
      ],
    ],
    [
      "parade.md",
      [
        "# A parade in the capital",
        "",
        "Harbour Gazette · 1 June 2021",
        "",
        "Lowland held a military parade in its capital on Saturday.",
        "",
        "The Harbour news agency, citing local officials, said the parade would be held again next year.",
      ],
    ],
  );

  it("leads with the speaker's explanation, not the count it explains", () => {
    expect(ask(index, "Why was the health ministry's count of dead soldiers higher than the army's list?").lead?.text).toContain("The gap");
  });

  it("leads with the condition a refusal waits on", () => {
    expect(ask(index, "Why won't Lowland sign the river treaty?").lead?.text).toContain("Until the clause");
  });

  it("leads with the rule a verdict follows", () => {
    expect(ask(index, "Why did Petrosyan and Davtyan get 20 years rather than life?").lead?.text).toContain("Criminal Code");
  });

  it("keeps the act when the next paragraph gives no cause, only the officials a report cites", () => {
    expect(ask(index, "Why did Lowland hold a military parade?").lead?.text).toContain("held a military parade");
  });
});
