// A sentence in which two sides speak, each in a clause of its own ("Baku said 14 soldiers were
// killed, while the Karabakh army put the losses at 20"): each side's answer line shows that side's
// clause, so that no line carries the other side's words under its name. Where the clauses cannot be
// told apart (one subject for both, "Armenia and Azerbaijan accused each other", or a speaker not
// named as written), every line shows the whole sentence.
import type { Claim } from "../types.ts";

/** Where a speaker's own clause may begin: a semicolon, or a comma and "while", "whereas", "but", "and". */
const CLAUSE_BREAK = /;\s*|,\s*(?:while|whereas|but|and)\s+/giu;
/** A clause shorter than this is no line a reader can follow alone. */
const MIN_CLAUSE_WORDS = 4;

/** Each claim's own clause of `text`, by claim id; empty when the sentence is not split. */
export function ownClauses(text: string, claims: readonly Claim[]): Map<string, string> {
  const sides = new Set(claims.map((c) => c.side));
  if (claims.length < 2 || sides.size !== claims.length) return new Map();
  const placed = claims.map((c) => ({ claim: c, at: text.indexOf(c.speaker) })).sort((a, b) => a.at - b.at);
  if (placed.some((p) => p.at < 0) || new Set(placed.map((p) => p.at)).size !== placed.length) return new Map();
  // Each clause runs from the end of the break before its speaker to the start of the next break.
  const spans: [number, number][] = [[0, text.length]];
  for (let k = 1; k < placed.length; k++) {
    const from = (placed[k - 1]?.at ?? 0) + (placed[k - 1]?.claim.speaker.length ?? 0);
    const last = [...text.slice(from, placed[k]?.at ?? 0).matchAll(CLAUSE_BREAK)].at(-1);
    if (last?.index === undefined) return new Map();
    const previous = spans[k - 1] as [number, number];
    previous[1] = from + last.index;
    spans.push([from + last.index + last[0].length, text.length]);
  }
  const clauses = new Map<string, string>();
  placed.forEach((p, k) => {
    const [start, end] = spans[k] as [number, number];
    clauses.set(p.claim.id, text.slice(start, end).replace(/[\s,;]+$/u, ""));
  });
  return [...clauses.values()].every((c) => c.split(/\s+/).length >= MIN_CLAUSE_WORDS) ? clauses : new Map();
}
