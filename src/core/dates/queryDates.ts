// A date or period named in a user's question. Only absolute wording counts: a question has
// no publication date to anchor "last week", so relative wording gives null.
import type { DatePrecision } from "../types.ts";
import { findAbsoluteDates } from "./absoluteDates.ts";
import { firstCandidate } from "./dateCandidates.ts";

export interface QueryDate {
  text: string;
  start: string;
  end: string;
  precision: DatePrecision;
}

/** A date or period named in a user's question ("in December 2020", "on 26 November 2020", "in 2016", "March 2021"); null otherwise. */
export function parseQueryDate(query: string): QueryDate | null {
  const ref = firstCandidate(findAbsoluteDates(query.replace(/\s+/g, " "), { bareYear: true }));
  if (!ref || ref.start === null || ref.end === null) return null;
  return { text: ref.text, start: ref.start, end: ref.end, precision: ref.precision };
}
