// "How many were killed near Nerkin Hand in February 2024?" over a corpus that stops in 2020: the
// best sentences are of other times. The answer says so before it shows them, so that a reader
// does not take a 2020 toll for the one asked about.
import type { Question } from "./question.ts";
import { ownDates, type SentenceFacts } from "./leadScore.ts";
import { addDays, MONTH_NAMES } from "../dates/calendar.ts";
import { titleCase } from "../ingest/text.ts";
import { shortSpan } from "./shortDay.ts";

/** A report this many days after the period still tells of it ("said on Monday" of Saturday's attack). */
const REPORTED_WITHIN_DAYS = 31;

/** The note for a lead from outside the question's time, or null when it is of that time (or no time was asked). */
export function outOfTimeNote(question: Question, lead: Pick<SentenceFacts, "claims" | "figures" | "published"> | null): string | null {
  const time = question.time;
  // "After the 2020 deal" reaches to today: any later day is of that time.
  if (!time || !lead || time.relation !== "during") return null;
  const end = addDays(time.end, REPORTED_WITHIN_DAYS);
  const meets = (s: { start: string; end: string }) => s.start <= end && s.end >= time.start;
  const own = ownDates(lead);
  if (own.some(meets)) return null;
  if (own.length === 0 && lead.published && meets({ start: lead.published, end: lead.published })) return null;
  const period = time.event?.name ?? periodName(time.start, time.end);
  return `Nothing in the sources is dated ${period}; the nearest matches follow, with their dates where known.`;
}

/** "2024", "February 2024", else the span of days ("27 Sep – 10 Nov 2020"). */
function periodName(start: string, end: string): string {
  const year = start.slice(0, 4);
  if (start === `${year}-01-01` && end === `${year}-12-31`) return year;
  const month = MONTH_NAMES[Number(start.slice(5, 7)) - 1];
  if (month && start.endsWith("-01") && end.slice(0, 7) === start.slice(0, 7) && addDays(end, 1).endsWith("-01")) return `${titleCase(month)} ${year}`;
  return shortSpan(start, end) ?? `${start} – ${end}`;
}
