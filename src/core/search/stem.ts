// Porter's English stemmer (the `stemmer` package), so that "violated", "violation" and
// "violations" meet. Words with digits and words of three letters or fewer are kept as typed.
// Irregular past forms go to their base verb first ("sent" → "send", "fled" → "flee"), which the
// suffix rules cannot do. Stems are remembered: a corpus repeats its words, and a lookup is cheaper than the algorithm.
import { stemmer } from "stemmer";
import { baseVerb } from "./irregularVerbs.ts";

const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();

export function stem(typed: string): string {
  const word = baseVerb(typed);
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stemmed = memo.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    // A bounded memory: past the limit, start again rather than grow without end.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, stemmed);
  }
  return stemmed;
}
