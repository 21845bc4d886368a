// The sources an answer shows first: the lead's passage, then the passage whose sentence answers
// best after it, then the search's order. The search ranks passages by the question's words; a
// second toll, denial or reason may share fewer of them than the scene-setting around the first.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("the second source is the passage that answers best after the lead's", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "clash.txt",
        published: "2016-06-20",
        paragraphs: [
          "Heavy fighting broke out near the village of Talish on Sunday, with artillery and mortar fire along the line near Talish through the night.",
          "Soldiers and residents of Talish sheltered in basements as the fighting near the village went on into the morning.",
          "Soldiers on both sides dug in near Talish after the fighting, and the village stayed empty.",
          "The Karabakh army said three of its men had been killed.",
        ],
        places: ["Talish"],
        claims: [
          {
            paragraph: 3,
            fragment: "three of its men",
            side: "nagorno-karabakh",
            speaker: "The defence ministry",
            kind: "casualties",
            date: "2016-06-19",
          },
        ],
        casualties: [
          {
            paragraph: 3,
            fragment: "three of its men",
            claimedBy: "nagorno-karabakh",
            affected: "nagorno-karabakh",
            killed: 3,
            wounded: null,
            qualifier: null,
            date: "2016-06-19",
          },
        ],
      },
      {
        file: "baku.txt",
        published: "2016-06-21",
        paragraphs: [
          "Azerbaijan's defence ministry said two of its soldiers died in the fighting near Talish on Sunday.",
          "The ministry accused the other side of opening fire first.",
        ],
        places: ["Talish"],
        claims: [
          {
            paragraph: 0,
            fragment: "two of its soldiers",
            side: "azerbaijan",
            speaker: "Azerbaijan's defence ministry",
            kind: "casualties",
            date: "2016-06-19",
          },
        ],
        casualties: [
          {
            paragraph: 0,
            fragment: "two of its soldiers",
            claimedBy: "azerbaijan",
            affected: "azerbaijan",
            killed: 2,
            wounded: null,
            qualifier: null,
            date: "2016-06-19",
          },
        ],
      },
    ),
  );

  it("shows both sides' tolls among the first three sources for 'how many soldiers died in the fighting near Talish'", () => {
    const answer = ask(index, "How many soldiers died in the fighting near Talish?");
    const firstThree = answer.sources.slice(0, 3).map((s) => s.text);
    expect(firstThree.some((t) => t.includes("two of its soldiers"))).toBe(true);
    expect(firstThree.some((t) => t.includes("three of its men"))).toBe(true);
  });
});
