// Porter's English stemmer (the `stemmer` package), so that "violated", "violation" and
// "violations" meet. Words with digits and words of three letters or fewer are kept as typed.
// Stems are remembered: a corpus repeats its words, and a lookup is cheaper than the algorithm.
import { stemmer } from "stemmer";

const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();

export function stem(word: string): string {
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
