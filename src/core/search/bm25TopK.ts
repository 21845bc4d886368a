// The best `limit` documents for a query without scoring every posting: MaxScore (Turtle and
// Flood), document at a time, with block bounds. Each term's largest contribution bounds what a
// document can still reach; once the `limit` best so far set a threshold, the terms whose bounds
// together cannot lift a document into them are only probed (by galloping) for documents the
// other terms bring; a run of documents whose blocks' bounds fall short is skipped whole, and a
// document whose bound falls short is dropped before the remaining terms are probed. At a
// million passages a question's common terms ("power", "civilian") hold hundreds of thousands of
// postings, and scoring them all (two docCount-long arrays per question) was most of an answer's time.
//
// The result is the exhaustive scorer's (scoreBm25Exhaustive), order and scores to the bit:
// - a document's score is summed in query-term order from the same arithmetic, as there;
// - ties keep its order: the document whose first query term comes earlier, then the lower
//   document number. Documents come here in ascending number, so a later one ties its way in
//   only with an earlier first term: a bound that merely equals the threshold prunes the rest;
// - bounds (bm25Bounds.ts) use the same arithmetic on (tf, length) pairs no posting can beat,
//   summed in query order too, so no bound is ever a rounding below the score it bounds.
import { type Bm25Index, type ScoredDoc, type WeightedTerm, idf, scoreBm25Exhaustive } from "./bm25.ts";
import {
  BLOCK_SHIFT,
  type TermShape,
  blockContribution,
  contributionAtLength,
  contributionOf,
  largestContribution,
  normsByLength,
  shapeOf,
} from "./bm25Bounds.ts";

interface Cursor {
  /** The term's place in the query: the order scores are summed in, and the tie-break. */
  term: number;
  docs: Uint32Array;
  tfs: Uint16Array;
  at: number;
  termIdf: number;
  /** The most this term adds to any document. */
  bound: number;
  shape: TermShape;
}

interface Entry {
  doc: number;
  score: number;
  matched: number;
  /** The first query term the document holds: the exhaustive scorer meets it there first. */
  first: number;
}

export function scoreBm25TopK(index: Bm25Index, terms: readonly WeightedTerm[], limit: number): ScoredDoc[] {
  if (limit <= 0) return [];
  const norms = normsByLength(index);
  const cursors: Cursor[] = [];
  for (const [i, { term, weight }] of terms.entries()) {
    const list = index.postings.get(term);
    if (!list || list.docs.length === 0) continue;
    const termIdf = idf(index, term) * weight;
    // A weightless term would make the exhaustive scorer meet a document twice: leave it to that scorer.
    if (!(termIdf > 0) || !Number.isFinite(termIdf)) return scoreBm25Exhaustive(index, terms, limit);
    const shape = shapeOf(index, term, list);
    cursors.push({ term: i, docs: list.docs, tfs: list.tfs, at: 0, termIdf, bound: largestContribution(termIdf, shape, norms), shape });
  }
  if (cursors.length === 0) return [];
  return new TopKSearch(index, cursors, terms.length, limit, norms).run();
}

class TopKSearch {
  /** The terms that may go unscored are a prefix of the cursors by ascending bound: those before `essential`. */
  private essential = 0;
  private readonly prefixBound: Float64Array;
  private readonly prefixFirst: Int32Array;
  /** Per query term, for the document or run at hand: its contribution, or a bound on it. */
  private readonly values: Float64Array;
  private readonly heap: TopHeap;
  /** Documents below this are in a run whose bound was checked and found open. */
  private checkedUntil = 0;

  constructor(
    private readonly index: Bm25Index,
    private readonly cursors: Cursor[],
    private readonly termCount: number,
    limit: number,
    private readonly norms: Float64Array,
  ) {
    cursors.sort((a, b) => a.bound - b.bound || a.term - b.term);
    this.values = new Float64Array(termCount);
    this.heap = new TopHeap(limit);
    // For the first e cursors: the most a document holding only their terms scores (bounds summed in query order), and their earliest term.
    this.prefixBound = new Float64Array(cursors.length + 1);
    this.prefixFirst = new Int32Array(cursors.length + 1);
    this.prefixFirst[0] = termCount;
    cursors.forEach((c, j) => {
      this.values[c.term] = c.bound;
      this.prefixBound[j + 1] = sumInQueryOrder(this.values);
      this.prefixFirst[j + 1] = Math.min(this.prefixFirst[j] as number, c.term);
    });
    this.values.fill(0);
  }

