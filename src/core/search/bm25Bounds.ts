// What a query term can add to a document's BM25 score at most, for the pruned scorer
// (bm25TopK.ts): over all its postings, at a given document length, or within one block of
// its postings. Every bound is computed by the exhaustive scorer's own arithmetic from a
// (tf, length) pair some posting could have, and rounding is monotone in the length, so a bound
// is never a rounding below the contribution it bounds: the pruned scorer stays exact.
import { BM25_PARAMS, type Bm25Index, type Postings } from "./bm25.ts";

/** Postings per block (a power of two: a posting's block is its position shifted right). */
export const BLOCK_SHIFT = 7;

/** The exhaustive scorer's arithmetic (bm25.ts), so that the sums agree to the bit. */
export function contributionOf(termIdf: number, tf: number, norm: number): number {
  const { k1 } = BM25_PARAMS;
  return (termIdf * tf * (k1 + 1)) / (tf + norm);
}

/**
 * The length part of BM25's denominator for every document length (lengths are 16-bit), computed
 * as the exhaustive scorer computes it per posting: one table per index instead of a division a posting.
 */
const normTables = new WeakMap<Bm25Index, Float64Array>();
export function normsByLength(index: Bm25Index): Float64Array {
  const cached = normTables.get(index);
  if (cached) return cached;
  const { k1, b } = BM25_PARAMS;
  const average = index.averageLength || 1;
  const table = new Float64Array(0x10000);
  for (let length = 0; length < table.length; length++) table[length] = k1 * (1 - b + (b * length) / average);
  normTables.set(index, table);
  return table;
}

/**
 * A term's postings in brief: each tf they hold, with the shortest document holding it that
 * often; and per block of postings, its last document, shortest document and largest tf.
 * Found on the term's first use (one pass over its list) and kept: about 6% of the list's size,
 * for the terms questions have asked only.
 */
export interface TermShape {
  tfs: number[];
  shortest: number[];
  blockLast: Uint32Array;
  blockShortest: Uint16Array;
  blockMaxTf: Uint16Array;
}

const shapes = new WeakMap<Bm25Index, Map<string, TermShape>>();

export function shapeOf(index: Bm25Index, term: string, list: Postings): TermShape {
  let known = shapes.get(index);
  if (!known) shapes.set(index, (known = new Map()));
  const cached = known.get(term);
  if (cached) return cached;
  const shape = measureShape(index.docLengths, list);
  known.set(term, shape);
  return shape;
}

function measureShape(docLengths: Uint16Array, { docs, tfs }: Postings): TermShape {
  const blocks = (docs.length + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT;
  const blockLast = new Uint32Array(blocks);
  const blockShortest = new Uint16Array(blocks).fill(0xffff);
  const blockMaxTf = new Uint16Array(blocks);
  /** Shortest length + 1 by tf (0: no posting has that tf). */
  const shortestByTf = new Uint32Array(0x10000);
  const seen: number[] = [];
  for (let p = 0; p < docs.length; p++) {
    const doc = docs[p] as number;
    const tf = tfs[p] as number;
    const length = docLengths[doc] as number;
    const block = p >> BLOCK_SHIFT;
    blockLast[block] = doc;
    if (length < (blockShortest[block] as number)) blockShortest[block] = length;
    if (tf > (blockMaxTf[block] as number)) blockMaxTf[block] = tf;
    const prior = shortestByTf[tf] as number;
    if (prior === 0) seen.push(tf);
    if (prior === 0 || length + 1 < prior) shortestByTf[tf] = length + 1;
  }
  return { tfs: seen, shortest: seen.map((tf) => (shortestByTf[tf] as number) - 1), blockLast, blockShortest, blockMaxTf };
}

/**
 * The most the term adds to a document of at least this length holding it at most `maxTf` times:
 * each tf it holds, in no shorter document than both the length and the shortest holding that tf.
 */
export function contributionAtLength(termIdf: number, shape: TermShape, length: number, norms: Float64Array, maxTf = 0xffff): number {
  const { tfs, shortest } = shape;
  let best = 0;
  for (let i = 0; i < tfs.length; i++) {
    const tf = tfs[i] as number;
    if (tf > maxTf) continue;
    const value = contributionOf(termIdf, tf, norms[Math.max(length, shortest[i] as number)] as number);
    if (value > best) best = value;
  }
  return best;
}

/** The most the term adds to any document. */
export const largestContribution = (termIdf: number, shape: TermShape, norms: Float64Array) => contributionAtLength(termIdf, shape, 0, norms);

/** The most the term adds to any document of one block of its postings. */
export function blockContribution(termIdf: number, shape: TermShape, block: number, norms: Float64Array): number {
  return contributionAtLength(termIdf, shape, shape.blockShortest[block] as number, norms, shape.blockMaxTf[block] as number);
}
