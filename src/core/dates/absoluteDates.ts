// Dates that carry their own year and so resolve without an article date:
// "26 November 2020", "November 26th, 2020", "2020-11-26", "in April 2016",
// "September-November 2020", "in 2016".
import type { DateRef } from "../types.ts";
import { MONTH_PATTERN, isoDate, lastDayOfMonth, monthNumber } from "./calendar.ts";
import { allMatches } from "./matches.ts";
import { dayRef, monthRef, rangeRef, wording, yearRef, type DateCandidate } from "./dateCandidates.ts";

const M = `(${MONTH_PATTERN})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})(?![\\d/'s]|-\\d)";
const LEAD = "(?:(?:on|in|since|during|from|until|by|of)\\s+)?";

const DAY_MONTH_YEAR = new RegExp(`\\b${LEAD}${DAY}\\s+(?:of\\s+)?${M}\\s*,?\\s*${YEAR}`, "gi");
const MONTH_DAY_YEAR = new RegExp(`\\b${LEAD}${M}\\s+${DAY}\\s*,?\\s*${YEAR}`, "gi");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONTH_RANGE_YEAR = new RegExp(`\\b${LEAD}${M}\\s*(?:-|to|through|until)\\s*${M}\\s*,?\\s*${YEAR}`, "gi");
const MONTH_YEAR = new RegExp(`\\b${LEAD}(?:(?:early|mid|late)[-\\s]+)?${M}\\s*,?\\s*${YEAR}`, "gi");
/** A year alone is only a date after a preposition in running text ("in 2016", "since 1994"). */
const YEAR_AFTER_PREPOSITION = new RegExp(`\\b(?:in|since|during|until|by|from|of|before|after)\\s+${YEAR}`, "gi");
const YEAR_ALONE = new RegExp(`\\b${LEAD}${YEAR}`, "gi");

const FOUR_DIGITS = /\d{4}/;

export interface AbsoluteOptions {
  /** Accept a year with no preposition ("casualties 2016"), as in a user's query. */
  bareYear?: boolean;
}

export function findAbsoluteDates(text: string, options: AbsoluteOptions = {}): DateCandidate[] {
  const out: DateCandidate[] = [];
  // Every pattern holds a year (or an ISO date's four digits): most sentences have none.
  if (!FOUR_DIGITS.test(text)) return out;
  const add = (m: RegExpMatchArray, ref: DateRef | null): void => {
    if (ref?.start) out.push({ index: m.index ?? 0, ref: { ...ref, text: wording(ref.text) } });
  };
  for (const m of allMatches(DAY_MONTH_YEAR, text)) add(m, day(m[0], m[3], m[2], m[1]));
  for (const m of allMatches(MONTH_DAY_YEAR, text)) add(m, day(m[0], m[3], m[1], m[2]));
  for (const m of allMatches(ISO, text)) add(m, day(m[0], m[1], m[2], m[3]));
  for (const m of allMatches(MONTH_RANGE_YEAR, text)) add(m, monthSpan(m[0], m[1], m[2], m[3]));
  for (const m of allMatches(MONTH_YEAR, text)) add(m, month(m[0], m[1], m[2]));
  for (const m of allMatches(options.bareYear ? YEAR_ALONE : YEAR_AFTER_PREPOSITION, text)) {
    add(m, yearRef(m[0].trim(), Number(m[1])));
  }
  return out;
}

function day(text: string, year?: string, monthName?: string, dayOfMonth?: string): DateRef | null {
  const m = monthName && /^\d+$/.test(monthName) ? Number(monthName) : monthNumber(monthName ?? "");
  const iso = m ? isoDate(Number(year), m, Number(dayOfMonth)) : null;
  return iso ? dayRef(text.trim(), iso) : null;
}

function month(text: string, monthName?: string, year?: string): DateRef | null {
  const m = monthNumber(monthName ?? "");
  return m ? monthRef(text.trim(), Number(year), m) : null;
}

/** "September-November 2020": the first day of the first month to the last of the second. */
function monthSpan(text: string, from?: string, to?: string, year?: string): DateRef | null {
  const a = monthNumber(from ?? "");
  const b = monthNumber(to ?? "");
  const y = Number(year);
  if (!a || !b || b < a) return null;
  const start = isoDate(y, a, 1);
  return start ? rangeRef(text.trim(), start, lastDayOfMonth(y, b)) : null;
}