  run(): ScoredDoc[] {
    for (;;) {
      const doc = this.nextDoc();
      if (doc === Number.POSITIVE_INFINITY) break;
      if (doc >= this.checkedUntil && this.skipRun()) continue;
      this.score(doc);
    }
    return this.heap.sorted().map(({ doc, score, matched }) => ({ doc, score, matched }));
  }

  private nextDoc(): number {
    let doc = Number.POSITIVE_INFINITY;
    for (let j = this.essential; j < this.cursors.length; j++) {
      const c = this.cursors[j] as Cursor;
      if (c.at < c.docs.length && (c.docs[c.at] as number) < doc) doc = c.docs[c.at] as number;
    }
    return doc;
  }

  /**
   * The run from the next document to the end of the nearest essential cursor's block holds, in each
   * essential list, postings of its current block only: when the blocks' bounds (and the other
   * terms' at the run's shortest document) cannot enter, every essential cursor jumps past it.
   */
  private skipRun(): boolean {
    const { cursors, values, heap } = this;
    if (!heap.full()) return false;
    let end = Number.POSITIVE_INFINITY;
    for (let j = this.essential; j < cursors.length; j++) {
      const c = cursors[j] as Cursor;
      if (c.at < c.docs.length) end = Math.min(end, (c.shape.blockLast[c.at >> BLOCK_SHIFT] as number) + 1);
    }
    let shortest = 0xffff;
    let first = this.prefixFirst[this.essential] as number;
    for (let j = this.essential; j < cursors.length; j++) {
      const c = cursors[j] as Cursor;
      if (c.at >= c.docs.length || (c.docs[c.at] as number) >= end) continue;
      const block = c.at >> BLOCK_SHIFT;
      values[c.term] = blockContribution(c.termIdf, c.shape, block, this.norms);
      shortest = Math.min(shortest, c.shape.blockShortest[block] as number);
      first = Math.min(first, c.term);
    }
    for (let j = 0; j < this.essential; j++) {
      const c = cursors[j] as Cursor;
      values[c.term] = contributionAtLength(c.termIdf, c.shape, shortest, this.norms);
    }
    const shut = heap.shuts(sumInQueryOrder(values), first);
    values.fill(0);
    if (!shut) {
      this.checkedUntil = end;
      return false;
    }
    for (let j = this.essential; j < cursors.length; j++) {
      const c = cursors[j] as Cursor;
      c.at = advance(c.docs, c.at, end);
    }
    return true;
  }

  /** Scores one document: its essential terms, then the others while it can still enter. */
  private score(doc: number): void {
    const { cursors, values, heap, norms } = this;
    const docLengths = this.index.docLengths;
    let matched = 0;
    let first = this.termCount;
    for (let j = this.essential; j < cursors.length; j++) {
      const c = cursors[j] as Cursor;
      if (c.docs[c.at] !== doc) continue;
      values[c.term] = contribution(c, docLengths, norms);
      c.at++;
      if (c.term < 31) matched |= 1 << c.term;
      if (c.term < first) first = c.term;
    }
    // What an unprobed term can add to this document: its largest contribution at this document's length.
    const length = docLengths[doc] as number;
    for (let j = 0; j < this.essential; j++) {
      const c = cursors[j] as Cursor;
      values[c.term] = contributionAtLength(c.termIdf, c.shape, length, norms);
    }
    let dropped = false;
    for (let j = this.essential - 1; j >= 0; j--) {
      if (heap.shuts(sumInQueryOrder(values), Math.min(first, this.prefixFirst[j + 1] as number))) {
        dropped = true;
        break;
      }
      const c = cursors[j] as Cursor;
      c.at = advance(c.docs, c.at, doc);
      if (c.docs[c.at] !== doc) {
        values[c.term] = 0;
        continue;
      }
      values[c.term] = contribution(c, docLengths, norms);
      if (c.term < 31) matched |= 1 << c.term;
      if (c.term < first) first = c.term;
    }
    if (!dropped && heap.offer(doc, sumInQueryOrder(values), matched, first)) {
      while (this.essential < cursors.length && heap.shuts(this.prefixBound[this.essential + 1] as number, this.prefixFirst[this.essential + 1] as number)) {
        this.essential++;
      }
    }
    values.fill(0);
  }
}

