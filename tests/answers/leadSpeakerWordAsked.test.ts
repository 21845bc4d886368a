// "What did the Kremlin ask for", "what did Baku tell the court": the named speaker's own word is
// asked, as for a denial or a response, so another side's word on the same matter fits far less
// than the speaker's own, however many of the question's words it shares.
import { describe, expect, it } from "vitest";
import { questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import type { Claim, ClaimSide } from "../../src/core/types.ts";

function spokenBy(side: ClaimSide, text: string): SentenceFacts {
  const claim: Claim = {
    id: `a#p0.s0:${side}`,
    file: "a",
    passageId: "a#p0",
    sentenceId: "a#p0.s0",
    sentence: text,
    speaker: side,
    side,
    kind: "statement",
    date: null,
  };
  return { sentence: { id: "a#p0.s0", passageId: "a#p0", text }, heading: false, claims: [claim], figures: [], places: [], published: "2016-04-03" };
}
const fitOf = (question: string, facts: SentenceFacts) => questionFit(understandQuestion(question), facts);

describe("the named speaker's own word", () => {
  const own = spokenBy("russia", "The Kremlin spokesman said Russia calls on the sides to cease fire at once.");
  const others = spokenBy("osce-minsk-group", "The mediators urged both governments to respect the ceasefire.");

  it("fits another side's word on the matter less than half as well when the speaker's word is asked", () => {
    expect(fitOf("What did the Kremlin ask for?", others)).toBeLessThan(0.5 * fitOf("What did the Kremlin ask for?", own));
    expect(fitOf("What did Moscow tell the two sides?", others)).toBeLessThan(0.5 * fitOf("What did Moscow tell the two sides?", own));
  });

  it("still weighs a third party's word as before: 'the Russian patriarch' is read as Russia, his church as another body", () => {
    const question = "What did the Russian patriarch ask of the two governments?";
    const church = spokenBy("other", "The patriarch called on the two governments to extend the truce.");
    const belligerent = spokenBy("armenia", "The ministry called on Baku to respect the truce.");
    expect(fitOf(question, church)).toBeGreaterThan(1.3 * fitOf(question, belligerent));
  });

  it("weighs another side's word less sharply when a deed, or only what was said, is asked", () => {
    const said = "What did the Kremlin say?";
    expect(fitOf(said, others)).toBeGreaterThanOrEqual(0.5 * fitOf(said, own));
    const deed = "What happened near the village after the Kremlin's call?";
    expect(fitOf(deed, others)).toBeGreaterThanOrEqual(0.5 * fitOf(deed, own));
  });
});
