// The shape every date matcher returns: a reference and where it starts in the text, so
// that the earliest (and, at one position, the longest) wording wins.
import type { DateRef } from "../types.ts";
import { addDays, isoDate, lastDayOfMonth, weekday } from "./calendar.ts";

export interface DateCandidate {
  index: number;
  ref: DateRef;
}

export function dayRef(text: string, iso: string): DateRef {
  return { text, start: iso, end: iso, precision: "day" };
}

export function rangeRef(text: string, start: string, end: string): DateRef {
  return { text, start, end, precision: "range" };
}

export function monthRef(text: string, year: number, month: number): DateRef {
  return { text, start: isoDate(year, month, 1), end: lastDayOfMonth(year, month), precision: "month" };
}

export function yearRef(text: string, year: number): DateRef {
  return { text, start: `${year}-01-01`, end: `${year}-12-31`, precision: "year" };
}

/** Relative wording with no article date to anchor it. */
export function unknownRef(text: string): DateRef {
  return { text, start: null, end: null, precision: "unknown" };
}

/** The latest day on or before `iso` that falls on `day` (0 = Sunday): same weekday → same day. */
export function weekdayOnOrBefore(iso: string, day: number): string {
  return addDays(iso, -((weekday(iso) - day + 7) % 7));
}

/** The Monday that starts the (Monday–Sunday) week holding `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

/** The earliest candidate; at one position the longest wording ("November 26, 2020" over "November 26"). */
export function firstCandidate(candidates: DateCandidate[]): DateRef | null {
  const sorted = [...candidates].sort((a, b) => a.index - b.index || b.ref.text.length - a.ref.text.length);
  return sorted[0]?.ref ?? null;
}

/** The wording as shown: trimmed, without a sentence's full stop after a full month name ("in March."). */
export function wording(raw: string): string {
  return raw.trim().replace(/\b(january|february|march|april|may|june|july|august|september|october|november|december)\.$/i, "$1");
}
