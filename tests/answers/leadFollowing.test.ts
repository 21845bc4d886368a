// A figure question whose toll stands in the paragraph after the one that tells the incident
// (a class of lead error on the unseen sets): the toll leads, as long as it is the same incident's.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const article = [
  "Blast at a fuel depot near Stepanakert",
  "Lowland Press · 26 September 2023",
  "",
  "The exodus was marred on Monday by a blast at a fuel depot near Stepanakert, where residents were queuing for petrol to leave.",
  "",
  "The Karabakh health ministry initially reported 20 dead and 290 injured.",
  "",
  "Elsewhere, talks on the region's future were held in Yevlakh.",
].join("\n");

describe("a toll in the paragraph after the incident", () => {
  const index = buildAnswerIndex(extractCorpus([{ file: "depot.txt", text: article }]).knowledge);

  it("leads with the figure, not with the sentence that tells the incident", () => {
    const answer = ask(index, "How many people died in the fuel depot explosion near Stepanakert?");
    expect(answer.lead?.text).toContain("reported 20 dead");
    expect(answer.lead?.side).toBe("nagorno-karabakh");
  });
});
