// Dates that need the article's published date: weekdays ("late on Saturday"), "last week",
// "overnight", "the weekend", a day or month with no year ("November 26th", "in September").
// Without a published date they keep their wording with precision "unknown".
import type { DateRef } from "../types.ts";
import { MONTH_PATTERN, WEEKDAYS, addDays, isoDate, monthNumber } from "./calendar.ts";
import { allMatches } from "./matches.ts";
import { dayRef, mondayOf, monthRef, rangeRef, unknownRef, weekdayOnOrBefore, wording, yearRef, type DateCandidate } from "./dateCandidates.ts";

const WD = `(${WEEKDAYS.join("|")})`;
const MONTH = `(${MONTH_PATTERN})\\.?`;
const TIME_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
const EDGE = "(?:(?:late|early)\\s+(?:on\\s+)?)?";
/** A year right after a day or month makes it absolute: absoluteDates reads those. */
const NO_YEAR = "(?!\\s*,?\\s*\\d)";

/** Resolves a match against the published date, which is never null when called. */
type Resolver = (m: RegExpMatchArray, published: string) => DateRef | null;

/**
 * Words a rule's pattern cannot match without (a weekday ends in "day"; every month name starts
 * with one of these stems): a sentence without them is not searched with the pattern.
 */
const WEEKDAY_WORD = /day/i;
// (At a word's start: every month rule reads the month after a boundary, a space or a hyphen, so "remarks",
// "doctor" and "decision" need not be searched.)
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

interface Rule {
  pattern: RegExp;
  needs: RegExp;
  resolve: Resolver;
  /** Groups that must be capitalised to count: "may" and "march" are verbs too. */
  capitalised?: number[];
}

