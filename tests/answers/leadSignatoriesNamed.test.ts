// "Who signed the open letter?" (issue 8): the signers are named by the deed's noun ("The signatories
// include Lena Varga, former president of Moldavia; …"), not by the sentence that counts them ("More
// than 80 public figures have signed an open letter …"), which holds more of the question's words.
// Article of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { tellsDoerOfDeed } from "../../src/core/answers/leadScore.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

describe("the signers of a letter", () => {
  it("reads the deed's noun before the names as telling its doers, and doers only counted as naming none", () => {
    expect(tellsDoerOfDeed("sign", "The signatories include Lena Varga, former president of Moldavia.")).toBe(true);
    expect(tellsDoerOfDeed("sign", "The signatories were all from the region.")).toBe(false);
    expect(tellsDoerOfDeed("sign", "More than 80 public figures, among them Nobel laureates, have signed an open letter.")).toBe(false);
    expect(tellsDoerOfDeed("sign", "The defence ministers signed the truce in Moscow.")).toBe(true);
  });

  const text = [
    "Harbour Debate",
    "3 December 2023",
    "",
    "More than 80 public figures, among them Nobel laureates and former heads of state, have signed an open letter calling for the release of the prisoners held in Baku. The signatories include Lena Varga, former president of Moldavia; the Chilean writer Tomas Olmedo; and Ruth Adair, former foreign minister of Ireland.",
    "",
    "Readers may send their replies to the debate desk.",
  ].join("\n");
  const index = buildAnswerIndex(extractCorpus([{ file: "letter.txt", text }]).knowledge);

  it("leads 'who signed the open letter' with the sentence naming the signatories", () => {
    expect(ask(index, "who signed the open letter calling for the release of the prisoners in baku?").lead?.text).toContain(
      "The signatories include Lena Varga",
    );
  });
});
