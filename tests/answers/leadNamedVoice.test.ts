// A toll question naming whose count it wants by what that voice is ("according to the ombudsman",
// "did the interior ministry say"), where several voices of the same place gave different counts (a
// class of lead error on the unseen sets): the count in which that voice speaks leads.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { speaksAsVoiceNamed, voiceWords } from "../../src/core/answers/namedVoice.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

describe("a voice named by what it is", () => {
  it("is read in the question and in a speaker's name, not in a side's", () => {
    expect(voiceWords("How many died, according to the interior ministry?")).toEqual(["interior"]);
    expect(voiceWords("the Armenian defence ministry")).toEqual(["defenc"]);
    expect(voiceWords("How many died in Baku?")).toEqual([]);
  });

  it("speaks where its title stands beside the speaker's name", () => {
    const claims = [{ speaker: "Lilit Harutyunyan" }];
    const sentence = "Lilit Harutyunyan, the region's ombudsman, said 14 people had been killed.";
    expect(speaksAsVoiceNamed("How many died, according to the ombudsman?", sentence, claims)).toBe(true);
    expect(speaksAsVoiceNamed("How many died, according to the prosecutors?", sentence, claims)).toBe(false);
    expect(speaksAsVoiceNamed("How many died, according to the ombudsman?", sentence, [])).toBe(false);
  });
});

describe("two voices' counts of the same dead", () => {
  const text = [
    "Riot in the port city",
    "Lowland Press · 12 March 1991",
    "",
    "Troops were sent into the port city of Lenkoran on Sunday after two days of rioting.",
    "",
    "Leaders of the opposition movement said more than 90 people had been killed in the Lenkoran riot and accused soldiers of firing on crowds.",
    "",
    "The Soviet interior ministry said on Monday that 21 had died in the riot, among them four soldiers.",
  ].join("\n");
  const index = buildAnswerIndex(extractCorpus([{ file: "riot.txt", text }]).knowledge);

  it("leads with the count of the voice the question names", () => {
    const answer = ask(index, "How many people did the interior ministry say were killed in the Lenkoran riot?");
    expect(answer.lead?.text).toContain("21 had died");
  });
});
