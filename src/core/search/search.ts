// Ranks passages for a question: BM25 over the question's terms, then boosts for the
// question's date and places, a slight discount for headlines, and a coverage measure
// that tells a real answer from a coincidental match of one common word.
import type { ScoredDoc } from "./bm25.ts";
import { scoreBm25TopK } from "./bm25TopK.ts";
import { MONTH_PATTERN, addDays } from "../dates/calendar.ts";
import { proximityEvidence } from "./proximity.ts";
import { planQuery, type SearchQuery } from "./query.ts";
import { type DateSpan, type PassageRecord, type SearchIndex, headlinePlaces, speakerNames } from "./searchIndex.ts";
import { analyze } from "./analyze.ts";

export interface SearchHit {
  record: PassageRecord;
  score: number;
  /** Share of the question's evidence (idf-weighted terms) this passage holds, 0–1. */
  coverage: number;
  /** The product of the date, count, place and heading factors applied to the passage's score. */
  boost?: number;
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
  /** A passage that names a date in the question's period. */
  dateBoost: 1.6,
  /** A passage naming no date of its own, in an article published in (or just after) the period. */
  publishedBoost: 1.45,
  /** A passage naming other dates only, in an article published in the period: it looks back or ahead. */
  otherDatesBoost: 1.15,
  /** "How many …": a passage that gives a count (a figure, not a year or a day of the month). */
  countBoost: 1.5,
  placeBoost: 1.3,
  /** A passage that does not name the question's place, in an article whose headline or lead does: as much about it. */
  headlinePlaceBoost: 1.3,
  /** "Where …", "which towns …": a passage that names a place. */
  placeAskedBoost: 1.3,
  /**
   * A bare year ("iran mediation 2016") is a soft hint: its date boosts are shrunk to this share
   * of their excess over 1, since most of a year's reporting fits it and the year may be loose.
   */
  yearBoostShare: 0.5,
  /**
   * A passage that names no date of the period, in an article reported before it or more than a
   * year after it: "the April 2016 fighting" is rarely answered by a 2022 live blog.
   */
  elsewhenFactor: 0.6,
  /** The same for an article reported before the period: it can only look ahead to it. */
  beforeFactor: 0.4,
  headingFactor: 0.6,
  /** Candidates (best first) whose text is read again for proximity. */
  proximityDepth: 30,
  /** Share of a neighbouring pair's evidence added when the pair stands together in the passage. */
  proximityWeight: 0.5,
  /** "What did Grachev say …": a passage where (one of) the asked speaker's words name a speaker of its claims. */
  speakerBoost: 1.6,
  /** An interviewer's question found by the search: its answer (the next passage) takes its place, and it this share of its score. */
  askedShare: 0.6,
  /** Below this share of the question's evidence, the best passage is not an answer. */
  minCoverage: 0.45,
};

export type SearchOptions = Partial<typeof SEARCH_DEFAULTS>;

export function searchPassages(index: SearchIndex, question: string, options: SearchOptions = {}): SearchResult {
  const settings = { ...SEARCH_DEFAULTS, ...options };
  const query = planQuery(index, question);
  if (query.terms.length === 0) return { query, hits: [], weak: true };
  const scored = scoreBm25TopK(index.bm25, query.terms, settings.candidates);
  const hits = scored
    .map(({ doc, score, matched }): SearchHit | null => {
      const record = index.passages[doc];
      if (!record) return null;
      const boost = boostFor(index, query, record, settings) * (record.passage.heading ? settings.headingFactor : 1);
      return { record, score: score * boost, coverage: coverageOf(query, matched), boost };
    })
    .filter((h): h is SearchHit => h !== null);
  hits.sort(byScore);
  rerankByProximity(query, hits, settings);
  liftAnswers(index, query, hits, settings);
  const best = hits[0];
  const top = hits.slice(0, settings.limit);
  const weak = !best || bestCoverage(index, query, top, scored) < settings.minCoverage;
  return { query, hits: top, weak };
}

/**
 * The best share of the question any top passage holds, alone or with a neighbouring passage
 * of its article: an answer often spans two paragraphs ("they met in Yevlakh." / "After the
 * meeting, the sides had discussed …"), and neither alone need hold most of a short question.
 */
const byScore = (a: SearchHit, b: SearchHit) => b.score - a.score || a.record.doc - b.record.doc;

