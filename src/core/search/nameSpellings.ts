// Transliteration keys for names: "Krikorian" and "Grigoryan", "Aliev" and "Aliyev", "Hadrout"
// and "Hadrut" get one key, so a question typed with one spelling finds the corpus's other.
// The rules are data (nameSpellings.json, checked by zod); the key is a matching aid only and
// is never indexed, so passages' terms and the saved index stay as they are.
import { z } from "zod";
import { parseDataFile } from "../dataFile.ts";
import raw from "./nameSpellings.json" with { type: "json" };
import type { Vocabulary } from "./spelling.ts";

const NameSpellingsSchema = z.object({
  why: z.string(),
  rules: z
    .array(
      z.object({
        from: z.string().min(1),
        to: z.string(),
        why: z.string().min(1),
        /** Two spellings of one name that this rule (with the others) brings together. */
        example: z.tuple([z.string().min(1), z.string().min(1)]),
      }),
    )
    .min(1),
});

const SPELLINGS = parseDataFile("nameSpellings.json", NameSpellingsSchema, raw);
const RULES = SPELLINGS.rules.map((r) => ({ pattern: new RegExp(r.from, "g"), to: r.to }));

export const NAME_SPELLING_EXAMPLES: readonly (readonly [string, string])[] = SPELLINGS.rules.map((r) => r.example);

/** Names shorter than this have too many lookalikes among common words ("al", "van"). */
export const MIN_NAME_KEY_LENGTH = 4;

/** The word's transliteration key (folded lower-case input): one key for all its spellings. */
export function nameKey(word: string): string {
  let key = word;
  for (const rule of RULES) key = key.replace(rule.pattern, rule.to);
  return key;
}

/** Key → vocabulary words with that key, commonest first. */
type NameKeys = Map<string, string[]>;

const CACHE = new WeakMap<Vocabulary, NameKeys>();

/** Built on the first question that needs it (one pass over the vocabulary), then kept. */
export function nameKeysOf(vocabulary: Vocabulary): NameKeys {
  const cached = CACHE.get(vocabulary);
  if (cached) return cached;
  const words = new Map<string, string[]>();
  vocabulary.words.forEach((word) => {
    if (word.length < MIN_NAME_KEY_LENGTH || /\d/.test(word)) return;
    const key = nameKey(word);
    const list = words.get(key);
    if (list) list.push(word);
    else words.set(key, [word]);
  });
  const frequencyOf = new Map(vocabulary.words.map((w, id) => [w, vocabulary.frequency[id] ?? 0]));
  for (const list of words.values()) if (list.length > 1) list.sort((a, b) => (frequencyOf.get(b) ?? 0) - (frequencyOf.get(a) ?? 0));
  CACHE.set(vocabulary, words);
  return words;
}

/** Other vocabulary words spelled like `word` up to transliteration (commonest first). */
export function sameNameSpellings(vocabulary: Vocabulary, word: string): string[] {
  if (word.length < MIN_NAME_KEY_LENGTH || /\d/.test(word)) return [];
  return (nameKeysOf(vocabulary).get(nameKey(word)) ?? []).filter((w) => w !== word);
}