/** The exhaustive scorer adds a document's contributions term by term, from 0: so does this. */
function sumInQueryOrder(values: Float64Array): number {
  let score = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value !== 0) score += value;
  }
  return score;
}

function contribution(c: Cursor, docLengths: Uint16Array, norms: Float64Array): number {
  return contributionOf(c.termIdf, c.tfs[c.at] as number, norms[docLengths[c.docs[c.at] as number] as number] as number);
}

/** The first position at or after `from` whose document is ≥ `target` (`docs.length` if none): gallop, then halve. */
export function advance(docs: Uint32Array, from: number, target: number): number {
  if (from >= docs.length || (docs[from] as number) >= target) return from;
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < docs.length && (docs[high] as number) < target) {
    low = high;
    step *= 2;
    high = low + step;
  }
  if (high > docs.length) high = docs.length;
  // docs[low] < target; docs[high] ≥ target or high is the end.
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if ((docs[mid] as number) < target) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * The best `limit` entries seen, as a binary heap whose root is the weakest: lowest score, and
 * among equal scores the one the exhaustive scorer meets last (later first term, then higher doc).
 */
class TopHeap {
  private readonly items: Entry[] = [];
  constructor(private readonly limit: number) {}

  /** Whether it holds `limit` entries: only then does anything shut. */
  full(): boolean {
    return this.items.length >= this.limit;
  }

  /**
   * Whether no document still to come (a higher number than any kept) that scores at most `bound`
   * and holds no query term before `first` can enter: below the weakest kept, or only tying it
   * without an earlier first term.
   */
  shuts(bound: number, first: number): boolean {
    const weakest = this.items[0];
    if (!weakest || this.items.length < this.limit) return false;
    return bound < weakest.score || (bound === weakest.score && first >= weakest.first);
  }

  /** Adds the document if it beats the weakest kept; true when the heap is full after it (the threshold may have risen). */
  offer(doc: number, score: number, matched: number, first: number): boolean {
    const entry = { doc, score, matched, first };
    if (this.items.length < this.limit) {
      this.items.push(entry);
      this.up(this.items.length - 1);
      return this.items.length === this.limit;
    }
    if (!weaker(this.items[0] as Entry, entry)) return false;
    this.items[0] = entry;
    this.down(0);
    return true;
  }

  sorted(): Entry[] {
    return [...this.items].sort((a, b) => (weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0));
  }

  private up(at: number): void {
    const items = this.items;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!weaker(items[at] as Entry, items[parent] as Entry)) return;
      [items[at], items[parent]] = [items[parent] as Entry, items[at] as Entry];
      at = parent;
    }
  }

  private down(at: number): void {
    const items = this.items;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let weakest = at;
      if (left < items.length && weaker(items[left] as Entry, items[weakest] as Entry)) weakest = left;
      if (right < items.length && weaker(items[right] as Entry, items[weakest] as Entry)) weakest = right;
      if (weakest === at) return;
      [items[at], items[weakest]] = [items[weakest] as Entry, items[at] as Entry];
      at = weakest;
    }
  }
}

/** Whether `a` ranks below `b` in the exhaustive scorer's order. */
function weaker(a: Entry, b: Entry): boolean {
  if (a.score !== b.score) return a.score < b.score;
  if (a.first !== b.first) return a.first > b.first;
  return a.doc > b.doc;
}
