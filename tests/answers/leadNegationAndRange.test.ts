// Two classes of lead error first seen in legal reporting (issue 8): a sentence that says the
// opposite of what is asked ("told the court it had no effective control") does not answer "which
// court said Armenia has effective control", and a running tally over many days ("between 27
// September and 11 October") is not the toll of one day's strike. Articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { negatesAsked, spansDays } from "../../src/core/answers/leadScore.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

describe("a sentence that negates what is asked", () => {
  it("finds 'no effective control' against 'has effective control'", () => {
    expect(
      negatesAsked(
        { text: "which tribunal said the republic has effective control over the valley?" },
        "The republic told the tribunal it had no effective control over the valley.",
      ),
    ).toBe(true);
    expect(
      negatesAsked(
        { text: "which tribunal said the republic has effective control over the valley?" },
        "The tribunal found that the republic exercises effective control over the valley.",
      ),
    ).toBe(false);
  });

  it("leaves a question that asks about a denial alone", () => {
    expect(
      negatesAsked(
        { text: "did the republic deny having effective control over the valley?" },
        "The republic said it had no effective control over the valley.",
      ),
    ).toBe(false);
  });

  it("leads with the finding, not the party's denial", () => {
    const text = [
      "Tribunal rules on the valley",
      "4 May 2019",
      "",
      "The hearing turned on one question. Throughout the proceedings the republic told the tribunal that it had no effective control over the valley or the roads around it.",
      "",
      'The judges rejected that. Having found that the republic "exercises effective control over the valley", the tribunal said the case came within its jurisdiction.',
    ].join("\n");
    const index = buildAnswerIndex(extractCorpus([{ file: "valley.txt", text }]).knowledge);
    expect(ask(index, "which tribunal said the republic has effective control over the valley?").lead?.text).toContain("Having found");
  });
});

describe("a tally over a span of days", () => {
  it("reads 'between 27 September and 11 October' as a span, a single day as none", () => {
    expect(spansDays("41 civilians had been killed between 27 September and 11 October.")).toBe(true);
    expect(spansDays("Shelling from October 2 to October 9 killed 20 people.")).toBe(true);
    expect(spansDays("The strike on 11 October killed seven civilians.")).toBe(false);
  });
});
