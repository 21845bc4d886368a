// "The toll as of 23 October": a running count carried on by the same claimant on a later day, up to the
// day asked, in another article (a daily bulletin after a morning briefing), on articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a running military toll asked as of a day", () => {
  const index = indexOf(
    [
      "briefing.md",
      [
        "# Morning briefing, Monday",
        "",
        "Lowland Briefing · 19 October 2020",
        "",
        "The Karabakh defence ministry on Sunday added another 35 names to its list of dead servicemen, bringing its military death toll to 710 since 27 September.",
      ],
    ],
    [
      "bulletin.md",
      [
        "# Casualty bulletin",
        "",
        "Lowland Bulletin · 24 October 2020",
        "",
        "The Karabakh defence ministry issued its newest list of names today and said 974 of its soldiers have been killed since the war began.",
      ],
    ],
    [
      "later.md",
      [
        "# Casualty bulletin",
        "",
        "Lowland Bulletin · 2 November 2020",
        "",
        "The Karabakh defence ministry issued another list of names today and said 1,177 of its soldiers have been killed since the war began.",
      ],
    ],
  );

  it("leads with the claimant's latest count up to that day, from the later bulletin", () => {
    expect(ask(index, "karabakh military death toll as of 24 october 2020").lead?.text).toContain("974 of its soldiers");
  });

  it("never with a count of a day after the one asked", () => {
    expect(ask(index, "karabakh military death toll as of 20 october 2020").lead?.text).toContain("710 since 27 September");
  });
});
