// Turns a question as typed into weighted search terms, a date and places:
// stop words dropped, unknown words corrected against the corpus vocabulary, synonyms merged.
import { analyzeWords, termOf } from "./analyze.ts";
import { type WeightedTerm, idf, maxIdf } from "./bm25.ts";
import { parseQuestionDate, type QuestionDate } from "./questionDate.ts";
import { type SearchIndex, isKnownWord } from "./searchIndex.ts";
import { correctWord } from "./spelling.ts";
import { tokenize } from "./tokenize.ts";
import { isStopWord } from "./stopWords.ts";

/** Longer questions are cut: the first words say what is asked, and scoring stays bounded. */
export const MAX_QUESTION_CHARS = 1_000;
export const MAX_QUERY_TERMS = 24;
/** A corrected word counts for less than one typed as found in the corpus. */
const MIN_CORRECTED_WEIGHT = 0.5;

export interface Correction {
  typed: string;
  corrected: string;
}

export interface SearchQuery {
  terms: WeightedTerm[];
  corrections: Correction[];
  date: QuestionDate | null;
  /** Known place names the question mentions. */
  places: string[];
  /** Sum of the terms' idf as if all were found: the yardstick for "weak evidence". */
  evidenceMass: number;
  /** idf of each term in the index (maxIdf for a term the corpus lacks). */
  termIdf: number[];
}

export function planQuery(index: SearchIndex, question: string): SearchQuery {
  const text = question.slice(0, MAX_QUESTION_CHARS).replace(/\s+/g, " ");
  const date = safeDate(text);
  const words = tokenize(date ? text.replace(date.text, " ") : text).filter((w) => !isStopWord(w));
  const weights = new Map<string, number>();
  const corrections: Correction[] = [];
  const used = words.map((word) => {
    if (isKnownWord(index, word)) return word;
    const fix = correctWord(index.vocabulary, word);
    if (!fix) return word;
    corrections.push({ typed: word, corrected: fix.word });
    const term = termOf(fix.word);
    if (term) weights.set(term, Math.max(MIN_CORRECTED_WEIGHT, 1 - fix.score));
    return fix.word;
  });
  const terms = dedupe(analyzeWords(used).map((term) => ({ term, weight: weights.get(term) ?? 1 }))).slice(0, MAX_QUERY_TERMS);
  const termIdf = terms.map(({ term }) => (index.bm25.postings.has(term) ? idf(index.bm25, term) : maxIdf(index.bm25)));
  const evidenceMass = termIdf.reduce((sum, x) => sum + x, 0);
  return { terms, corrections, date, places: placesNamed(index, terms), evidenceMass, termIdf };
}

function safeDate(text: string): QuestionDate | null {
  try {
    return parseQuestionDate(text);
  } catch {
    return null;
  }
}

function dedupe(terms: WeightedTerm[]): WeightedTerm[] {
  const seen = new Map<string, WeightedTerm>();
  for (const t of terms) {
    const prior = seen.get(t.term);
    if (!prior || prior.weight < t.weight) seen.set(t.term, t);
  }
  return [...seen.values()];
}

function placesNamed(index: SearchIndex, terms: WeightedTerm[]): string[] {
  const present = new Set(terms.map((t) => t.term));
  return index.places.filter((p) => p.terms.every((t) => present.has(t))).map((p) => p.name);
}
