// "How accurate were the maps?", "how many Armenians think …?": a degree or a poll's share is asked,
// which a proportion gives ("only about 30 percent", "41% think"); a sentence that says only whether
// ("the maps are not accurate") or tells the survey leads wrongly (a class of lead error on the annotated sets).
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const maps = [
  "Commentary of the press service of the Ministry of Foreign Affairs on the minefield maps",
  "",
  "The Azerbaijani side expects Armenia to provide accurate maps of all the areas it mined.",
  "",
  "After the war it became known that the accuracy of the few minefield maps Armenia submitted was only about 30 percent.",
  "",
  "Most mine explosions since then have occurred outside the areas the maps cover.",
].join("\n");

const poll = [
  "Poll: most Armenians see the conflict as unfinished",
  "",
  "The telephone poll of 1,200 Armenians repeats several questions from a poll carried out in August 2020, a month before war could break out again.",
  "",
  "41% think a new war over Karabakh is likely within five years, and 30% say the war never ended.",
  "",
  "The interviews were carried out in March by a research centre in Yerevan.",
].join("\n");

describe("a degree or a share asked", () => {
  const index = buildAnswerIndex(
    extractCorpus([
      { file: "maps.txt", text: maps },
      { file: "poll.txt", text: poll },
    ]).knowledge,
  );

  it("is answered by the sentence giving a proportion, not by one saying only whether", () => {
    expect(ask(index, "how accurate were the minefield maps armenia gave").lead?.text).toContain("only about 30 percent");
  });

  it("is answered by a poll's share, not by the sentence telling the survey", () => {
    expect(ask(index, "how many armenians think a new war could break out, according to the poll").lead?.text).toContain("41% think");
  });
});
