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
  bigrams: BigramIndex | null;
}

/**
 * Each character bigram's words (ids ascending, typed arrays: a third of the memory of number
 * arrays), with the scratch the candidate search counts in: one counter per word, reused by
 * every correction, instead of a Map that grows to tens of thousands of entries per typo in a
 * large vocabulary (and the garbage it leaves).
 */
interface BigramIndex {
  lists: Map<string, Uint32Array>;
  /** Shared bigrams per word while one correction is counted; all zero between corrections. */
  counts: Uint16Array;
  /** The words counted so far, in the order first met. */
  touched: Uint32Array;
  lengths: Uint32Array;
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

function bigramIndex(vocabulary: Vocabulary): BigramIndex {
  if (vocabulary.bigrams) return vocabulary.bigrams;
  const { words } = vocabulary;
  const sizes = new Map<string, number>();
  for (const word of words) for (const gram of bigramsOf(word)) sizes.set(gram, (sizes.get(gram) ?? 0) + 1);
  const lists = new Map<string, Uint32Array>();
  for (const [gram, size] of sizes) lists.set(gram, new Uint32Array(size));
  const filled = new Map<string, number>();
  words.forEach((word, id) => {
    for (const gram of bigramsOf(word)) {
      const at = filled.get(gram) ?? 0;
      (lists.get(gram) as Uint32Array)[at] = id;
      filled.set(gram, at + 1);
    }
  });
  const lengths = Uint32Array.from(words, (w) => w.length);
  const bigrams = { lists, counts: new Uint16Array(words.length), touched: new Uint32Array(words.length), lengths };
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

/**
 * Vocabulary words sharing enough character bigrams with `word`, most shared first (ties in the
 * order the bigrams' lists first name them), at most MAX_CANDIDATES.
 */
export function candidateIds(vocabulary: Vocabulary, word: string): number[] {
  const grams = bigramsOf(word);
  const { lists, counts, touched, lengths } = bigramIndex(vocabulary);
  let seen = 0;
  for (const gram of grams) {
    const list = lists.get(gram);
    if (!list) continue;
    for (let p = 0; p < list.length; p++) {
      const id = list[p] as number;
      if (counts[id] === 0) touched[seen++] = id;
      counts[id] = (counts[id] as number) + 1;
    }
  }
  const needed = Math.max(2, Math.ceil(grams.length * 0.45));
  const ranked: { id: number; shared: number }[] = [];
  for (let t = 0; t < seen; t++) {
    const id = touched[t] as number;
    const count = counts[id] as number;
    counts[id] = 0;
    if (count >= needed && Math.abs((lengths[id] as number) - word.length) <= 2) ranked.push({ id, shared: count });
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