/**
 * Adds the proximity evidence (scaled like the passage's boosts) to the best candidates and
 * re-sorts them. Only the first `proximityDepth` are read again, so the cost stays fixed.
 */
function rerankByProximity(query: SearchQuery, hits: SearchHit[], settings: typeof SEARCH_DEFAULTS): void {
  const depth = Math.min(hits.length, settings.proximityDepth);
  if (depth < 2 || settings.proximityWeight <= 0) return;
  for (let i = 0; i < depth; i++) {
    const hit = hits[i] as SearchHit;
    const evidence = proximityEvidence(query, hit.record.passage.text);
    if (evidence > 0) hit.score += settings.proximityWeight * evidence * (hit.boost ?? 1);
    if (speaksAsAsked(query, hit.record)) hit.score *= settings.speakerBoost;
  }
  const head = hits.slice(0, depth).sort(byScore);
  hits.splice(0, depth, ...head);
}

/** Whether a speaker of the passage's claims is named by the words the question gives its speaker. */
function speaksAsAsked(query: SearchQuery, record: PassageRecord): boolean {
  if (query.speakerAsked.length === 0) return false;
  const id = record.passage.id;
  return record.article.claims.some(
    (claim) => claim.passageId === id && speakerNames(claim.speaker, "").some((name) => analyze(name).some((t) => query.speakerAsked.includes(t))),
  );
}

/**
 * An interview or a briefing transcript puts the question in one paragraph and the answer in the
 * next: a question that restates what the user asked ("Question (magazine): … ethnic cleansing?")
 * is found, its answer ("Maria Zakharova: We consider them destructive") is not. Among the best
 * candidates, the passage after such a question takes the question's score, just above it.
 */
function liftAnswers(index: SearchIndex, query: SearchQuery, hits: SearchHit[], settings: typeof SEARCH_DEFAULTS): void {
  const depth = Math.min(hits.length, settings.proximityDepth);
  let moved = false;
  for (let i = 0; i < depth; i++) {
    const hit = hits[i] as SearchHit;
    if (!asksQuestion(hit.record)) continue;
    const next = index.passages[hit.record.doc + 1];
    if (!next || next.article !== hit.record.article || asksQuestion(next)) continue;
    const existing = hits.find((h) => h.record.doc === next.doc);
    const lifted = hit.score * 1.001;
    if (existing) {
      if (existing.score >= lifted) continue;
      existing.score = lifted;
      existing.coverage = Math.max(existing.coverage, hit.coverage);
    } else {
      hits.push({ record: next, score: lifted, coverage: hit.coverage, boost: hit.boost ?? 1 });
    }
    hit.score *= settings.askedShare;
    moved = true;
  }
  if (moved) hits.sort(byScore);
  void query;
}

