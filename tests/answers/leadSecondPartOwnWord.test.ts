// A two-part question whose second part asks what a side said ("was the town taken? what did
// Stepanakert say"): the lead is that side's word, not the other side's claim that holds the
// first part's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a side's word asked in a question's second part", () => {
  const index = indexOf([
    "town.md",
    [
      "# Rival claims over Martuni",
      "",
      "Highland Dispatch · 15 October 2020",
      "",
      "On October 14 President Ilham Aliyev announced that Azerbaijani forces had captured Martuni and four nearby villages.",
      "",
      "The Karabakh defence army said the town remained under its full control and that fighting continued on its outskirts.",
    ],
  ]);

  it("leads with the named side's word after a yes-or-no first part", () => {
    const answer = ask(index, "was martuni captured on 14 october? what did stepanakert say");
    expect(answer.lead?.text).toContain("under its full control");
  });

  it("leads with the named side's version after a comma", () => {
    const answer = ask(index, "was martuni captured on 14 october, what was stepanakert's version");
    expect(answer.lead?.text).toContain("under its full control");
  });
});
