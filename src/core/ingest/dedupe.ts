// Standfirsts, captions and pull quotes often repeat a later paragraph word for word. The repeat
// would double the evidence for one sentence, so it is dropped and the fuller later paragraph kept.
import { comparable } from "./text.ts";

/** Shorter repeats are too likely to be coincidences ("Azerbaijan denied it"). */
const MIN_REPEAT_LENGTH = 25;

export interface Candidate {
  text: string;
  heading: boolean;
}

/** The candidates without body paragraphs whose text is contained in a later body paragraph. */
export function dropRepeats<T extends Candidate>(candidates: readonly T[]): T[] {
  const keys = candidates.map((c) => comparable(c.text));
  // A short article compares each paragraph with every later one: cheaper than building the index,
  // which only narrows down the same comparisons (every paragraph containing a key is among those it gives).
  if (candidates.length <= FEW_PARAGRAPHS) {
    return candidates.filter((candidate, i) => {
      const key = keys[i] ?? "";
      if (candidate.heading || key.length < MIN_REPEAT_LENGTH) return true;
      return !keys.some((other, j) => j > i && !candidates[j]?.heading && other.includes(key));
    });
  }
  const index = indexBodies(candidates, keys);
  return candidates.filter((candidate, i) => {
    const key = keys[i] ?? "";
    if (candidate.heading || key.length < MIN_REPEAT_LENGTH) return true;
    if ((index.lastWithKey.get(key) ?? -1) > i) return false;
    return !laterBodies(index, key, i, candidates.length).some((j) => !candidates[j]?.heading && (keys[j] ?? "").includes(key));
  });
}

/** Up to this many paragraphs, comparing every pair costs less than indexing their words. */
const FEW_PARAGRAPHS = 40;

/**
 * Comparing each paragraph with every later one made a 20 MB article take minutes. Keys are folded
 * to single spaces, so a pair of adjacent words with a space on both sides in a repeat is a pair
 * of whole words in the paragraph that contains it: its rarest such pair (or word) leads straight
 * to the few paragraphs worth comparing. Exact repeats, the common case, are looked up by key.
 */
interface BodyIndex {
  /** The last body paragraph with each key. */
  lastWithKey: Map<string, number>;
  /** For every word and every pair of adjacent words, the body paragraphs holding it, ascending. */
  holding: Map<string, number[]>;
}

function indexBodies(candidates: readonly Candidate[], keys: readonly string[]): BodyIndex {
  const lastWithKey = new Map<string, number>();
  const holding = new Map<string, number[]>();
  candidates.forEach((candidate, j) => {
    if (candidate.heading) return;
    const key = keys[j] ?? "";
    lastWithKey.set(key, j);
    const words = key.split(" ");
    for (const term of new Set([...words, ...words.slice(1).map((w, k) => `${words[k]} ${w}`)])) {
      const list = holding.get(term);
      if (list) list.push(j);
      else holding.set(term, [j]);
    }
  });
  return { lastWithKey, holding };
}

/**
 * The paragraphs after `i` that may contain `key`: the bodies holding its rarest inner pair of
 * words, or inner word when it has only three words. A key of one or two words has no inner
 * word: every later paragraph.
 */
function laterBodies(index: BodyIndex, key: string, i: number, count: number): number[] {
  const inner = key.split(" ").slice(1, -1);
  if (inner.length === 0) return Array.from({ length: Math.max(0, count - i - 1) }, (_, k) => i + 1 + k);
  const terms = inner.length === 1 ? inner : inner.slice(1).map((w, k) => `${inner[k]} ${w}`);
  let rarest: number[] = [];
  let fewest = Number.POSITIVE_INFINITY;
  for (const term of terms) {
    const list = index.holding.get(term) ?? [];
    if (list.length < fewest) [rarest, fewest] = [list, list.length];
  }
  return rarest.slice(firstAfter(rarest, i));
}

/** The position of the first index greater than `i` in an ascending list (binary search). */
function firstAfter(sorted: readonly number[], i: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) <= i) low = mid + 1;
    else high = mid;
  }
  return low;
}
