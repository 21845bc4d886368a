// "Who were the journalists killed …": the names stand in a paragraph of their own ("The statement
// named the dead as …"), in words the question hardly uses; they inherit the best match of their
// article, wherever in it the incident is told, and lead over an adviser's comment that names nobody.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("names told apart from the account of the incident", () => {
  const index = indexOf([
    "blast.txt",
    [
      "Mine blast on the Talvar road",
      "Lowland Press · 6 June 2026",
      "",
      "A truck carrying a television crew ran over an anti-tank mine on Friday morning on the road to the mining town of Talvar in the Kelbajar district, where the crew had been filming the ruins of the old school, the prosecutor's office said in a long statement issued in the evening.",
      "",
      "The statement named the dead as Aram Grigoryan, a cameraman of the state channel, and Samvel Hakobyan, a correspondent of the news agency. Both journalists were killed at once.",
      "",
      "A government adviser wrote within hours of the blast that the journalists had been killed by a mine laid in Kelbajar by the retreating army.",
    ],
  ]);

  it("leads with the names of the dead", () => {
    const answer = ask(index, "Who were the journalists killed by a mine in Kelbajar?");
    expect(answer.lead?.text).toContain("Aram Grigoryan");
  });
});
