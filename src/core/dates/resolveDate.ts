// The date a sentence gives: the first date reference in it, resolved against the article's
// published date. Absolute dates with a year resolve even when the article has no date.
import type { DateRef } from "../types.ts";
import { findAbsoluteDates } from "./absoluteDates.ts";
import { firstCandidate } from "./dateCandidates.ts";
import { findRelativeDates } from "./relativeDates.ts";

/** The first date reference in a sentence, resolved against the article's published date (YYYY-MM-DD) when it has one. */
export function findDateRef(sentence: string, published: string | null): DateRef | null {
  const text = sentence.replace(/\s+/g, " ");
  return firstCandidate([...findAbsoluteDates(text), ...findRelativeDates(text, published)]);
}
