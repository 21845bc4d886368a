// A report from before the period a question asks about cannot tell what happened in it: "when did
// the ceasefire after the September 2022 fighting take effect" is not answered by a report of an
// earlier ceasefire, however well its words match. On articles of our own.
import { describe, expect, it } from "vitest";
import { searchPassages } from "../../src/core/search/search.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const index = buildSearchIndex(
  corpusFixture(
    {
      file: "earlier.txt",
      published: "2021-11-17",
      paragraphs: [
        "The fighting on the border stopped after telephone talks, and the ceasefire took effect in the evening on the border, the border ministry said after the fighting.",
      ],
    },
    {
      file: "later.txt",
      published: "2022-09-15",
      paragraphs: ["A truce has been in force on the border since eight in the evening, officials said after two days of fighting."],
    },
    {
      file: "other.txt",
      published: "2022-09-20",
      paragraphs: ["The market in the capital reopened after the holiday, and the roads stayed busy."],
    },
  ),
);

describe("a report from before the period asked about", () => {
  const scoreOf = (question: string, file: string) => searchPassages(index, question).hits.find((h) => h.record.article.meta.file === file)?.score ?? 0;

  it("weighs less than half what it weighs when no time is asked", () => {
    const dated = scoreOf("When did the ceasefire after the September 2022 border fighting take effect?", "earlier.txt");
    const undated = scoreOf("When did the ceasefire after the border fighting take effect?", "earlier.txt");
    expect(dated).toBeGreaterThan(0);
    expect(dated).toBeLessThan(0.5 * undated);
  });
});
