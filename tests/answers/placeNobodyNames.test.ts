// "Who shelled Tovuz?" over articles that never mention Tovuz (issue 8): fighting near another
// town set first would read as the answer. The answer says that no source mentions the place.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a place the corpus never mentions", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "shelling.txt",
      published: "2020-10-04",
      places: ["Barda", "Goris"],
      paragraphs: [
        "Azerbaijan's defence ministry said Armenian forces shelled Barda overnight, killing two civilians.",
        "Armenia's defence ministry denied shelling Barda and said Azerbaijani drones struck near Goris.",
        "In Baku, officials said the shelling of towns far from the front would be answered.",
      ],
      claims: [
        { paragraph: 0, fragment: "shelled Barda overnight", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "accusation" },
        { paragraph: 1, fragment: "denied shelling Barda", side: "armenia", speaker: "Armenia's defence ministry", kind: "denial" },
        { paragraph: 2, fragment: "would be answered", side: "azerbaijan", speaker: "officials", kind: "statement" },
      ],
    }),
  );

  it("gives no lead for who shelled Tovuz, and says that no source mentions it", () => {
    const answer = ask(index, "Who shelled Tovuz?");
    expect(answer.lead).toBeNull();
    expect(answer.note).toContain("No source here mentions Tovuz");
  });

  it("names the place as the gazetteer spells it when the question uses another spelling", () => {
    expect(ask(index, "what happened in gyanja?").note).toContain("No source here mentions Ganja");
  });

  it("still shows, under their own sides, what the sources say on the rest of the question", () => {
    const answer = ask(index, "Who shelled Tovuz?");
    expect(answer.note).toContain("below, what the sources say on the rest of the question");
    expect(answer.lines.map((l) => l.side)).toEqual(expect.arrayContaining(["azerbaijan", "armenia"]));
  });

  it("answers about a place the corpus mentions, and notes only the one it does not", () => {
    const answer = ask(index, "Who shelled Barda and Tovuz?");
    expect(answer.lead?.text).toContain("Barda");
    expect(answer.note).toContain("No source here mentions Tovuz.");
  });

  it("never calls a capital or Karabakh itself unmentioned: asking about them asks about a side", () => {
    const answer = ask(index, "What did Yerevan say about the shelling?");
    expect(answer.note ?? "").not.toContain("No source here mentions");
  });
});
