// Splits folded text into words. Numbers keep their thousands ("5,000" → "5000") because
// casualty questions quote them; possessives lose their "'s" so "Azerbaijan's" is "azerbaijan".
import { foldText } from "./fold.ts";

/** Longer "words" are noise (URLs, base64, keyboard mashing) and only bloat the vocabulary. */
export const MAX_WORD_LENGTH = 32;

const WORD = /[a-z0-9]+/g;

export function searchTerms(text: string): string[] {
  const folded = foldText(text)
    .replace(/(\d),(\d{3})\b/g, "$1$2")
    .replace(/'s\b/g, "");
  const words: string[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    if (word.length >= 2 && word.length <= MAX_WORD_LENGTH) words.push(word);
  }
  return words;
}
