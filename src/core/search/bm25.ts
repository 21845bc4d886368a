// An inverted index with BM25 scoring over documents given as term lists.
// Postings are typed arrays so that 100k passages score in a few milliseconds and the saved
// index (adapters/library/searchCodec.ts) stores them as they are.

export interface Postings {
  /** Ascending, each document once: the pruned scorer (bm25TopK.ts) gallops through them. */
  docs: Uint32Array;
  tfs: Uint16Array;
}

export interface Bm25Index {
  docCount: number;
  docLengths: Uint16Array;
  averageLength: number;
  postings: Map<string, Postings>;
}

export interface WeightedTerm {
  term: string;
  /** 1 for a word as typed; less for a corrected or expanded one. */
  weight: number;
}

export interface ScoredDoc {
  doc: number;
  score: number;
  /** Bit i set when query term i occurs in the document (first 31 terms). */
  matched: number;
}

/** Standard BM25 constants; b a little under 0.75 since passages are short paragraphs. */
export const BM25_PARAMS = { k1: 1.2, b: 0.6 };
const MAX_LENGTH = 0xffff;

export function buildBm25(docs: readonly (readonly string[])[]): Bm25Index {
  const builder = new Bm25Builder();
  for (const terms of docs) builder.add(terms);
  return builder.finish();
}

/** A term's postings while they are built: typed arrays that double when full. */
interface GrowingPostings {
  docs: Uint32Array;
  tfs: Uint16Array;
  length: number;
}

/**
 * Builds the index one document at a time, so a corpus never has to be held as term lists
 * (at a million passages those lists alone outgrow a default heap). Postings grow as typed
 * arrays, a third of the memory of number arrays; `finish` trims them to their length.
 */
export class Bm25Builder {
  private readonly lists = new Map<string, GrowingPostings>();
  private lengths = new Uint16Array(1024);
  private docs = 0;
  private total = 0;

  add(terms: readonly string[]): void {
    const doc = this.docs++;
    if (doc === this.lengths.length) this.lengths = grown(this.lengths, this.lengths.length * 2);
    this.lengths[doc] = Math.min(terms.length, MAX_LENGTH);
    this.total += terms.length;
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = this.lists.get(term);
      if (!list) this.lists.set(term, (list = { docs: new Uint32Array(2), tfs: new Uint16Array(2), length: 0 }));
      if (list.length === list.docs.length) {
        list.docs = grown(list.docs, list.length * 2);
        list.tfs = grown(list.tfs, list.length * 2);
      }
      list.docs[list.length] = doc;
      list.tfs[list.length] = Math.min(tf, MAX_LENGTH);
      list.length += 1;
    }
  }

  finish(): Bm25Index {
    const postings = new Map<string, Postings>();
    for (const [term, list] of this.lists) postings.set(term, { docs: list.docs.slice(0, list.length), tfs: list.tfs.slice(0, list.length) });
    this.lists.clear();
    const docCount = this.docs;
    return { docCount, docLengths: this.lengths.slice(0, docCount), averageLength: docCount ? this.total / docCount : 0, postings };
  }
}

function grown<T extends Uint32Array | Uint16Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(Math.max(length, 2));
  next.set(array);
  return next;
}

export function idf(index: Bm25Index, term: string): number {
  const df = index.postings.get(term)?.docs.length ?? 0;
  return Math.log(1 + (index.docCount - df + 0.5) / (df + 0.5));
}

/** The idf a term absent from the corpus would have: the most a single term can weigh. */
export function maxIdf(index: Bm25Index): number {
  return Math.log(1 + (index.docCount + 0.5) / 0.5);
}

/**
 * The best `limit` documents for the terms, best first (ties: the document a term earlier in the
 * query finds, then the lower document number), scoring every posting of every term. The search
 * uses the pruned scorer (bm25TopK.ts), which returns the same; this one is its reference.
 */
export function scoreBm25Exhaustive(index: Bm25Index, terms: readonly WeightedTerm[], limit: number): ScoredDoc[] {
  const { k1, b } = BM25_PARAMS;
  const scores = new Float64Array(index.docCount);
  const masks = new Uint32Array(index.docCount);
  const touched: number[] = [];
  const average = index.averageLength || 1;
  terms.forEach(({ term, weight }, i) => {
    const list = index.postings.get(term);
    if (!list) return;
    const termIdf = idf(index, term) * weight;
    const bit = i < 31 ? 1 << i : 0;
    for (let p = 0; p < list.docs.length; p++) {
      const doc = list.docs[p] ?? 0;
      const tf = list.tfs[p] ?? 0;
      const norm = k1 * (1 - b + (b * (index.docLengths[doc] ?? 0)) / average);
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = (scores[doc] ?? 0) + (termIdf * tf * (k1 + 1)) / (tf + norm);
      masks[doc] = (masks[doc] ?? 0) | bit;
    }
  });
  return topDocs(touched, scores, masks, limit);
}

function topDocs(touched: number[], scores: Float64Array, masks: Uint32Array, limit: number): ScoredDoc[] {
  const best: ScoredDoc[] = [];
  for (const doc of touched) {
    const score = scores[doc] ?? 0;
    if (best.length === limit && score <= (best[best.length - 1]?.score ?? 0)) continue;
    const entry = { doc, score, matched: masks[doc] ?? 0 };
    let at = best.length;
    while (at > 0 && (best[at - 1]?.score ?? 0) < score) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best;
}
