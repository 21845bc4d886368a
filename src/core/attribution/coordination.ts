// "Armenia and Azerbaijan accused each other": the sides a coordinated subject names.
import type { ClaimSide } from "../types.ts";
import { UNCLEAR } from "../sides/sides.ts";
import { textOf, type Mention } from "./mentions.ts";
import type { Token } from "./tokens.ts";

/** A side and the words that named it in the sentence. */
export interface NamedSide {
  side: ClaimSide;
  name: string;
}

/**
 * "Armenia and Azerbaijan accused each other": one claim per side, each named as written.
 * "U.S., Russian and French mediators co-chairing the Minsk Group": the adjectives only
 * describe the one speaker, whose name then runs from the first of them.
 */
export function coordinatedSides(subject: Mention, resolved: { sides: ClaimSide[]; speaker: string }, tokens: Token[], mentions: Mention[]): NamedSide[] {
  const chain = coordinationChain(subject, tokens, mentions);
  const named = subject.sideFrom === "actor" || subject.sideFrom === "country";
  // "Karabakh Armenian officials and participants in the assault told …": a third party's role joined to a
  // side's officials speaks beside them; each keeps its own side.
  const roleJoined = !named && subject.side === "other" && subject.sideFrom === "default" && resolved.sides.join() === "other" && chain.length > 1;
  if (roleJoined) {
    const sides = chain.filter((m) => m.side && m.side !== UNCLEAR && (m.sideFrom === "actor" || m.sideFrom === "country" || m === subject));
    const all = sides.flatMap((m) => m.sides.map((side) => ({ side, name: m === subject ? resolved.speaker : m.text })));
    return all.filter((n, i) => all.findIndex((o) => o.side === n.side) === i);
  }
  if (!named || resolved.sides.length > 1) return namedAs(resolved.sides, resolved.speaker);
  if (subject.qualifierSide && subject.qualifierSide !== subject.side) {
    const first = chain[0] ?? subject;
    return namedAs(resolved.sides, first === subject ? resolved.speaker : textOf(tokens, first.start, subject.end));
  }
  const all = chain.filter((m) => m.side && m.sideFrom !== "default").flatMap((m) => m.sides.map((side) => ({ side, name: m.text })));
  return all.filter((n, i) => all.findIndex((o) => o.side === n.side) === i);
}

/**
 * "the American, French and Russian diplomats who lead the peace effort": the three co-chairs'
 * nationalities before people who mediate are the Minsk Group's co-chairs, not three states
 * ("the presidents of Russia, France and the United States" stay the states).
 */
export function asCoChairs(names: NamedSide[], subject: Mention, tokens: Token[]): NamedSide[] {
  // ("The co-chairs of the OSCE Minsk Group, the American, French and Russian diplomats who mediate, …":
  // the group with its co-chairs' nationalities in apposition is the group alone.)
  const group = names.find((n) => n.side === "osce-minsk-group");
  const states = names.filter((n) => n.side !== "osce-minsk-group");
  // "the presidents of Russia, the United States and France, the co-chair countries of the Minsk
  // Group, called …": the heads of the three states speak as the states, whatever the aside says.
  if (group && states.length === 3 && headsOfStates(subject, tokens)) return states;
  const sides = new Set(states.map((n) => n.side));
  // (The people's noun may be the mention's own last word, "Russian mediators", or stand after it, "Russian diplomats".)
  const end = MEDIATING_PEOPLE.test(subject.text) ? subject.end : MEDIATING_PEOPLE.test(tokens[subject.end]?.norm ?? "") ? subject.end + 1 : -1;
  if (states.length !== 3 || !CO_CHAIR_STATES.every((side) => sides.has(side)) || (end < 0 && !group)) return names;
  return [group ?? { side: "osce-minsk-group", name: textOf(tokens, subject.start, end) }];
}

const CO_CHAIR_STATES = ["united-states", "france", "russia"] as const;

