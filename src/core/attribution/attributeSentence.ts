// Who made the claim a sentence reports: the subject of its first speech verb outside quotes
// (the outermost speaker), resolved to a side directly or through the discourse; and any
// further speaker with a clause of its own ("Baku says …; Stepanakert insists …").
import type { ClaimKind, Side } from "../types.ts";
import { MEDIATOR_SIDES } from "../types.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { findMentions, textOf, type Mention } from "./mentions.ts";
import { findSpeechVerbs, type VerbHit } from "./speechVerbs.ts";
import { isQuoteMark, tokenize, type Token } from "./tokens.ts";
import { remember, resolveAnaphor, type Discourse, type Referent } from "./discourse.ts";

/** One speaker of a sentence and the part of the sentence that is theirs. */
export interface Voice {
  sides: Side[];
  speaker: string;
  /** The speaker as named for each side; falls back to speaker. */
  names: Partial<Record<Side, string>>;
  kind: ClaimKind;
  /** Character range [from, to) of the sentence this voice speaks. */
  from: number;
  to: number;
}

export interface SentenceReading {
  tokens: Token[];
  mentions: Mention[];
  /** Empty when the sentence reports no claim. */
  voices: Voice[];
}

/** Reads one sentence and moves the discourse on (its speaker becomes the latest one). */
export function attributeSentence(sentence: string, state: Discourse, gazetteer: Gazetteer): SentenceReading {
  state.sentenceNo++;
  const tokens = tokenize(sentence);
  const mentions = findMentions(gazetteer, tokens);
  const found = findSpeakers(tokens, mentions, state);
  const speakers = found.length > 0 ? found : continuedQuote(tokens, state);
  rememberMentions(mentions, state);
  for (const s of speakers) remember(state, { ...s.referent, spoke: true });
  const voices = speakers.map((s, k) => ({
    sides: s.referent.sides,
    speaker: s.referent.speaker,
    names: Object.fromEntries((s.names ?? []).map((n) => [n.side, n.name])),
    kind: claimKind(s.verb, sentence, s.referent.sides),
    from: k === 0 ? 0 : s.from,
    to: speakers[k + 1]?.from ?? sentence.length,
  }));
  return { tokens, mentions, voices };
}

interface Speaker {
  referent: Omit<Referent, "sentenceNo" | "spoke">;
  /** How each side was named, when the sentence names them apart ("Armenia and Azerbaijan"). */
  names?: NamedSide[];
  verb: VerbHit | null;
  /** Where this speaker's clause starts (characters). */
  from: number;
}

// Words that open a new clause with a speaker of its own: "…, while Baku denied it".
const CLAUSE_BREAKS = new Set([";", "while", "whereas", "but", "meanwhile", "however", "which"]);

function findSpeakers(tokens: Token[], mentions: Mention[], state: Discourse): Speaker[] {
  const speakers: Speaker[] = [];
  const actors = mentions.filter((m) => !m.anaphor || m.anaphor === "title");
  for (const verb of findSpeechVerbs(tokens, actors)) {
    const previous = speakers.at(-1);
    if (previous?.verb && verb.start < previous.verb.end) continue;
    const speaker = speakerOf(verb, tokens, mentions, state);
    if (!speaker) continue;
    if (!previous) {
      speakers.push(speaker);
      continue;
    }
    // A later speaker counts only in a clause of its own, never inside the first one's report.
    const breakAt = clauseBreakBetween(tokens, previous.verb?.end ?? 0, speaker.subjectStart);
    const isNew = speaker.referent.sides.some((s) => !speakers.some((p) => p.referent.sides.includes(s)));
    if (breakAt !== null && isNew) speakers.push({ ...speaker, from: tokens[breakAt]?.start ?? 0 });
  }
  return speakers;
}

function speakerOf(verb: VerbHit, tokens: Token[], mentions: Mention[], state: Discourse): (Speaker & { subjectStart: number }) | null {
  for (const subject of subjectCandidates(verb, tokens, mentions)) {
    const referent = resolveMention(subject, state);
    if (!referent) continue;
    const names = coordinatedSides(subject, referent, tokens, mentions);
    const sides = names.map((n) => n.side);
    const speaker = names.length === 1 ? (names[0]?.name ?? referent.speaker) : referent.speaker;
    return { referent: { ...referent, sides, speaker }, names, verb, from: 0, subjectStart: Math.min(subject.start, verb.start) };
  }
  return null;
}

