// "Did Yerevan admit firing at the town?" (issue 8): "Yerevan rejected the accusation outright." is
// a bare denial as much as "Yerevan rejected the accusation.": the words of the denial after it
// ('"No fire has been opened from Armenian territory," the spokeswoman wrote') lead in its place.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a bare denial with an adverb gives the lead to its words", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "shamkir.txt",
      published: "2020-10-12",
      paragraphs: [
        "Baku said Armenian forces had fired rockets at Shamkir overnight, hitting a school.",
        "Yerevan rejected the accusation outright.",
        '"Not a single shot has been fired from Armenian soil towards Azerbaijan," spokeswoman Lilit Avetisyan wrote on Facebook.',
      ],
      places: ["Shamkir"],
      claims: [
        { paragraph: 0, fragment: "fired rockets at Shamkir", side: "azerbaijan", speaker: "Baku", kind: "accusation" },
        { paragraph: 1, fragment: "rejected the accusation", side: "armenia", speaker: "Yerevan", kind: "denial" },
        { paragraph: 2, fragment: "Not a single shot", side: "armenia", speaker: "spokeswoman Lilit Avetisyan", kind: "denial" },
      ],
    }),
  );

  it.each(["Did Yerevan admit firing at Shamkir?", "did yerevan deny shelling shamkir"])("leads '%s' with the words of the denial", (q) => {
    const lead = ask(index, q).lead;
    expect(lead?.text).toContain("Not a single shot");
    expect(lead?.side).toBe("armenia");
  });
});
