// Who made the claim a sentence reports: the subject of its first speech verb outside quotes
// (the outermost speaker), resolved to a side directly or through the discourse; and any
// further speaker with a clause of its own ("Baku says …; Stepanakert insists …").
import type { ClaimKind, Side } from "../types.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { findSpeechVerbs, type VerbHit } from "./speechVerbs.ts";
import { isQuoteMark, tokenize, type Token } from "./tokens.ts";
import { subjectCandidates } from "./subject.ts";
import { coordinatedSides, type NamedSide } from "./coordination.ts";
import { claimKind } from "./claimKind.ts";
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
// ", a charge Ankara denies", ", an allegation both Yerevan and Stepanakert have rejected".
const REPORTED_NOUNS = new Set(["charge", "charges", "allegation", "allegations", "claim", "claims", "accusation", "accusations", "assertion", "version", "account", "assessment"]);

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
    const referent = resolveMention(subject, state, placeInFront(tokens, mentions));
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
    else if (t.text === "," && ["a", "an", "the"].includes(tokens[i + 1]?.norm ?? "") && REPORTED_NOUNS.has(tokens[i + 2]?.norm ?? "")) found = i;
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
 * "Balayan said" after "Armenian Foreign Ministry spokesman Tigran Balayan": the side of the
 * actor the text named him with; a full name nobody introduced speaks for "other".
 */
function resolveStranger(m: Mention, state: Discourse): Speaker["referent"] | null {
  const surname = m.text.split(" ").at(-1) ?? "";
  const known = [...state.referents].reverse().find((r) => r.speaker.split(/\s+/).includes(surname) && !r.sides.includes("other"));
  if (known) return { sides: known.sides, speaker: m.text, type: "person", plural: false };
  if (!m.text.includes(" ")) return null;
  return { sides: ["other"], speaker: m.text, type: "person", plural: false };
}

/** "In Baku, …" / "In Yerevan, …" at the start of a sentence: a country or capital in front. */
function placeInFront(tokens: Token[], mentions: Mention[]): Mention | null {
  if (tokens[0]?.norm !== "in") return null;
  const first = mentions[0];
  if (!first || first.start !== 1 || first.sideFrom !== "country" || first.type !== "country") return null;
  return tokens[first.end]?.text === "," ? first : null;
}

function resolveMention(m: Mention, state: Discourse, inFront: Mention | null): Speaker["referent"] | null {
  if (m.side) return { sides: m.sides, speaker: m.text, type: m.type, plural: m.plural };
  if (m.stranger) return resolveStranger(m, state);
  if (!m.definite) return null;
  // "In Baku, the Foreign Ministry said": the place in front says whose ministry it is.
  if (m.anaphor === "title" && inFront?.side) {
    return { sides: [inFront.side], speaker: `${m.text} (${inFront.text})`, type: m.type, plural: m.plural };
  }
  const ref = resolveAnaphor(m, state);
  if (!ref) return null;
  const named = m.anaphor === "title" && ref.type !== m.type && m.type !== "statement";
  return { sides: ref.sides, speaker: named ? m.text : ref.speaker, type: named ? m.type : ref.type, plural: ref.plural };
}

function rememberMentions(mentions: Mention[], state: Discourse): void {
  for (const m of mentions) {
    if (m.quoted || !m.side) continue;
    remember(state, { sides: m.sides, speaker: m.text, type: m.type, plural: m.plural, spoke: false });
  }
}

