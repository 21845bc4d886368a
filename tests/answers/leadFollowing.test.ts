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

describe("a wounded count in the paragraph after the incident", () => {
  const text = [
    "Three soldiers killed in night raid near Talish",
    "Lowland Press · 12 May 2012",
    "",
    "Three ethnic Armenian servicemen were killed and two were hurt in the overnight clash, officials in the enclave said.",
    "",
    "A group of about 15 Azerbaijani troops raided an Armenian position near Talish shortly after midnight, the Karabakh defence ministry said.",
    "",
    "Arsen Babayan, a spokesman for the Karabakh military, said one of the two wounded soldiers was in a serious condition.",
  ].join("\n");
  const index = buildAnswerIndex(extractCorpus([{ file: "talish.txt", text }]).knowledge);

  it("does not lead a question about deaths", () => {
    const answer = ask(index, "How many troops died in the midnight raid on the position near Talish?");
    expect(answer.lead?.text).toContain("Three ethnic Armenian servicemen were killed");
  });
});
