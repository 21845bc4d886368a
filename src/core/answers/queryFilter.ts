// Filters typed after a command ("/casualties Ganja 2020", "/mediators Lachin blockade",
// "/casualties azerbaijan") read like a question: a time (year, month, named event), sides and
// places, plus whatever words are left, which search the passages as a topic.
import type { DateRef, Side } from "../types.ts";
import { MONTH_PATTERN } from "../dates/calendar.ts";
import { understandQuestion, type QuestionTime } from "./question.ts";
import { parseSide, sameCamp } from "../sides/sides.ts";

export interface ItemFilter {
  time: QuestionTime | null;
  /** Sides typed on their own ("azerbaijan", "Armenian"): a claim or figure of that camp. */
  sides: Side[];
  places: string[];
  /** The words that are neither time nor side: searched as a topic, or "" when none are left. */
  topic: string;
}

const TIME_WORDS = new RegExp(`^(?:(?:19|20)\\d{2}|\\d{1,2}|(?:${MONTH_PATTERN})\\.?|in|on|of|during|since|after|before|the)$`, "i");

export function readFilter(query: string | undefined): ItemFilter | null {
  const text = (query ?? "").trim();
  if (!text) return null;
  const understood = understandQuestion(text);
  // An event's own words stay in the topic ("fuel depot" searches too); only dates and sides go.
  const words = text.split(/\s+/).filter((w) => w && !(understood.time && TIME_WORDS.test(w)));
  const sides = words.map((w) => parseSide(w)).filter((s): s is Side => s !== null);
  const topic = words
    .filter((w) => !parseSide(w))
    .join(" ")
    .trim();
  return { time: understood.time, sides: [...new Set(sides)], places: understood.places, topic };
}

/**
 * Whether an item of a given date (or, undated, published on a given day) falls in the time. An
 * item with no date at all passes only when `undatedPass` (its passage matched the topic itself).
 */
export function inTime(time: QuestionTime | null, date: DateRef | null, published: string | null, undatedPass = false): boolean {
  if (!time) return true;
  const start = date?.start ?? published;
  const end = date?.end ?? start;
  if (!start || !end) return undatedPass;
  return start <= time.end && end >= time.start;
}

export function ofSides(sides: readonly Side[], ...itemSides: string[]): boolean {
  return sides.length === 0 || sides.some((s) => itemSides.some((i) => i === s || sameCamp(i, s)));
}