/** "The presidents of Russia, the United States and France": the list is of heads of state, not of mediators. */
export function headsOfStates(subject: Mention, tokens: Token[]): boolean {
  const before = tokens
    .slice(Math.max(0, subject.start - HEADS_REACH), subject.start)
    .map((t) => t.norm)
    .join(" ");
  return /\b(?:presidents|leaders|heads of state) of\b/.test(before);
}
/** How far before the list's last state its heads may be named: "the presidents of Russia, the United States and". */
const HEADS_REACH = 12;
/** People who mediate, closing the coordinated subject: "… Russian mediators", "… Russian envoys". */
const MEDIATING_PEOPLE = /\b(?:mediators|envoys|diplomats|negotiators|co-?chairs|co-?chairmen)$/i;

/** "Costa and von der Leyen congratulated …": two or more joined speakers, whom a later "they" means. */
export function isCoordinated(subject: Mention, tokens: Token[], mentions: Mention[]): boolean {
  return coordinationChain(subject, tokens, mentions).length > 1;
}

/** The mentions joined to the subject by "and" (next to it) and commas (further left), subject last. */
function coordinationChain(subject: Mention, tokens: Token[], mentions: Mention[]): Mention[] {
  const chain = [subject];
  let current = subject;
  for (;;) {
    const before = mentions.filter((m) => m.end <= current.start && !m.quoted).at(-1);
    // ("The co-chairs of the OSCE Minsk Group (the US, Russia and France) and the European Union": the
    // mention a bracketed list spells out is the one joined, not the list's last name.)
    const spelled = before ? bracketedBy(before, current, tokens, mentions) : null;
    const prev = spelled ?? before;
    const gapFrom = spelled && before ? before.end + tokens.slice(before.end, current.start).findIndex((t) => t.text === ")") + 1 : (prev?.end ?? 0);
    const gap = prev ? tokens.slice(gapFrom, current.start).map((t) => t.norm) : [];
    const link = current === subject ? ["and"] : ["and", ","];
    const joined = gap.length > 0 && gap.length <= 3 && gap.every((w) => ["and", ",", "the", "both"].includes(w)) && gap.some((w) => link.includes(w));
    if (!prev?.side || !joined) break;
    chain.unshift(prev);
    current = prev;
  }
  // "… a success for Azerbaijan, and Ankara said": a comma before the "and" of just two names
  // joins two clauses; a list with that comma names three or more ("Armenia, Azerbaijan, and Russia").
  const [first, second] = chain;
  // (Commas inside a bracketed list join nothing: "the co-chairs (the US, Russia and France) and the EU".)
  const commaBetween = (from: number, to: number) => outsideBrackets(tokens.slice(from, to)).some((t) => t.norm === ",");
  if (chain.length === 2 && first && second && commaBetween(first.end, second.start)) return [subject];
  // ("spoke to both Pashinyan and Aliyev, and the State Department said": a comma before the last "and"
  // that the names before it lack joins two clauses, not a list.)
  const commaBefore = (k: number) => commaBetween(chain[k - 1]?.end ?? 0, chain[k]?.start ?? 0);
  const last = chain.length - 1;
  if (last >= 2 && commaBefore(last) && chain.slice(1, last).some((_, k) => !commaBefore(k + 1))) return [subject];
  return chain;
}

/** The mention right before the brackets that close just before `current`'s "and", when `last` stands in them. */
function bracketedBy(last: Mention, current: Mention, tokens: Token[], mentions: Mention[]): Mention | null {
  const close = tokens.slice(last.end, current.start).findIndex((t) => t.text === ")");
  if (close < 0) return null;
  let open = last.start - 1;
  while (open >= 0 && tokens[open]?.text !== "(" && tokens[open]?.text !== ")") open--;
  if (tokens[open]?.text !== "(") return null;
  return mentions.find((m) => m.end === open && !m.quoted) ?? null;
}

/** The tokens outside any brackets among them. */
function outsideBrackets(tokens: readonly Token[]): Token[] {
  let depth = 0;
  return tokens.filter((t) => {
    if (t.text === "(") depth++;
    const outside = depth === 0;
    if (t.text === ")") depth = Math.max(0, depth - 1);
    return outside;
  });
}

/** Each side under one name. */
function namedAs(sides: ClaimSide[], name: string): NamedSide[] {
  return sides.map((side) => ({ side, name }));
}
