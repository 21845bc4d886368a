// Corrects a misspelled question word against the corpus vocabulary ("hadrout" → "hadrut").
// A character-bigram index narrows 100k words to a few dozen candidates in well under a
// millisecond; Fuse.js then scores those candidates, which keeps its bitap matching cheap.
import Fuse from "fuse.js";

export interface Vocabulary {
  /** Folded surface words as they occur in passages. */
  words: string[];
  /** How many passages hold each word's term: ties go to the commoner word. */
  frequency: Uint32Array;
  /** Character bigram → word ids; built on the first correction, so loading stays fast. */
  bigrams: Map<string, number[]> | null;
}

export interface Correction {
  word: string;
  /** Fuse score: 0 is a perfect match, 1 no match at all. */
  score: number;
}

/** Shorter words have too many one-letter neighbours to correct safely ("bread" → "break"). */
export const MIN_CORRECTABLE_LENGTH = 5;
const MAX_CANDIDATES = 64;
const FUSE_THRESHOLD = 0.34;

function bigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) grams.add(padded.slice(i, i + 2));
  return [...grams];
}

export function buildVocabulary(words: readonly string[], frequency: ArrayLike<number>): Vocabulary {
  return { words: [...words], frequency: Uint32Array.from(frequency), bigrams: null };
}

function bigramIndex(vocabulary: Vocabulary): Map<string, number[]> {
  if (vocabulary.bigrams) return vocabulary.bigrams;
  const bigrams = new Map<string, number[]>();
  vocabulary.words.forEach((word, id) => {
    for (const gram of bigramsOf(word)) {
      let list = bigrams.get(gram);
      if (!list) bigrams.set(gram, (list = []));
      list.push(id);
    }
  });
  vocabulary.bigrams = bigrams;
  return bigrams;
}

/** Ranks within this distance of the best are equally plausible: "mensavro" may be either name. */
const PLAUSIBLE_GAP = 0.06;

/**
 * The plausible corrections of `word`, best first (at most `max`). When a typo is equally far
 * from two words, the question's other words decide, so the search keeps them all.
 */
export function correctionCandidates(vocabulary: Vocabulary, word: string, max = 3): Correction[] {
  if (word.length < MIN_CORRECTABLE_LENGTH || /\d/.test(word)) return [];
  const ids = candidateIds(vocabulary, word);
  if (ids.length === 0) return [];
  const fuse = new Fuse(
    ids.map((id) => vocabulary.words[id] ?? ""),
    { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true },
  );
  const ranked = fuse.search(word, { limit: 10 }).map((result) => {
    const score = result.score ?? 1;
    const lengthGap = Math.abs(result.item.length - word.length);
    const commonness = Math.log10(1 + (vocabulary.frequency[ids[result.refIndex] ?? 0] ?? 0)) * 0.01;
    return { word: result.item, score, rank: score + 0.04 * lengthGap - commonness };
  });
  ranked.sort((a, b) => a.rank - b.rank);
  // Fuse scores a shared run of letters well even when the words differ by several edits
  // ("admit" → "dmitry", "flare" → "inflame", "world" → "would"): a typo is a slip or two.
  const close = ranked.filter((r) => editDistance(word, r.word) <= maxEdits(word));
  ranked.length = 0;
  ranked.push(...close);
  const best = ranked[0]?.rank ?? 0;
  return ranked
    .filter((r) => r.rank <= best + PLAUSIBLE_GAP)
    .slice(0, max)
    .map(({ word: w, score }) => ({ word: w, score }));
}

/** Vocabulary words sharing enough character bigrams with `word`, most shared first. */
function candidateIds(vocabulary: Vocabulary, word: string): number[] {
  const grams = bigramsOf(word);
  const index = bigramIndex(vocabulary);
  const shared = new Map<number, number>();
  for (const gram of grams) {
    for (const id of index.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(grams.length * 0.45));
  const ranked: { id: number; shared: number }[] = [];
  for (const [id, count] of shared) {
    const candidate = vocabulary.words[id] ?? "";
    if (count >= needed && Math.abs(candidate.length - word.length) <= 2) ranked.push({ id, shared: count });
  }
  ranked.sort((a, b) => b.shared - a.shared);
  return ranked.slice(0, MAX_CANDIDATES).map((r) => r.id);
}

/** Edits a typo of this length may hold: one in a short word, two in a longer one, three in a long one. */
export function maxEdits(word: string): number {
  return word.length <= 6 ? 1 : word.length <= 10 ? 2 : 3;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      let d = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}
