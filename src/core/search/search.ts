// Ranks passages for a question: BM25 over the question's terms, then boosts for the
// question's date and places, a slight discount for headlines, and a coverage measure
// that tells a real answer from a coincidental match of one common word.
import { scoreBm25 } from "./bm25.ts";
import { planQuery, type SearchQuery } from "./query.ts";
import type { DateSpan, PassageRecord, SearchIndex } from "./searchIndex.ts";

export interface SearchHit {
  record: PassageRecord;
  score: number;
  /** Share of the question's evidence (idf-weighted terms) this passage holds, 0–1. */
  coverage: number;
}

export interface SearchResult {
  query: SearchQuery;
  hits: SearchHit[];
  /** True when even the best passage covers too little of the question to be trusted. */
  weak: boolean;
}

export const SEARCH_DEFAULTS = {
  limit: 5,
  /** BM25 candidates re-ranked with the boosts; the boosts never lift a passage from further down. */
  candidates: 200,
  dateBoost: 1.4,
  placeBoost: 1.3,
  headingFactor: 0.7,
  /** Below this share of the question's evidence, the best passage is not an answer. */
  minCoverage: 0.45,
};

export type SearchOptions = Partial<typeof SEARCH_DEFAULTS>;

export function searchPassages(index: SearchIndex, question: string, options: SearchOptions = {}): SearchResult {
  const settings = { ...SEARCH_DEFAULTS, ...options };
  const query = planQuery(index, question);
  if (query.terms.length === 0) return { query, hits: [], weak: true };
  const scored = scoreBm25(index.bm25, query.terms, settings.candidates);
  const hits = scored
    .map(({ doc, score, matched }) => {
      const record = index.passages[doc];
      if (!record) return null;
      const boost = boostFor(index, query, doc, settings) * (record.passage.heading ? settings.headingFactor : 1);
      return { record, score: score * boost, coverage: coverageOf(query, matched) };
    })
    .filter((h): h is SearchHit => h !== null)
    .sort((a, b) => b.score - a.score || a.record.doc - b.record.doc);
  const best = hits[0];
  const weak = !best || bestCoverage(hits.slice(0, settings.limit)) < settings.minCoverage;
  return { query, hits: hits.slice(0, settings.limit), weak };
}

function bestCoverage(hits: SearchHit[]): number {
  return hits.reduce((max, h) => Math.max(max, h.coverage), 0);
}

function coverageOf(query: SearchQuery, matched: number): number {
  if (query.evidenceMass <= 0) return 0;
  // Per typed word, the best of its terms that the passage holds.
  const found = new Map<number, number>();
  query.terms.forEach((t, i) => {
    if (i >= 31 || !(matched & (1 << i))) return;
    const slot = query.slots[i] ?? i;
    found.set(slot, Math.max(found.get(slot) ?? 0, (query.termIdf[i] ?? 0) * t.weight));
  });
  let total = 0;
  for (const value of found.values()) total += value;
  return Math.min(1, total / query.evidenceMass);
}

function boostFor(index: SearchIndex, query: SearchQuery, doc: number, settings: typeof SEARCH_DEFAULTS): number {
  let boost = 1;
  if (query.date && overlapsAny(index.passageDates[doc] ?? [], query.date)) boost *= settings.dateBoost;
  if (query.places.length > 0) {
    const here = index.passagePlaces[doc] ?? [];
    if (query.places.some((p) => here.includes(p))) boost *= settings.placeBoost;
  }
  return boost;
}

export function overlapsAny(spans: DateSpan[], range: DateSpan): boolean {
  return spans.some((s) => s.start <= range.end && s.end >= range.start);
}
