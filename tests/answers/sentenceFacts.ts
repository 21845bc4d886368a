// Shared by the lead tests that score one sentence alone: its facts with nothing extracted from it.
import type { SentenceFacts } from "../../src/core/answers/leadScore.ts";

/** A sentence of no note that pads a small article between the ones a test is about. */
export const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

/** A body sentence of an undated article, with no claims, figures or places of its own. */
export const facts = (text: string): SentenceFacts => ({
  sentence: { id: "a#p0.s0", passageId: "a#p0", text },
  heading: false,
  claims: [],
  figures: [],
  places: [],
  published: null,
});
