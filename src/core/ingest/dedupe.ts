// Standfirsts, captions and pull quotes often repeat a later paragraph word for word. The repeat
// would double the evidence for one sentence, so it is dropped and the fuller later paragraph kept.
import { comparable } from "./text.ts";

/** Shorter repeats are too likely to be coincidences ("Azerbaijan denied it"). */
const MIN_REPEAT_LENGTH = 25;

export interface Candidate {
  text: string;
  heading: boolean;
}

/** The candidates without body paragraphs whose text is contained in a later body paragraph. */
export function dropRepeats<T extends Candidate>(candidates: readonly T[]): T[] {
  const keys = candidates.map((c) => comparable(c.text));
  return candidates.filter((candidate, i) => {
    const key = keys[i] ?? "";
    if (candidate.heading || key.length < MIN_REPEAT_LENGTH) return true;
    return !candidates.some((later, j) => j > i && !later.heading && (keys[j] ?? "").includes(key));
  });
}
