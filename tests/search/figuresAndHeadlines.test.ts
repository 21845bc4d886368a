// Ranking classes of issue 8's unseen sets, each on a small corpus written for it: a figure the
// question quotes names the report it was read in; a question's "lost" reads as deaths too; and
// a headline whose article's body is found gives its place among the sources to a body passage.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const filler = [
  "Officials on both sides traded statements through the day while diplomats urged calm along the border.",
  "Markets in the capital opened as usual, and the border crossing kept its normal hours.",
  "The weather in the mountains turned cold, and snow closed two passes for a day.",
];

describe("a figure quoted in the question", () => {
  const index = buildSearchIndex(
    corpusFixture({
      file: "debate.txt",
      published: "2021-01-20",
      paragraphs: [
        "The 1994 truce ended a war that killed thousands of people, but no treaty followed.",
        "Speaking for the smaller opposition party, one deputy welcomed the truce but put the toll at 4,300 deaths known so far, warning that the real figure was higher and that the chamber should ask for an inquiry into trade, visas and aid.",
        "A third deputy asked about aid for the people who left their homes in the war.",
        "People in the border villages still remember the war and the people it killed.",
        "Veterans of the war asked the deputies to remember the people who died.",
        "Schools in the region teach the history of the war to young people.",
        ...filler,
      ],
    }),
  );

  it("weighs more than the common words around it, so the report that gives it comes first", () => {
    const [top] = searchPassages(index, "Which deputy said 4,300 people died in the war?").hits;
    expect(top?.record.passage.text).toContain("4,300");
  });

  it("leaves years and days of the month at a word's weight", () => {
    const query = planQuery(index, "What did the deputy say on 12 January 2021?");
    expect(query.terms.every((t) => t.weight <= 1)).toBe(true);
  });
});

describe("a question's 'lost'", () => {
  const index = buildSearchIndex(
    corpusFixture({
      file: "front.txt",
      published: "2016-04-04",
      paragraphs: [
        "The defence ministry said 12 of its servicemen had been killed in the fighting on Saturday.",
        "Villagers said they had lost their cattle and their hay when the shells hit the barns.",
        ...filler,
      ],
    }),
  );

  it("also reads as the deaths it usually asks about, in the same slot as the word itself", () => {
    const query = planQuery(index, "How many servicemen did the ministry say it lost?");
    const killed = analyze("killed")[0];
    expect(query.terms.map((t) => t.term)).toEqual(expect.arrayContaining(["lost", killed]));
    expect(searchPassages(index, "How many servicemen did the ministry say it lost?").hits[0]?.record.passage.text).toContain("12 of its servicemen");
  });
});

describe("a headline among the sources", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "swap.txt",
        title: "Prisoners freed in exchange for minefield maps",
        published: "2021-06-13",
        paragraphs: [
          "Prisoners freed in exchange for minefield maps",
          "Fifteen prisoners were freed on Saturday in exchange for maps of minefields, the foreign ministry said.",
          "The maps show where some 97,000 mines were laid, the ministry said.",
          ...filler,
        ],
      },
      {
        file: "reaction.txt",
        published: "2021-06-14",
        paragraphs: ["Rights groups welcomed the release of the prisoners and asked for the maps of the remaining minefields to be published.", ...filler],
      },
    ),
  );

  it("gives way to a body passage when its own article's body is found: it says the same in short", () => {
    const answer = ask(index, "Were prisoners freed in exchange for minefield maps?");
    // The lead may be the headline itself (it can be the one sentence that answers); the search's order adds no headline.
    const searched = answer.sources.filter((s) => s.passageId !== answer.lead?.passageId).map((s) => s.text);
    expect(searched).not.toContain("Prisoners freed in exchange for minefield maps");
    expect(answer.sources.some((s) => s.text.startsWith("Fifteen prisoners were freed"))).toBe(true);
  });
});
