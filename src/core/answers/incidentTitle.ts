// A short human title for an incident: what happened, where, when ("Missile strike on Ganja,
// 11 Oct 2020"), never a list of places. The action is the commonest one its sentences name; the
// place the one they name most often (a region only when nothing narrower is named).
import { eventsOn, type NamedEvent } from "../events/events.ts";
import { shortSpan } from "./shortDay.ts";

/** Actions, most specific first: "a missile strike" beats "an attack" in the same sentence. */
const ACTIONS: { pattern: RegExp; noun: string; preposition: string }[] = [
  { pattern: /\bmissile (?:strike|attack)s?\b|\bmissiles?\b/i, noun: "Missile strike", preposition: "on" },
  { pattern: /\brocket (?:strike|attack|fire)s?\b|\brockets?\b/i, noun: "Rocket strike", preposition: "on" },
  { pattern: /\bdrone (?:strike|attack)s?\b|\bdrones?\b/i, noun: "Drone strike", preposition: "on" },
  { pattern: /\bair ?strikes?\b|\bbomb(?:ing|ed)\b/i, noun: "Air strike", preposition: "on" },
  { pattern: /\b(?:explosion|blast)s?\b/i, noun: "Explosion", preposition: "near" },
  { pattern: /\bambush(?:ed)?\b/i, noun: "Ambush", preposition: "near" },
  { pattern: /\bsniper\b/i, noun: "Sniper fire", preposition: "near" },
  { pattern: /\bshell(?:ing|ed|s)\b|\bartillery\b/i, noun: "Shelling", preposition: "of" },
  { pattern: /\bblockade|block(?:ed|ing)\b/i, noun: "Blockade", preposition: "of" },
  { pattern: /\boffensive\b|\banti-?terror(?:ist)? operation\b/i, noun: "Offensive", preposition: "in" },
  { pattern: /\b(?:captur|seiz|took control|enter)\w*/i, noun: "Capture", preposition: "of" },
  { pattern: /\b(?:clash|skirmish|fighting|exchange of fire|firefight)\w*/i, noun: "Clashes", preposition: "near" },
  { pattern: /\battack\w*|\bfired?\b|\bprovocation\b/i, noun: "Attack", preposition: "on" },
  { pattern: /\b(?:ceasefire|truce)\s+violat\w*|\bviolat\w*\s+(?:the\s+)?(?:ceasefire|truce)\b/i, noun: "Ceasefire violation", preposition: "near" },
];

/** Places too wide to name an incident by when a narrower one is named: "in" them, not "near". */
const REGIONS = new Set(["Nagorno-Karabakh", "Karabakh", "Armenia", "Azerbaijan", "line of contact", "Line of Contact"]);
/** Capitals stand for their governments ("Baku said"), so they name an incident's place last. */
const CAPITALS = new Set(["Baku", "Yerevan", "Moscow", "Ankara", "Tehran", "Paris", "Washington", "Brussels"]);

export interface TitleInput {
  sentences: string[];
  /** Place → how many of the incident's sentences name it. */
  placeCounts: Map<string, number>;
  start: string | null;
  end: string | null;
  /** The first day its articles were published: "reported 13 Dec 2020" when it gives no date. */
  published: string | null;
}

export function incidentTitle(input: TitleInput): { title: string; event: NamedEvent | null } {
  const action = commonestAction(input.sentences);
  const place = mainPlace(input.placeCounts);
  const event = input.start ? (eventsOn(input.start).find((e) => !input.end || input.end <= e.end) ?? null) : null;
  const reported = shortSpan(input.published, input.published);
  const when = shortSpan(input.start, input.end) ?? (reported ? `reported ${reported}` : "undated");
  const preposition = place && REGIONS.has(place) ? "in" : action?.preposition;
  // "the line of contact": a common noun takes its article.
  const named = place && /^[a-z]/.test(place) ? `the ${place}` : place;
  const what = action && named ? `${action.noun} ${place === named ? preposition : "on"} ${named}` : (action?.noun ?? named ?? event?.name ?? "Incident");
  return { title: `${what}, ${when}`, event };
}

function commonestAction(sentences: string[]): (typeof ACTIONS)[number] | null {
  const counts = new Map<(typeof ACTIONS)[number], number>();
  for (const sentence of sentences) {
    const action = ACTIONS.find((a) => a.pattern.test(sentence));
    if (action) counts.set(action, (counts.get(action) ?? 0) + 1);
  }
  // Ties go to the more specific action (earlier in the list).
  return [...counts].sort((a, b) => b[1] - a[1] || ACTIONS.indexOf(a[0]) - ACTIONS.indexOf(b[0]))[0]?.[0] ?? null;
}

function mainPlace(counts: Map<string, number>): string | null {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const narrow = ranked.find(([p]) => !REGIONS.has(p) && !CAPITALS.has(p));
  return (narrow ?? ranked.find(([p]) => !CAPITALS.has(p)) ?? ranked[0])?.[0] ?? null;
}
