// Named events of the conflict ("the four-day war", "Operation Revenge") and their periods:
// data (events.json), checked with zod when the module loads, so a bad entry fails loudly at
// start-up rather than quietly answering about the wrong months.
import { parseDataFile } from "../dataFile.ts";
import { z } from "zod";
import raw from "./events.json" with { type: "json" };
import { foldText } from "../search/fold.ts";
import { CounterclaimError } from "../errors.ts";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const EventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  start: isoDay,
  end: isoDay.nullable(),
  aliases: z.array(z.string().min(2)).min(1),
});
const EventsSchema = z.object({ events: z.array(EventSchema).min(1) });

export type NamedEventData = z.infer<typeof EventSchema>;

export interface NamedEvent {
  id: string;
  name: string;
  start: string;
  /** The last day; an open event (no end in the data) runs to the far future. */
  end: string;
  aliases: string[];
}

/** Where an event is named in a text, and which one: the longest alias wins. */
export interface EventMention {
  event: NamedEvent;
  /** The alias as written in the text (for removing it from a search query). */
  text: string;
  index: number;
}

const OPEN_END = "9999-12-31";

export function parseEvents(data: unknown): NamedEvent[] {
  return parseDataFile("events.json", EventsSchema, data).events.map((e) => {
    if (e.end !== null && e.end < e.start) throw new CounterclaimError(`events.json: ${e.id} ends before it starts`);
    return { ...e, end: e.end ?? OPEN_END };
  });
}

export const NAMED_EVENTS: readonly NamedEvent[] = parseEvents(raw);

/** Folds case, dashes, punctuation and spacing so "Four day war?" and "four-day war" read the same. */
const key = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

interface Alias {
  words: string;
  event: NamedEvent;
}

function compileAliases(events: readonly NamedEvent[]): Alias[] {
  const aliases = events.flatMap((event) => [event.name, ...event.aliases].map((a) => ({ words: key(a), event })));
  // Longest first: "the 2020 war" must not lose to a shorter alias inside it.
  return aliases.sort((a, b) => b.words.length - a.words.length);
}

const DEFAULT_ALIASES = compileAliases(NAMED_EVENTS);

/** The named events a text mentions, in text order, without overlaps. */
export function findEvents(text: string, events: readonly NamedEvent[] = NAMED_EVENTS): EventMention[] {
  const aliases = events === NAMED_EVENTS ? DEFAULT_ALIASES : compileAliases(events);
  const folded = ` ${key(text)} `;
  const taken: [number, number][] = [];
  const found: EventMention[] = [];
  for (const alias of aliases) {
    const at = folded.indexOf(` ${alias.words} `);
    if (at < 0) continue;
    const end = at + alias.words.length;
    if (taken.some(([s, e]) => at < e && end > s)) continue;
    taken.push([at, end]);
    found.push({ event: alias.event, text: alias.words, index: at });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function eventById(id: string): NamedEvent | undefined {
  return NAMED_EVENTS.find((e) => e.id === id);
}

/** The named events whose period holds a day, shortest first (the most specific name). */
export function eventsOn(day: string): NamedEvent[] {
  return NAMED_EVENTS.filter((e) => e.start <= day && day <= e.end).sort((a, b) => span(a) - span(b));
}

const span = (e: NamedEvent) => Date.parse(e.end === OPEN_END ? "2100-01-01" : e.end) - Date.parse(e.start);
