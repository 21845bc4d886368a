// "Who signed the 1998 river truce and where?": the sentence telling the signing with its signer
// ("Colonel Arif Nabiyev signed in Sheki on 4 June") answers, not the one telling the truce in more of
// the question's words ("the fighting ended with a truce in June 1998").
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { deedAsked, tellsDoerOfDeed } from "../../src/core/answers/leadScore.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("the doer of a deed asked with 'who'", () => {
  const index = indexOf([
    "truce.txt",
    [
      "How the river truce was made",
      "Lowland Press · 2 June 1998",
      "",
      "The fighting along the river ended with a truce in June 1998, leaving both armies on the banks they held.",
      "",
      "The document was never signed around a table. Colonel Arif Nabiyev, the district commander, signed it in Sheki on 4 June. His opposite number signed the next day.",
    ],
  ]);

  it("leads with the sentence naming the signer and the place", () => {
    const answer = ask(index, "Who signed the 1998 river truce and where did they sign it?");
    expect(answer.lead?.text).toContain("Colonel Arif Nabiyev");
  });

  it("reads the deed asked and a sentence that tells it with its doer", () => {
    expect(deedAsked({ asked: "who", text: "who signed the truce" })).toBe("sign");
    expect(deedAsked({ asked: "who", text: "who said the truce held" })).toBe(null);
    expect(tellsDoerOfDeed("sign", "The protocol was signed by the three defence ministers.")).toBe(true);
    expect(tellsDoerOfDeed("sign", "The accord was signed in two copies by the river commanders.")).toBe(true);
    expect(tellsDoerOfDeed("sign", "The document was never signed around a table.")).toBe(false);
    expect(tellsDoerOfDeed("sign", "A road sign still reads 'Welcome'.")).toBe(false);
  });
});
