// "How many soldiers did Azerbaijan lose": the claimant's own figure of its own losses, on articles
// of our own. A sentence holding the side's claim about the enemy and the enemy's claim about the
// side answers neither; a side's losses told in the past ("we lost") are found.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a side's own losses asked for", () => {
  const index = indexOf(
    [
      "balance.md",
      [
        "# A year after the offensive",
        "",
        "Lowland Review · 2 October 2023",
        "",
        "Each side claimed far higher enemy losses: the Azerbaijani Defence Ministry said more than 300 Armenian soldiers had been killed in the offensive, and the Karabakh army said Azerbaijan had lost 250 soldiers.",
      ],
    ],
    [
      "toll.md",
      [
        "# Baku gives its toll",
        "",
        "Lowland Press · 28 September 2023",
        "",
        "Azerbaijan's Health Ministry said on 27 September that 150 servicemen were killed in the operation.",
      ],
    ],
  );

  it("leads with the side's figure of its own losses, not a sentence with two other figures", () => {
    const answer = ask(index, "How many soldiers did Azerbaijan lose in the September 2023 offensive?");
    expect(answer.lead?.text).toContain("150 servicemen");
    expect(answer.lead?.side).toBe("azerbaijan");
  });

  it("searches a question's 'lose' also as 'lost'", () => {
    const terms = planQuery(index.search, "How many soldiers did Azerbaijan lose?").terms.map((t) => t.term);
    expect(terms).toContain("lost");
  });
});
