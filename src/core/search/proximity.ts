// Proximity: a passage where two words the question puts side by side also stand close
// together ("brokerd the truce" / "the ceasefire was brokered") is about what was asked,
// not merely about its topic. Scored for the best few candidates only, from their text.
import { analyzeWords } from "./analyze.ts";
import type { SearchQuery } from "./query.ts";
import { searchTerms } from "./tokenize.ts";

/** Two terms this many indexed terms apart or fewer (stop words do not count) stand together. */
export const PROXIMITY_WINDOW = 4;

/**
 * The evidence held by pairs of neighbouring question words that also neighbour in the text:
 * for each such pair, the lesser of the two words' weights (idf × weight). 0 when none.
 */
export function proximityEvidence(query: SearchQuery, text: string): number {
  const primaryCount = query.slots.reduce((max, slot) => Math.max(max, slot + 1), 0);
  if (primaryCount < 2) return 0;
  const slotOf = new Map<string, number>();
  const value = new Float64Array(primaryCount);
  query.terms.forEach((t, i) => {
    const slot = query.slots[i] ?? i;
    if (!slotOf.has(t.term)) slotOf.set(t.term, slot);
    value[slot] = Math.max(value[slot] ?? 0, (query.termIdf[i] ?? 0) * t.weight);
  });
  // Last position seen of each slot, and the closest distance found between neighbouring slots.
  const last = new Int32Array(primaryCount).fill(-1_000_000);
  const closest = new Int32Array(primaryCount).fill(1_000_000);
  analyzeWords(searchTerms(text)).forEach((term, position) => {
    const slot = slotOf.get(term);
    if (slot === undefined) return;
    last[slot] = position;
    if (slot > 0) closest[slot - 1] = Math.min(closest[slot - 1] ?? 0, position - (last[slot - 1] ?? 0));
    if (slot + 1 < primaryCount) closest[slot] = Math.min(closest[slot] ?? 0, position - (last[slot + 1] ?? 0));
  });
  let evidence = 0;
  for (let k = 0; k + 1 < primaryCount; k++) {
    if ((closest[k] ?? Infinity) <= PROXIMITY_WINDOW) evidence += Math.min(value[k] ?? 0, value[k + 1] ?? 0);
  }
  return evidence;
}
