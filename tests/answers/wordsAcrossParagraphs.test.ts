// A question whose words an article gives in several paragraphs: the name of a route in one, its
// place in another, the reaction to it later. On articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask, NOTHING_RELIABLE } from "../../src/core/answers/index.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const paragraph = (n: number) => `Traders in the market town said prices of flour and fuel had risen for the ${n}th week in a row.`;
const index = buildAnswerIndex(
  extractCorpus([
    {
      file: "route.txt",
      text: [
        "Leaders agree on a transit route",
        "",
        "Plain Wire · 12 August 2025",
        "",
        "The leaders agreed on a transit route across the south of the country, to be called the Harbour Line, or HARBL.",
        "",
        ...[2, 3].flatMap((n) => [paragraph(n), ""]),
        "Villagers in the Zangezur hills fear the works will cut their pastures in two.",
        "",
        ...[4, 5].flatMap((n) => [paragraph(n), ""]),
        'Iran\'s foreign ministry warned that the corridor would "become a graveyard for foreign forces" and said Tehran would block it.',
      ].join("\n"),
    },
    {
      file: "market.txt",
      text: [
        "Prices rise in the south",
        "",
        "Plain Wire · 2 August 2025",
        "",
        ...[7, 8, 9].flatMap((n) => [paragraph(n), ""]),
        "Lorries from Iran queued at the corridor's northern end.",
      ].join("\n"),
    },
  ]).knowledge,
);

describe("a question whose words stand in two paragraphs of one article", () => {
  it("is answered from the reaction, though the route's name stands paragraphs before it", () => {
    const answer = ask(index, "How did Iran react to the HARBL corridor through Zangezur?");
    expect(answer.note).not.toBe(NOTHING_RELIABLE);
    expect(answer.lead?.text).toContain("graveyard for foreign forces");
  });

  it("still finds nothing reliable for a question the article does not touch", () => {
    expect(ask(index, "What is the best recipe for sourdough bread?").note).toBe(NOTHING_RELIABLE);
  });
});