const RULES: Rule[] = [
  {
    // "the night from Friday to Saturday": the two days, ending on the latest such day.
    needs: WEEKDAY_WORD,
    pattern: new RegExp(`\\b(?:on\\s+)?the\\s+night\\s+(?:from|of)\\s+${WD}\\s+(?:to|into|and)\\s+${WD}\\b`, "gi"),
    resolve: (m, p) => {
      const [from, to] = [weekdayIndex(m[1]), weekdayIndex(m[2])];
      const end = weekdayOnOrBefore(p, to);
      return rangeRef(m[0], addDays(end, -((to - from + 7) % 7)), end);
    },
  },
  {
    // "on Tuesday last week": that weekday in the previous Monday–Sunday week.
    needs: WEEKDAY_WORD,
    pattern: new RegExp(`\\b${EDGE}(?:on\\s+)?${WD}${TIME_OF_DAY}\\s+(?:of\\s+)?last\\s+week\\b`, "gi"),
    resolve: (m, p) => dayRef(m[0], addDays(mondayOf(p), -7 + ((weekdayIndex(m[1]) + 6) % 7))),
  },
  {
    // "last Tuesday" said on a Tuesday means a week ago, unlike a bare "Tuesday".
    needs: WEEKDAY_WORD,
    pattern: new RegExp(`\\b(?:on\\s+)?last\\s+${WD}\\b`, "gi"),
    resolve: (m, p) => dayRef(m[0], weekdayOnOrBefore(addDays(p, -1), weekdayIndex(m[1]))),
  },
  {
    // "on Saturday", "late on Saturday", "Friday evening", "on Monday morning".
    needs: WEEKDAY_WORD,
    pattern: new RegExp(`\\b${EDGE}(?:on\\s+)?${WD}${TIME_OF_DAY}\\b`, "gi"),
    resolve: (m, p) => dayRef(m[0], weekdayOnOrBefore(p, weekdayIndex(m[1]))),
    capitalised: [1],
  },
  {
    needs: /week/i,
    pattern: /\blast\s+week\b/gi,
    resolve: (m, p) => rangeRef(m[0], addDays(mondayOf(p), -7), addDays(mondayOf(p), -1)),
  },
  {
    // Days after the article date have not happened yet, so "this week" ends on it.
    needs: /week/i,
    pattern: /\b(?:earlier\s+)?this\s+week\b/gi,
    resolve: (m, p) => rangeRef(m[0], mondayOf(p), p),
  },
  {
    needs: /night/i,
    pattern: /\b(?:overnight|last\s+night)\b/gi,
    resolve: (m, p) => rangeRef(m[0], addDays(p, -1), p),
  },
  { needs: /yesterday/i, pattern: /\byesterday\b/gi, resolve: (m, p) => dayRef(m[0], addDays(p, -1)) },
  { needs: /today|tonight|morning|evening/i, pattern: /\b(?:today|tonight|this\s+morning|this\s+evening)\b/gi, resolve: (m, p) => dayRef(m[0], p) },
  {
    // "over the weekend", "a weekend statement": the latest Saturday–Sunday on or before the article.
    needs: /weekend/i,
    pattern: /\b(?:(?:over|during|at)\s+)?(?:the|this|last|a)\s+weekend\b/gi,
    resolve: (m, p) => {
      const saturday = weekdayOnOrBefore(p, 6);
      return rangeRef(m[0], saturday, addDays(saturday, 1));
    },
  },
  {
    // "late on March 24", "November 26th": that day in the article's year, or the year before.
    needs: MONTH_WORD,
    pattern: new RegExp(`\\b${EDGE}(?:on\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b${NO_YEAR}`, "gi"),
    resolve: (m, p) => dayBefore(m[0], p, monthNumber(m[1] ?? ""), Number(m[2])),
    capitalised: [1],
  },
  {
    // "on 26 November", "the 26th of November".
    needs: MONTH_WORD,
    pattern: new RegExp(`\\b${EDGE}(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\w])${NO_YEAR}`, "gi"),
    resolve: (m, p) => dayBefore(m[0], p, monthNumber(m[2] ?? ""), Number(m[1])),
    capitalised: [2],
  },
  {
    // "in September", "in early November", "late October": the month, in the article's year or before.
    needs: MONTH_WORD,
    pattern: new RegExp(
      `\\b(?:(?:in|during|since|by|until|through|from)\\s+(?:(?:early|mid|late)[-\\s]+)?|(?:early|mid|late)[-\\s]+)${MONTH}(?![\\w])${NO_YEAR}`,
      "gi",
    ),
    resolve: (m, p) => monthBefore(m[0], p, monthNumber(m[1] ?? "")),
    capitalised: [1],
  },
  {
    needs: /month/i,
    pattern: /\b(?:earlier\s+)?(?:last|this)\s+month\b/gi,
    resolve: (m, p) => {
      const [y, mo] = [Number(p.slice(0, 4)), Number(p.slice(5, 7))];
      const last = /last/i.test(m[0]);
      return last ? monthRef(m[0], mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1) : monthRef(m[0], y, mo);
    },
  },
  {
    needs: /year/i,
    pattern: /\b(?:earlier\s+)?(?:last|this)\s+year\b/gi,
    resolve: (m, p) => yearRef(m[0], Number(p.slice(0, 4)) - (/last/i.test(m[0]) ? 1 : 0)),
  },
];

export function findRelativeDates(text: string, published: string | null): DateCandidate[] {
  const out: DateCandidate[] = [];
  // Rules that share a needed word stand together: the word is looked for once for all of them.
  let needs: RegExp | null = null;
  let has = false;
  for (const rule of RULES) {
    if (rule.needs !== needs) {
      needs = rule.needs;
      has = needs.test(text);
    }
    if (!has) continue;
    for (const m of allMatches(rule.pattern, text)) {
      if (!(rule.capitalised ?? []).every((g) => /^[A-Z]/.test(m[g] ?? ""))) continue;
      const ref = published ? rule.resolve(m, published) : unknownRef(m[0]);
      if (ref) out.push({ index: m.index ?? 0, ref: { ...ref, text: wording(m[0]) } });
    }
  }
  return out;
}

function weekdayIndex(name: string | undefined): number {
  return WEEKDAYS.indexOf((name ?? "").toLowerCase() as (typeof WEEKDAYS)[number]);
}

/** That day in the article's year, or the year before when it would fall after the article. */
function dayBefore(text: string, published: string, month: number | null, day: number): DateRef | null {
  if (!month) return null;
  const year = Number(published.slice(0, 4));
  const sameYear = isoDate(year, month, day);
  if (sameYear && sameYear <= published) return dayRef(text, sameYear);
  const before = isoDate(year - 1, month, day);
  return before ? dayRef(text, before) : null;
}

function monthBefore(text: string, published: string, month: number | null): DateRef | null {
  if (!month) return null;
  const year = Number(published.slice(0, 4));
  return monthRef(text, month > Number(published.slice(5, 7)) ? year - 1 : year, month);
}
