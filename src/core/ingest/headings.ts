// Headlines and cross-headings: shown and indexed, but not body text (nobody "said" them).
import { GENRE_CUES } from "./genreCues.ts";
import { endsWithPunctuation, wordCount } from "./text.ts";

/** Longer than this, a first line is a paragraph, not a headline. */
const MAX_HEADLINE_LENGTH = 160;

/**
 * The first line is a headline when it is short and does not end like a sentence.
 * "?" and "!" are allowed (headlines ask and exclaim); a full stop, comma or colon is not.
 */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  const short = t.length <= MAX_HEADLINE_LENGTH || (t.length <= MAX_TITLE_CASE_LENGTH && isTitleCased(t));
  return t.length > 0 && short && /^[\p{Lu}\p{N}"“‘'«]/u.test(t) && !/[.,;:…-]["'”’)\]]*$/u.test(t) && !isSpokenTurn(t);
}

/** "MARSH: Good evening. Mr Qasimov, what do you know?": a speaker's turn of several sentences, never a headline. */
function isSpokenTurn(text: string): boolean {
  return /[.!?]\s+\S/.test(text) && GENRE_CUES.turnLabel.test(text);
}

/**
 * "Following Azerbaijan's Military Operation in Nagorno-Karabakh, Senior Official Urges …, as
 * Armenia, Azerbaijan Trade Charges in Security Council": a press office's headline may run long, but
 * it capitalises its words, which a paragraph never does.
 */
const MAX_TITLE_CASE_LENGTH = 260;

function isTitleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}'’-]{4,}[,;:]?$/u.test(w));
  return words.length >= 8 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.85;
}

/** A cross-heading between body paragraphs: a few words, no final punctuation ("Iron fist"). */
export function isCrossHeading(text: string): boolean {
  const t = text.trim();
  const words = wordCount(t);
  return words >= 1 && words <= 8 && t.length <= 80 && /^[\p{Lu}\p{N}]/u.test(t) && !endsWithPunctuation(t);
}
