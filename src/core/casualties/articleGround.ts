// Whose ground an article's figures stand on: a report from Agdam counts Azerbaijani dead in one figure after
// another, and a witness's "I counted 31 bodies" in it counts the same town's dead, though the sentence names
// no side. Read from the figures the article gave before, never guessed from the place names around them.
import type { AffectedSide, Side } from "../types.ts";
import { campOf } from "../sides/sides.ts";

/**
 * Figures named by side before the article's ground is taken as told. One is enough: a report that opens on one
 * side's dead ("Azerbaijani officials said 40 civilians from the town had been killed") stands on its ground for
 * the counts that follow with no side of their own, as a second figure of the same camp would confirm; a figure of
 * the other camp undoes it (see victimsGround).
 */
const MIN_NAMED_FIGURES = 1;

/**
 * The one side the article's figures so far counted victims of, when at least one named a side and all of
 * them were of one camp (the side named most within it); null when they named none, one, or two camps.
 */
export function victimsGround(figures: readonly { affected: AffectedSide }[]): Side | null {
  const named = figures.map((f) => f.affected).filter((side): side is Side => side !== "unspecified");
  if (named.length < MIN_NAMED_FIGURES || new Set(named.map(campOf)).size !== 1) return null;
  const counts = new Map<Side, number>();
  for (const side of named) counts.set(side, (counts.get(side) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
