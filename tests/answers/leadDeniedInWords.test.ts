// "Who denied that …": a spoken sentence calling the claim false in its own words ("is completely
// untrue") is the denial, though not read as one; a bare "denies this" after another charge of the
// same article rejects that charge and is not the answer (articles of our own).
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a denial in its own words against a bare denial of another charge", () => {
  const index = indexOf([
    "radar.md",
    [
      "# Radar post hit",
      "",
      "Highland Wire · 6 October 2020",
      "",
      "Armenia said on Monday that a Turkish drone had destroyed the Armenian radar post near Goris.",
      "",
      '"The story of a Turkish drone over the radar post is completely untrue," said Omer Kaya, a spokesman for the Turkish Defence Ministry.',
      "",
      "Yerevan had earlier accused Ankara of training artillery crews for the front. Turkey officially denies this.",
    ],
  ]);

  it("leads with the sentence that calls the claim untrue", () => {
    const answer = ask(index, "who denied that a turkish drone destroyed the armenian radar post");
    expect(answer.lead?.text).toContain("completely untrue");
  });
});