/** The clause break between two token positions, unless a "that" makes the second reported speech. */
function clauseBreakBetween(tokens: Token[], from: number, to: number): number | null {
  let found: number | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t || t.quoted) continue;
    if (CLAUSE_BREAKS.has(t.norm) && (t.norm === ";" || tokens[i - 1]?.text === "," || t.norm === "but")) found = i;
    // ", and French President Macron said …": "and" opens a clause only right before its speaker.
    else if (t.norm === "and" && tokens[i - 1]?.text === "," && to - i <= 3) found = i;
    else if (found !== null && t.norm === "that") found = null;
  }
  return found;
}

/** A sentence wholly in quotes, right after a claim, is that speaker still talking. */
function continuedQuote(tokens: Token[], state: Discourse): Speaker[] {
  const words = tokens.filter((t) => t.isWord);
  if (!isQuoteMark(tokens[0]?.text ?? "") || words.length === 0 || !words.every((t) => t.quoted)) return [];
  const last = state.referents.at(-1);
  if (!last?.spoke || last.sentenceNo !== state.sentenceNo - 1) return [];
  return [{ referent: { sides: last.sides, speaker: last.speaker, type: last.type, plural: last.plural }, verb: null, from: 0 }];
}

/**
 * The verb's possible subjects, most likely first: the nearest actor before it (after any
 * quote), then one right after it ('…,” said the ministry'), then actors before the quote.
 * A candidate that cannot be resolved ("each side" with no antecedent) gives way to the next.
 */
function subjectCandidates(verb: VerbHit, tokens: Token[], mentions: Mention[]): Mention[] {
  const open = mentions.filter((m) => !m.quoted);
  const one = (m: Mention | undefined) => (m ? [m] : []);
  if (verb.accordingTo) return open.filter((m) => m.start >= verb.end && m.start <= verb.end + 6 && !commaBetween(tokens, verb.end, m.start));
  if (verb.passive) return one(open.find((m) => m.start > verb.end && m.start <= verb.end + 3));
  const lastQuote = lastQuotedBefore(tokens, verb.start);
  const left = open
    .filter((m) => m.end <= verb.start && m.start > lastQuote && !inAside(m, verb, tokens) && !isObject(m, tokens, mentions))
    .reverse()
    .slice(0, 3);
  const beforeQuote = open.filter((m) => m.end <= lastQuote).reverse().slice(0, 1);
  // Inverted order only straight after a quote or a comma: '…,” said the ministry'.
  const prev = tokens[verb.start - 1];
  const inverted = prev !== undefined && (isQuoteMark(prev.text) || prev.text === ",");
  return [...left, ...(inverted ? one(subjectAfter(verb, tokens, open)) : []), ...beforeQuote];
}

function lastQuotedBefore(tokens: Token[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (tokens[i]?.quoted) return i;
  return -1;
}

/** Inverted attribution after a quote: "…,” said the ministry', "…,” read a statement released by them". */
function subjectAfter(verb: VerbHit, tokens: Token[], open: Mention[]): Mention | undefined {
  const first = open.find((m) => m.start >= verb.end && m.start <= verb.end + 6);
  if (first?.type !== "statement" || first.side) return first;
  const byAgent = open.find((m) => m.start > first.end && m.start <= first.end + 4 && tokens[m.start - 1]?.norm === "by");
  return byAgent ?? first;
}

// "with his Armenian and Azerbaijani counterparts", "an aide to Aliyev": objects, not subjects.
// ("of" and "in" are left out: "the head of the Artsakh Information Center" is a subject.)
const PREPOSITIONS = new Set(["by", "with", "to", "against", "on", "at", "from", "into", "between", "about", "over", "toward", "towards", "near", "among", "after", "before", "during", "via", "upon"]);

function isObject(m: Mention, tokens: Token[], mentions: Mention[]): boolean {
  let first = m;
  for (;;) {
    const prev = mentions.filter((p) => p.end <= first.start).at(-1);
    const gap = prev ? tokens.slice(prev.end, first.start).map((t) => t.norm) : [];
    if (!prev || gap.length === 0 || gap.length > 2 || !gap.every((w) => w === "and" || w === "," || w === "the")) break;
    first = prev;
  }
  let k = first.start - 1;
  while (k >= 0 && ["the", "his", "her", "its", "their", "a", "an"].includes(tokens[k]?.norm ?? "")) k--;
  const word = tokens[k]?.norm ?? "";
  // "a statement released by the Foreign Ministry said", "reports from Stepanakert said":
  // the body a statement comes from is the one speaking.
  if ((word === "by" || word === "from") && STATEMENT_SOURCE.has(tokens[k - 1]?.norm ?? "")) return false;
  return PREPOSITIONS.has(word);
}

const STATEMENT_SOURCE = new Set([
  "statement", "statements", "released", "issued", "published", "posted", "communique", "report", "reports",
  "data", "figures", "officials", "sources", "spokesman", "spokeswoman", "spokesperson", "representatives", "representative",
]);

function commaBetween(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => t.text === ",");
}

