// Two-part questions ("Who shelled the bridge, and what did the ministry say?"): the answer keeps
// one lead, for the first part, but its supporting lines must cover the second part too. The
// second part is searched on its own, with the first part's names as context ("the ministry" of
// which country, "the bridge" where), since on its own it is often only a verb or two.

/** "…, and who/what/why/…" or "…; did …": a second question asked in the same breath. */
const SECOND_QUESTION =
  /(?:,\s*(?:and|but)\s+|;\s*(?:and\s+)?|\s+and\s+(?=(?:who|what|why|how|when|where|which|whom|whose)\b))((?:who|what|why|how|when|where|which|whom|whose|did|does|do|was|were|is|are|has|have|had)\b.*)$/i;
/** A first part shorter than this is not a question of its own ("why and how …"). */
const MIN_FIRST_PART_WORDS = 3;
const NAME = /(?<!\p{L})\p{Lu}[\p{L}'’-]+/gu;
/** Sentence-initial question words are capitalized but name nothing. */
const NOT_NAMES = new Set([
  "who",
  "what",
  "why",
  "how",
  "when",
  "where",
  "which",
  "did",
  "does",
  "do",
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "the",
]);

/** The first part of a two-part question as a question of its own ("Who shelled the bridge"), or null for a one-part question. */
export function firstPartOf(question: string): string | null {
  const match = SECOND_QUESTION.exec(question);
  if (!match || match[1] === undefined) return null;
  const first = question.slice(0, match.index).trim();
  return first.split(/\s+/).filter(Boolean).length < MIN_FIRST_PART_WORDS ? null : first;
}

/** The second part as a search of its own (with the first part's names), or null for a one-part question. */
export function secondPartQuery(question: string): string | null {
  const match = SECOND_QUESTION.exec(question);
  if (!match || match[1] === undefined) return null;
  const first = question.slice(0, match.index);
  if (first.split(/\s+/).filter(Boolean).length < MIN_FIRST_PART_WORDS) return null;
  const names = [...first.matchAll(NAME)].map((m) => m[0]).filter((n) => !NOT_NAMES.has(n.toLowerCase()));
  return [match[1], ...names].join(" ");
}
