// A sentence whose speaker is named only by a title that points back ("According to the diplomat,
// …" after "She said …"): it is that speaker's word, so it answers "what did she say" and carries
// her side, though the extraction could not name a speaker for it.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a speaker named in the paragraph before", () => {
  const index = indexOf([
    "bridge.md",
    [
      "# Moscow on the new border bridge",
      "",
      "Danube Wire · 4 May 2023",
      "",
      "Russian Foreign Ministry spokeswoman Maria Zakharova called on both sides to keep to the agreements signed by their leaders.",
      "",
      "She said Moscow was in touch with Baku and Yerevan every day.",
      "",
      "According to the diplomat, the new bridge over the Hakari river must be built only with the consent of both sides.",
    ],
  ]);

  it("leads 'what did she say about the new bridge' with the sentence that says it, as Russia's word", () => {
    const answer = ask(index, "What did Zakharova say about the new Hakari bridge?");
    expect(answer.lead?.text).toContain("According to the diplomat");
    expect(answer.lead?.side).toBe("russia");
  });
});
