// A "why" question whose cause is told just after the sentence that tells the act, in words the
// question does not use: the cause inherits the act's match and leads.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a cause told after the act", () => {
  const index = indexOf(
    [
      "festival.txt",
      [
        "Wrestling championship opens in Baku without Armenian team",
        "Lowland Press · 12 April 2026",
        "",
        "The European wrestling championship opened in the Azerbaijani capital on Monday without the Armenian team. The federation in Yerevan said its wrestlers stayed at home because the organisers could not guarantee their safety.",
        "",
        "Eighteen countries sent teams to the event, which runs until Sunday.",
      ],
    ],
    [
      "weather.txt",
      ["Storm closes mountain roads", "Lowland Press · 13 April 2026", "", "Heavy snow closed the road to Jermuk on Tuesday, the emergency service said."],
    ],
  );

  it("leads with the cause rather than the sentence that restates the question", () => {
    const answer = ask(index, "why didn't the armenian wrestlers compete at the european championship in baku?");
    expect(answer.lead?.text).toContain("could not guarantee their safety");
  });
});
