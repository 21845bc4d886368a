// The date a sentence gives: the first date reference in it, resolved against the article's
// published date. Absolute dates with a year resolve even when the article has no date.
import type { DateRef } from "../types.ts";
import { findAbsoluteDates } from "./absoluteDates.ts";
import { firstCandidate } from "./dateCandidates.ts";
import { findRelativeDates } from "./relativeDates.ts";

/** The first date reference in a sentence, resolved against the article's published date (YYYY-MM-DD) when it has one. */
export function findDateRef(sentence: string, published: string | null): DateRef | null {
  const text = hasSpaceToFold(sentence) ? sentence.replace(/\s+/g, " ") : sentence;
  return firstCandidate([...findAbsoluteDates(text), ...findRelativeDates(text, published)]);
}

/**
 * Whether `/\s+/g` → " " would change the text: white space other than a plain space, or a space
 * followed by more. Most sentences have neither and are read as they are (every sentence of every
 * article comes here, and the pattern's replace made a new string each time).
 */
export function hasSpaceToFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? isWhiteSpace(text.charCodeAt(i + 1)) : isWhiteSpace(c)) return true;
  }
  return false;
}

/** What `\s` matches: ASCII white space, the no-break and other spaces (Zs), the line and paragraph separators, the BOM. */
function isWhiteSpace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
