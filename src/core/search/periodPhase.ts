// "The first days of the 2020 war", "the opening hours of the April 2016 fighting", "the last week
// of the blockade", "in winter 2023": words that say which part of the question's period is meant.
// They are time, not topic: a passage of 27 September answers "the first days of the 44-day war"
// without saying "first days", nor does a report of 18 January say "winter", so they narrow the
// period instead of being searched as words.
import { addDays } from "../dates/calendar.ts";
import type { QuestionDate } from "./questionDate.ts";

/**
 * The phase and its unit, before the period's words:
 * "(in) the first days of" · "the opening hours of" · "during the final week of" · "the first day of".
 */
const PHASE =
  /\b(?:(?:in|on|during|over)\s+)?(?:the\s+)?(?:very\s+)?(first|opening|early|initial|last|final|closing)\s+(?:few\s+|two\s+|three\s+)?(hours?|night|days?|weeks?)(?=\s+of\b)/i;

/** How many days from the period's edge each unit reaches (a day's reports come out the day after). */
const REACH: Record<string, number> = { hour: 1, hours: 1, night: 1, day: 1, days: 6, week: 6, weeks: 20 };

export interface PeriodPhase {
  /** The phase as written ("the first days"), taken out of the searched words. */
  text: string;
  date: QuestionDate;
}

/**
 * The part of the question's period (`date`: a named event's, a month, a year) that a phase names,
 * or null. A question names one period, so the phase is read as the part of it.
 */
export function periodPhase(text: string, date: QuestionDate): PeriodPhase | null {
  const season = seasonOf(text, date);
  if (season) return season;
  const match = PHASE.exec(text);
  if (!match || date.precision === "day") return null;
  const [whole, edge = "", unit = ""] = match;
  const reach = REACH[unit.toLowerCase()] ?? 0;
  const fromEnd = /^(?:last|final|closing)$/i.test(edge);
  const start = fromEnd ? maxDay(date.start, addDays(date.end, -reach)) : date.start;
  const end = fromEnd ? date.end : minDay(date.end, addDays(date.start, reach));
  return { text: whole, date: { ...date, start, end, precision: "range" } };
}

/** A season before its year: "in winter 2023", "during the summer of 2014", "autumn 2020". */
const SEASON = /\b(?:(?:in|during|over|through)\s+)?(?:the\s+)?(winter|spring|summer|autumn)(?=\s+(?:of\s+)?(\d{4})\b)/i;
/** Each season's first and last month; winter runs from the December before its year's January. */
const SEASON_MONTHS: Record<string, [number, number]> = { winter: [0, 2], spring: [3, 5], summer: [6, 8], autumn: [9, 11] };

/**
 * The season a question names with its year, as the part of the question's period it means: of a
 * year, the season's months; of a named event ("autumn 2020 fighting": the 44-day war), the days of
 * the event in them. Null when the question names no season, or a day or month already.
 */
function seasonOf(text: string, date: QuestionDate): PeriodPhase | null {
  const match = SEASON.exec(text);
  if (!match || date.precision === "day" || date.precision === "month") return null;
  const [whole, name = "", year = ""] = match;
  const [first, last] = SEASON_MONTHS[name.toLowerCase()] ?? [0, 0];
  const start = first === 0 ? `${Number(year) - 1}-12-01` : `${year}-${pad(first)}-01`;
  const end = addDays(`${year}-${pad(last + 1)}-01`, -1);
  if (date.precision === "year") return { text: whole, date: { ...date, start, end, precision: "range" } };
  const within = { start: maxDay(date.start, start), end: minDay(date.end, end) };
  return within.start <= within.end ? { text: whole, date: { ...date, ...within, precision: "range" } } : null;
}

const pad = (month: number) => String(month).padStart(2, "0");
const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);
