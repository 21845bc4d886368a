// A reaction asked for in keywords ("armenian response to the border report"): the side before
// the noun is the one whose word is wanted, and the lead is its reaction, not the report's losses.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a reaction named as a noun", () => {
  it("reads 'armenian response to …' as Armenia's reaction, not as a count of the wounded", () => {
    const q = understandQuestion("armenian response to the tavush soldier wounded report june 2019");
    expect(q.asked).toBe("response");
    expect(q.claimant).toBe("armenia");
  });

  it("reads 'reaction of …' and 'Baku's reply' as reactions too", () => {
    expect(understandQuestion("azerbaijani reaction to the shelling of the border village").claimant).toBe("azerbaijan");
    expect(understandQuestion("Baku's reply to the Yerevan statement").asked).toBe("response");
  });

  it("still reads keywords naming losses without a reaction as a count", () => {
    expect(understandQuestion("armenian soldiers wounded near tavush june 2019").asked).toBe("figure");
  });

  const index = indexOf([
    "border.md",
    [
      "# Soldier wounded on the Tavush border",
      "",
      "Border Chronicle · 14 June 2019",
      "",
      "Azerbaijan's Defence Ministry said on Thursday that one of its soldiers had been wounded by Armenian sniper fire on the Tavush section of the border.",
      "",
      "In Yerevan, Armenian defence ministry spokesman Aram Torosyan rejected the report, saying Armenian units on the Tavush border had not fired that day.",
    ],
  ]);

  it("leads with the named side's reaction to the report", () => {
    const answer = ask(index, "armenian response to the tavush soldier wounded report june 2019");
    expect(answer.lead?.text).toContain("rejected the report");
  });
});
