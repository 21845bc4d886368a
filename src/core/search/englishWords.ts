// General English words (englishWords.json, from SCOWL, checked by zod): a question word the corpus
// lacks but English knows ("count", "failure", "promise") is spelt right, so the corrector must not
// turn it into a corpus word a letter or two away ("court", "figure", "promote").
import { z } from "zod";
import { parseDataFile } from "../dataFile.ts";
import raw from "./englishWords.json" with { type: "json" };

const EnglishWordsSchema = z.object({
  copyright: z.array(z.string().min(1)).min(1),
  words: z.string().regex(/^[a-z]{5,}( [a-z]{5,})*$/, "lower-case words of five letters or more, one space apart"),
});

const ENGLISH_WORDS: ReadonlySet<string> = new Set(parseDataFile("englishWords.json", EnglishWordsSchema, raw).words.split(" "));

/** Whether a folded word is a general English word (only words of five letters or more are listed). */
export function isEnglishWord(word: string): boolean {
  return ENGLISH_WORDS.has(word);
}

const VOWEL = /[aeiouy]/;

/**
 * Whether two spellings differ by one vowel only (changed, added, dropped, or swapped with a
 * neighbour): the British and American spellings of one word ("centre" / "center", "protestors" /
 * "protesters"), which a correctly spelt question word may still be read as.
 */
export function oneVowelApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return VOWEL.test(a[diff[0] as number] ?? "") && VOWEL.test(b[diff[0] as number] ?? "");
    if (diff.length === 2) {
      const [i, j] = diff as [number, number];
      return j === i + 1 && a[i] === b[j] && a[j] === b[i] && (VOWEL.test(a[i] ?? "") || VOWEL.test(a[j] ?? ""));
    }
    return false;
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  if (longer.length !== shorter.length + 1) return false;
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return VOWEL.test(longer[i] ?? "");
  return false;
}
