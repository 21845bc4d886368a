// A headline of two sides' words ("Baku: … ; Stepanakert puts …") found as the best match (a class of
// lead error on the unseen sets): no one body sentence restates it all, but one restates the part the
// question asks about, and that sentence leads, with its speaker and its full count.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const text = [
  "Clash near Talish",
  "Lowland Press · 5 June 2011",
  "",
  "Baku: 9 Armenian troops killed in Talish clash; Stepanakert puts Azerbaijani dead at five",
  "",
  "Azerbaijani and Karabakh Armenian forces fought for several hours on Saturday near the village of Talish.",
  "",
  "According to the Azerbaijani defence ministry, nine Armenian soldiers were killed and 11 wounded in the clash.",
  "",
  "In Stepanakert's version of events, five Azerbaijani soldiers were killed and three wounded, while the Karabakh side lost no one.",
].join("\n");

describe("a headline giving two sides' counts", () => {
  const index = buildAnswerIndex(extractCorpus([{ file: "talish.txt", text }]).knowledge);

  it("gives way to the body sentence restating the side asked about", () => {
    const answer = ask(index, "talish clash losses according to stepanakert");
    expect(answer.lead?.text).toContain("In Stepanakert's version of events");
  });
});
