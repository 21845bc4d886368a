// A question that names a speech act by its noun ("tehran warning to both sides") asks for that
// act, as "what did Tehran warn" does; and "mine" is the explosive, not a stop word, so "land
// mine" never swallows every "landed" and "landing".
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

describe("'mine' is a word of the topic", () => {
  it("keeps 'mine' in 'mine victims'", () => {
    expect(analyze("mine victims")).toContain("mine");
  });

  it("reads 'land mines' as landmines, and 'landed' as landing", () => {
    expect(analyze("killed by land mines")).toEqual(analyze("killed by landmines"));
    expect(analyze("shells landed near the village")).not.toEqual(expect.arrayContaining(analyze("landmines")));
  });
});

describe("a speech act named by its noun", () => {
  const text = [
    "Shells fall on Georgian farmland",
    "",
    "TBILISI, 20 October 2020 -- Since the fighting began, more than forty shells have landed in Georgia near the border, local officials said.",
    "",
    "Georgia's foreign ministry warned both Baku and Yerevan that its patience was running out.",
    "",
    "Farmers in the border villages kept their cattle indoors.",
  ].join("\n");
  const index = buildAnswerIndex(extractCorpus([{ file: "stray.txt", text }]).knowledge);

  it("leads 'tbilisi warning to armenia and azerbaijan over shells landing in georgia' with the warning", () => {
    expect(ask(index, "tbilisi warning to armenia and azerbaijan over shells landing in georgia").lead?.text).toContain("warned both Baku and Yerevan");
  });
});
