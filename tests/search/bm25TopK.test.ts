// The pruned top-k scorer (MaxScore with block bounds) against the exhaustive one it replaces in
// the search: for fixture corpora built to tie (few document lengths, tf mostly 1) and to prune
// (common terms over thousands of documents, small limits), every query's top k must be the
// exhaustive scorer's, documents, scores, masks and order alike.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Bm25Index, type WeightedTerm, buildBm25, scoreBm25Exhaustive } from "../../src/core/search/bm25.ts";
import { advance, scoreBm25TopK } from "../../src/core/search/bm25TopK.ts";

/** A small deterministic generator, so that a failing corpus can be rebuilt. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const VOCABULARY = Array.from({ length: 40 }, (_, i) => `t${i}`);

/**
 * Documents of a few lengths only, most terms once: many documents score exactly alike, so the
 * order among ties decides what enters the top k. Term i is about 1/(i+1) as common as term 0.
 */
function tiedCorpus(seed: number, docs: number): Bm25Index {
  const next = random(seed);
  const lengths = [5, 6, 13, 14];
  return buildBm25(
    Array.from({ length: docs }, () => {
      const length = lengths[Math.floor(next() * lengths.length)] ?? 5;
      const terms: string[] = [];
      while (terms.length < length) {
        const rank = Math.floor(1 / (next() * 0.999 + 0.001)) - 1;
        const term = VOCABULARY[rank % VOCABULARY.length] ?? "t0";
        terms.push(term);
        // Now and then a term twice or thrice.
        if (next() < 0.08 && terms.length < length) terms.push(term);
      }
      return terms;
    }),
  );
}

const WEIGHTS = [1, 1, 1, 0.9, 0.5, 0.45, 0.81];

function queryFrom(next: () => number): WeightedTerm[] {
  const size = 1 + Math.floor(next() * 6);
  return Array.from({ length: size }, () => ({
    // Now and then a term the corpus lacks.
    term: next() < 0.08 ? "absent" : (VOCABULARY[Math.floor(next() * next() * VOCABULARY.length)] ?? "t0"),
    weight: WEIGHTS[Math.floor(next() * WEIGHTS.length)] ?? 1,
  }));
}

describe("the pruned top-k scorer", () => {
  const corpora = [tiedCorpus(7, 3000), tiedCorpus(11, 5000), tiedCorpus(23, 300)];

  it("returns the exhaustive scorer's top k, ties and scores alike, for every query", () => {
    const next = random(99);
    let compared = 0;
    for (const index of corpora) {
      for (let q = 0; q < 150; q++) {
        const terms = queryFrom(next);
        for (const limit of [1, 5, 20, 200]) {
          expect(scoreBm25TopK(index, terms, limit), JSON.stringify({ terms, limit })).toEqual(scoreBm25Exhaustive(index, terms, limit));
          compared++;
        }
      }
    }
    expect(compared).toBe(corpora.length * 150 * 4);
  });

  it("agrees with the exhaustive scorer on random corpora and queries", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 2500 }), fc.integer({ min: 1, max: 60 }), (seed, docs, limit) => {
        const index = tiedCorpus(seed, docs);
        const next = random(seed + 1);
        for (let q = 0; q < 5; q++) {
          const terms = queryFrom(next);
          expect(scoreBm25TopK(index, terms, limit)).toEqual(scoreBm25Exhaustive(index, terms, limit));
        }
      }),
      { numRuns: 40, seed: 12 },
    );
  });

  it("breaks a tie at the kth place as the exhaustive scorer does: the earlier query term, then the lower document", () => {
    // Every document the same length and holding one term once: all of a term's documents tie.
    const index = buildBm25([
      ["a", "x"],
      ["b", "x"],
      ["a", "x"],
      ["b", "x"],
      ["a", "x"],
      ["b", "x"],
    ]);
    const terms = [
      { term: "b", weight: 1 },
      { term: "a", weight: 1 },
    ];
    // a and b are equally common, so their documents tie; b is asked first, so its documents come first.
    expect(scoreBm25TopK(index, terms, 4).map((d) => d.doc)).toEqual([1, 3, 5, 0]);
    expect(scoreBm25TopK(index, terms, 4)).toEqual(scoreBm25Exhaustive(index, terms, 4));
  });

  it("finds nothing for terms the corpus lacks, and nothing for a limit of 0", () => {
    const index = buildBm25([["a"], ["b"]]);
    expect(scoreBm25TopK(index, [{ term: "zz", weight: 1 }], 5)).toEqual([]);
    expect(scoreBm25TopK(index, [{ term: "a", weight: 1 }], 0)).toEqual([]);
  });
});

describe("galloping through a posting list", () => {
  it("lands on the first document at or after the target", () => {
    const docs = Uint32Array.from([2, 3, 5, 8, 13, 21, 34, 55, 89, 144]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docs.length }), fc.integer({ min: 0, max: 200 }), (from, target) => {
        let expected = from;
        while (expected < docs.length && (docs[expected] as number) < target) expected++;
        expect(advance(docs, from, target)).toBe(expected);
      }),
      { seed: 3 },
    );
  });
});
