// "How many died in the strike of October 17": a sentence that names another day in its own words
// ("a missile launched on 11 October killed ten") tells another strike's toll, even where no claim
// or figure of it carries the date. On an article of our own, undated as encyclopaedia pages are.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a toll asked for by its day", () => {
  const index = indexOf([
    "strikes.md",
    [
      "# Missile strikes on Ganja",
      "",
      "An investigation by Amnesty International later concluded that a Scud missile launched on 11 October killed ten people in the Ganja missile strike.",
      "",
      "After the second strike, Emergency Situations Minister Kamaladdin Heydarov told reporters at the scene that 13 people had died.",
    ],
  ]);

  it("leads with the toll that names no other day than the one asked", () => {
    expect(ask(index, "How many people died in the Ganja missile strike of October 17, 2020?").lead?.text).toContain("13 people had died");
  });

  it("still leads with the named day's toll when that day is asked", () => {
    expect(ask(index, "How many people died in the Ganja missile strike of October 11, 2020?").lead?.text).toContain("killed ten people");
  });
});
