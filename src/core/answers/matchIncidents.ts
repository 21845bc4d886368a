// Finds the incidents a query is about: by label (as offered by autocomplete), by place
// (fuzzy, so "Hadrout" finds Hadrut), by date ("in December 2020"), or by keywords
// that occur in the incident's passages.
import { foldText } from "../search/fold.ts";
import { planQuery } from "../search/query.ts";
import { searchPassages, overlapsAny } from "../search/search.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import type { Incident } from "./incidents.ts";

export interface IncidentMatch {
  incident: Incident;
  score: number;
}

const WEIGHTS = { label: 10, place: 3, date: 2, keywords: 2 };

export function matchIncidents(index: AnswerIndex, query: string, limit = 3): IncidentMatch[] {
  const text = query.trim();
  if (!text) return [];
  const folded = foldText(text);
  const byLabel = index.incidents.filter((i) => foldText(i.label) === folded);
  if (byLabel.length > 0) return byLabel.map((incident) => ({ incident, score: WEIGHTS.label }));
  const plan = planQuery(index.search, text);
  const passageScores = keywordScores(index, text);
  const matches: IncidentMatch[] = [];
  for (const incident of candidates(index, plan.places, plan.date !== null, passageScores)) {
    const place = plan.places.some((p) => incident.places.includes(p));
    const date =
      plan.date !== null &&
      incident.date?.start != null &&
      overlapsAny([{ start: incident.date.start, end: incident.date.end ?? incident.date.start }], plan.date);
    const keywords = Math.max(0, ...incident.passageIds.map((id) => passageScores.get(id) ?? 0));
    // A date alone is not enough when the query also names a place the incident is not at.
    if (plan.places.length > 0 && !place && keywords < 0.5) continue;
    const score = (place ? WEIGHTS.place : 0) + (date ? WEIGHTS.date : 0) + WEIGHTS.keywords * keywords;
    if (score >= 1) matches.push({ incident, score });
  }
  return matches.sort((a, b) => b.score - a.score || b.incident.files.length - a.incident.files.length).slice(0, limit);
}

/**
 * The incidents worth scoring: those at the named places and those holding matching passages.
 * Only a query with a date and nothing else has to look at every incident.
 */
function candidates(index: AnswerIndex, places: string[], hasDate: boolean, passageScores: Map<string, number>): Incident[] {
  if (places.length === 0 && passageScores.size === 0 && hasDate) return index.incidents;
  const found = new Set<Incident>();
  for (const place of places) for (const i of index.incidentsAtPlace.get(place) ?? []) found.add(i);
  for (const id of passageScores.keys()) for (const i of index.incidentsOfPassage.get(id) ?? []) found.add(i);
  return [...found];
}

/** Passage id → keyword score relative to the best passage (0–1), trusted passages only. */
function keywordScores(index: AnswerIndex, query: string): Map<string, number> {
  const result = searchPassages(index.search, query, { limit: 100 });
  if (result.weak) return new Map();
  const best = result.hits[0]?.score ?? 1;
  return new Map(result.hits.map((h) => [h.record.passage.id, h.score / best]));
}
