// Headlines and cross-headings: shown and indexed, but not body text (nobody "said" them).
import { endsWithPunctuation, wordCount } from "./text.ts";

/** Longer than this, a first line is a paragraph, not a headline. */
const MAX_HEADLINE_LENGTH = 160;

/**
 * The first line is a headline when it is short and does not end like a sentence.
 * "?" and "!" are allowed (headlines ask and exclaim); a full stop, comma or colon is not.
 */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_HEADLINE_LENGTH && /^[\p{Lu}\p{N}"“‘'«]/u.test(t) && !/[.,;:…-]["'”’)\]]*$/u.test(t);
}

/** A cross-heading between body paragraphs: a few words, no final punctuation ("Iron fist"). */
export function isCrossHeading(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  return words >= 1 && words <= 8 && t.length <= 80 && /^[\p{Lu}\p{N}]/u.test(t) && !endsWithPunctuation(t);
}
