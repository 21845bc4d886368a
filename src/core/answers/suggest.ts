// Autocomplete for /incident: known places and incident labels that match what is typed so far.
import { foldText } from "../search/fold.ts";
import { findShortFields } from "../search/shortFields.ts";
import type { AnswerIndex } from "./answerIndex.ts";

export function suggestIncidents(index: AnswerIndex, prefix: string, limit = 25): string[] {
  const typed = foldText(prefix.trim()).slice(0, 100);
  const labels = index.incidents.map((i) => i.label);
  const places = index.search.places.map((p) => p.name);
  const candidates = [...new Set([...places, ...labels])];
  if (!typed) return candidates.slice(0, limit);
  const starting = candidates.filter((c) => foldText(c).startsWith(typed));
  const containing = candidates.filter((c) => !starting.includes(c) && foldText(c).includes(typed));
  const fuzzy = typed.length >= 3 ? findShortFields(index.search.shortFields, typed, "place", limit).map((f) => f.value) : [];
  return [...new Set([...starting, ...containing, ...fuzzy])].slice(0, Math.max(0, limit));
}