const ASIDE_OPENERS = ["which", "who", "whose", "where", "citing", "quoting", "speaking", "writing", "commenting", "responding", "addressing", "referring", "backed", "supported", "armed", "accompanied"];

/** ", which backs Azerbaijan," or ", speaking on state television," between a subject and its verb. */
function inAside(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  let comma = m.start - 1;
  while (comma >= 0 && tokens[comma]?.text !== ",") comma--;
  if (comma < 0) return false;
  const opener = tokens[comma + 1]?.norm ?? "";
  if (!ASIDE_OPENERS.includes(opener)) return false;
  return tokens.slice(m.end, verb.start).some((t) => t.text === ",");
}

function resolveMention(m: Mention, state: Discourse): Speaker["referent"] | null {
  if (m.side) return { sides: m.sides, speaker: m.text, type: m.type, plural: m.plural };
  if (!m.definite) return null;
  const ref = resolveAnaphor(m, state);
  if (!ref) return null;
  const named = m.anaphor === "title" && ref.type !== m.type && m.type !== "statement";
  return { sides: ref.sides, speaker: named ? m.text : ref.speaker, type: named ? m.type : ref.type, plural: ref.plural };
}

/** A side and the words that named it in the sentence. */
export interface NamedSide {
  side: Side;
  name: string;
}

/**
 * "Armenia and Azerbaijan accused each other": one claim per side, each named as written.
 * "U.S., Russian and French mediators co-chairing the Minsk Group": the adjectives only
 * describe the one speaker, whose name then runs from the first of them.
 */
function coordinatedSides(subject: Mention, resolved: Speaker["referent"], tokens: Token[], mentions: Mention[]): NamedSide[] {
  const chain = coordinationChain(subject, tokens, mentions);
  const only = (name: string) => resolved.sides.map((side) => ({ side, name }));
  const named = subject.sideFrom === "actor" || subject.sideFrom === "country";
  if (!named || resolved.sides.length > 1) return only(resolved.speaker);
  if (subject.qualifierSide && subject.qualifierSide !== subject.side) {
    const first = chain[0] ?? subject;
    return only(first === subject ? resolved.speaker : textOf(tokens, first.start, subject.end));
  }
  const all = chain.filter((m) => m.side && m.sideFrom !== "default").flatMap((m) => m.sides.map((side) => ({ side, name: m.text })));
  return all.filter((n, i) => all.findIndex((o) => o.side === n.side) === i);
}

/** The mentions joined to the subject by "and" (next to it) and commas (further left), subject last. */
function coordinationChain(subject: Mention, tokens: Token[], mentions: Mention[]): Mention[] {
  const chain = [subject];
  let current = subject;
  for (;;) {
    const prev = mentions.filter((m) => m.end <= current.start && !m.quoted).at(-1);
    const gap = prev ? tokens.slice(prev.end, current.start).map((t) => t.norm) : [];
    const link = current === subject ? ["and"] : ["and", ","];
    const joined = gap.length > 0 && gap.length <= 3 && gap.every((w) => ["and", ",", "the", "both"].includes(w)) && gap.some((w) => link.includes(w));
    if (!prev?.side || !joined) break;
    chain.unshift(prev);
    current = prev;
  }
  return chain;
}

function rememberMentions(mentions: Mention[], state: Discourse): void {
  for (const m of mentions) {
    if (m.quoted || !m.side) continue;
    remember(state, { sides: m.sides, speaker: m.text, type: m.type, plural: m.plural, spoke: false });
  }
}

const CASUALTY_WORDS = /\b(killed|died|dead|deaths?|wounded|injur(ed|ies)|casualties|fatalit(y|ies)|lost (their|his) li(fe|ves))\b/i;
const INCIDENT_WORDS = /\b(attack|shell|fire|fighting|clash|repel|violat|offensive|drone|skirmish|ambush|advanc|strike|bombard|position|provocation|incursion|sabotage)/i;

export function claimKind(verb: VerbHit | null, sentence: string, sides: Side[]): ClaimKind {
  if (verb?.kind) return verb.kind;
  if (CASUALTY_WORDS.test(sentence)) return "casualties";
  if (sides.every((s) => MEDIATOR_SIDES.includes(s))) return "mediation";
  if (INCIDENT_WORDS.test(sentence)) return "incident";
  return "statement";
}
