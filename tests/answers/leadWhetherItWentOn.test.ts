// "Did the fighting stop after Baku announced a ceasefire?" (issue 8): whether a state of things went on
// after an act is answered by the sentence saying so in the question's thing and verb ("no sign that the
// shelling had stopped"), not by the account of the act, which holds more of the question's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { tellsWhetherItWentOn } from "../../src/core/answers/leadScore.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const index = buildAnswerIndex(
  extractCorpus([
    {
      file: "truce.txt",
      text: [
        "Valley Risk Note",
        "12 May 2016",
        "",
        "On Tuesday Azerbaijan's defence ministry announced a unilateral truce on the northern front, citing appeals from the mediators.",
        "",
        'A Karabakh army spokesman told reporters there was no sign that the shelling had stopped. "The villages are still under fire," he said.',
        "",
        "Insurers said they would review cover for both markets case by case.",
      ].join("\n"),
    },
  ]).knowledge,
);

describe("whether a thing went on after an act", () => {
  it("reads the thing and the verb asked before the act", () => {
    expect(tellsWhetherItWentOn("did the shelling stop after the truce?", "there was no sign that the shelling had stopped")).toBe(true);
    expect(tellsWhetherItWentOn("did the shelling stop after the truce?", "the ministry announced a unilateral truce")).toBe(false);
    expect(tellsWhetherItWentOn("did Baku announce a truce?", "there was no sign that the shelling had stopped")).toBe(false);
  });
  it("leads with the sentence saying whether the shelling stopped, not the announcement", () => {
    expect(ask(index, "did the shelling stop after azerbaijan announced a unilateral truce in may 2016?").lead?.text).toContain(
      "no sign that the shelling had stopped",
    );
  });
});
