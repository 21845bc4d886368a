// "Death toll of the fuel depot explosion": a named incident of one day has its toll counted in the
// days after it, so a later update of the same speaker's toll leads over the first count. Article of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const index = buildAnswerIndex(
  extractCorpus([
    {
      file: "depot.md",
      text: [
        "# Depot blast toll rises",
        "",
        "Lowland Review · 27 September 2023",
        "",
        "A fuel depot exploded on the road out of Stepanakert on Monday evening as people queued for petrol.",
        "",
        "On Tuesday morning the region's health department said 20 people had died in the blast.",
        "",
        "By Tuesday evening the region's health department said the death toll had risen to 68.",
      ].join("\n"),
    },
  ]).knowledge,
);

describe("a named incident's toll updated in the days after it", () => {
  it("leads with the latest count of the same speaker, though it is dated after the incident's day", () => {
    expect(ask(index, "death toll of the fuel depot explosion near Stepanakert").lead?.text).toContain("risen to 68");
  });
});
