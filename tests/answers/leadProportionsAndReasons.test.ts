// Lead classes met on first contact with translated and institutional texts, each on articles of
// our own: a proportion asked for, a side's justification asked for in a word the corpus never
// uses, and a trial's sentences asked for.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a question about how something is split", () => {
  const index = indexOf([
    "pipeline.txt",
    [
      "Consortium formed for the Aras pipeline",
      "Lowland Press · 3 March 2026",
      "",
      "According to the agreement, the Aras Pipeline Company would hold the rights to build and run the line for 30 years, with an option to extend.",
      "",
      "Georgia would hold 60 percent of the company and Armenia 40 percent, a share that could later change.",
    ],
  ]);
  it("leads with the sentence that gives the proportions", () => {
    expect(ask(index, "How is ownership of the Aras Pipeline Company split between Georgia and Armenia?").lead?.text).toContain("60 percent");
  });
});

describe("a side's justification asked for in a word no article uses", () => {
  const index = indexOf(
    [
      "explainer.md",
      [
        "# The border in 2025",
        "",
        "Lowland Review · 9 January 2026",
        "",
        "The last deadly incident came in May 2025, when Armenia said two of its soldiers were killed near Sotk.",
      ],
    ],
    [
      "report.md",
      [
        "# Two soldiers killed near Sotk",
        "",
        "Caucasus Line · 14 May 2025",
        "",
        "Armenia's defence ministry said two soldiers were killed near Sotk on 13 May.",
        "",
        "The State Border Service of Azerbaijan said its units had carried out a retaliation operation in response to a provocation the day before near Sotk.",
      ],
    ],
  );
  it("leads with the side's own account, even from another article", () => {
    const answer = ask(index, "How did Azerbaijan's border service justify the May 2025 attack near Sotk?");
    expect(answer.lead?.side).toBe("azerbaijan");
    expect(answer.lead?.text).toContain("in response to a provocation");
  });
});

describe("a trial's requested sentences", () => {
  const index = indexOf([
    "trial.md",
    [
      "# Prosecutors ask for long terms",
      "",
      "Lowland Press · 2 October 2025",
      "",
      "Before the military court in Baku, Azerbaijani prosecutors asked for life sentences for three former officials.",
      "",
      "For two older defendants, the prosecution requested fifteen years in prison, explaining that the law does not allow life terms for men over 65.",
    ],
  ]);
  it("reads the requested terms as the prosecution's claim and leads a why question with them", () => {
    const answer = ask(index, "Why did the prosecutors ask for fifteen years rather than life for the two older defendants?");
    expect(answer.lead?.text).toContain("explaining that the law does not allow");
    expect(answer.lead?.side).toBe("azerbaijan");
  });
});
