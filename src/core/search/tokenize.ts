// Splits folded text into words. Numbers keep their thousands ("5,000" → "5000") because
// casualty questions quote them; possessives lose their "'s" so "Azerbaijan's" is "azerbaijan".
import { foldText } from "./fold.ts";

/** Longer "words" are noise (URLs, base64, keyboard mashing) and only bloat the vocabulary. */
export const MAX_WORD_LENGTH = 32;

const WORD = /[a-z0-9]+/g;

/**
 * "US" and "U.S." name the United States, but folded they are the pronoun "us" (a stop word) or
 * two single letters: both are dropped, and "what did the US co-chair say" loses its side. Written
 * in capitals they become "usa", unless the text is in capitals throughout ("TOLD US").
 */
const UNITED_STATES = /\bU\.S\.(?:A\.)?|\bUSA?\b/g;

function withUnitedStates(text: string): string {
  if (!UNITED_STATES.test(text)) return text;
  UNITED_STATES.lastIndex = 0;
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = letters.replace(/[^\p{Lu}]/gu, "");
  return capitals.length > letters.length / 2 ? text : text.replace(UNITED_STATES, " usa ");
}

export function searchTerms(text: string): string[] {
  const folded = foldText(withUnitedStates(text))
    .replace(/(\d),(\d{3})\b/g, "$1$2")
    .replace(/'s\b/g, "");
  const words: string[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    if (word.length >= 2 && word.length <= MAX_WORD_LENGTH) words.push(word);
  }
  return words;
}
