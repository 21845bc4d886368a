// A question about a time the corpus does not reach is answered with the nearest matches, and a
// note that says they are of other times. Articles written for this test.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const index = buildAnswerIndex(
  extractCorpus([
    {
      file: "sotk.txt",
      text: [
        "Two soldiers killed near Sotk",
        "Lowland Press · 14 June 2021",
        "",
        "Armenia's defence ministry said two soldiers were killed near Sotk on Sunday.",
      ].join("\n"),
    },
  ]).knowledge,
);

describe("a question about a time no source reaches", () => {
  it("says that nothing is dated then, naming the month asked", () => {
    expect(ask(index, "How many Armenian soldiers were killed near Sotk in February 2024?").note).toContain("Nothing in the sources is dated February 2024");
  });
  it("names a year asked as the year", () => {
    expect(ask(index, "How many soldiers were killed near Sotk in 2019?").note).toContain("dated 2019;");
  });
  it("adds no such note when the answer is of the time asked", () => {
    expect(ask(index, "How many Armenian soldiers were killed near Sotk in June 2021?").note ?? "").not.toContain("Nothing in the sources");
  });
  it("adds no such note when no time was asked", () => {
    expect(ask(index, "How many Armenian soldiers were killed near Sotk?").note ?? "").not.toContain("Nothing in the sources");
  });
});
