// "How many soldiers were captured or missing": the held and the unaccounted for are counted, not the
// dead and wounded, on articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a count of the held and the missing asked for", () => {
  const index = indexOf([
    "border.md",
    [
      "# Clashes on the southern border",
      "",
      "Lowland Press · 17 May 2022",
      "",
      "The Armenian Defence Ministry said five Armenian soldiers had been wounded in the fighting on the southern border on Tuesday.",
      "",
      "The Armenian Defence Ministry later gave its full count: one serviceman killed, nine taken prisoner and contact lost with 12 others.",
    ],
  ]);

  it("leads with the count of those taken prisoner or out of contact, not the wounded", () => {
    const answer = ask(index, "how many armenian soldiers were captured or missing after the southern border fighting");
    expect(answer.lead?.text).toContain("taken prisoner");
  });

  it("still leads with the wounded when the wounded are asked", () => {
    const answer = ask(index, "how many armenian soldiers were wounded in the southern border fighting");
    expect(answer.lead?.text).toContain("five Armenian soldiers had been wounded");
  });
});
