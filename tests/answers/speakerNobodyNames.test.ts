// "What did Macron say about the ceasefire?" over articles that never name him (issue 8): no
// sentence holds his words, and another voice's statement set first would read as his answer.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a speaker the corpus never names", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "truce.txt",
      published: "2019-06-03",
      paragraphs: [
        "The Karabakh army said its troops did not breach the ceasefire at any point along the line of contact.",
        "Azerbaijan's defence ministry accused Armenian units of violating the ceasefire near Tovuz on Saturday.",
        "Prime Minister Nikol Pashinian said the ceasefire must hold while talks go on.",
      ],
      claims: [
        { paragraph: 0, fragment: "did not breach the ceasefire", side: "nagorno-karabakh", speaker: "The Karabakh army", kind: "denial" },
        { paragraph: 1, fragment: "accused Armenian units", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "accusation" },
        { paragraph: 2, fragment: "the ceasefire must hold", side: "armenia", speaker: "Prime Minister Nikol Pashinian", kind: "statement" },
      ],
    }),
  );

  it("gives no lead for what Macron said, and says that no source names him", () => {
    const answer = ask(index, "What did Macron say about the ceasefire?");
    expect(answer.lead).toBeNull();
    expect(answer.note).toContain("No source here names Macron");
  });

  it("still shows what the sources say about the ceasefire, each line under its own side", () => {
    const answer = ask(index, "What did Macron say about the ceasefire?");
    expect(answer.lines.map((l) => l.side)).toEqual(expect.arrayContaining(["nagorno-karabakh", "azerbaijan"]));
  });

  it("says the same of a source named after 'according to'", () => {
    expect(ask(index, "Who broke the ceasefire, according to Zelensky?").note).toContain("No source here names Zelensky");
  });

  it("answers a speaker the corpus names, typed in another spelling", () => {
    const answer = ask(index, "What did Pashinyan say about the ceasefire?");
    expect(answer.lead?.text).toContain("must hold");
    expect(answer.note ?? "").not.toContain("No source here names");
  });
});