/** A passage that asks: an interviewer's labelled question, or a passage of an interview or transcript ending in a question mark. */
function asksQuestion(record: PassageRecord): boolean {
  const text = record.passage.text.trim();
  if (/^(?:q|question)\b[^:]{0,60}:/i.test(text)) return true;
  const genre = record.article.meta.genre;
  return (genre === "interview" || genre === "transcript") && /\?["'\u201D\u2019)\s]*$/.test(text);
}

function bestCoverage(index: SearchIndex, query: SearchQuery, top: SearchHit[], scored: ScoredDoc[]): number {
  const masks = new Map(scored.map((s) => [s.doc, s.matched]));
  let best = 0;
  for (const hit of top) {
    best = Math.max(best, hit.coverage);
    const doc = hit.record.doc;
    const own = masks.get(doc) ?? 0;
    for (const next of [doc - 1, doc + 1]) {
      const mask = masks.get(next);
      if (mask === undefined || mask === own) continue;
      if (next < 0 || next >= index.passages.length || index.passages[next]?.article !== hit.record.article) continue;
      best = Math.max(best, coverageOf(query, own | mask));
    }
    // "How did Iran react to the TRIPP corridor?": the route's name is given paragraphs before the
    // reaction. Words found in two passages of one article cover the question together, at a cost.
    let article = own;
    for (let next = doc - ARTICLE_REACH; next <= doc + ARTICLE_REACH; next++) {
      if (next === doc || index.passages[next]?.article !== hit.record.article) continue;
      article |= masks.get(next) ?? 0;
    }
    best = Math.max(best, coverageOf(query, article) * ARTICLE_SHARE);
  }
  return best;
}

/** How far apart, in passages, two passages of one article may cover a question together. */
const ARTICLE_REACH = 10;
/** What coverage by an article's passages together is worth against one passage's own. */
const ARTICLE_SHARE = 0.85;

function coverageOf(query: SearchQuery, matched: number): number {
  if (query.evidenceMass <= 0) return 0;
  // Per typed word, the best of its terms that the passage holds.
  const found = new Map<number, number>();
  query.terms.forEach((t, i) => {
    if (i >= 31 || !(matched & (1 << i)) || query.timeTerms.includes(t.term)) return;
    const slot = query.slots[i] ?? i;
    found.set(slot, Math.max(found.get(slot) ?? 0, (query.termIdf[i] ?? 0) * t.weight));
  });
  let total = 0;
  for (const value of found.values()) total += value;
  return Math.min(1, total / query.evidenceMass);
}

function boostFor(index: SearchIndex, query: SearchQuery, record: PassageRecord, settings: typeof SEARCH_DEFAULTS): number {
  const doc = record.doc;
  let boost = dateBoostFor(index, query, record, settings);
  if (query.countAsked && holdsCount(record.passage.text)) boost *= settings.countBoost;
  if (query.placeAsked && (index.passagePlaces[doc]?.length ?? 0) > 0) boost *= settings.placeAskedBoost;
  if (query.places.length > 0) {
    const here = index.passagePlaces[doc] ?? [];
    if (query.places.some((p) => here.includes(p))) boost *= settings.placeBoost;
    else if (query.places.some((p) => headlinePlaces(index)[doc]?.includes(p))) boost *= settings.headlinePlaceBoost;
  }
  return boost;
}

/**
 * A date in the question lifts passages of that time: most a passage that names a date in the
 * period itself; then one that names no date, from an article published in the period (news
 * reports last week's events, so a few days after it count too); a passage that names only
 * other dates ("the 2020 war, a year ago") in such an article, least. Nothing is filtered out.
 */
function dateBoostFor(index: SearchIndex, query: SearchQuery, record: PassageRecord, settings: typeof SEARCH_DEFAULTS): number {
  const date = query.date;
  if (!date) return 1;
  const boost = fullDateBoostFor(index, date, record, settings);
  return date.precision === "year" ? 1 + (boost - 1) * settings.yearBoostShare : boost;
}

function fullDateBoostFor(index: SearchIndex, date: NonNullable<SearchQuery["date"]>, record: PassageRecord, settings: typeof SEARCH_DEFAULTS): number {
  const own = index.passageDates[record.doc] ?? [];
  if (overlapsAny(own, date)) return settings.dateBoost;
  const published = record.article.meta.published;
  if (!published) return 1;
  if (published < date.start || published > addDays(date.end, PUBLISHED_GRACE_DAYS)) {
    // Reported before the period, or long after it and naming none of its dates: another time's news.
    // A report from before the period cannot tell what happened in it, only what was to come.
    if (published < date.start) return settings.beforeFactor;
    return published > addDays(date.end, LOOKBACK_DAYS) ? settings.elsewhenFactor : 1;
  }
  return own.length === 0 ? settings.publishedBoost : settings.otherDatesBoost;
}

/** A report this long after the period may still look back on it without naming its dates. */
const LOOKBACK_DAYS = 366;

const PUBLISHED_GRACE_DAYS = 7;

/** A number word that is not a duration ("six weeks of fighting" counts nothing). */
const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|scores of|millions?)\b(?!\s+(?:\S+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)/i;
const NOT_COUNTS = new RegExp(
  `\\b(?:(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN}))\\b|\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?m\\b\\.?|\\b\\d+\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b|\\b\\d+(?:st|nd|rd|th)\\b`,
  "gi",
);

/** Whether a passage gives a count: a number that is not a year, a time ("10:15", "at 7 pm"), a day of the month or an ordinal ("the 30th anniversary"). */
export function holdsCount(text: string): boolean {
  if (NUMBER_WORDS.test(text)) return true;
  return /\d/.test(text.replace(NOT_COUNTS, " "));
}

export function overlapsAny(spans: DateSpan[], range: DateSpan): boolean {
  return spans.some((s) => s.start <= range.end && s.end >= range.start);
}
