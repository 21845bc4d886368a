// Calendar arithmetic on plain YYYY-MM-DD strings (UTC), and parsing of absolute dates
// as news sites print them. Shared by metadata inference, claim dates and query dates.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Month names and abbreviations as a regex alternation, longest first ("Sept." before "Sep"). */
export const MONTH_PATTERN =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept(?:ember)?|sep|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** The full month names, lower-case. */
export const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"] as const;

/** Weekdays and full month names: calendar words, which never start a person's or a body's name. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set<string>([...WEEKDAYS, ...MONTH_NAMES]);

/**
 * The first characters (ASCII letters lower-cased by `| 0x20`) of the words MONTHS answers for: the
 * months', and, as MONTHS is a plain object, "constructor" and "__proto__" ("_" | 0x20 is 0x7f),
 * which its prototype answers for. No other character lower-cases to one of these (checked over
 * every code point), so a word starting otherwise is no month.
 */
const FIRST_LETTERS = new Uint8Array(0x80);
for (const c of "jfmasondc") FIRST_LETTERS[c.charCodeAt(0)] = 1;
FIRST_LETTERS["_".charCodeAt(0) | 0x20] = 1;

/** 1–12 for a month name or abbreviation ("Sept.", "December"), else null. */
export function monthNumber(name: string): number | null {
  // Called on every word of some sentences: most words are answered by their first letter, and
  // the final stop is cut without a pattern.
  const first = name.charCodeAt(0) | 0x20;
  if (first >= 0x80 || FIRST_LETTERS[first] === 0) return null;
  const lower = name.toLowerCase();
  return MONTHS[lower.endsWith(".") ? lower.slice(0, -1) : lower] ?? null;
}

export function isoDate(year: number, month: number, day: number): string | null {
  // A day of a four-digit year, the common case, is checked and written out without a Date.
  if (Number.isInteger(year) && year >= 1000 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1) {
    return day <= daysInMonth(year, month) ? `${year}-${twoDigits(month)}-${twoDigits(day)}` : null;
  }
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Days in a month of the proleptic Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

export function addDays(iso: string, days: number): string {
  const time = Number.isInteger(days) ? dayTime(iso) : null;
  if (time !== null) return new Date(time + days * DAY_MS).toISOString().slice(0, 10);
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  const time = dayTime(iso);
  // 1 January 1970, day 0, was a Thursday.
  if (time !== null) return (((time / DAY_MS + 4) % 7) + 7) % 7;
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

const DAY_MS = 86_400_000;

/**
 * The time of midnight UTC starting a real day written YYYY-MM-DD (year 1000–9999), read without
 * parsing a date string (the relative dates ask this of every weekday they meet); null for any
 * other text, which is left to Date as before.
 */
function dayTime(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 0x2d || iso.charCodeAt(7) !== 0x2d) return null;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day);
}

/** The number the ASCII digits from `start` to `end` write, or -1 if any is no digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?\\s*,?\\s*(\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b`, "i");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * The first absolute date with a year in the text, as YYYY-MM-DD:
 * "2020-12-13", "13 December,2020", "December 14, 2020", "13 Nov 2020", "Sept. 14, 2020".
 */
export function parseAbsoluteDate(text: string): string | null {
  const candidates: { index: number; iso: string | null }[] = [];
  const iso = ISO.exec(text);
  if (iso) candidates.push({ index: iso.index, iso: isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push({ index: dmy.index, iso: fromParts(dmy[3], dmy[2], dmy[1]) });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push({ index: mdy.index, iso: fromParts(mdy[3], mdy[1], mdy[2]) });
  const valid = candidates.filter((c) => c.iso !== null).sort((a, b) => a.index - b.index);
  return valid[0]?.iso ?? null;
}

function fromParts(year?: string, month?: string, day?: string): string | null {
  const m = month ? monthNumber(month) : null;
  if (!year || !m || !day) return null;
  return isoDate(Number(year), m, Number(day));
}
