// Who made the claim a sentence reports: the subject of its first speech verb outside quotes
// (the outermost speaker), resolved to a side directly or through the discourse; and any
// further speaker with a clause of its own ("Baku says …; Stepanakert insists …").
import type { ClaimKind, ClaimSide, Side } from "../types.ts";
import { isBelligerent, UNCLEAR, sameCamp } from "../sides/sides.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { findMentions, ORGANISATION_WORDS, STATE_BODY_WORDS, textOf, type Mention } from "./mentions.ts";
import { leadersSpokesman, ownStateSpoken } from "./ownStateVoice.ts";
import { spokenFor } from "./speaksFor.ts";
import { isNarratorsCircle } from "./narratorsCircle.ts";
import { rememberPossessedPeople } from "./possessedPeople.ts";
import { findSpeechVerbs, isOneWordSpeechVerb, isSpeechVerbForm, QUOTED_AS, type VerbHit } from "./speechVerbs.ts";
import { isQuoteMark, OPENING_ADVERBS, tokenize, type Token } from "./tokens.ts";
import {
  DESCRIBING_ASIDE,
  DETERMINERS,
  frontedTimeEnd,
  NOT_NAMES,
  oneMediatingState,
  openingCommaOfApposition,
  placeOfRole,
  subjectCandidates,
  interviewsOwnedAt,
} from "./subject.ts";
import { asCoChairs, coordinatedSides, headsOfStates, isCoordinated, type NamedSide } from "./coordination.ts";
import { claimKind } from "./claimKind.ts";
import { CALENDAR_WORDS, monthNumber } from "../dates/calendar.ts";
import {
  BLOC,
  BODY_NAME_END,
  DIPLOMAT,
  NATIONALITY_WORD,
  bodyOfSpokesperson,
  electionState,
  HOLDER_NAME,
  isNonStateBody,
  latestReferent,
  PRONOUN_REACH,
  officeNamedBefore,
  officeOwner,
  remember,
  resolveAnaphor,
  stateJustNamed,
  type Discourse,
  type Referent,
} from "./discourse.ts";
import { resolveSpeakerPhrase } from "./documentSpeaker.ts";
import { SOURCED_CELL, tableCells, type TableCell } from "../ingest/tableRow.ts";
import {
  agedAt,
  apposedName,
  holderName,
  apposedBodyTitle,
  ledOffice,
  nameAfter,
  outOfOffice,
  KIN,
  speaksAsKin,
  rememberApposedNames,
  rememberStrangers,
  thirdPartyOrUnclear,
  type StrangerContext,
  NON_STATE_EMPLOYERS,
  isOnePeople,
  PRIVATE_PEOPLE_ADJECTIVES,
  RANK_WORD,
} from "./strangers.ts";

/** One speaker of a sentence and the part of the sentence that is theirs. */
export interface Voice {
  sides: ClaimSide[];
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
  const matched = pluralByTheir(pluralByNoun(withoutInitialledNamesakes(findMentions(gazetteer, tokens), tokens)), tokens);
  const mentions = withAliasMentions(matched, tokens, state);
  defineAliases(tokens, mentions, state);
  defineOppositionNames(sentence, state);
  defineCompanyNames(mentions, state, gazetteer);
  defineSubsidiaryNames(sentence, state);
  // "WHAT DOES ARMENIA SAY?", "what the parties have said": a question or a wh-clause about
  // speech reports nobody's claim.
  // A table row's cells are read one by one: in "| 4 Oct 2020 | Ganja | Azerbaijani Foreign Ministry: one
  // civilian killed | Human Rights Watch visited |" the first cell that names a source speaks for the row
  // (the cells after it check or comment on it; one line shown for the row has one side).
  const cells = tableCells(sentence)?.filter((c) => c.text !== "") ?? afterLeadingNote(sentence);
  const read = cells ? rowSpeakers(cells, state, gazetteer) : isQuestion(tokens) || notEveryone(tokens) ? [] : findSpeakers(tokens, mentions, state, gazetteer);
  const relayed = cells ? read : (agencyRelayingLastSpeaker(read, tokens, state) ?? citedByAgency(read, tokens, mentions, state, gazetteer) ?? read);
  const found = cells ? read : [...relayed, ...followedBy(relayed, tokens, mentions, state, gazetteer)];
  // A work or a group opening a sentence that names no other speaker (read once: it may speak, or be the subject).
  const work = found.length === 0 && !cells ? workSubject(tokens, mentions, state) : null;
  const speakers = work ? workSpeaking(work, tokens, mentions) : found;
  // (Read before this sentence's own names are remembered: they are no antecedent of its "she".)
  const pronounSubject = speakers.length === 0 && !cells ? personPronounSubject(mentions, state) : null;
  // (Before this sentence's own names: "Danielyan's mother … she said" is his mother, the newer one.)
  rememberPossessedPeople(sentence, state);
  rememberMentions(mentions, state, tokens);
  rememberSelfDescribed(tokens, state);
  if (pronounSubject) remember(state, { ...pronounSubject, spoke: false, subject: true });
  rememberStrangers(
    tokens,
    mentions,
    state,
    gazetteer,
    (m, side) => staffOfStateMedia(m, state, { tokens, gazetteer, mentions })?.sides[0] ?? homeOfficeOr(side, m, state, { tokens, gazetteer, mentions }),
  );
  rememberApposedNames(tokens, mentions, state);
  rememberCivilBody(tokens, mentions, state);
  rememberSentBody(tokens, mentions, state);
  if (speakers.length === 0 && !cells) rememberIssuedText(tokens, mentions, state);
  if (speakers.length === 0 && !cells) {
    rememberRoleSubject(tokens, mentions, state, gazetteer);
    rememberTitleSubject(tokens, mentions, state, gazetteer);
    rememberNationalSubject(tokens, mentions, state, gazetteer);
    rememberStateSubject(tokens, mentions, state);
    rememberIndefiniteRoleSubject(tokens, mentions, state, gazetteer);
    if (work) remember(state, { ...work.referent, spoke: false, subject: true });
  }
  // (After the subject's own referent: the group it opens is the newer, which a later "they" means.)
  rememberGroupOfStates(mentions, state, tokens);
  if (speakers.length === 0 && !cells) forgetAbsentPeople(tokens, state);
  for (const s of speakers) {
    // "The report states that … . It describes the attack as …": a text that spoke for its author is an "it".
    const text = s.subjectStart === undefined ? undefined : mentions.find((m) => m.start === s.subjectStart && m.type === "statement" && m.anaphor === "title");
    if (!cells) rememberApposedProsecutor(s, mentions, tokens, state);
    remember(state, { ...s.referent, spoke: true, ...(text && !cells ? { textSpoke: true } : {}) });
    if (!cells) rememberApposedHolder(s, tokens, state);
  }
  const voices = speakers.map((s, k) => ({
    sides: s.referent.sides,
    speaker: s.referent.speaker,
    names: Object.fromEntries((s.names ?? []).map((n) => [n.side, n.name])),
    kind: claimKind(s.verb, s.said ?? sentence, s.referent.sides),
    from: k === 0 && !cells ? 0 : s.from,
    to: speakers[k + 1]?.from ?? sentence.length,
  }));
  return { tokens, mentions, voices };
}

/**
 * "Russia was the first to call for a ceasefire, followed by the OSCE Minsk Group co-chairs": those who
 * followed the speaker in saying it speak too (only a body or person the text can place, closing the sentence).
 */
function followedBy(found: Speaker[], tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): Speaker[] {
  const [only] = found;
  if (found.length !== 1 || !only?.verb || only.verb.accordingTo) return [];
  const at = tokens.findIndex((t, k) => k > (only.verb?.end ?? 0) && t.text === "," && tokens[k + 1]?.norm === "followed" && tokens[k + 2]?.norm === "by");
  const follower = at < 0 ? undefined : mentions.find((m) => m.start === at + 3 && !m.quoted);
  const rest = follower ? tokens.slice(follower.end).filter((t) => t.isWord) : [];
  if (!follower || rest.length > 0 || follower.type === "country" || follower.type === "statement") return [];
  const referent = resolveMention(follower, state, null, null, null, { tokens, gazetteer, mentions });
  if (!referent || referent.sides.includes(UNCLEAR) || referent.sides.join() === only.referent.sides.join()) return [];
  return [{ referent, verb: only.verb, from: only.from }];
}

/** How many words a body's name may run on past its mention before "and its": "of Youth and Sports". */
const BODY_NAME_TAIL = 6;

/** Words that carry a figure on from the sentence before: "That brings …", "its soldiers", "their dead". */
const CARRIED_ON = new Set(["its", "their"]);
const CARRYING_OPENERS = /^(?:that|this)\s+(?:brings|brought|takes|took|raises|raised|puts|put)\b/i;

/**
 * "The defence ministry of the Karabakh authorities reports 23 more killed. That brings the number of its
 * soldiers killed to 104, according to Interfax.": an agency closing a sentence that carries on the
 * figures of the body that just spoke ("its", "that brings") only relays that body; the body speaks.
 */
function agencyRelayingLastSpeaker(found: Speaker[], tokens: Token[], state: Discourse): Speaker[] | null {
  const [only] = found;
  if (found.length !== 1 || !only?.verb?.accordingTo || only.referent.type !== "media" || !only.referent.sides.includes("other")) return null;
  const before = tokens.slice(0, only.verb.start);
  const carries = CARRYING_OPENERS.test(textOf(tokens, 0, Math.min(2, tokens.length))) || before.some((t) => CARRIED_ON.has(t.norm));
  const last = latestReferent(state, (r) => r.spoke);
  if (!carries || !last || last.sentenceNo !== state.sentenceNo - 1 || last.type === "media" || !last.sides.every(isBelligerent)) return null;
  return [{ ...only, referent: { sides: last.sides, speaker: last.speaker, type: last.type, plural: last.plural } }];
}

/**
 * "…, Radio Azatutyun reported, citing the government": a private outlet whose report names its source
 * only relays it; the source it cites, when a party we can place, speaks.
 */
function citedByAgency(found: Speaker[], tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): Speaker[] | null {
  const [only] = found;
  const verb = only?.verb;
  if (found.length !== 1 || !only || !verb || only.referent.type !== "media" || !only.referent.sides.includes("other")) return null;
  const citing = tokens.findIndex((t, k) => k >= verb.end && k <= verb.end + 1 && t.norm === "citing" && tokens[k - 1]?.text === ",");
  if (citing < 0) return null;
  const source = mentions.find((m) => m.start > citing && m.start <= citing + 2 && m.type !== "media");
  if (!source) return null;
  const referent = resolveMention(source, state, null, belligerentNamed(mentions), null, { tokens, gazetteer, mentions });
  const [side] = referent?.sides ?? [];
  if (referent?.sides.length !== 1 || !side || !isBelligerent(side)) return null;
  return [{ ...only, referent }];
}

/** "Not everyone in Armenia welcomed the result.": the writer's framing of what follows, no one's claim. */
function notEveryone(tokens: Token[]): boolean {
  return tokens[0]?.norm === "not" && NOT_EVERYONE.has(tokens[1]?.norm ?? "");
}

const NOT_EVERYONE: ReadonlySet<string> = new Set(["everyone", "everybody", "all"]);

/** "[Context, Sept 29] Armenian officials said …": an editor's bracketed note before the sentence is no part of it. */
const LEADING_NOTE = /^\s*\[[^\]]{1,40}\]\s*(?=\p{Lu})/u;

/** The sentence after a leading editor's note, as one cell placed after it; null when there is none. */
function afterLeadingNote(sentence: string): TableCell[] | null {
  const note = LEADING_NOTE.exec(sentence);
  return note ? [{ text: sentence.slice(note[0].length), from: note[0].length }] : null;
}

/** The speakers of a table row: those of its first cell that has any. */
function rowSpeakers(cells: TableCell[], state: Discourse, gazetteer: Gazetteer): Speaker[] {
  for (const cell of cells) {
    const speakers = cellSpeakers(cell, state, gazetteer);
    if (speakers.length > 0) return speakers;
  }
  return [];
}

/** The speakers of one table cell read as a sentence of its own, placed in the row. */
function cellSpeakers(cell: TableCell, state: Discourse, gazetteer: Gazetteer): Speaker[] {
  const tokens = tokenize(cell.text);
  // "Who announced the figure", "Source (as reported)": a column's heading names no speaker.
  if (isQuestion(tokens) || /^(?:who|what|which|when|where|how|why)\b/i.test(cell.text)) return [];
  // ("| 1993 | Security Council passes Resolutions 822 and 853 |": a timeline's event, the act alone, says nothing.)
  if (BARE_ADOPTION.test(cell.text)) return [];
  const found = findSpeakers(tokens, findMentions(gazetteer, tokens), state, gazetteer);
  const speakers = found.length > 0 ? found : sourceLabelled(cell.text, state, gazetteer);
  return speakers.map((s) => ({ ...s, from: cell.from + s.from, said: cell.text }));
}

/** A body adopting texts named only by their numbers: "UN Security Council passes Resolutions 822, 853 and 874". */
const BARE_ADOPTION = /^[\p{L}\s.'’-]+\s(?:adopts|passes|adopted|passed)\s+resolutions?\s+(?:no\.?\s*)?\d+(?:\s*(?:,|and)\s*\d+)*\s*\.?$/iu;

/**
 * The source a table cell names before its colon, with whatever detail follows the name ("Azerbaijani
 * Foreign Ministry, day of the strike: …"): in a table's source column the label is the source,
 * however it goes on. The name alone first, then the whole label ("…, spokesman for the Karabakh president").
 */
function sourceLabelled(cell: string, state: Discourse, gazetteer: Gazetteer): Speaker[] {
  // "Vahram Poghosyan, spokesman for the Karabakh president: a woman and a child killed": a label and three words or more.
  const [, label, said = ""] = SOURCED_CELL.exec(cell) ?? [];
  if (!label || said.split(/\s+/).length < 3) return [];
  for (const phrase of [label.split(",")[0] ?? label, label]) {
    const source = resolveSpeakerPhrase(phrase, state, gazetteer);
    if (!source.sides.includes(UNCLEAR)) return [{ referent: { ...source, type: "statement", plural: false }, verb: null, from: 0 }];
  }
  return [];
}

const FIGURES_NOUN = /^(?:figures|tallies|counts|numbers|tolls)$/;

/** "the two governments' own figures put the death toll at 30": figures of both sides added up. */
const BOTH_SIDES_FIGURES =
  /^(?:(?:the\s+)?(?:two|both)\s+(?:sides|governments|countries|armies|ministries)|each\s+side)['’]?s?\s+(?:own\s+)?(?:official\s+)?(?:figures|tallies|counts|numbers|tolls)$/i;

/**
 * "Taken together, the two governments' own figures put the death toll at no fewer than 30": the
 * outlet adds up both sides' figures; the sum is its own, no side's claim.
 */
function isOutletsSum(verb: VerbHit, tokens: Token[]): boolean {
  // Cheap first: the word before the verb must be "figures", "tallies" … (this runs on every speech verb).
  if (!FIGURES_NOUN.test(tokens[verb.start - 1]?.norm ?? "")) return false;
  const before = tokens.slice(Math.max(0, verb.start - 7), verb.start);
  const from = before.findIndex((t) => /^(?:the|two|both|each)$/.test(t.norm));
  if (from < 0) return false;
  const phrase = before
    .slice(from)
    .map((t) => t.text)
    .join(" ")
    .replace(/\s+(['’]s?)(?=\s|$)/g, "$1");
  return BOTH_SIDES_FIGURES.test(phrase);
}

/** What a speaker did not say is no claim: "did not say how many", "declined to comment". */
const WITHHELD_VERBS = new Set([
  // "officials did not suggest it had been an attack"
  "suggest",
  "indicate",
  "say",
  "said",
  "specify",
  "disclose",
  "comment",
  "elaborate",
  "give",
  // "the Armenian side had not yet given a toll"
  "given",
  "gave",
  "provide",
  "provided",
  "disclosed",
  "specified",
  "confirm",
  // "Armenia has not explicitly denied the shipments": no denial was made.
  "deny",
  "denied",
  "name",
  "reveal",
  "respond",
  "announce",
  "report",
  // "It has not publicly revised that number since."
  "revised",
  "revise",
  "updated",
  "update",
  "raised",
  "published",
  "released",
  "issued",
  // "…, a figure Baku has not acknowledged": nothing was said.
  "acknowledge",
  "acknowledged",
  "confirmed",
  "commented",
  "announced",
  "reported",
  // "The ministry did not reply."
  "reply",
  "replied",
  "answer",
]);

function isWithheld(verb: VerbHit, tokens: Token[]): boolean {
  // "The Kremlin gave no account of either meeting", "it provided no figures": nothing was said.
  if (GAVE_NOTHING.has(tokens[verb.start]?.norm ?? "") && tokens[verb.end]?.norm === "no") return true;
  if (isWantedOfOthers(verb, tokens)) return true;
  // ("A driver, who asked not to give his name, said": a request for anonymity is no claim.)
  if (asksAnonymity(verb, tokens)) return true;
  if (isInterviewGranted(verb, tokens) || isSignOn(verb, tokens) || isCallOnly(verb, tokens) || isRequestToPrint(verb, tokens)) return true;
  // "left the castle without speaking to reporters", "without commenting": nothing was said.
  if (tokens[verb.start - 1]?.norm === "without") return true;
  // "The November 10 agreement signed by Aliyev, Pashinyan and Putin calls for …": a document's
  // signatories named in a participle after it; what the document says is the sentence's verb.
  if (tokens[verb.start]?.norm === "signed" && tokens[verb.end]?.norm === "by" && DOCUMENT_NOUNS.has(tokens[verb.start - 1]?.norm ?? "")) return true;
  // "Neither Aliyev nor Pashinyan spoke to the press", "No one in Baku commented": nobody spoke.
  // ("When it ended on Saturday, nobody claimed a breakthrough": the clause's own subject.)
  const clauseStart = lastIndexWhere(tokens, verb.start, (t) => (t.text === "," || t.text === ";") && !t.quoted) + 1;
  if (NOBODY_OPENS.test(textOf(tokens, 0, verb.start)) || NOBODY_OPENS.test(textOf(tokens, clauseStart, verb.start))) return true;
  if (isAnsweredByDeed(verb, tokens)) return true;
  if (!WITHHELD_VERBS.has(tokens[verb.start]?.norm ?? "")) return false;
  // ("Officials in Stepanakert did not deny striking Ganja but maintained that …": a denial withheld
  // before what they did say stays the clause's verb, whose subject the "but" clause shares.)
  if (DENY.has(tokens[verb.start]?.norm ?? "") && saysAfterBut(verb, tokens)) return false;
  const before = tokens.slice(Math.max(0, verb.start - 3), verb.start).map((t) => t.norm);
  // (The negation must govern this verb: in "who asked that his name not be used said" it is another verb's.)
  const negated = before.findIndex((w) => w === "not" || w === "n't" || w === "never");
  return (
    (negated >= 0 && governsVerb(before.slice(negated + 1))) ||
    (before.at(-1) === "to" && ["declined", "refused", "failed", "declines", "refuses"].includes(before.at(-2) ?? ""))
  );
}

/** "asked not to give his name", "asked not to be identified": the speaker asks to stay unnamed. */
function asksAnonymity(verb: VerbHit, tokens: Token[]): boolean {
  if (!ASKING.has(tokens[verb.start]?.norm ?? "") || tokens[verb.end]?.norm !== "not" || tokens[verb.end + 1]?.norm !== "to") return false;
  return tokens.slice(verb.end + 2, verb.end + 2 + ANONYMITY_REACH).some((t) => ANONYMITY_WORDS.has(t.norm));
}

/** How far after "asked not to" the name it withholds may stand: "give his full name". */
const ANONYMITY_REACH = 5;
const ANONYMITY_WORDS: ReadonlySet<string> = new Set(["name", "surname", "named", "identified", "quoted", "photographed"]);

/** Whether the words between a negation and the verb leave the verb negated ("yet", "immediately"; "confirm or" in "did not confirm or deny"). */
function governsVerb(between: readonly string[]): boolean {
  if (between.every((w) => BETWEEN_NEGATION_AND_VERB.test(w))) return true;
  const [verb, or] = between.slice(-2);
  return (or === "or" || or === "nor") && isSpeechVerbForm(verb ?? "") && between.slice(0, -2).every((w) => BETWEEN_NEGATION_AND_VERB.test(w));
}

/** What may stand between a negation and the verb it governs: "has not yet said", "did not immediately comment". */
const BETWEEN_NEGATION_AND_VERB = /^(?:\w+ly|yet|been|have|had|be|so|much|even|publicly)$/;

const ANSWERING = new Set(["answered", "answers", "answer", "responded", "responds", "respond", "replied", "replies", "reply", "reacted", "reacts"]);

/**
 * "Armenia answered by showing the monument", "the parliament responded on 1 December by voting to
 * annex it": an answer given by a deed, not in words.
 */
function isAnsweredByDeed(verb: VerbHit, tokens: Token[]): boolean {
  if (!ANSWERING.has(tokens[verb.start]?.norm ?? "")) return false;
  for (let k = verb.end; k < Math.min(tokens.length, verb.end + 6); k++) {
    const t = tokens[k];
    if (!t || t.text === "," || t.text === ";" || t.quoted) return false;
    if (t.norm === "by") return /^\p{Ll}{3,}ing$/u.test(tokens[k + 1]?.text ?? "");
  }
  return false;
}

const DENY: ReadonlySet<string> = new Set(["deny", "denied"]);

/** Whether "but" and a speech verb follow the verb in its sentence: "did not deny it but insisted …". */
function saysAfterBut(verb: VerbHit, tokens: Token[]): boolean {
  const but = tokens.findIndex((t, k) => k >= verb.end && t.norm === "but" && !t.quoted);
  return but > 0 && tokens.slice(but + 1, but + 4).some((t) => isSpeechVerbForm(t.norm));
}

/** A subject that names nobody who spoke: "Neither X nor Y", "No one", "Nobody", "None of them". */
const NOBODY_OPENS = /^\W*(?:neither\b[^,;:]*\bnor\b|no\s+one\b|nobody\b|none\s+of\b)[^,;:]*$/i;

const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "agreement",
  "statement",
  "declaration",
  "deal",
  "accord",
  "treaty",
  "protocol",
  "document",
  "letter",
  "memorandum",
  "ceasefire",
]);

/**
 * "Mammadyarov spoke by telephone on Monday with his Russian counterpart": a call that happened,
 * with nothing said of what was said in it (what follows in the next sentence is a claim of its own).
 */
function isCallOnly(verb: VerbHit, tokens: Token[]): boolean {
  if (!SPOKE.has(tokens[verb.start]?.norm ?? "")) return false;
  const rest = tokens.slice(verb.end);
  const end = rest.findIndex((t) => t.text === "." || t.text === ";");
  const clause = end < 0 ? rest : rest.slice(0, end);
  return clause.some((t) => t.norm === "with") && !clause.some((t) => CONTENT_FOLLOWS.has(t.norm) || t.quoted || t.text === ":");
}

const SPOKE = new Set(["spoke", "speaks", "speak", "spoken", "speaking", "talked", "talks", "talking"]);
/** The outlet itself as the one spoken to: "us", "our correspondent", "this newspaper". */
const THE_OUTLET = new Set(["us", "our", "this"]);
/** Words after which the sentence goes on to say what was said. */
const CONTENT_FOLLOWS = new Set(["about", "of", "that", "and", "saying", "telling", "when", "how", "why", "what"]);

/**
 * "He spoke to our Yerevan correspondent at the foreign ministry on Monday": the outlet says it
 * interviewed someone; what he said follows in later sentences, this one says nothing.
 */
function isInterviewGranted(verb: VerbHit, tokens: Token[]): boolean {
  if (!SPOKE.has(tokens[verb.start]?.norm ?? "")) return false;
  // The verb's span may hold its preposition already ("spoke to").
  const to = tokens.findIndex((t, i) => i > verb.start && i <= verb.end && (t.norm === "to" || t.norm === "with"));
  if (to < 0 || !THE_OUTLET.has(tokens[to + 1]?.norm ?? "")) return false;
  return !tokens.slice(to + 2).some((t) => CONTENT_FOLLOWS.has(t.norm) || t.quoted);
}

/**
 * "The Red Cross asked us to share another story", "Several families have asked us to print this
 * notice": a request to the page itself to carry something is how the page came to be, no claim
 * about the conflict.
 */
function isRequestToPrint(verb: VerbHit, tokens: Token[]): boolean {
  if (!ASKING.has(tokens[verb.start]?.norm ?? "")) return false;
  const us = tokens.findIndex((t, i) => i > verb.start && i <= verb.end + 1 && (t.norm === "us" || t.norm === "me"));
  return us >= 0 && tokens[us + 1]?.norm === "to" && CARRYING.has(tokens[us + 2]?.norm ?? "");
}

const ASKING = new Set(["asked", "asks", "ask", "requested", "requests", "invited", "invites", "urged", "urges"]);
/** What a page is asked to do with a text: carry it, or have its readers remember. */
const CARRYING = new Set(["share", "print", "publish", "run", "carry", "post", "reproduce", "pass", "pray", "remember", "mark"]);

/**
 * "This is Arman Petrosyan reporting from Yerevan.": a correspondent's sign-on in a broadcast
 * names who speaks next; it says nothing itself, and its reporter is no official for a title to
 * point back to.
 */
function isSignOn(verb: VerbHit, tokens: Token[]): boolean {
  return tokens[0]?.norm === "this" && tokens[1]?.norm === "is" && tokens[verb.start]?.norm === "reporting" && tokens.length - verb.end <= 6;
}

/** Verbs of wanting something of someone: "Baku wants Moscow to admit …", "urged Yerevan to confirm …". */
const WANTING = new Set([
  "want",
  "wants",
  "wanted",
  "wanting",
  "expect",
  "expects",
  "expected",
  "urge",
  "urges",
  "urged",
  "urging",
  "press",
  "presses",
  "pressed",
  "pressing",
  "push",
  "pushes",
  "pushed",
  "pushing",
  "demand",
  "demands",
  "demanded",
  "demanding",
  "ask",
  "asks",
  "asked",
  "asking",
  "call",
  "calls",
  "called",
  "calling",
  "invite",
  "invites",
  "invited",
  "challenge",
  "challenges",
  "challenged",
]);
/** How many words may stand between the wanting verb and "to" (its object: "Moscow", "the Russian side"). */
const WANTED_OBJECT_WORDS = 4;

/**
 * "Baku still wants Moscow to admit that its air defences hit the plane": the admission is what
 * Baku wants, not what Moscow said; the speaker is the one who wants it, found by its own verb.
 */
function isWantedOfOthers(verb: VerbHit, tokens: Token[]): boolean {
  if (tokens[verb.start - 1]?.norm !== "to") return false;
  const before = tokens.slice(Math.max(0, verb.start - 2 - WANTED_OBJECT_WORDS), verb.start - 1);
  const at = before.findIndex((t) => WANTING.has(t.norm));
  return at >= 0 && at < before.length - 1 && before.slice(at + 1).every((t) => t.isWord && t.norm !== "to");
}

const GAVE_NOTHING = new Set(["gave", "give", "gives", "provided", "offered", "released", "published", "issued", "cited"]);

function isQuestion(tokens: Token[]): boolean {
  const last = [...tokens].reverse().find((t) => !isQuoteMark(t.text));
  if (last?.text === "?" && !last.quoted) return true;
  // "- Whether the Commission proposes funding before the election.": a question to watch, standing
  // alone with no main clause ("Whether it holds is unclear, the ministry said" has one after its comma).
  const first = tokens.find((t) => t.isWord);
  return first?.norm === "whether" && !tokens.some((t) => t.text === "," && !t.quoted);
}

/** A speaker found for a verb, with where its subject starts and whether a pronoun named it. */
type PlacedSpeaker = Speaker & { subjectStart: number; byPronoun: boolean };

interface Speaker {
  referent: Omit<Referent, "sentenceNo" | "spoke">;
  /** How each side was named, when the sentence names them apart ("Armenia and Azerbaijan"). */
  names?: NamedSide[];
  verb: VerbHit | null;
  /** Where this speaker's clause starts (characters). */
  from: number;
  /** Where its subject starts (tokens). */
  subjectStart?: number;
  /** The text the speaker's verb stands in, when not the whole sentence (a table cell). */
  said?: string;
}

// Words that open a new clause with a speaker of its own: "…, while Baku denied it".
const CLAUSE_BREAKS = new Set([";", "while", "whereas", "but", "meanwhile", "however", "which"]);
// ", a charge Ankara denies", ", an allegation both Yerevan and Stepanakert have rejected", ", a position
// Baku rejects", ", a step Armenian officials dismissed as a ploy": what one side said or did, then another's verb.
const REPORTED_NOUNS = new Set([
  "charge",
  "charges",
  "allegation",
  "allegations",
  "claim",
  "claims",
  "accusation",
  "accusations",
  "assertion",
  "version",
  "account",
  "assessment",
  "figure",
  "figures",
  "report",
  "statement",
  "position",
  "stance",
  "demand",
  "demands",
  "distinction",
  "step",
  "concern",
  "characterisation",
  "characterization",
  "description",
  "interpretation",
  "narrative",
]);

function findSpeakers(tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): Speaker[] {
  // "Yerevan denies", "Baku responds": a kicker over an entry, not a claim.
  // ("He said:" opening a quotation set out below it introduces words, as a kicker does not.)
  const introduces = tokens.at(-1)?.text === ":";
  if (!introduces && !hasWords(tokens, 3)) return [];
  // "Correction: An earlier version of this article said Armenia had named 93 dead": the outlet on its
  // own earlier text; what that text said is no one's claim now (a clause after a semicolon may be).
  const opens = noteLabelEnd(tokens);
  const ownTextEnd =
    OWN_TEXT_OPENING.test(tokens[opens]?.text ?? "") && OWN_EARLIER_TEXT.test(textOf(tokens, opens, Math.min(tokens.length, opens + OWN_TEXT_WORDS)))
      ? clauseEnd(tokens)
      : 0;
  const verbs = findSpeechVerbs(tokens, mentions).filter(
    (v) =>
      v.start >= ownTextEnd &&
      !isWithheld(v, tokens) &&
      !isOutletsSum(v, tokens) &&
      !isOwnGathering(v, tokens) &&
      !isReadersAside(v, tokens) &&
      !isNarratorsCircle(v, tokens),
  );
  const trailing =
    trailingSpeaker(verbs, tokens, mentions, state, gazetteer) ??
    closingAccordingTo(verbs, tokens, mentions, state, gazetteer) ??
    insetSpeaker(verbs, tokens, mentions, state, gazetteer);
  if (trailing) return [trailing];
  const labelled = colonSpeaker(tokens, mentions, state, gazetteer);
  if (labelled && (verbs.length === 0 || (verbs[0]?.start ?? 0) > labelled.subjectStart)) return [labelled];
  const credited = verbs.length === 0 ? dashCredit(tokens, mentions, state, gazetteer) : null;
  if (credited) return [credited];
  const speakers = collectSpeakers(verbs, tokens, mentions, state, gazetteer);
  // "Each side claimed far higher enemy losses: the Azerbaijani Defence Ministry said …, and the
  // Karabakh army said …": the sides named after the colon are the ones that spoke.
  const first = speakers[0];
  const colon = first?.verb ? tokens.findIndex((t, i) => i >= (first.verb?.end ?? 0) && t.text === ":" && !t.quoted) : -1;
  if (first && colon > 0 && first.referent.sides.length > 1 && /\b(?:each|both|two)\b/i.test(first.referent.speaker)) {
    const named = collectSpeakers(
      verbs.filter((v) => v.start > colon),
      tokens,
      mentions,
      state,
      gazetteer,
    );
    if (named.length > 0) return named.map((sp, k) => (k === 0 ? { ...sp, from: 0 } : sp));
  }
  return speakers;
}

/**
 * "Both governments, note, cite UNEP": an imperative set off by commas speaks to the reader; and "by asking
 * who says what": a question about speech, with no one saying anything. Neither is a party's verb.
 */
function isReadersAside(verb: VerbHit, tokens: Token[]): boolean {
  const word = tokens[verb.start]?.norm ?? "";
  const setOff = tokens[verb.start - 1]?.text === "," && tokens[verb.end]?.text === "," && verb.end - verb.start === 1 && READER_IMPERATIVES.has(word);
  const whoSaysWhat = tokens[verb.start - 1]?.norm === "who" && tokens[verb.end]?.norm === "what" && !tokens[verb.start]?.quoted;
  return setOff || whoSaysWhat || isSelfDescription(verb, tokens);
}

/**
 * "blocked by protesters who describe themselves as environmental activists": people a noun names say what they
 * call themselves, in a clause on that noun; that is no claim of the sentence's subject, nor of anyone's.
 */
function isSelfDescription(verb: VerbHit, tokens: Token[]): boolean {
  return selfDescribedNoun(tokens, verb.start - 1) !== null;
}

/** The noun before "who describe themselves", "that call themselves" whose relative word stands at `relative`, else null. */
function selfDescribedNoun(tokens: Token[], relative: number): Token | null {
  const noun = tokens[relative - 1];
  if (!RELATIVE_WHO.has(tokens[relative]?.norm ?? "") || !noun?.isWord || noun.capitalized) return null;
  return isSpeechVerbForm(tokens[relative + 1]?.norm ?? "") && REFLEXIVES.has(tokens[relative + 2]?.norm ?? "") ? noun : null;
}
const RELATIVE_WHO: ReadonlySet<string> = new Set(["who", "that"]);

/**
 * "… by people who describe themselves as environmental activists. They say …": the people who describe
 * themselves are a later "they", speaking for no side of the conflict.
 */
function rememberSelfDescribed(tokens: Token[], state: Discourse): void {
  tokens.forEach((_, k) => {
    const noun = selfDescribedNoun(tokens, k);
    if (noun) remember(state, { sides: ["other"], speaker: noun.text, type: "person", plural: /s$/.test(noun.norm), spoke: false });
  });
}
const REFLEXIVES: ReadonlySet<string> = new Set(["themselves", "himself", "herself", "itself"]);
const READER_IMPERATIVES: ReadonlySet<string> = new Set(["note", "notice", "observe", "remember", "mind"]);

/**
 * "…, according to accounts gathered from Yerevan for this issue": the outlet's own reporting, which
 * names where its accounts came from, not a party that spoke.
 */
function isOwnGathering(verb: VerbHit, tokens: Token[]): boolean {
  return verb.accordingTo && OWN_GATHERING.test(textOf(tokens, verb.end, Math.min(tokens.length, verb.end + OWN_GATHERING_WORDS)));
}
const OWN_GATHERING =
  /^(?:the\s+)?(?:accounts|reports|interviews|testimonies|notes)\s+(?:gathered|collected|compiled|obtained)\b.*\bfor\s+this\s+(?:issue|article|story|report|piece|edition|review|note|feature)\b/i;
/** How many words after "according to" the outlet's own gathering is read in. */
const OWN_GATHERING_WORDS = 12;

/** Whether the sentence has at least `least` words that are no figure and no time zone (counted only until there are enough). */
function hasWords(tokens: Token[], least: number): boolean {
  let words = 0;
  for (const t of tokens) if (t.isWord && !/^\d/.test(t.text) && !/^(?:gmt|utc|msk)$/.test(t.norm) && ++words >= least) return true;
  return false;
}

/** A sentence about the outlet's own earlier text (after its note's label, "Correction (date):"). */
const OWN_EARLIER_TEXT =
  /^(?:an?\s+)?(?:(?:earlier|previous|original)\s+(?:version|edition)\s+of\s+this|this)\s+(?:article|story|report|piece|item|dispatch|explainer|analysis|feature|profile|newsletter|page|post)\s+(?:\w+\s+){0,2}?(?:said|stated|reported|gave|quoted|attributed|misstated|described|named|put|misquoted)\b/i;
/**
 * The word OWN_EARLIER_TEXT opens with, followed by a space: a token holds no space, so the
 * first token must be that word itself, and most sentences are spared building their opening.
 */
const OWN_TEXT_OPENING = /^(?:an?|earlier|previous|original|this)$/i;
/** How many words the own-text opening may take. */
const OWN_TEXT_WORDS = 16;

/** Where the sentence's first clause ends: its first semicolon outside quotes, else the sentence's end. */
function clauseEnd(tokens: Token[]): number {
  const semicolon = tokens.findIndex((t) => t.text === ";" && !t.quoted);
  return semicolon < 0 ? tokens.length : semicolon;
}

function collectSpeakers(verbs: VerbHit[], tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): Speaker[] {
  const speakers: Speaker[] = [];
  // "A spokesman said Armenian forces had warned …": a speaker we cannot place still owns
  // what he reports, so the actors inside it are no speakers of the sentence.
  let unplaced: VerbHit | null = null;
  // The last verb with a speaker, kept or not: "…; the Kremlin says Aliyev apologised" reports
  // Aliyev's apology inside the Kremlin's clause, whose side was already a speaker's.
  let lastVerbEnd = 0;
  for (const verb of verbs) {
    const previous = speakers.at(-1);
    if (previous?.verb && verb.start < previous.verb.end) continue;
    const speaker = speakerOf(verb, tokens, mentions, state, gazetteer);
    const reportedIn = lastVerbEnd;
    if (speaker) lastVerbEnd = verb.end;
    if (!speaker) {
      if (speakers.length === 0 && !unplaced && hasUnplacedSubject(verb, tokens, mentions)) unplaced = verb;
      continue;
    }
    if (unplaced && clauseBreakBetween(tokens, unplaced.end, speaker.subjectStart) === null) continue;
    // "…, which it said was aimed at …": a pronoun in a later clause is the first speaker again.
    // So is a bare title there ("…, and Deputy Prime Minister Tigran Khachatryan said"): no new side.
    if (previous && speaker.byPronoun) continue;
    if (!previous) {
      speakers.push(speaker);
      continue;
    }
    // "According to accounts from Yerevan, troops sealed off the villages and police went house to
    // house, saying …": what the actors in an opening "according to" account do, saying included, is the account.
    if (opensAccount(speakers[0], tokens) && /ing$/.test(tokens[verb.start]?.norm ?? "")) continue;
    // A later speaker counts only in a clause of its own, never inside the first one's report.
    const from = Math.max(previous.verb?.end ?? 0, reportedIn);
    const breakAt = clauseBreakBetween(tokens, from, speaker.subjectStart) ?? commaSplice(tokens, previous, from, speaker.subjectStart);
    const isNew = speaker.referent.sides.some((s) => !speakers.some((p) => p.referent.sides.includes(s)));
    if (breakAt !== null && isNew) speakers.push({ ...speaker, from: tokens[breakAt]?.start ?? 0 });
  }
  return speakers;
}

/**
 * "Residents of Kirants and Voskepar have voiced fears": a place after "and" that ends a list of
 * places after "of" belongs to the phrase the list is in; that phrase is the subject, not the place.
 */
/** How far back from the list's last place its "of" may stand. */
const PLACE_LIST_REACH = 9;

function headOfPlaceList(m: Mention, tokens: Token[], mentions: Mention[]): Mention | null {
  const place = (m.type === "country" && m.sideFrom === "country") || (m.stranger === true && m.end - m.start <= 3);
  // (After "and", "or", a comma or "such as": a place in a list.)
  if (!place || !/^(?:and|or|as|,)$/.test(tokens[m.start - 1]?.norm ?? "")) return null;
  let k = m.start - 2;
  // (Back over the earlier places of the list: "of Kirants, Voskepar and Baghanis", "of border villages such as Aygepar and …".)
  while (k >= 0 && m.start - k <= PLACE_LIST_REACH && (tokens[k]?.isWord || tokens[k]?.text === ",") && tokens[k]?.norm !== "of") k--;
  if (tokens[k]?.norm !== "of") return null;
  // (Only people from places: "Officials of Armenia and Azerbaijan" are both states' officials.)
  const head = mentions.find((o) => o !== m && o.start < k && o.end > k);
  return head?.sides.length === 1 && head.sides[0] === "other" ? head : null;
}

/**
 * The person whose office a body is ("the Office of the Prime Minister", "the President's Office"),
 * named with that title in the same sentence, with one side.
 */
function officeHolderIn(m: Mention, ctx: StrangerContext): Mention | null {
  const title = OFFICE_OF.exec(m.text)?.slice(1).find(Boolean)?.toLowerCase();
  if (!title) return null;
  const holders = (ctx.mentions ?? []).filter((o) => o !== m && o.type === "person" && o.sides.length === 1 && o.text.toLowerCase().includes(title));
  const [first] = holders;
  return first && holders.every((o) => o.sides[0] === first.sides[0]) ? first : null;
}

const OFFICE_OF = /\boffice\s+of\s+the\s+(prime\s+minister|president)\b|\b(prime\s+minister|president)['’]s\s+office\b/i;

/** ", and Aliyev apologised …": a clause of its own (a comma, "and", a capitalised subject) between two points. */
function ownClauseBefore(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 2; i++) {
    if (tokens[i]?.text === "," && tokens[i + 1]?.norm === "and" && tokens[i + 2]?.capitalized && !tokens[i + 2]?.quoted) return true;
  }
  return false;
}

/** A speaker given by an "according to" that opens the sentence (after a fronted time at most). */
function opensAccount(speaker: Speaker | undefined, tokens: Token[]): boolean {
  const verb = speaker?.verb;
  return verb?.accordingTo === true && verb.start <= frontedTimeEnd(tokens);
}

/**
 * "Baku confirms 12 killed, Yerevan reports 18 dead": a headline's comma splice, the next speaker
 * right after the comma and the first one's report between (not "By Yerevan's telling, Lavrov …").
 */
function commaSplice(tokens: Token[], previous: Speaker, from: number, subjectStart: number): number | null {
  const comma = subjectStart - 1;
  if (tokens[comma]?.text !== "," || previous.verb?.accordingTo || !tokens[subjectStart]?.capitalized) return null;
  const between = tokens.slice(from, comma);
  return between.filter((t) => t.isWord).length >= 2 && !between.some((t) => t.norm === "that" || t.quoted) ? comma : null;
}

/**
 * "Aliyev expressed his condolences to Putin, the Kremlin press service reported": a report
 * closing the sentence after a comma wraps everything before it, so it is the outermost voice.
 */
function trailingSpeaker(allVerbs: VerbHit[], tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): Speaker | null {
  // "…, the Trend agency said, while noting that …": a participle after the closing report goes on
  // with its speaker; the report before it is the one that closes the sentence.
  const tail = closingParticiple(allVerbs, tokens);
  const verbs = tail ? allVerbs.slice(0, tail.at) : allVerbs;
  const end = tail ? tail.comma : tokens.length;
  const last = verbs.at(-1);
  // A verb with an object ("…, Blinken asked Aliyev to …") closes nothing; "According to X, …"
  // opening the sentence wraps it from the front.
  if (!last || verbs.length < 2 || last.accordingTo || last.passive || last.transitive || (verbs[0]?.accordingTo && verbs[0].start === 0)) return null;
  const comma = lastIndexWhere(tokens, last.start, (t) => t.text === "," && !t.quoted);
  if (comma < 0 || tokens.slice(comma + 1, last.start).some((t) => isQuoteMark(t.text))) return null;
  // Only time and place words may follow it: "…, the ministry said on Sunday."
  // ("…, the agency said; the figure could not be checked": a semicolon closes its clause.)
  const semicolon = tokens.findIndex((t, k) => k >= last.end && k < end && t.text === ";" && !t.quoted);
  const rest = tokens.slice(last.end, semicolon < 0 ? end : semicolon).filter((t) => t.isWord);
  // ("…, the Kremlin press service said after a telephone conversation between the two leaders": a phrase
  // of when or where it spoke, opened by its preposition, may run longer.)
  const circumstance = CIRCUMSTANCE_OPENERS.has(rest[0]?.norm ?? "") ? MAX_CIRCUMSTANCE_WORDS : 6;
  if (rest.length > circumstance || rest.some((t) => t.norm === "that" || isSpeechVerbForm(t.norm))) return null;
  // "Baku confirms 12 killed, Yerevan reports 18 dead": a count after the verb is its own report.
  if (OWN_COUNT.test(rest.map((t) => t.norm).join(" "))) return null;
  const speaker = speakerOf(last, tokens, mentions, state, gazetteer);
  // The subject must open the closing clause: ", which Turkey denies" is a second voice, not a wrapper.
  const opener = tokens.slice(comma + 1, speaker?.subjectStart ?? comma).filter((t) => t.isWord && !["the", "his", "her", "its", "their"].includes(t.norm));
  // ("A Russian Foreign Ministry spokesman said … that …, Interfax reported": a private agency carrying what
  // a speaker named before it said only relays it, as "according to Interfax" does.)
  const relaying = speaker?.referent.type === "media" && speaker.referent.sides.length === 1 && speaker.referent.sides[0] === "other" && !verbs[0]?.accordingTo;
  return speaker && speaker.subjectStart > comma && opener.length === 0 && !relaying ? speaker : null;
}

/** Words that open a phrase of when or where a closing report was made: "said after a call between …". */
const CIRCUMSTANCE_OPENERS = new Set(["after", "following", "during", "at", "in", "on", "before", "ahead"]);
const MAX_CIRCUMSTANCE_WORDS = 12;

/**
 * A participle set off by a comma after the sentence's second report ("…, the agency said, while noting
 * that …"): which verb it is and where its comma stands. Only after two reports, so that the one
 * before it can close the sentence.
 */
function closingParticiple(verbs: VerbHit[], tokens: Token[]): { at: number; comma: number } | null {
  for (let at = 2; at < verbs.length; at++) {
    const verb = verbs[at] as VerbHit;
    if (!/ing$/.test(tokens[verb.start]?.norm ?? "")) continue;
    const comma = tokens[verb.start - 1]?.norm === "while" ? verb.start - 2 : verb.start - 1;
    if (tokens[comma]?.text === "," && (verbs[at - 1]?.end ?? 0) <= comma) return { at, comma };
  }
  return null;
}

/**
 * "Aliyev apologised to Putin in a phone call, the Kremlin said, and promised an investigation": a
 * report set between commas after the first clause wraps the sentence, and the clause after it
 * ("and promised …") goes on with the first clause's subject, inside the report.
 */
function insetSpeaker(verbs: VerbHit[], tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): Speaker | null {
  const at = verbs.findIndex((v, k) => k + 1 < verbs.length && insetAt(v, verbs[k + 1] as VerbHit, tokens));
  const inset = verbs[at];
  if (!inset) return null;
  const speaker = speakerOf(inset, tokens, mentions, state, gazetteer);
  const comma = lastIndexWhere(tokens, inset.start, (t) => t.text === "," && !t.quoted);
  const opener = tokens.slice(comma + 1, speaker?.subjectStart ?? comma).filter((t) => t.isWord && !["the", "his", "her", "its", "their"].includes(t.norm));
  return speaker && speaker.subjectStart > comma && opener.length === 0 && !speaker.referent.sides.includes(UNCLEAR) ? speaker : null;
}

/** Whether `verb` stands between commas after a clause of its own, the next verb right after its ", and". */
function insetAt(verb: VerbHit, next: VerbHit, tokens: Token[]): boolean {
  if (verb.accordingTo || verb.passive || verb.transitive) return false;
  const comma = lastIndexWhere(tokens, verb.start, (t) => t.text === "," && !t.quoted);
  // (Only a clause of its own before it, with no quotation: '"…," the Kremlin said' has its own rules.)
  if (comma < CLAUSE_WORDS || tokens.slice(0, verb.start).some((t) => t.quoted || isQuoteMark(t.text) || t.norm === "that")) return false;
  let after = verb.end;
  // ("…, the Kremlin said on Thursday, and …": past the day it spoke.)
  const timeWord = (t: Token | undefined) => t?.isWord === true && (CALENDAR_WORDS.has(t.norm) || /^(?:on|late|early|last)$/.test(t.norm));
  while (after < tokens.length && after - verb.end < 3 && timeWord(tokens[after])) after++;
  return tokens[after]?.text === "," && /^(?:and|but)$/.test(tokens[after + 1]?.norm ?? "") && next.start === after + 2;
}

/** A count of the dead or hurt: what a verb reports, not where or when it spoke. */
const OWN_COUNT =
  /(?:^|\s)(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+(?:\S+\s+){0,2}?(?:dead|killed|deaths|wounded|injured|casualties|losses)\b/;

const POSSESSIVE_WORDS = new Set(["his", "her", "its", "their"]);

/** The verbs up to an "according to" whose source a ", which …" or ", who …" clause closes the sentence after. */
function withoutSourceRelative(verbs: VerbHit[], tokens: Token[]): VerbHit[] {
  const k = verbs.map((v) => v.accordingTo === true && tokens[v.start]?.norm === "according").lastIndexOf(true);
  const source = verbs[k];
  if (!source || k === verbs.length - 1) return verbs;
  const comma = tokens.findIndex((t, i) => i > source.end && t.text === ",");
  const after = verbs.slice(k + 1);
  return comma > 0 && SOURCE_RELATIVES.has(tokens[comma + 1]?.norm ?? "") && after.every((v) => v.start > comma) ? verbs.slice(0, k + 1) : verbs;
}

/** Words opening a relative clause about the word before the comma: "…, which welcomed it". */
const SOURCE_RELATIVES: ReadonlySet<string> = new Set(["which", "who"]);

/** Words after a comma that make a clause of their own. */
const CLAUSE_WORDS = 3;

/** "…, according to local authorities in Stepanakert." closing the sentence wraps all of it. */
function closingAccordingTo(allVerbs: VerbHit[], tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): Speaker | null {
  // ("…, according to the Armenian Foreign Ministry, which welcomed the assessment": the verbs of a
  // relative clause about the source are the source's own aside.)
  const verbs = withoutSourceRelative(allVerbs, tokens);
  const last = verbs.at(-1);
  // "…, led him away, according to his family": a relative is the source, a third party, whatever went before.
  const kin = last?.accordingTo && POSSESSIVE_WORDS.has(tokens[last.end]?.norm ?? "") && KIN.has(tokens[last.end + 1]?.norm ?? "") ? last : null;
  if (kin && tokens[kin.start - 1]?.text === "," && tokens.length - (kin.end + 2) <= 2) return thirdPartyAt(tokens, kin.end, kin.end + 2, kin);
  if (!last?.accordingTo || verbs.length < 2 || tokens[last.start - 1]?.text !== "," || tokens[last.start]?.norm !== "according") return null;
  // ("…, according to the Armenian Foreign Ministry, which welcomed the assessment": a relative clause describes the source.)
  const comma = tokens.findIndex((t, k) => k > last.end && t.text === ",");
  const relative = comma > 0 && SOURCE_RELATIVES.has(tokens[comma + 1]?.norm ?? "");
  // ("…, according to Kaiser Zaman, the senior UN relief official in Azerbaijan.": an apposition describes the source
  // and closes the sentence with it.)
  const described = tokens.slice(comma + 1);
  const apposition =
    comma > 0 &&
    ["the", "a", "an"].includes(tokens[comma + 1]?.norm ?? "") &&
    described.filter((t) => t.isWord).length <= APPOSITION_WORDS &&
    !described.some((t) => t.text === "," || FINITE_WORDS.has(t.norm));
  const source = relative || apposition ? tokens.slice(last.end, comma) : tokens.slice(last.end);
  if (source.filter((t) => t.isWord).length > 8 || source.some((t) => isQuoteMark(t.text))) return null;
  // "…, according to the Armenian side, 12 soldiers were killed": a clause after it, so it closes nothing.
  if (comma > 0 && !relative && !apposition && tokens.slice(comma + 1).filter((t) => t.isWord).length >= CLAUSE_WORDS) return null;
  // "…, according to his office": the subject's own office, not a new speaker.
  if (POSSESSIVE_WORDS.has(tokens[last.end]?.norm ?? "")) return null;
  // "…, the Russian Defence Ministry said, according to Interfax": an agency carrying what a speaker just
  // named said only relays it; the speaker speaks.
  const said = verbs.at(-2);
  const carrier = mentions.find((m) => m.start >= last.end && m.start <= last.end + 1);
  if (said && !said.accordingTo && said.end === last.start - 1 && carrier?.type === "media") return null;
  // "The ministry said five were killed …, and Aliyev apologised to Putin, according to the Kremlin": the
  // source closes the last clause only when the sentence opened with a speaker's verb of its own.
  const first = verbs[0];
  // ("Aid officials estimate that …, according to Kaiser Zaman, the senior UN relief official": the unnamed
  // crowd opening the sentence is the named source's people; the source it closes with wraps it all.)
  const crowdOpens = first !== undefined && CROWD_OPENER.test(textOf(tokens, 0, first.start));
  if (first && !first.accordingTo && !crowdOpens && ownClauseBefore(tokens, first.end, last.start)) return null;
  const speaker = speakerOf(last, tokens, mentions, state, gazetteer);
  return speaker && !speaker.referent.sides.includes(UNCLEAR) ? speaker : null;
}

/** How long an apposition closing a sentence may run: "the senior UN relief official in Azerbaijan". */
const APPOSITION_WORDS = 10;
/** Words that make what follows a comma a clause of its own, not an apposition: "the shelling lasted", "the toll was". */
const FINITE_WORDS: ReadonlySet<string> = new Set([
  "was",
  "were",
  "is",
  "are",
  "has",
  "had",
  "have",
  "said",
  "says",
  "will",
  "would",
  "lasted",
  "rose",
  "killed",
]);

/** An unnamed crowd of officials or experts as a sentence's whole subject: "Aid officials", "Relief workers". */
const CROWD_OPENER = /^\s*(?:(?:aid|relief|humanitarian|local|western|foreign)\s+)?(?:officials|workers|experts|analysts|observers|diplomats)\s*$/i;

/**
 * "Karabakh ombudsman: at least 200 dead", "Armenian Security Council: 207 killed": a body or
 * person named alone before a colon speaks what follows. A country or place alone is not one
 * ("Stepanakert: shelling overnight" is a dateline), nor a bare title ("Peacekeepers: 2,000
 * troops", a glossary entry), nor a name nobody introduced.
 */
function colonSpeaker(tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): (Speaker & { subjectStart: number }) | null {
  // "09:05 — Karabakh Defense Army (via Armenpress): …": a chronology's time stamp comes first.
  const start = timeStampEnd(tokens);
  const colon = tokens.findIndex((t, i) => i > start && t.text === ":" && !t.quoted);
  // (A label's clause may be long: "Armenian President Serzh Sargsyan, opening an emergency session of the Council:".)
  if (colon < start + 1 || colon > start + LABEL_REACH) return null;
  // A label says something: at least three words after its colon.
  if (tokens.slice(colon + 1).filter((t) => t.isWord).length < 3) return null;
  const first = mentions.find((m) => m.start >= start);
  // "08:34 - Stepanyan: …": a surname alone that the text introduced with a side ("Shushan
  // Stepanyan, the spokeswoman of Armenia's Defence Ministry") labels its words too.
  const surname = tokens[start];
  if (first?.start !== start && surname?.capitalized && surname.isWord && labelTail(tokens, start + 1, colon)) {
    const known = namedBySurname(state, surname.text);
    if (known?.sides.length !== 1 || known.sides.includes(UNCLEAR) || known.type !== "person") return null;
    return { referent: { sides: known.sides, speaker: surname.text, type: "person", plural: false }, verb: null, from: 0, subjectStart: start };
  }
  if (
    first?.start !== start ||
    !labelTail(tokens, first.end, colon) ||
    first.quoted ||
    first.stranger ||
    first.type === "country" ||
    first.sideFrom === "default"
  )
    return null;
  const referent = resolveMention(first, state, null, null, null, { tokens, gazetteer, mentions });
  if (!referent || referent.sides.includes(UNCLEAR)) return null;
  return { referent, verb: null, from: 0, subjectStart: 0 };
}

/**
 * "Ganja toll reaches 10 as wounded woman dies - prosecutors", "Ceasefire holds - Armenian ministry":
 * a wire headline or highlight credits its source after a closing dash. The source must be a body
 * or an official the text can place, and nothing but it may follow the dash.
 */
function dashCredit(tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): Speaker | null {
  const dash = lastIndexWhere(tokens, tokens.length, (t) => /^[-–—]$/.test(t.text) && !t.quoted);
  const source = mentions.find((m) => m.start === dash + 1 && m.end === tokens.length && !m.quoted);
  if (dash < 3 || !source || source.type === "country" || source.type === "statement" || tokens.length - dash > 5) return null;
  // (Only the source itself decides: "AZERBAIJAN OPENS FIRE … -- MOD" names no Azerbaijani ministry.)
  const referent = resolveMention(source, state, null, null, null, { tokens, gazetteer, mentions: [source] });
  // (A wire's own name after the dash, "- Reuters", credits the outlet, no party.)
  if (!referent || referent.sides.includes(UNCLEAR) || (source.type === "media" && referent.sides.includes("other"))) return null;
  return { referent, verb: null, from: 0, subjectStart: source.start };
}

/** Where a leading time stamp and its dash end ("09:05 —", "[14:20]"), or 0. */
function timeStampEnd(tokens: Token[]): number {
  const dated = dateStampEnd(tokens);
  if (dated > 0) return dated;
  let i = 0;
  while (i < tokens.length && i < 8 && /^(?:\d{1,2}|[:.[\]()–—-]|gmt|utc|local)$/i.test(tokens[i]?.norm ?? "")) i++;
  const stamped = i > 0 && /\d/.test(tokens[0]?.text ?? "") && tokens.slice(0, i).some((t) => t.text === ":" || t.text === ".");
  if (stamped) return i;
  // "Sun 11 Oct · 08:15 …": an alert's weekday, day, month and hour, parted by a dot or a bar.
  let k = 0;
  while (k < tokens.length && k < 10 && (ALERT_STAMP_WORD.test(tokens[k]?.norm ?? "") || monthNumber(tokens[k]?.norm ?? "") !== null)) k++;
  const clocked = tokens.slice(0, k).some((t, j) => t.text === ":" && /^\d{1,2}$/.test(tokens[j - 1]?.text ?? "") && /^\d{2}$/.test(tokens[j + 1]?.text ?? ""));
  return clocked ? k : 0;
}

/** The parts of an alert's stamp besides its month: a weekday, a number, a separator, a zone. */
const ALERT_STAMP_WORD =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,4}|[:.·|,–—-]|gmt|utc|local)$/i;

/**
 * "Sept 26 -- Karabakh health ministry: 20 dead", "26 September 2023 — …": a timeline's date and
 * its dash before the entry; where the entry starts, or 0 when the sentence does not open so.
 */
function dateStampEnd(tokens: Token[]): number {
  const [a, b] = [tokens[0]?.norm ?? "", tokens[1]?.norm ?? ""];
  const isMonth = (w: string) => monthNumber(w) !== null;
  const dayMonth = (isMonth(a) && DAY_NUMBER.test(b)) || (DAY_NUMBER.test(a) && isMonth(b));
  if (!dayMonth) return 0;
  let i = 2;
  if (tokens[i]?.text === ",") i++;
  if (/^\d{4}$/.test(tokens[i]?.text ?? "")) i++;
  const dashes = i;
  while (i < tokens.length && i - dashes < 2 && /^[–—-]+$/.test(tokens[i]?.text ?? "")) i++;
  return i > dashes ? i : 0;
}

const DAY_NUMBER = /^\d{1,2}$/;

/** What may stand between a label's speaker and its colon: "(via Armenpress)", ", statement". */
function labelTail(tokens: Token[], from: number, colon: number): boolean {
  if (from === colon) return true;
  const between = tokens.slice(from, colon);
  if (between[0]?.text === "(" && between.at(-1)?.text === ")") return true;
  // "Pashinyan in a video address: …", "Aliyev, in a televised speech: …": where the words were said.
  const words = between.filter((t) => t.text !== ",");
  if (words[0]?.norm === "in" && words.length <= 5 && LABEL_OCCASIONS.has(words.at(-1)?.norm ?? "")) return true;
  if (between.length === 2 && between[0]?.text === "," && LABEL_CHANNELS.has(between[1]?.norm ?? "")) return true;
  // "Aliyev on Twitter: …", "Zakharova on Telegram: …": the network the words were posted on.
  if (words.length === 2 && words[0]?.norm === "on" && LABEL_NETWORKS.has(words[1]?.norm ?? "")) return true;
  // "Stepanyan, quoting the deputy defence minister: …", "Sargsyan, opening an emergency session
  // of the Security Council: …": who relays or speaks at the occasion speaks, whomever they relay.
  return between[0]?.text === "," && LABEL_GERUNDS.has(between[1]?.norm ?? "") && words.length <= LABEL_CLAUSE_WORDS;
}

/** What a label's clause may say the speaker was doing: relaying another's words, or where they spoke. */
const LABEL_GERUNDS = new Set([
  "quoting",
  "citing",
  "sharing",
  "relaying",
  "reposting",
  "forwarding",
  "opening",
  "closing",
  "addressing",
  "chairing",
  "speaking",
  "writing",
  "posting",
  "meeting",
  "visiting",
]);
const LABEL_CLAUSE_WORDS = 12;
/** How far into a sentence a label's colon may stand. */
const LABEL_REACH = 22;

/** What a speaker's label may say the words came in: "in a video address", "in his Telegram post". */
const LABEL_OCCASIONS = new Set(["address", "speech", "statement", "post", "message", "interview", "briefing", "remarks", "tweet", "appeal"]);

const LABEL_NETWORKS = new Set(["twitter", "x", "facebook", "telegram", "instagram", "youtube", "tv", "television", "radio"]);
const LABEL_CHANNELS = new Set(["statement", "post", "tweet", "telegram", "briefing", "communique", "readout", "release"]);

/** A title stands right at the verb ("A spokesman said"), but nothing says whose it is. */
function hasUnplacedSubject(verb: VerbHit, tokens: Token[], mentions: Mention[]): boolean {
  // Only a person or body: "In a statement posted on its website, it said" has a speaker after it.
  // ("The report noted that Armenia insisted …": a report the text cannot place is the outer speaker all the same.)
  const before = (m: Mention) => {
    let k = m.start - 1;
    // (Past its determiner and a channel's name: "in a Facebook statement".)
    while (k >= 0 && (STATEMENT_DETERMINERS.has(tokens[k]?.norm ?? "") || (tokens[k]?.capitalized && k > 0))) k--;
    return tokens[k]?.norm ?? "";
  };
  // ("In a Facebook statement announcing his departure, Harutyunyan said": a statement after a preposition is no subject.)
  const ownSubject = (m: Mention) => m.type !== "statement" || (!STATEMENT_PREPOSITIONS.has(before(m)) && !/^(?:in|on|with|by)\s/i.test(m.text));
  return (
    mentions.some((m) => !m.quoted && m.side === null && ownSubject(m) && m.end <= verb.start && adjacentTo(m, verb, tokens)) ||
    commonNounSubject(verb, tokens, mentions)
  );
}

/**
 * "The signers wrote that …", "Those lawmakers argued that …": a plain noun phrase the gazetteer
 * does not know, opening the sentence right before the verb, is a subject all the same.
 */
function commonNounSubject(verb: VerbHit, tokens: Token[], mentions: Mention[]): boolean {
  // ("The aggression was strongly condemned by the Speaker": a passive's agent follows it.)
  if (verb.passive || verb.accordingTo) return false;
  const head = tokens.slice(0, verb.start);
  if (head.some((t) => AUXILIARY_WORDS.has(t.norm) || /ly$/.test(t.norm))) return false;
  if (head.length < 2 || head.length > 4 || !OPENING_DETERMINERS.has(head[0]?.norm ?? "")) return false;
  const words = head.slice(1);
  return words.every((t) => t.isWord && !t.capitalized && !t.quoted) && !mentions.some((m) => m.start < verb.start && m.side !== null && m.side !== UNCLEAR);
}

const OPENING_DETERMINERS: ReadonlySet<string> = new Set(["the", "these", "those", "its", "their", "both", "many", "several", "some"]);
const AUXILIARY_WORDS: ReadonlySet<string> = new Set([
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "may",
  "might",
]);

/** Words that make a statement named before the verb no subject: "In a statement, it said". */
const STATEMENT_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "its", "their", "his", "her", "this", "that", "separate", "joint", "written"]);
const STATEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "with", "by", "under", "after", "before", "to", "through", "via"]);

function lastIndexWhere(tokens: Token[], before: number, test: (t: Token) => boolean): number {
  for (let i = before - 1; i >= 0; i--) if (test(tokens[i] as Token)) return i;
  return -1;
}

function speakerOf(verb: VerbHit, tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): PlacedSpeaker | null {
  if (verb.impersonal) return impersonalSource(verb, tokens, mentions, state, gazetteer);
  const opener =
    standingFor(verb, tokens, mentions) ??
    accordingToRole(verb, tokens, mentions, gazetteer) ??
    roleFromBody(verb, tokens, mentions, gazetteer) ??
    roleOpening(verb, tokens, mentions, gazetteer) ??
    roleAfterQuote(verb, tokens, mentions, gazetteer) ??
    roleAfterComma(verb, tokens, mentions, gazetteer) ??
    carerAtVerb(verb, tokens) ??
    kinOpening(verb, tokens) ??
    counselOpening(verb, tokens, mentions) ??
    informalFighter(verb, tokens) ??
    representingPeople(verb, tokens, mentions, gazetteer) ??
    interviewingBody(verb, tokens, gazetteer) ??
    criticsOf(verb, tokens) ??
    thoseWhoOpen(verb, tokens) ??
    civilBodyOfficer(verb, tokens);
  if (opener) return opener;
  const quoted = quotedAsSaying(verb, tokens, mentions, state, gazetteer);
  if (quoted) return quoted;
  // ("TASS, citing Armenpress, carried the report.": what a verb that takes an object names after it is its
  // object, never its subject.)
  const candidates = subjectCandidates(verb, tokens, mentions)
    .filter((c) => !(verb.transitive && c.start >= verb.end && c.type === "statement" && !verb.passive))
    .map((c) => headOfPlaceList(c, tokens, mentions) ?? cataphoricSubject(c, verb, tokens, mentions) ?? c);
  const held = candidates[0] ? roleHolderOf(candidates[0], verb, tokens, gazetteer) : null;
  if (held) return held;
  const placedRole = candidates[0] ? roleBeforePlace(candidates[0], verb, tokens, mentions, gazetteer) : null;
  if (placedRole) return placedRole;
  const unknownOwner = candidates[0] ? ownedByUnknown(candidates[0], verb, tokens, mentions) : null;
  if (unknownOwner) return unknownOwner;
  for (const subject of candidates) {
    const context = { tokens, gazetteer, mentions };
    const resolved = resolveMention(
      subject,
      state,
      placeInFront(tokens, mentions),
      belligerentNamed(mentions),
      sentenceSubject(mentions, subject, tokens),
      context,
    );
    // (A body an aside places, "the town council, found at a shelter in Goris,", is placed by its aside.)
    // (Only the verb's own subject: "Police are forming lines, our reporter says" has the reporter speaking.)
    const aside = (subject.end <= verb.start && tokens[subject.end]?.text === ",") || !(verb.accordingTo || adjacentTo(subject, verb, tokens));
    const local = (resolved && !resolved.sides.includes(UNCLEAR)) || aside ? null : localBodyOfTown(subject, state, context);
    const referent = holdersBody(subject, local ?? resolved, tokens) ?? ownStatesAgencyTold(subject, verb, tokens, mentions);
    // A title standing right at its verb is the subject even when nothing says whose it is:
    // an actor further back ("Units of the Armenian armed forces …") must not stand in for it.
    if (!referent && adjacentTo(subject, verb, tokens)) return null;
    if (!referent) continue;
    // A side the mention itself does not carry (people, not their government) is not coordinated.
    const own = referent.sides.every((side) => subject.sides.includes(side));
    const names = asCoChairs(
      own ? coordinatedSides(subject, referent, tokens, mentions) : referent.sides.map((side) => ({ side, name: referent.speaker })),
      subject,
      tokens,
    );
    const sides = names.map((n) => n.side);
    const speaker = names.length === 1 ? (names[0]?.name ?? referent.speaker) : referent.speaker;
    const byPronoun = subject.anaphor !== null;
    // "The deputy head of the district administration, reached in Ganja, said": the place the aside
    // names gives the side, but the speaker is the person before it, whom a later "he" points back to.
    const person = apposedPlaceSpeaker(subject, verb, tokens);
    if (person) return { referent: { ...referent, sides, speaker: person, type: "person" }, names, verb, from: 0, subjectStart: 0, byPronoun };
    // (Speakers joined by "and" are one plural: "They called …" after them means them both.)
    // (Two sides' speakers are told apart by their sides already: "He said" after them stays unclear.)
    const plural = referent.plural || (own && names.length === 1 && isCoordinated(subject, tokens, mentions));
    return { referent: { ...referent, sides, speaker, plural }, names, verb, from: 0, subjectStart: Math.min(subject.start, verb.start), byPronoun };
  }
  return (
    sameOneAgain(verb, tokens, state) ??
    diplomatNamedBefore(verb, tokens, state) ??
    roleThere(verb, tokens, state, gazetteer) ??
    membersOfChamber(verb, tokens, state) ??
    roleSubject(verb, tokens, mentions, gazetteer) ??
    groupNamedBefore(verb, tokens, state) ??
    oneOfGroup(verb, tokens, state)
  );
}

/**
 * "Opening for Azerbaijan, Deputy Foreign Minister X told the judges", "Y, speaking on behalf of Armenia,
 * said": the state a turn is taken for is the speaker's side (see speaksFor.ts).
 */
function standingFor(verb: VerbHit, tokens: Token[], mentions: Mention[]): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive || verb.impersonal) return null;
  const found = spokenFor(tokens, mentions, verb.start);
  if (!found) return null;
  const subject = mentions.find((m) => m.start === found.start && m.end <= found.end);
  const type = subject && subject.type !== "country" ? subject.type : "person";
  const speaker = textOf(tokens, found.start, found.end);
  return { referent: { sides: [found.side], speaker, type, plural: subject?.plural ?? false }, verb, from: 0, subjectStart: found.start, byPronoun: false };
}

/**
 * "X of the ecology ministry told the Trend agency that …": a ministry the text leaves unplaced, telling a
 * belligerent's own state agency, is that state's ministry (a state's agency interviews its own officials);
 * null for any other subject, verb or outlet.
 */
function ownStatesAgencyTold(subject: Mention, verb: VerbHit, tokens: Token[], mentions: Mention[]): Speaker["referent"] | null {
  if (subject.type !== "ministry" || subject.anaphor !== "title" || !/^(?:told|tells)$/.test(tokens[verb.start]?.norm ?? "")) return null;
  const outlet = mentions.find((m) => m.start >= verb.end && m.start <= verb.end + 1 && m.type === "media");
  const [side] = outlet?.sides ?? [];
  if (outlet?.sides.length !== 1 || !side || !isBelligerent(side)) return null;
  return { sides: [side], speaker: subject.text, type: "ministry", plural: false };
}

/**
 * "On the same day that it adopted the resolution, the Assembly rejected …": an "it" in a fronted time
 * clause points forward to the subject that opens the main clause after its comma, not back to whoever
 * spoke before. Null unless the sentence opens with such a clause and a body stands right after it.
 */
function cataphoricSubject(c: Mention, verb: VerbHit, tokens: Token[], mentions: Mention[]): Mention | null {
  if (c.anaphor !== "it" || c.end > verb.start || !TIME_CLAUSE_OPENERS.has(tokens[0]?.norm ?? "")) return null;
  // (The clause's own "that"/"when" before the pronoun: "On the same day that it …", "When it …".)
  const opener = tokens.findIndex((t, k) => k < c.start && (t.norm === "that" || t.norm === "when" || k === 0));
  const comma = tokens.findIndex((t, k) => k >= verb.end && t.text === "," && !t.quoted);
  if (opener < 0 || comma < 0 || tokens.slice(0, c.start).some((t) => t.text === ",")) return null;
  const main = mentions.find((m) => m.start === comma + 1 && m.anaphor !== null && m.anaphor !== "it" && /^the\s/i.test(m.text));
  return main ?? null;
}
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["on", "when", "after", "before", "as", "once", "while"]);

/**
 * 'Western diplomats in Baku said …. "The numbers are higher," one said.': "one" or "another" right
 * at its verb is a member of the group that spoke just before, and speaks for the group's side.
 */
function oneOfGroup(verb: VerbHit, tokens: Token[], state: Discourse): PlacedSpeaker | null {
  const at = verb.start - 1;
  if (verb.accordingTo || verb.passive || !ONE_OF.has(tokens[at]?.norm ?? "") || tokens[at - 1]?.isWord) return null;
  const group = groupThatSpoke(state);
  if (!group) return null;
  const speaker = `${tokens[at]?.text ?? "one"} (${groupName(group)})`;
  return { referent: { sides: group.sides, speaker, type: "person", plural: false }, verb, from: 0, subjectStart: at, byPronoun: true };
}

/** Whether a speaker's name is people in the plural: "Western diplomats in Baku", "residents". */
function namesPeople(speaker: string): boolean {
  const head =
    speaker
      .split(/\s+(?:in|at|from|of)\s+/)[0]
      ?.split(/\s+/)
      .at(-1) ?? "";
  return /^\p{Ll}{3,}s$/u.test(head);
}

/** The group's own name, not that of the member who spoke for it last ("one (Western diplomats)"). */
function groupName(group: Referent): string {
  return /^(?:one|another) \((.*)\)$/i.exec(group.speaker)?.[1] ?? group.speaker;
}

/** A member of a group: "one", "another". */
const ONE_OF: ReadonlySet<string> = new Set(["one", "another"]);
/** How many sentences back the group "one" belongs to may have spoken. */
const ONE_OF_REACH = 2;

/** The person who spoke just before a name opened by "Another,": one more of the same kind, with that side. */
function anotherOfTheKind(m: Mention, state: Discourse, tokens: Token[]): Referent | null {
  const opener = tokens.findIndex((t) => t.isWord);
  if (tokens[m.start - 1]?.text !== "," || tokens[m.start - 2]?.norm !== "another" || opener !== m.start - 2) return null;
  const last = latestReferent(state, (r) => r.spoke && r.type === "person" && state.sentenceNo - r.sentenceNo <= ONE_OF_REACH);
  return last?.sides.length === 1 && !last.sides.includes(UNCLEAR) ? last : null;
}

/** The group of people (plural, one side) that spoke within ONE_OF_REACH sentences, if any. */
function groupThatSpoke(state: Discourse): Referent | null {
  const group = latestReferent(state, (r) => r.spoke && (r.plural || namesPeople(r.speaker)) && state.sentenceNo - r.sentenceNo <= ONE_OF_REACH);
  return group?.sides.length === 1 && !group.sides.includes(UNCLEAR) ? group : null;
}

const BODY_TYPES: ReadonlySet<string> = new Set(["government", "ministry", "military", "mediator"]);
/** Who works at a body: "an official there", "a spokesman there", "a source there". */
const STAFF_THERE = /^(?:officials?|spokes(?:man|woman|person)|diplomats?|sources?|aides?|staffers?|employees?|officers?)$/;

/**
 * '"…," the diplomat said', "The negotiator added …": "the" picks out the one diplomat the text introduced
 * lately ("James O'Brien, the US envoy, …"), whose side it is; with none, or two of different sides, nobody.
 */
/**
 * "A man … told an AFP reporter …. The same man said families had moved their graves": "the same" and a
 * noun are the person that noun named who last spoke, however far back (only one who spoke: one only
 * mentioned is no surer a guess than none).
 */
function sameOneAgain(verb: VerbHit, tokens: Token[], state: Discourse): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive) return null;
  const at = verb.start - 3;
  if (tokens[at]?.norm !== "the" || tokens[at + 1]?.norm !== "same") return null;
  const noun = tokens[at + 2];
  if (!noun?.isWord || noun.capitalized || (at > 0 && !/^[,;:"“”]$/.test(tokens[at - 1]?.text ?? ""))) return null;
  const named = (speaker: string) => speaker.toLowerCase().split(/\s+/).at(-1) === noun.norm;
  const same = latestReferent(state, (r) => r.spoke && r.type === "person" && !r.plural && named(r.speaker));
  if (!same || same.sides.includes(UNCLEAR)) return null;
  return { referent: { sides: same.sides, speaker: same.speaker, type: "person", plural: false }, verb, from: 0, subjectStart: at, byPronoun: true };
}

function diplomatNamedBefore(verb: VerbHit, tokens: Token[], state: Discourse): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive) return null;
  const inverted = tokens[verb.end]?.norm === "the" && DIPLOMAT_WORDS.has(tokens[verb.end + 1]?.norm ?? "");
  const at = inverted ? verb.end : verb.start - 2;
  if (tokens[at]?.norm !== "the" || !DIPLOMAT_WORDS.has(tokens[at + 1]?.norm ?? "")) return null;
  // (Only as the whole subject: "the diplomat's aide said" or "the diplomat Jan Eliasson said" are read elsewhere.)
  if (inverted ? /\p{L}/u.test(tokens[verb.end + 2]?.text ?? "") : at !== 0 && !/^[,"“”]$/.test(tokens[at - 1]?.text ?? "") && !tokens[at - 1]?.quoted)
    return null;
  const recent = state.referents.filter((r) => r.type === "person" && DIPLOMAT.test(r.speaker) && state.sentenceNo - r.sentenceNo <= PRONOUN_REACH);
  const [first] = recent;
  if (first?.sides.length !== 1 || recent.some((r) => r.sides.join() !== first.sides.join())) return null;
  const speaker = `${textOf(tokens, at, at + 2)} (${first.speaker})`;
  return { referent: { sides: first.sides, speaker, type: "person", plural: false }, verb, from: 0, subjectStart: 0, byPronoun: false };
}
const DIPLOMAT_WORDS: ReadonlySet<string> = new Set(["diplomat", "negotiator", "envoy", "mediator"]);

/**
 * "A diplomat from Azerbaijan's embassy in Pretoria told students …", "a counsellor at the Armenian
 * ministry said": a role of staff from or at a side's own body (its government, a ministry, an embassy)
 * speaks for that body's side; a role at no such body (a doctor from Goris) is no one's.
 */
function roleFromBody(verb: VerbHit, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive || !INDEFINITE.has(tokens[0]?.norm ?? "")) return null;
  const link = tokens.findIndex((t, k) => k > 0 && k <= 4 && (t.norm === "from" || t.norm === "at"));
  const role = tokens.slice(1, link);
  if (link < 0 || role.length === 0 || !role.every((t) => t.isWord && !t.capitalized)) return null;
  if (!STAFF_THERE.test(role.at(-1)?.norm ?? "") && !gazetteer.hasThirdPartyRole(role)) return null;
  const body = mentions.find((m) => m.start > link && m.start <= link + 2 && m.end <= verb.start && !m.quoted);
  const [side] = body?.sides ?? [];
  if (!body || !BODY_TYPES.has(body.type) || body.sides.length !== 1 || !side || side === UNCLEAR || side === "other") return null;
  // (Nothing but the body's own place may stand between it and the verb: "… in Pretoria told".)
  const between = tokens.slice(body.end, verb.start);
  if (between.length > 3 || (between.length > 0 && !["in", "on"].includes(between[0]?.norm ?? ""))) return null;
  return {
    referent: { sides: [side], speaker: textOf(tokens, 0, verb.start), type: "person", plural: false },
    verb,
    from: 0,
    subjectStart: 0,
    byPronoun: false,
  };
}

/**
 * "The Armenian embassy rejected that version. A diplomat there told the agency …": a role placed
 * "there" works where the text just was, at the body or the place that spoke or was named in the
 * sentence before; that body's side, when it has one.
 */
function roleThere(verb: VerbHit, tokens: Token[], state: Discourse, gazetteer: Gazetteer): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive || tokens[verb.start - 1]?.norm !== "there") return null;
  const start = INDEFINITE.has(tokens[0]?.norm ?? "") ? 0 : -1;
  const role = tokens.slice(1, verb.start - 1);
  if (start < 0 || role.length === 0 || role.length > 3 || !role.every((t) => t.isWord && !t.capitalized)) return null;
  if (!STAFF_THERE.test(role.at(-1)?.norm ?? "") && !gazetteer.hasThirdPartyRole(role)) return null;
  // (A body only: "Shells fell on Goris. A doctor there said …" is a townsman, no office.)
  const where = latestReferent(state, (r) => BODY_TYPES.has(r.type) && r.sentenceNo >= state.sentenceNo - 1);
  const [side] = where?.sides ?? [];
  if (where?.sides.length !== 1 || !side || side === UNCLEAR) return null;
  return {
    referent: { sides: [side], speaker: `${textOf(tokens, 0, verb.start)} (${where.speaker})`, type: "person", plural: false },
    verb,
    from: 0,
    subjectStart: 0,
    byPronoun: false,
  };
}

/**
 * The person whose name (one to three capitalised words, "De Waal", "Anna Petrova") opens the
 * sentence before a pronoun, when the gazetteer knows no actor there: the one the text named by that
 * surname before, else an unclear stranger.
 */
function openingPersonName(m: Mention, state: Discourse, ctx: StrangerContext): Speaker["referent"] | null {
  const tokens = ctx.tokens;
  const start = frontedTimeEnd(tokens);
  let end = start;
  while (end < start + 3 && end < m.start && /^\p{Lu}\p{Ll}+$/u.test(tokens[end]?.text ?? "") && !tokens[end]?.quoted) end++;
  if (end === start || NOT_A_NAME_OPENING.has(tokens[start]?.norm ?? "") || !/^\p{Ll}/u.test(tokens[end]?.text ?? "")) return null;
  // ("By Monday the count had risen, he said": a time, not a name.)
  if (tokens.slice(start, end).some((t) => CALENDAR_WORDS.has(t.norm))) return null;
  // Any actor named before the pronoun may be the one it points to: then the usual reading decides.
  // (A place named after the name, "about Agdam, where, he notes", is no one he could be.)
  if ((ctx.mentions ?? []).some((o) => o !== m && o.start < m.start && (o.type !== "country" || o.start < end))) return null;
  const name = textOf(tokens, start, end);
  // Only the same full name is the same person: a surname alone ("Colonel Sargsyan") is shared by many.
  const known = latestReferent(state, (r) => r.type === "person" && r.sides.length === 1 && r.speaker.includes(name));
  if (known) return { sides: known.sides, speaker: known.speaker, type: "person", plural: false };
  // (One capitalised word the text never named, "Aid must reach …", may be no one's name at all.)
  return end - start >= 2 ? { sides: [UNCLEAR], speaker: name, type: "person", plural: false } : null;
}

/** Capitalised words that open sentences without naming anyone: the subject reader's, and openers of clauses and asides. */
const NOT_A_NAME_OPENING = new Set([
  ...NOT_NAMES,
  ...["these", "those", "when", "as", "if", "his", "her", "their", "its", "there", "here", "yet", "still", "so", "for", "with", "among"],
  ...["according", "despite", "during", "under", "over", "since", "unlike", "like", "asked", "speaking", "then", "now"],
]);

/** A participle opening an aside about where someone is: "reached", "speaking", "found", "based". */
const ASIDE_PARTICIPLE = /^(?:\p{Ll}+(?:ed|ing)|found|based|seen|met|caught)$/u;

/** The person a sentence opens with ("The deputy head of …"), when the subject found is a place in an aside after it. */
function apposedPlaceSpeaker(subject: Mention, verb: VerbHit, tokens: Token[]): string | null {
  if (subject.type !== "country" || subject.anaphor !== null) return null;
  const open = lastIndexWhere(tokens, subject.start, (t) => t.text === ",");
  const closes = tokens.slice(subject.end, verb.start).some((t) => t.text === ",");
  const start = frontedTimeEnd(tokens);
  if (open <= start || !closes || tokens.slice(start, open).some((t) => t.text === "," || t.quoted)) return null;
  // The aside is a participle's ("reached at …", "speaking in …"), not a clause of its own (", and Moscow, too, said").
  if (!ASIDE_PARTICIPLE.test(tokens[open + 1]?.norm ?? "")) return null;
  const head = tokens[start + 1];
  return /^(?:the|a|an)$/.test(tokens[start]?.norm ?? "") && head?.isWord && !head.capitalized ? textOf(tokens, start, open) : null;
}

/**
 * "Interfax quoted him as saying 30 were hurt", "TASS quotes the Karabakh army as saying …": the
 * agency only carries the words; the one it quotes is the speaker, when the text can place him.
 */
function quotedAsSaying(verb: VerbHit, tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): PlacedSpeaker | null {
  if (verb.passive || !QUOTING_FORMS.has(tokens[verb.start]?.norm ?? "")) return null;
  if (tokens[verb.end]?.norm === "by") return relayedQuote(verb, tokens, mentions, state, gazetteer);
  const as = tokens.findIndex((t, k) => k >= verb.end && k <= verb.end + QUOTED_REACH && t.norm === "as" && !t.quoted);
  if (as < 0 || !QUOTED_AS.has(tokens[as + 1]?.norm ?? "")) return null;
  const quotedOne = mentions.find((m) => m.start >= verb.end && m.end <= as);
  // ("AFP quoted one resident of Charektar as saying …": a private person the gazetteer has no name for,
  // quoted by a private agency, is the speaker, a third party, whom a later "he" means. A state's agency
  // quoting a witness keeps the words, as annotators have it: "TASS quoted a witness as saying".)
  if (!quotedOne) {
    const outlet = mentions.find((m) => m.end === verb.start && m.type === "media");
    const privateOutlet = outlet !== undefined && outlet.sides.length === 1 && outlet.sides[0] === "other";
    const role = privateOutlet && INDEFINITE.has(tokens[verb.end]?.norm ?? "") && gazetteer.hasThirdPartyRole(tokens.slice(verb.end, as));
    return role ? thirdPartyAt(tokens, verb.end, as, verb) : null;
  }
  const referent = resolveMention(quotedOne, state, null, belligerentNamed(mentions), null, { tokens, gazetteer, mentions });
  if (!referent || referent.sides.includes(UNCLEAR)) return null;
  return { referent, verb, from: 0, subjectStart: Math.min(quotedOne.start, verb.start), byPronoun: quotedOne.anaphor !== null };
}

/**
 * "Officials in Stepanakert were quoted by Armenian media as saying …": the outlet after "by" only
 * relays, so the subject speaks; a subject we cannot place ("A spokesman was quoted by Azerbaijani
 * state media as saying") is the relaying outlet's, as the outlet is all the sentence gives.
 */
function relayedQuote(verb: VerbHit, tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): PlacedSpeaker | null {
  const ctx = { tokens, gazetteer, mentions };
  const subject = mentions.filter((m) => m.end <= verb.start && tokens.slice(m.end, verb.start).every((t) => PASSIVE_AUXILIARIES.has(t.norm))).at(-1);
  const own = subject ? resolveMention(subject, state, null, belligerentNamed(mentions), null, ctx) : null;
  if (subject && own && !own.sides.includes(UNCLEAR)) {
    return { referent: own, verb, from: 0, subjectStart: subject.start, byPronoun: subject.anaphor !== null };
  }
  const outlet = mentions.find((m) => m.start > verb.end && m.start <= verb.end + 3 && m.side !== null);
  const relay = outlet ? resolveMention(outlet, state, null, belligerentNamed(mentions), null, ctx) : null;
  if (!relay || relay.sides.includes(UNCLEAR)) return null;
  return { referent: relay, verb, from: 0, subjectStart: subject?.start ?? verb.start, byPronoun: false };
}

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "is", "are", "been", "has", "have", "had", "being"]);

const QUOTING_FORMS: ReadonlySet<string> = new Set(["quoted", "quotes", "quoting"]);
/** How many words the one quoted may take: "quoted a senior Karabakh army officer as saying". */
const QUOTED_REACH = 8;

/**
 * "Azerbaijan's parliament, the Milli Majlis, answered with a statement. The lawmakers said …": "the
 * lawmakers" right at the verb are the members of the chamber the text named just before, and speak
 * for its side; with no such chamber near, they stay the third party a crowd of them is.
 */
function membersOfChamber(verb: VerbHit, tokens: Token[], state: Discourse): PlacedSpeaker | null {
  const start = verb.start - 2;
  if (start < 0 || tokens[start]?.norm !== "the" || !CHAMBER_MEMBERS.has(tokens[start + 1]?.norm ?? "") || (start > 0 && tokens[start - 1]?.isWord))
    return null;
  const chamber = latestReferent(state, (r) => r.type !== "person" && CHAMBER.test(r.speaker));
  if (!chamber || state.sentenceNo - chamber.sentenceNo > PRONOUN_REACH || chamber.sides.length !== 1 || chamber.sides.includes(UNCLEAR)) return null;
  const speaker = textOf(tokens, start, verb.start);
  return { referent: { sides: chamber.sides, speaker, type: "government", plural: true }, verb, from: 0, subjectStart: start, byPronoun: true };
}
/** Members of a chamber, in the plural. */
const CHAMBER_MEMBERS: ReadonlySet<string> = new Set(["lawmakers", "legislators", "deputies", "mps", "parliamentarians", "senators", "congressmen", "meps"]);
/** A legislature by its usual names: "the Milli Majlis", "Armenia's National Assembly", "the Senate". */
const CHAMBER = /\b(?:parliament|assembly|majlis|mejlis|congress|senate|duma|legislature|chamber|house\s+of\s+\w+|supreme\s+soviet|federation\s+council)\b/i;

/**
 * "Human Rights Watch said … The group said the attack killed 21": "the group" right at its verb
 * points back to the last body the text named that is no state's (a rights group, the ICRC, the OSCE).
 */
function groupNamedBefore(verb: VerbHit, tokens: Token[], state: Discourse): PlacedSpeaker | null {
  const start = verb.start - 2;
  if (start < 0 || tokens[start]?.norm !== "the" || tokens[start + 1]?.norm !== "group" || (start > 0 && tokens[start - 1]?.isWord)) return null;
  const body = latestReferent(state, (r) => r.sides.length === 1 && isNonStateBody(r));
  if (!body || state.sentenceNo - body.sentenceNo > GROUP_REACH) return null;
  return { referent: { sides: body.sides, speaker: body.speaker, type: body.type, plural: false }, verb, from: 0, subjectStart: start, byPronoun: true };
}

/**
 * "…, it was stated in the information of the Prosecutor General's Office", "One civilian, it was
 * noted, was also killed": an impersonal passive names its source after "in" or "by", or reports on
 * from the speaker of the sentences just before.
 */
function impersonalSource(verb: VerbHit, tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): PlacedSpeaker | null {
  const named = mentions.find((m) => m.start >= verb.end && m.start <= verb.end + IMPERSONAL_SOURCE_REACH && m.side !== null && !m.quoted);
  const subjectStart = Math.max(0, verb.start - 2);
  if (named && ["in", "by", "from", "of"].some((w) => tokens.slice(verb.end, named.start).some((t) => t.norm === w))) {
    const referent = resolveMention(named, state, null, belligerentNamed(mentions), null, { tokens, gazetteer, mentions });
    if (referent && !referent.sides.includes(UNCLEAR)) return { referent, verb, from: 0, subjectStart, byPronoun: false };
  }
  const last = latestReferent(state, (r) => r.spoke && r.sides.length === 1 && !r.sides.includes(UNCLEAR));
  if (!last || state.sentenceNo - last.sentenceNo > IMPERSONAL_REACH) return null;
  // ("The CSTO, as it was reported, decided to send a mission": another actor's doing, reported by no one named.)
  const place = (m: Mention) => m.type === "country" && PLACE_PREPOSITIONS.has(tokens[m.start - 1]?.norm ?? "");
  const actorBefore = mentions.some(
    (m) => m.start < verb.start && m.side !== null && !place(m) && !m.quoted && !m.sides.some((side) => last.sides.includes(side)),
  );
  if (actorBefore) return null;
  return { referent: { sides: last.sides, speaker: last.speaker, type: last.type, plural: last.plural }, verb, from: 0, subjectStart, byPronoun: true };
}
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "near", "from", "of", "to", "into", "outside"]);
/** Prepositions whose object is no clause's subject: the places, and "over", "on", "against", "with", "by". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, "over", "on", "against", "with", "by"]);
/** How many words after "it was stated" its source may stand: "in the latest information of the ministry". */
const IMPERSONAL_SOURCE_REACH = 8;
/** How many sentences back the source of "it was noted" may have spoken. */
const IMPERSONAL_REACH = 2;

/** How many sentences back "the group" may reach for its body. */
const GROUP_REACH = 4;

/**
 * "A woman from Martunashen, interviewed at a school in Goris, said": an indefinite person given a
 * civilian role opens the sentence, and an apposition stands between her and the verb.
 */
function roleOpening(verb: VerbHit, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer): PlacedSpeaker | null {
  // ("Three people, including two journalists, were killed …, according to officials": the source follows.)
  if (verb.accordingTo || verb.passive) return null;
  const comma = openingCommaOfApposition(verb, tokens);
  // "In a camp outside Barda, a refugee from Fizuli, Gulnara Abbasova, said": past a fronted place.
  let from = FRONTED_PLACE.has(tokens[0]?.norm ?? "") ? tokens.findIndex((t, k) => k < comma && t.text === ",") + 1 : 0;
  // ("In the village of Tegh, where the positions are 100 metres apart, a displaced resident, X, told": past
  // the place's own relative clause too.)
  if (from > 0 && PLACE_RELATIVE.has(tokens[from]?.norm ?? "")) from = tokens.findIndex((t, k) => k > from && k < comma && t.text === ",") + 1;
  // ("A doctor at a hospital in the Armenian town of Ijevan, who asked not to be named, said": a role and where it is held.)
  const phrase = tokens.slice(from, comma);
  // ("The cathedral's rector, Father X, said": a place's own role, its holder named after it.)
  // (Not a state's or a body's: "The country's human rights defender", "The Group's chairman" hold their offices.)
  const placesRole =
    tokens[from]?.norm === "the" &&
    phrase.some((t) => t.possessive && !POLITY_WORDS.has(t.norm.replace(/['’]s?$/, ""))) &&
    !mentions.some((m) => m.start >= from && m.start < comma);
  if (comma - from < 2 || comma - from > 12 || !(INDEFINITE.has(tokens[from]?.norm ?? "") || placesRole)) return null;
  // ("A displaced Karabakh Armenian, X, told …": a people's name after what befell one of them is a private person.)
  const people = mentions.find((m) => m.start > from && m.end === comma);
  if (people && PRIVATE_PEOPLE_ADJECTIVES.has(tokens[people.start - 1]?.norm ?? "") && isOnePeople(people, gazetteer))
    return thirdPartyAt(tokens, from, comma, verb);
  if (mentions.some((m) => m.start >= from && m.start < comma && m.side && m.side !== "other" && !homePlace(m, tokens)) || !gazetteer.hasThirdPartyRole(phrase))
    return null;
  return thirdPartyAt(tokens, from, comma, verb);
}

/** Nouns that name a polity: its own offices ("the country's ombudsman") are the state's, not a third party's. */
const POLITY_WORDS: ReadonlySet<string> = new Set([
  ...["country", "nation", "state", "republic", "government", "region", "province", "enclave", "territory", "city", "district", "capital", "town"],
]);
/** Words that open a relative clause on a fronted place: "In Tegh, where …,". */
const PLACE_RELATIVE: ReadonlySet<string> = new Set(["where", "which", "whose"]);

/** "of Stepanakert", "from Martunashen", "in Barda": where a person is from, not whom she speaks for. */
function homePlace(m: Mention, tokens: Token[]): boolean {
  return m.type === "country" && ["of", "from", "in", "near", "outside"].includes(tokens[m.start - 1]?.norm ?? "");
}

/**
 * '"We want to go home," said one woman from Agdam, who asked not to be named', '"…," said a refugee
 * in Barda': an indefinite person named by a civilian role right after an inverted verb; the place
 * after the role is where she lives, not a state speaking.
 */
function roleAfterQuote(verb: VerbHit, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer): PlacedSpeaker | null {
  const prev = tokens[verb.start - 1];
  // ('"…," Warrant Officer X, who served under him, told a visiting reporter': after a verb that takes an
  // object, the role is whom the words were told, never who spoke.)
  if (!prev || !(isQuoteMark(prev.text) || prev.text === ",") || verb.passive || verb.accordingTo || verb.transitive) return null;
  // Only after the words quoted: "The military, for its part, says some of its men died" has its subject in front.
  if (!tokens.slice(0, verb.start).some((t) => t.quoted)) return null;
  const start = verb.end;
  if (!INDEFINITE.has(tokens[start]?.norm ?? "")) return null;
  let end = start;
  // ("said a farmer from Talish, who asked …", "said a teacher who fled": up to the aside or the clause.)
  while (end - start < ROLE_PHRASE_WORDS && tokens[end]?.isWord && !tokens[end]?.quoted && !RELATIVE_WORDS.has(tokens[end]?.norm ?? "")) end++;
  const sided = mentions.filter((m) => m.start >= start && m.start < end && m.side && m.side !== "other");
  if (end === start || sided.some((m) => !homePlace(m, tokens)) || !gazetteer.hasThirdPartyRole(tokens.slice(start, end))) return null;
  return thirdPartyAt(tokens, start, end, verb);
}
const RELATIVE_WORDS = new Set(["who", "whose", "whom", "which", "that", "as", "and", "but"]);

/** Prepositions that open a fronted place or time before the subject: "In a camp outside Barda, …". */
const FRONTED_PLACE = new Set(["in", "at", "on", "outside", "near", "inside", "from", "after", "before"]);

/**
 * "Critics of the government in Baku say …": those who oppose a side speak against it, for no side;
 * the government named after "of" is whom they criticise. A cleric's title opening the subject makes
 * the place after it his see, not a state that speaks.
 */
function criticsOf(verb: VerbHit, tokens: Token[]): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive) return null;
  let start = verb.start;
  while (start > 0 && !/^[,;:]$/.test(tokens[start - 1]?.text ?? "") && !tokens[start - 1]?.quoted) start--;
  const first = tokens[start]?.norm === "some" || tokens[start]?.norm === "many" ? start + 1 : start;
  // ("Mutalibov's supporters say …": a politician's followers or critics speak for themselves, not for him.)
  const owned = tokens[first]?.possessive === true && tokens[first]?.capitalized === true && FOLLOWERS.has(tokens[first + 1]?.norm ?? "");
  const critics = (CRITICS.has(tokens[first]?.norm ?? "") && tokens[first + 1]?.norm === "of") || owned;
  // "Archbishop Alexander of Baku and Azerbaijan of the Russian Orthodox Church said": a cleric's see is no state.
  const cleric = tokens[first]?.capitalized === true && CLERIC_TITLES.has(tokens[first]?.norm ?? "");
  if (!(critics || cleric) || verb.start - first > 12) return null;
  return thirdPartyAt(tokens, start, verb.start, verb);
}
const CRITICS = new Set(["critics", "opponents", "detractors", "sceptics", "skeptics"]);
const FOLLOWERS = new Set([...CRITICS, "supporters", "followers", "loyalists", "sympathisers", "sympathizers", "admirers", "allies", "backers", "associates"]);
const CLERIC_TITLES = new Set(["archbishop", "bishop", "metropolitan", "patriarch", "catholicos", "mufti", "imam", "rabbi", "archimandrite"]);

/**
 * "Bishop Alexander of the Russian Orthodox diocese of Baku said", "A professor at Baku State
 * University said": the place or state names where a civilian role is held, and the role's holder
 * speaks, a third party. The subject phrase must open with the role, right at the verb.
 */
function roleHolderOf(subject: Mention, verb: VerbHit, tokens: Token[], gazetteer: Gazetteer): PlacedSpeaker | null {
  // Only a place or a state names where the role is held; a body ("deputies of the Supreme Soviet") is whom they serve.
  if (
    subject.anaphor ||
    subject.type !== "country" ||
    verb.accordingTo ||
    verb.passive ||
    subject.end > verb.start ||
    !HELD_AT.has(tokens[subject.start - 1]?.norm ?? "") ||
    // ("Aid workers from the International Committee of the Red Cross said": the body's own staff speak for it.)
    isNonStateBody(subject)
  )
    return null;
  if (tokens.slice(subject.end, verb.start).some((t) => !t.isWord)) return null;
  let start = subject.start - 1;
  while (start > 0 && subject.start - start < ROLE_PHRASE_WORDS && tokens[start - 1]?.isWord && !isSpeechVerbForm(tokens[start - 1]?.norm ?? "")) start--;
  if (start > 0 && tokens[start - 1]?.isWord) return null;
  const head = tokens.slice(start, start + 3).filter((t) => !["a", "an", "the"].includes(t.norm));
  if (!gazetteer.hasThirdPartyRole(head.slice(0, 2))) return null;
  return thirdPartyAt(tokens, start, verb.start, verb);
}

/** The words that say where a role is held: "of the diocese of Baku", "at Baku State University". */
const HELD_AT = new Set(["of", "at", "from"]);
/** How long a role holder's phrase may be before its place. */
const ROLE_PHRASE_WORDS = 9;

/** A person named only by a civilian role at tokens [start, end): a third party speaking. */
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set([
  "and",
  "but",
  "or",
  "when",
  "where",
  "while",
  "whereas",
  "as",
  "because",
  "since",
  "after",
  "before",
  "though",
  "although",
  "if",
]);

function thirdPartyAt(tokens: Token[], start: number, end: number, verb: VerbHit): PlacedSpeaker {
  // ("as diplomats in Yerevan describe it": people in the plural, whom a later "he" never means.)
  // ("a group of Azerbaijanis who described themselves as activists": a group is "they" too.)
  const plural = tokens.slice(start, end).some((t) => (!t.capitalized && /^[a-z]{3,}[^s']s$/.test(t.norm)) || COLLECTIVE_NOUNS.has(t.norm));
  // ("…, when relatives said", "…, and the families said": the speaker as written starts after the clause's opener.)
  let named = start;
  while (named < end - 1 && CLAUSE_OPENING_WORDS.has(tokens[named]?.norm ?? "")) named++;
  return {
    referent: { sides: ["other"], speaker: textOf(tokens, named, end), type: "person", plural },
    verb,
    from: 0,
    subjectStart: start,
    byPronoun: false,
  };
}

/**
 * "a spokesman for one Western consortium member said": a title whose owner the sentence names, as
 * no body the gazetteer knows, is that unknown body's, never the state the text named before: unclear.
 */
function ownedByUnknown(subject: Mention, verb: VerbHit, tokens: Token[], mentions: Mention[]): PlacedSpeaker | null {
  if (subject.anaphor !== "title" || subject.type !== "person" || subject.end >= verb.start) return null;
  const link = tokens[subject.end]?.norm;
  const opens = tokens[subject.end + 1]?.norm ?? "";
  if ((link !== "for" && link !== "of") || !(OWNER_OPENS.has(opens) || opens === "the")) return null;
  const end = tokens.slice(subject.end + 2, verb.start).findIndex((t) => !t.isWord || t.quoted);
  const ownerEnd = end < 0 ? verb.start : subject.end + 2 + end;
  if (ownerEnd !== verb.start && tokens[ownerEnd]?.text !== ",") return null;
  if (mentions.some((m) => m.start >= subject.end && m.start < ownerEnd)) return null;
  // ("a spokesman for the clinic", "a spokeswoman for the family": a civil body speaks for itself.)
  const civil = NON_STATE_EMPLOYERS.has(tokens[ownerEnd - 1]?.norm ?? "");
  if (opens === "the" && !civil) return null;
  return {
    referent: { sides: [civil ? "other" : UNCLEAR], speaker: textOf(tokens, subject.start, ownerEnd), type: "person", plural: false },
    verb,
    from: 0,
    subjectStart: subject.start,
    byPronoun: false,
  };
}

/** Words that open a named owner of no known body: "for one Western consortium member", "of a trading firm". */
const OWNER_OPENS: ReadonlySet<string> = new Set(["one", "a", "an", "another"]);

const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(["group", "crowd", "team", "band"]);
const INDEFINITE = new Set(["a", "an", "one", "another", "two", "three", "several", "many", "some"]);

/**
 * '"…," his mother said', "Another protester said", "Lawyers for the applicants said": no actor
 * stands before the verb, but a person's civilian or expert role does: a third party.
 */
function roleSubject(verb: VerbHit, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer): PlacedSpeaker | null {
  // "Protesters claiming to be activists": a participle describes them; "the diplomat said"
  // points back to someone introduced before, whose side the role does not tell.
  if (verb.accordingTo || verb.passive || /ing$/.test(tokens[verb.start]?.norm ?? "")) return null;
  // ("Journalists often write that …": what a kind of people habitually says is the writer's summary, no one's claim.)
  if (HABITUAL.has(tokens[verb.start - 1]?.norm ?? "")) return null;
  // "a surgeon who asked not to be named said": the role stands before its relative clause.
  const who = relativeBefore(tokens, verb.start);
  let start = who ?? verb.start;
  const end = start;
  while (start > 0 && end - start < ROLE_SUBJECT_WORDS) {
    const t = tokens[start - 1];
    // ("A man standing in the queue said": "standing" opens "standing by", but is no speech verb alone.)
    // ("Here is how the main players have responded": the clause starts after its "how".)
    if (!t?.isWord || t.quoted || isOneWordSpeechVerb(t.norm) || ROLE_CLAUSE_STOPS.has(t.norm)) break;
    start--;
  }
  const subject = tokens.slice(start, end);
  // ("A diplomat in Yerevan said": the place after the role is where the diplomat is.)
  // (What the relative clause names, "because he was not authorised", is not the subject.)
  if (subject.length === 0 || mentions.some((m) => m.start < (who ?? verb.start) && m.end > start && !placeOfRole(m, tokens))) return null;
  // ("our reporter says": the outlet's own reporting, no one's claim.)
  // ("The archbishop accused …": a cleric named before speaks for no state, whoever he is.)
  const cleric = isTheCarerOrCleric(subject);
  // ("The protesters said …", "the villagers say …": a crowd of no state, which "the" only picks out again.)
  const crowd = subject.length === 2 && subject[0]?.norm === "the" && /[^s]s$/.test(subject[1]?.norm ?? "");
  // ("The human rights group said …", "the aid organisation said": a civil body "the" picks out again is still of no state.)
  const civil = subject[0]?.norm === "the" && CIVIL_GROUP.test(subject.map((t) => t.norm).join(" "));
  if (!gazetteer.hasThirdPartyRole(subject) || (!cleric && !crowd && !civil && ["the", "this", "that", "our"].includes(subject[0]?.norm ?? ""))) return null;
  return thirdPartyAt(tokens, start, verb.start, verb);
}

/** A civil body by what it does: "human rights group", "monitoring organisation", "aid charity". */
const CIVIL_GROUP = /\b(?:rights|monitoring|watchdog|humanitarian|aid|advocacy|relief)\s+(?:group|groups|organi[sz]ation|organi[sz]ations|charity|ngo)$/;

/**
 * "Relatives waiting outside the forensic bureau in Yerevan said …", "The villagers I met in a school in
 * Stepanakert tell it differently": the place is where the people are, the people speak; a role of no
 * state heading the subject makes them a third party. ("Officials in Yerevan said" keeps its place.)
 */
function roleBeforePlace(place: Mention, verb: VerbHit, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer): PlacedSpeaker | null {
  if (place.type !== "country" || place.end > verb.start) return null;
  // ("A driver from Vanadzor": where a person comes from is a town's or a country's name; "aid workers from
  // the International Committee of the Red Cross" are the body's.)
  const fromTown = tokens[place.start - 1]?.norm !== "from" || (place.end - place.start === 1 && place.sides.every((s) => isBelligerent(s)));
  const prep = !fromTown
    ? -1
    : LOCATIVES.has(tokens[place.start - 1]?.norm ?? "")
      ? place.start - 1
      : tokens[place.start - 1]?.norm === "the" && LOCATIVES.has(tokens[place.start - 2]?.norm ?? "")
        ? place.start - 2
        : -1;
  if (prep < 0 || !(tokens.slice(place.end, verb.start).every((t) => t.isWord && !t.capitalized) || relativeAside(tokens, place.end, verb.start))) return null;
  // ("On the Armenian side, a veterans' group in Stepanakert issued": past a fronted phrase and its comma.)
  const frontedComma = FRONTED_PLACE.has(tokens[0]?.norm ?? "") ? tokens.findIndex((t, k) => k < prep && t.text === ",") + 1 : 0;
  const start = Math.max(frontedTimeEnd(tokens), frontedComma);
  const words = tokens.slice(start, prep);
  // (A crowd the gazetteer itself gives no side, "the villagers I met", is no state's actor.)
  const actor = mentions.some((m) => m.start >= start && m.end <= prep && m.sideFrom === "actor" && m.sides.some((s) => s !== "other"));
  // ("Others in Yerevan said" after the spokesmen: people the text does not place in any office.)
  const others = words.at(-1)?.norm === "others" && words.every((t) => OTHERS_WORDS.has(t.norm));
  if (words.length === 0 || actor || words.some((t) => !t.isWord && t.text !== "'" && t.text !== "’") || !(others || gazetteer.hasThirdPartyRole(words)))
    return null;
  // (People in the plural, not one employee: "an editor at the state television station in Baku" is the station's.)
  const people = words.some((t, k) => (k === 0 || !t.capitalized) && /^[a-z]{4,}[^s\x27]s$/.test(t.norm)) || words[0]?.norm === "others";
  // ("One displaced farmer in Goris told …": one private person, by what she does or what befell her, is her own voice too.)
  const privatePerson = words.some((t) => PRIVATE_PERSON_NOUNS.has(t.norm) || PRIVATE_PEOPLE_ADJECTIVES.has(t.norm));
  return (people || privatePerson) && !words.some((t) => MEDIA_WORDS.has(t.norm)) ? thirdPartyAt(tokens, start, prep, verb) : null;
}

const OTHERS_WORDS: ReadonlySet<string> = new Set(["others", "many", "some", "several"]);
const LOCATIVES: ReadonlySet<string> = new Set(["in", "at", "near", "outside", "inside", "around", "from"]);

/** ", who asked not to give his name," between a subject and its verb: an aside about the person, not the subject. */
function relativeAside(tokens: Token[], from: number, to: number): boolean {
  const aside = tokens.slice(from, to);
  return (
    aside.length > 3 &&
    aside[0]?.text === "," &&
    aside.at(-1)?.text === "," &&
    ["who", "whose"].includes(aside[1]?.norm ?? "") &&
    aside.slice(2, -1).every((t) => t.isWord && !t.capitalized)
  );
}
/** One private person by what she does: "a farmer in Goris", "a pensioner in Barda". */
const PRIVATE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "farmer",
  "villager",
  "resident",
  "refugee",
  "pensioner",
  "driver",
  "trucker",
  "shepherd",
  "veteran",
  "shopkeeper",
  "settler",
  "evacuee",
  "widow",
  "housewife",
]);
const MEDIA_WORDS: ReadonlySet<string> = new Set(["station", "television", "radio", "agency", "newspaper", "paper", "channel", "broadcaster"]);

/**
 * "Many of those arriving in the border town of Goris say …", "Those who fled Stepanakert say …": people
 * named by what befell them, not by a state's office, speak for themselves; the place they came to is no speaker.
 */
function thoseWhoOpen(verb: VerbHit, tokens: Token[]): PlacedSpeaker | null {
  const start = frontedTimeEnd(tokens);
  const words = tokens.slice(start, verb.start);
  if (words.some((t) => !t.isWord && t.text !== "-") || words.some((t) => t.quoted)) return null;
  return THOSE_WHO.test(textOf(tokens, start, verb.start)) ? thirdPartyAt(tokens, start, verb.start, verb) : null;
}

/** "those arriving", "many of those who fled", "some of those displaced": people by what they went through. */
const THOSE_WHO =
  /^(?:(?:many|most|some|all|few|several|hundreds|thousands|one)\s+of\s+)?those\s+(?:who\s+(?:fled|left|arrived|escaped|were\s+displaced|had\s+fled|survived)|arriving|fleeing|leaving|displaced|evacuated|who\s+have\s+(?:fled|arrived|left))\b/i;

/**
 * "…, and the troops did not step in, local journalists said": a third party's role standing between
 * the last comma and the verb is the subject; the actors before the comma are what was said.
 */
function roleAfterComma(verb: VerbHit, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer): PlacedSpeaker | null {
  const role = roleSubject(verb, tokens, mentions, gazetteer);
  return role && tokens[role.subjectStart - 1]?.text === "," ? role : null;
}

/** Words a role's subject never reaches back past: a wh-word or a finite verb opening the clause it is in. */
const ROLE_CLAUSE_STOPS: ReadonlySet<string> = new Set(["how", "what", "why", "where", "when", "is", "are", "was", "were"]);

const RELATIVE_OPENERS_OF_PRONOUN: ReadonlySet<string> = new Set(["whom", "which"]);
const HABITUAL: ReadonlySet<string> = new Set(["often", "usually", "commonly", "frequently", "routinely", "typically", "generally", "sometimes"]);

/**
 * "At a conference in Baku, the association's vice-president, Elchin Salmanov, said": an officer of a body
 * of no state (an association, a charity, a foundation), named by its head noun in the possessive, set off
 * right before the name that stands at the verb, speaks for that body, a third party, wherever he spoke.
 * ("the ministry's spokesman, X, said" is a state's office, read as before.)
 */
function civilBodyOfficer(verb: VerbHit, tokens: Token[]): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive || tokens[verb.start - 1]?.text !== ",") return null;
  let nameStart = verb.start - 1;
  while (nameStart > 0 && tokens[nameStart - 1]?.capitalized && tokens[nameStart - 1]?.isWord && verb.start - nameStart <= NAME_WORDS) nameStart--;
  if (nameStart === verb.start - 1 || tokens[nameStart - 1]?.text !== ",") return null;
  // Back over the title's own words ("vice-president", "executive director") to the owner's possessive.
  let k = nameStart - 2;
  while (k > 0 && nameStart - 2 - k < TITLE_WORDS && tokens[k]?.isWord && !tokens[k]?.capitalized && !tokens[k]?.possessive) k--;
  const owner = tokens[k];
  if (!owner?.possessive || !CIVIL_BODY_NOUNS.has(owner.norm) || tokens[k - 1]?.norm !== "the" || k >= nameStart - 2) return null;
  return {
    referent: { sides: ["other"], speaker: textOf(tokens, nameStart, verb.start - 1), type: "person", plural: false },
    verb,
    from: 0,
    subjectStart: k - 1,
    byPronoun: false,
  };
}
/** How many capitalised words a person's name set off before the verb may take. */
const NAME_WORDS = 5;
/** How many words an officer's title may take: "executive vice-president". */
const TITLE_WORDS = 3;
/** Head nouns of bodies of no state: "the association's", "the charity's". */
const CIVIL_BODY_NOUNS: ReadonlySet<string> = new Set(["association", "charity", "foundation", "ngo", "society", "campaign", "coalition", "network", "club"]);

/**
 * "According to diplomats, Sarkozy sent both leaders a letter": a source named by a role of no state
 * (diplomats, witnesses, analysts) is a third party, not the actors of the clause after it.
 */
function accordingToRole(verb: VerbHit, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer): PlacedSpeaker | null {
  // (Only someone not named before: "according to the diplomat" points back to whoever the text introduced.)
  if (!verb.accordingTo || POINTING_BACK.has(tokens[verb.end]?.norm ?? "")) return null;
  let end = verb.end;
  while (end < tokens.length && end - verb.end < 4 && tokens[end]?.isWord && !tokens[end]?.capitalized) end++;
  const phrase = tokens.slice(verb.end, end);
  const closes = tokens[end]?.text === "," || tokens[end]?.text === "." || end === tokens.length;
  if (phrase.length === 0 || !closes || mentions.some((m) => m.start < end && m.end > verb.end && m.side !== null)) return null;
  return gazetteer.hasThirdPartyRole(phrase) ? thirdPartyAt(tokens, verb.end, end, verb) : null;
}

// (A possessive stays: "according to his family" is his relatives, a third party.)
const POINTING_BACK: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those"]);

/** Where "who" opens a relative clause that runs, with no comma, up to the verb: "a surgeon who asked not to be named said". */
function relativeBefore(tokens: Token[], verbStart: number): number | null {
  for (let k = verbStart - 1; k >= Math.max(0, verbStart - RELATIVE_REACH); k--) {
    const t = tokens[k];
    if (!t?.isWord || t.quoted) return null;
    if (t.norm === "who") return k;
  }
  return null;
}

/** How long a relative clause before the verb may run: "who asked not to be named because he was not authorised to speak". */
const RELATIVE_REACH = 16;

/** How far back a role's subject may reach: "Doctors at the main hospital in Agdam said". */
const ROLE_SUBJECT_WORDS = 8;

/** "the archbishop", "the chief surgeon", "the doctors": a carer or cleric speaks for himself, wherever he works. */
function isTheCarerOrCleric(subject: Token[]): boolean {
  const head = subject.at(-1)?.norm ?? "";
  // ("the village head said": a village's own head speaks for the villagers, not for a state.)
  const villageHead = VILLAGE_HEADS.has(head) && subject.at(-2)?.norm === "village";
  return (
    subject[0]?.norm === "the" &&
    subject.length >= 2 &&
    subject.length <= 3 &&
    (CLERICS.has(head) || CARERS.has(head) || villageHead) &&
    subject.slice(1, -1).every((t) => RANKS_OF_ROLE.has(t.norm))
  );
}

/** "His mother, Anahit, said": a relative the sentence opens with, her first name set off by commas, speaks for no side. */
function kinOpening(verb: VerbHit, tokens: Token[]): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive || !POSSESSIVE_WORDS.has(tokens[0]?.norm ?? "") || !KIN.has(tokens[1]?.norm ?? "")) return null;
  if (tokens[2]?.text !== "," || tokens[verb.start - 1]?.text !== ",") return null;
  const name = tokens.slice(3, verb.start - 1);
  // (A full name, "His uncle, Gagik Poghosyan,", is read as a named person, whom a later surname finds.)
  return name.length === 1 && name[0]?.capitalized && name[0].isWord ? thirdPartyAt(tokens, 0, 2, verb) : null;
}

/**
 * "Lawyers for Ruben Vardanyan, who is being tried in Baku, said": a person's counsel speak for themselves,
 * not for the side the person (or a place in the aside about him) would give. (A state's lawyers, "Lawyers
 * for Azerbaijan told the court", plead for the state: only a person named after "for" is read here.)
 */
function counselOpening(verb: VerbHit, tokens: Token[], mentions: Mention[]): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive) return null;
  const at = ["a", "an", "the"].includes(tokens[0]?.norm ?? "") ? 1 : 0;
  if (!COUNSEL.has(tokens[at]?.norm ?? "") || !["for", "of", "representing"].includes(tokens[at + 1]?.norm ?? "")) return null;
  const client = mentions.find((m) => m.start === at + 2 && m.type === "person");
  return client && client.end <= verb.start ? thirdPartyAt(tokens, 0, client.end, verb) : null;
}

/**
 * "A young Azerbaijani conscript from Ganja, speaking informally and not authorised to comment, said": a
 * rank-and-file fighter who, the text says, is not speaking for his army speaks for himself.
 */
function informalFighter(verb: VerbHit, tokens: Token[]): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive || tokens[verb.start - 1]?.text !== ",") return null;
  const aside = tokens.findIndex((t, k) => k < verb.start && t.text === "," && INFORMAL.test(textOf(tokens, k + 1, verb.start - 1)));
  if (aside < 1) return null;
  const opening = lastIndexWhere(tokens, aside, (t) => t.text === ",");
  const subject = tokens.slice(opening + 1, aside);
  return subject.some((t) => RANK_AND_FILE.has(t.norm)) ? thirdPartyAt(tokens, opening + 1, aside, verb) : null;
}

/**
 * "Groups representing the Karabakh Armenians who fled to Armenia after Azerbaijan retook the region say":
 * a body of no state named by the people it represents speaks for itself; the places in what befell those
 * people are no subject. (Those representing a state, "Lawyers representing Armenia told the court", plead for it.)
 */
function representingPeople(verb: VerbHit, tokens: Token[], mentions: Mention[], gazetteer: Gazetteer): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive) return null;
  const at = tokens.findIndex((t, k) => k <= REPRESENTING_AT && t.norm === "representing");
  if (at < 1 || at >= verb.start || !(CIVIL_HEADS.has(tokens[at - 1]?.norm ?? "") || gazetteer.hasThirdPartyRole(tokens.slice(0, at)))) return null;
  const represented = mentions.find((m) => m.start > at && m.start <= at + REPRESENTED_REACH);
  // ("the Karabakh Armenians", "displaced Azerbaijanis": a people, not its state.)
  const people =
    represented !== undefined &&
    (gazetteer.isPeople(represented.text) ||
      (represented.type !== "country" && represented.type !== "government" && represented.sides.every((s) => s === "other")));
  if (!people) return null;
  return thirdPartyAt(tokens, 0, at, verb);
}

/**
 * "According to the group's interviews with deportees and Armenian officials": a body of no state that did
 * the interviews speaks, whoever it interviewed.
 */
function interviewingBody(verb: VerbHit, tokens: Token[], gazetteer: Gazetteer): PlacedSpeaker | null {
  if (!verb.accordingTo) return null;
  const withAt = interviewsOwnedAt(tokens, verb.end);
  if (withAt >= tokens.length) return null;
  const owner = tokens.slice(verb.end, withAt - 1);
  return owner[0]?.norm === "the" && gazetteer.hasThirdPartyRole(owner) ? thirdPartyAt(tokens, verb.end, withAt - 1, verb) : null;
}

/** Bodies of no state by what they are: "groups", "associations" (the gazetteer's roles are singular). */
const CIVIL_HEADS: ReadonlySet<string> = new Set(["groups", "organisations", "organizations", "associations", "unions", "charities", "ngos"]);
/** How far into the sentence "representing" may stand: "Three groups representing". */
const REPRESENTING_AT = 4;
/** How far after "representing" the people represented are named: "the more than 100,000 Karabakh Armenians". */
const REPRESENTED_REACH = 8;

/** An aside saying a fighter does not speak for his army. */
const INFORMAL = /^(?:also\s+)?(?:speaking\s+(?:informally|privately|off\s+the\s+record)|not\s+authori[sz]ed\s+to)\b/i;
const RANK_AND_FILE: ReadonlySet<string> = new Set(["conscript", "soldier", "fighter", "serviceman", "volunteer", "militiaman", "private", "recruit"]);

const COUNSEL: ReadonlySet<string> = new Set(["lawyer", "lawyers", "attorney", "attorneys", "counsel", "advocate", "advocates"]);

/**
 * "At the hospital in Stepanakert, which was moved into the basement, the chief surgeon said": the
 * carer at the verb is the subject, not the place of the fronted phrase before her.
 */
function carerAtVerb(verb: VerbHit, tokens: Token[]): PlacedSpeaker | null {
  if (verb.accordingTo || verb.passive) return null;
  for (let start = verb.start - 2; start >= Math.max(0, verb.start - 3); start--) {
    const before = tokens[start - 1];
    if ((before === undefined || before.text === ",") && isTheCarerOrCleric(tokens.slice(start, verb.start)))
      return thirdPartyAt(tokens, start, verb.start, verb);
  }
  return null;
}

const VILLAGE_HEADS: ReadonlySet<string> = new Set(["head", "chief", "elder", "elders"]);
const CARERS = new Set(["surgeon", "surgeons", "doctor", "doctors", "physician", "physicians", "nurse", "nurses", "paramedic", "paramedics"]);
/** Words that rank a role without naming whom it serves: "the chief surgeon", "the head doctor". */
const RANKS_OF_ROLE = new Set(["chief", "head", "senior", "local", "village", "duty", "attending"]);
/** Clergy, who speak for no state: "the archbishop", "the priest". */
// (A church's own office is one too: "the diocese says", "the patriarchate said".)
const CLERICS = new Set([
  "archbishop",
  "bishop",
  "priest",
  "patriarch",
  "catholicos",
  "mufti",
  "sheikh",
  "imam",
  "clergyman",
  "diocese",
  "patriarchate",
  "eparchy",
]);

/** "a day after", "hours before", "after": how a time clause opens, at most three words before its speaker. */
const TIME_CLAUSE_WORDS = new Set(["a", "an", "one", "two", "three", "day", "days", "hours", "hour", "weeks", "week", "shortly", "just", "only", "soon"]);

function timeClauseBefore(tokens: Token[], from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 3 && TIME_CLAUSE_WORDS.has(tokens[i]?.norm ?? "")) i++;
  return (tokens[i]?.norm === "after" || tokens[i]?.norm === "before") && to - i <= 3 && to > i;
}

/** The clause break between two token positions, unless a "that" makes the second reported speech. */
function clauseBreakBetween(tokens: Token[], from: number, to: number): number | null {
  let found: number | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t || t.quoted) continue;
    // ", while noting that Azerbaijani officials estimate …": a participle goes on with the same subject, no new clause.
    if (CLAUSE_BREAKS.has(t.norm) && /ing$/.test(tokens[i + 1]?.norm ?? "") && t.norm !== ";") continue;
    if (CLAUSE_BREAKS.has(t.norm) && (t.norm === ";" || tokens[i - 1]?.text === "," || t.norm === "but")) found = i;
    else if (t.text === "," && ["a", "an", "the"].includes(tokens[i + 1]?.norm ?? "") && REPORTED_NOUNS.has(tokens[i + 2]?.norm ?? "")) found = i;
    // ", claims Yerevan rejected": a bare plural needs no article.
    else if (t.text === "," && /s$/.test(tokens[i + 1]?.norm ?? "") && REPORTED_NOUNS.has(tokens[i + 1]?.norm ?? "")) found = i;
    // ", and French President Macron said …": "and" opens a clause only right before its speaker.
    else if (t.norm === "and" && tokens[i - 1]?.text === "," && to - i <= 3) found = i;
    // "… urged a cease-fire as the two sides blamed each other": "as" opens a clause right before its own speaker.
    // ("quotes the president as calling …", "as saying": reported speech of the first speaker's, no clause.)
    else if (t.norm === "as" && !t.quoted && to - i >= 1 && to - i <= 3 && tokens[i + 1]?.norm !== "well" && !/ing$/.test(tokens[i + 1]?.norm ?? "")) found = i;
    // ", a day after Armenia reported that …": a time clause whose own speaker follows it at once.
    else if (t.text === "," && timeClauseBefore(tokens, i + 1, to)) found = i;
    // (", a claim that Baku dismissed as invented": "that" right after the noun and before the speaker is
    // relative, and the clause stays the second speaker's.)
    else if (found !== null && t.norm === "that" && !(i === to - 1 && REPORTED_NOUNS.has(tokens[i - 1]?.norm ?? ""))) found = null;
  }
  return found;
}

const FELLOW = /^fellow$/i;
/** How many sentences back the person a "fellow delegate" shares a body with may have spoken. */
const FELLOW_REACH = 2;

/** The person who spoke last, lately, for one side: whom "fellow delegate X" stands beside. */
function fellowOf(state: Discourse): Referent | null {
  const last = latestReferent(state, (r) => r.spoke && r.type === "person");
  const [side] = last?.sides ?? [];
  return last && last.sides.length === 1 && side !== UNCLEAR && state.sentenceNo - last.sentenceNo <= FELLOW_REACH ? last : null;
}

/** "a spokeswoman for its Baku office", "the head of its Yerevan delegation": an office "its" owns, placed in a city. */
const PLACED_OFFICE_OF_ITS = /\b(?:for|of|at|from)\s+its\s+\p{Lu}[\p{L}-]+\s+(?:office|delegation|mission|bureau|branch|subdelegation)$/u;

/**
 * "Human Rights Watch said … . Hugh Williamson, its Europe and Central Asia director, said": an officer
 * of the body "its" points back to, when that body spoke for one side.
 */
function itsOfficer(m: Mention, state: Discourse, tokens: Token[]): Referent | null {
  if (tokens[m.end]?.text !== ",") return null;
  // ("Martin Schüepp, the organisation's Eurasia regional director,": a body named by its kind, as "its" is.)
  const kind = tokens[m.end + 1]?.norm === "the" && tokens[m.end + 2]?.possessive === true && OWN_KIND.has(tokens[m.end + 2]?.norm ?? "");
  if (tokens[m.end + 1]?.norm !== "its" && !kind) return null;
  const from = m.end + (kind ? 3 : 2);
  const close = tokens.findIndex((t, k) => k >= from && t.text === ",");
  const post = tokens.slice(from, close < 0 ? from + 8 : close);
  if (post.length > 8 || !post.some((t) => OFFICER_POSTS.has(t.norm))) return null;
  return bodyOfIts(m, state);
}
/**
 * "The World Food Programme has set up tents in Goris. Its executive director, Cindy McCain, said …": a post
 * "its" owns, opening the sentence before the name set off by commas, is the officer of the body "its" means.
 */
function itsOfficerBefore(m: Mention, state: Discourse, tokens: Token[]): Referent | null {
  if (tokens[m.start - 1]?.text !== "," || tokens[m.end]?.text !== ",") return null;
  const opens = frontedTimeEnd(tokens);
  const post = tokens.slice(opens + 1, m.start - 1);
  if (tokens[opens]?.norm !== "its" || post.length === 0 || post.length > 3 || !OFFICER_POSTS.has(post.at(-1)?.norm ?? "")) return null;
  if (post.some((t) => t.capitalized || !t.isWord)) return null;
  return bodyOfIts(m, state);
}

/**
 * The body a post's "its" means, when it has one side and is a body. (A state's "its" is seldom an officer's:
 * "X, its ambassador," may be anyone's. The bodies the gazetteer lists among the states, the ICRC or the UN,
 * have officers as any body does.)
 */
function bodyOfIts(m: Mention, state: Discourse): Referent | null {
  const body = resolveAnaphor({ ...m, anaphor: "it", text: "its", type: "government", plural: false, side: null, sides: [] }, state);
  const bodyOfStates = body?.type === "country" && body.sides.every((side) => BODIES_LISTED_AS_STATES.has(side));
  return body && body.sides.length === 1 && !body.sides.includes(UNCLEAR) && (body.type !== "country" || bodyOfStates) ? body : null;
}

/** A body's own kind, by which "the organisation's director" points back to it as "its director" does. */
const OWN_KIND: ReadonlySet<string> = new Set(["organisation", "organization", "agency", "committee"]);
/** Sides of bodies the gazetteer lists with the states: their officers speak for them. */
const BODIES_LISTED_AS_STATES: ReadonlySet<ClaimSide> = new Set(["icrc", "united-nations", "osce-minsk-group", "european-union"]);

/**
 * "CHW co-founder Lori Khatchadourian said": a person named after a post in front of a short name the
 * text defined ("Caucasus Heritage Watch (CHW)") is that actor's officer.
 */
function aliasOfficer(m: Mention, state: Discourse, tokens: Token[]): Referent | null {
  let k = m.start - 1;
  while (k >= 0 && m.start - k <= ALIAS_POST_REACH && (OFFICER_POSTS.has(tokens[k]?.norm ?? "") || POST_WORDS.has(tokens[k]?.norm ?? ""))) k--;
  if (k === m.start - 1 || !OFFICER_POSTS.has(tokens[m.start - 1]?.norm ?? "")) return null;
  const alias = state.aliases.get(tokens[k]?.text ?? "");
  return alias && alias.sides.length === 1 && !alias.sides.includes(UNCLEAR) ? alias : null;
}
/** How many words a post before the name may have: "senior programme director". */
const ALIAS_POST_REACH = 3;
/** Words that qualify a post: "senior researcher", "regional director", "executive director". */
const POST_WORDS: ReadonlySet<string> = new Set(["senior", "regional", "executive", "deputy", "programme", "program", "research", "legal", "press"]);

/** Words before a body a post is held at: "a counsellor at the embassy", "a member of the government's group". */
const BODY_OF: ReadonlySet<string> = new Set(["of", "at", "for", "in"]);

/** Whose a person's counsel is: "his counsel", "her attorney". */
const PERSONAL_POSSESSIVE: ReadonlySet<string> = new Set(["his", "her"]);

/** Posts a body's officer holds: "its regional director", "its spokeswoman". */
const OFFICER_POSTS: ReadonlySet<string> = new Set([
  "director",
  "head",
  "chief",
  "chairman",
  "chairwoman",
  "chair",
  "president",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "representative",
  "researcher",
  "officer",
  "coordinator",
  "manager",
  "secretary",
  "founder",
  "co-founder",
  "cofounder",
]);

/**
 * "Balayan said" after "Armenian Foreign Ministry spokesman Tigran Balayan": the side of the
 * actor the text named him with; a full name nobody introduced speaks for "other".
 */
function resolveStranger(m: Mention, state: Discourse, ctx: StrangerContext): Speaker["referent"] | null {
  // ("Protesters gathered outside …, blaming …": a people's role, capitalised because it opens the sentence, is no name.)
  if (m.end - m.start === 1 && m.start === 0 && ctx.gazetteer.hasThirdPartyRole(ctx.tokens.slice(m.start, m.end)))
    return { sides: ["other"], speaker: m.text, type: "person", plural: /[^s]s$/i.test(m.text) };
  // "In a statement the FFA said": the short name the text gave a known actor.
  const alias = state.aliases.get(m.text.replace(/^the\s+/i, ""));
  if (alias) return { sides: alias.sides, speaker: m.text, type: alias.type, plural: alias.plural };
  // "Armen Melikbekyan, the FFA president, said": a person described as that actor's officer.
  const officerOf =
    apposedAlias(m, state, ctx) ?? itsOfficer(m, state, ctx.tokens) ?? itsOfficerBefore(m, state, ctx.tokens) ?? aliasOfficer(m, state, ctx.tokens);
  if (officerOf) return { sides: officerOf.sides, speaker: m.text, type: "person", plural: false };
  // "Baku and Yerevan traded blame. Each blamed the other …": the pair that just spoke.
  if (/^(?:each|both)$/i.test(m.text)) {
    const pair = pairThatSpoke(state);
    if (pair) return { sides: pair.sides, speaker: pair.speaker, type: pair.type, plural: true };
    // "Baku and Yerevan met in Moscow. Each accused the other …": the pair just named.
    const named = pairNamed(state, m, ctx);
    if (named) return { sides: named, speaker: m.text, type: "government", plural: true };
  }
  // "Western diplomats said …. Another said the Kremlin was caught unprepared": one of the group.
  const member = ONE_OF.has(m.text.toLowerCase()) ? groupThatSpoke(state) : null;
  if (member) return { sides: member.sides, speaker: `${m.text} (${groupName(member)})`, type: "person", plural: false };
  // '"…," one activist, Sima Melikova, told EFE. Another, Torgul Allakhverdiev, said …': one more of the
  // kind the person before spoke as.
  const another = anotherOfTheKind(m, state, ctx.tokens);
  if (another) return { sides: another.sides, speaker: m.text, type: "person", plural: false };
  // "His son, David Vardanyan, said": a relative or a lawyer speaks for himself, not for the
  // family name's official.
  const before = ctx.tokens.slice(Math.max(0, m.start - 4), m.start).map((t) => t.norm);
  if (before.some((w) => KIN.has(w))) return { sides: ["other"], speaker: m.text, type: "person", plural: false };
  // ("His international counsel, Jared Genser, said": a person's counsel pleads for him, no state.)
  if (before.some((w, k) => PERSONAL_POSSESSIVE.has(w) && before.slice(k + 1).some((x) => COUNSEL.has(x))))
    return { sides: ["other"], speaker: m.text, type: "person", plural: false };
  // "A woman who gave her name only as Hasmik said": someone met on the street, a third party.
  if (GAVE_NAME_AS.test(textOf(ctx.tokens, Math.max(0, m.start - 8), m.start))) return { sides: ["other"], speaker: m.text, type: "person", plural: false };
  // "Mr. Shumeiko, the chairman of Russia's Federation Council, said": the office set off right after the
  // name says whose he is, whatever the text made of him before ("… of the assembly's council, Vladimir Shumeiko").
  // "Vadim Korsh, an editor at Azerinform, …", "X, another editor at the agency,": the staff of a state's
  // official agency speak for it, as the agency does.
  const agency = staffOfStateMedia(m, state, ctx);
  if (agency) return { sides: agency.sides, speaker: m.text, type: "person", plural: false };
  const apposed = apposedStateOffice(m, ctx);
  if (apposed) return { sides: apposed.sides, speaker: m.text, type: "person", plural: false };
  // ("Vardan Sargsyan, a member of the government's working group, said" after "the Armenian government":
  // the body the apposition names by its title alone, as the text named it before.)
  // (Only a body the post is of or at: "a member of the government's working group", not "a historian and government critic".)
  const close = ctx.tokens.findIndex((t, k) => k > m.end && t.text === ",");
  const owned = (ctx.mentions ?? []).some(
    (o) =>
      o.start > m.end &&
      (close < 0 || o.end <= close) &&
      o.anaphor === "title" &&
      /^the\s/i.test(o.text) &&
      (ctx.tokens[o.end - 1]?.possessive === true || BODY_OF.has(ctx.tokens[o.start - 1]?.norm ?? "")),
  );
  const bodyTitle = ctx.tokens[m.end]?.text === "," && owned ? apposedBodyTitle(ctx.tokens, m.end, ctx.mentions ?? [], state) : null;
  if (bodyTitle) return { sides: [bodyTitle], speaker: m.text, type: "person", plural: false };
  const untitled = apposedUntitledOffice(m, state, ctx);
  if (untitled) return { sides: untitled, speaker: m.text, type: "person", plural: false };
  // "Mazahir Panahov, chairman of the Central Election Commission, announced …": the commission's officer
  // speaks for the state whose vote it counts.
  if (ctx.tokens[m.end]?.text === "," && ELECTION_OFFICER.test(textOf(ctx.tokens, m.end + 1, Math.min(ctx.tokens.length, m.end + ELECTION_OFFICE_WORDS)))) {
    const side = electionState(state);
    if (side) return { sides: [side], speaker: m.text, type: "person", plural: false };
  }
  const words = m.text.split(" ");
  const surname = words.at(-1) ?? "";
  // "Siranush Sahakyan" is not the "Bako Sahakyan" named before: a first name must agree too.
  const first = words.length > 1 ? words.at(-2) : undefined;
  const known = onePersonPlaced(state, m.text, words) ?? namedBySurname(state, surname, (r) => first === undefined || sameFirstName(r.speaker, surname, first));
  // ('"…," said Abrahamian, 52, who runs a bakery': a person given an age is a resident, whom the text
  // named before without telling whose side she is on.)
  if (known?.sides.includes(UNCLEAR) && agedAt(ctx.tokens, m.end)) return { sides: ["other"], speaker: m.text, type: "person", plural: false };
  if (known) return { sides: known.sides, speaker: m.text, type: "person", plural: false };
  // "Armenia's health minister sought to clarify the figures. … Arsen Torosyan told reporters": a full
  // name right after an office named without one is that office's holder.
  // (Not a name with a description of its own: "Edem Wosornu, director of operations at OCHA, told".)
  const holder = words.length > 1 && ctx.tokens[m.end]?.text !== "," ? untitledOfficeJustSpoke(state) : null;
  if (holder) return { sides: holder.sides, speaker: m.text, type: "person", plural: false };
  // A surname nobody introduced ("Poghosyan dismissed the report") speaks, but for no side we can tell.
  // …unless the sentence gives the one word a role: "the humanitarian research group ACAPS reported".
  // ("The Lachin Research Centre said": a body's name, which a later "it" means, not a person's; but
  // "An analyst at the Carnegie Moscow Center said" is the analyst, whom a later "he" means.)
  const workplace = PLACE_PREPOSITIONS.has(ctx.tokens[ctx.tokens[m.start - 1]?.norm === "the" ? m.start - 2 : m.start - 1]?.norm ?? "");
  const type = BODY_NAME_END.test(m.text) && !workplace ? "government" : "person";
  return { sides: [homeOfficeOr(thirdPartyOrUnclear(m, ctx), m, state, ctx)], speaker: m.text, type, plural: false };
}

/**
 * The state's news agency or broadcaster an apposition right after the name says the person works at
 * ("…, an editor at Azerinform,", "…, another editor at the agency,"), when it speaks for one belligerent;
 * null otherwise (a private agency the gazetteer does not know is read as before).
 */
function staffOfStateMedia(m: Mention, state: Discourse, ctx: StrangerContext): { sides: ClaimSide[] } | null {
  const t = ctx.tokens;
  if (t[m.end]?.text !== "," || !MEDIA_STAFF_OPENERS.has(t[m.end + 1]?.norm ?? "") || !MEDIA_STAFF.has(t[m.end + 2]?.norm ?? "")) return null;
  if (!["at", "of", "with", "for"].includes(t[m.end + 3]?.norm ?? "")) return null;
  const outlet = ctx.mentions?.find((o) => o.start === m.end + 4 && o.type === "media");
  if (!outlet) return null;
  // ("another editor at the agency": the agency the text named before.)
  const named = outlet.anaphor === "title" ? resolveAnaphor(outlet, state) : null;
  const sides = outlet.anaphor === "title" ? (named?.type === "media" ? named.sides : []) : outlet.sides;
  const [side] = sides;
  return sides.length === 1 && side && isBelligerent(side) ? { sides } : null;
}
const MEDIA_STAFF_OPENERS: ReadonlySet<string> = new Set(["a", "an", "another", "the"]);
const MEDIA_STAFF: ReadonlySet<string> = new Set(["editor", "correspondent", "reporter", "journalist", "staffer", "announcer"]);

/** ", chairman of the Central Election Commission,": an election commission's officer, in apposition after a name. */
const ELECTION_OFFICER =
  /^(?:the\s+)?(?:deputy\s+|vice[\s-])?(?:chairman|chairwoman|chair|head|president|secretary|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?(?:country['’]s\s+)?(?:central\s+)?elect(?:ion|oral)\s+commission\b/i;
/** How many words after a name's comma its election office is read in. */
const ELECTION_OFFICE_WORDS = 10;

/**
 * The office in apposition right after a name, when it names one belligerent's or mediator's state outright:
 * "X, the chairman of Russia's Federation Council,", "X, the Azerbaijani deputy who …". A former
 * official, an opposition figure or a dissident speaks for no state, and is left to the rules below.
 */
function apposedStateOffice(m: Mention, ctx: StrangerContext): Mention | null {
  if (ctx.tokens[m.end]?.text !== ",") return null;
  const body = officeInBody(m, ctx);
  if (body) return body;
  const o = ctx.mentions?.find(
    (o) => o.start === m.end + 1 && o.anaphor === null && o.sides.length === 1 && !o.sides.includes(UNCLEAR) && o.sides[0] !== "other",
  );
  if (!o) return null;
  // ("Richard Giragosian, director of the Armenian Center for …": an office in a body of no state is the rules' below.)
  const role =
    (o.type === "person" && STATE_OFFICE.test(o.text) && !NON_STATE_ORGANISATION.test(o.text)) ||
    (o.type === "country" && STATE_ROLE_NOUN.test(ctx.tokens[o.end]?.norm ?? ""));
  const words = textOf(ctx.tokens, o.start, Math.min(ctx.tokens.length, o.end + 1));
  return role && !NOT_SPEAKING_FOR_STATE.test(words) ? o : null;
}

/**
 * "Baku pushed back. X, who heads the Defence Ministry press service, told …": a state's office set off
 * after the name without saying whose is the office a bare "the Defence Ministry" would be there.
 */
function apposedUntitledOffice(m: Mention, state: Discourse, ctx: StrangerContext): ClaimSide[] | null {
  if (ctx.tokens[m.end]?.text !== ",") return null;
  const at = HEADS_OF_OFFICE.has(`${ctx.tokens[m.end + 1]?.norm} ${ctx.tokens[m.end + 2]?.norm}`) ? m.end + 3 : m.end + 1;
  const o = ctx.mentions?.find((o) => o.start === at && o.anaphor === "title" && o.sides.length === 0 && /^the\s/i.test(o.text));
  if (!o || ctx.tokens[o.end]?.text !== "," || !STATE_OFFICE.test(o.text) || NON_STATE_ORGANISATION.test(o.text)) return null;
  // ("…, told Trend that": the ministry's man telling his own state's agency, as ownStatesAgencyTold reads the ministry.)
  const told = /^(?:told|tells)$/.test(ctx.tokens[o.end + 1]?.norm ?? "") ? ctx.mentions?.find((x) => x.start === o.end + 2 && x.type === "media") : undefined;
  if (told?.sides.length === 1 && isBelligerent(told.sides[0] ?? UNCLEAR) && /\bministry\b/i.test(o.text)) return told.sides;
  const referent = resolveMention(o, state, null, null, null, ctx);
  return referent?.sides.length === 1 && isBelligerent(referent.sides[0] ?? UNCLEAR) ? referent.sides : null;
}

/** A relative clause that gives a name's office: "who heads", "who leads", "who runs". */
const HEADS_OF_OFFICE: ReadonlySet<string> = new Set(["who heads", "who leads", "who runs"]);

/** The words of a state's office: "the chairman of Russia's Federation Council", "Azerbaijan's deputy foreign minister". */
const STATE_OFFICE =
  /\b(?:minister|ministry|president|presidential|prime|premier|ambassador|embassy|envoy|speaker|parliament|national assembly|duma|senate|majlis|federation council|supreme (?:council|soviet)|foreign|defen[cs]e|interior|army|delegation|government)\b/i;
/** The bodies of no state a title may name with a nationality: "the Armenian Center for …", "the Armenian Revolutionary Federation". */
const NON_STATE_ORGANISATION =
  /\b(?:cent(?:er|re)|institute|foundation|university|academy|party|revolutionary|movement|church|union|association|society|committee|fund|council of churches)\b/i;

/**
 * "X, chief of operations of the Nagorno-Karabakh Defence Army,": an office the gazetteer does not know,
 * written out in lower case, in a state's ministry, army or government named right after it.
 */
function officeInBody(m: Mention, ctx: StrangerContext): Mention | null {
  const head = ctx.tokens[m.end + 1];
  if (!head || !OFFICE_HEADS.has(head.norm)) return null;
  const body = ctx.mentions?.find((o) => o.start > m.end + 1 && o.start - m.end <= BODY_OFFICE_REACH && o.sides.length === 1);
  if (!body || !STATE_BODY_TYPES.has(body.type) || !isBelligerent(body.sides[0] ?? UNCLEAR) || ctx.tokens[body.end]?.text !== ",") return null;
  const between = ctx.tokens.slice(m.end + 1, body.start);
  const plain = between.every((t) => t.isWord && !t.capitalized && !isSpeechVerbForm(t.norm)) && between.some((t) => t.norm === "of" || t.norm === "for");
  const words = textOf(ctx.tokens, m.end + 1, body.end);
  return plain && !NOT_SPEAKING_FOR_STATE.test(words) && !NON_STATE_ORGANISATION.test(body.text) ? body : null;
}

const OFFICE_HEADS: ReadonlySet<string> = new Set(["chief", "head", "director", "commander", "deputy", "spokesman", "spokeswoman", "spokesperson", "officer"]);
const STATE_BODY_TYPES: ReadonlySet<string> = new Set(["military", "ministry", "government"]);
/** How far past a name's comma the body of its office may be named: "chief of operations of the … Army". */
const BODY_OFFICE_REACH = 7;

/** The roles of a state's own people after its adjective: "the Azerbaijani deputy", "the Russian ambassador". */
const STATE_ROLE_NOUN =
  /^(?:deputy|mp|lawmaker|parliamentarian|senator|minister|ambassador|envoy|diplomat|official|spokes(?:man|woman|person)|general|commander|negotiator|delegate|representative)$/;
/** Words that make an office no state's voice: "a former Armenian foreign minister", "the Azerbaijani opposition leader". */
const NOT_SPEAKING_FOR_STATE = /\b(?:former|ex|retired|opposition|dissident|exiled|jailed)\b/i;

/**
 * "officials", "health officials", "government officials": a state's officials, not "aid officials"
 * or "Western officials". So is bare "police" (English drops the article), unless a place after it
 * says whose ("Police in Kirovakan"): police are the town's, whatever the page's state.
 */
function homeOfficials(m: Mention, tokens: Token[]): boolean {
  const words = m.text.toLowerCase().split(/\s+/);
  if (words.length === 1 && words[0] === "police") return !PLACE_AFTER.has(tokens[m.end]?.norm ?? "");
  if (words.at(-1) !== "officials") return false;
  const before = tokens[m.start - 1];
  const qualifiers = [...words.slice(0, -1), ...(before?.isWord ? [before.norm] : [])];
  return qualifiers.every((w) => OFFICIALS_OF_A_STATE.has(w));
}
const PLACE_AFTER = new Set(["in", "at", "from", "near"]);
const OFFICIALS_OF_A_STATE = new Set([
  "the",
  "health",
  "defence",
  "defense",
  "security",
  "government",
  "interior",
  "border",
  "emergency",
  "ministry",
  "military",
  "police",
  "local",
  "city",
  "district",
  "regional",
  "provincial",
  "senior",
]);

/** What a title heads when it is no state's: "of the group", "of the gunmen", "of the protesters". */
const NON_STATE_BODY_AFTER = /^of\s+the\s+(?:group|gang|gunmen|attackers|hostage-takers|militants|protesters|demonstrators|crowd|movement|rebels)\b/i;

/** A title's qualifier naming a body of no state: "movement leader", "protest coordinator", "party chairman". */
const NON_STATE_QUALIFIER =
  /^(?:the\s+)?(movement|protest|opposition|rebel|community|church|campaign|student|party)\s+(?:the\s+)?(?:leaders?|head|chief|spokes\w+|representatives?|coordinators?|chairman|chairwoman|chair|organi[sz]ers?|deputies|deputy|lawmakers?|mps?|politicians?|members?|figures?)\b/i;

/** "who gave her name only as", "identified only by his first name,", "who asked to be named only as". */
const GAVE_NAME_AS =
  /\b(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:identified|named)\s+only\s+(?:as|by\s+(?:his|her|their)\s+first\s+name,?)|asked\s+to\s+be\s+(?:named|identified)\s+only\s+(?:as|by))\s*$/i;

/** A mention that ends in a person's first name and surname: "ombudsman Arman Tatoyan". */
const HOLDER_AT_END = /\s\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * "Minister of Emergency Situations Kamaladdin Heydarov" on a state agency's wire: an office the
 * text does not qualify is the agency's own state's. Otherwise the side as found.
 */
function homeOfficeOr(side: ClaimSide, m: Mention, state: Discourse, ctx: StrangerContext): ClaimSide {
  // "Major-General X, head of the ministry's national strategy institute,": a body the ministry owns is the
  // ministry's, whatever its own noun would make it; its holder speaks for the ministry the text named.
  const owner = owningBody(m, ctx);
  const owned = owner ? resolveAnaphor(owner, state) : null;
  if (owned?.sides.length === 1 && owned.sides[0] !== UNCLEAR && owned.sides[0] !== "other" && (side === UNCLEAR || side === "other"))
    return owned.sides[0] ?? side;
  if (side !== UNCLEAR) return side;
  if (state.officeHome && HOME_OFFICE.test(textOf(ctx.tokens, Math.max(0, m.start - 4), m.end))) return state.officeHome;
  // "Tughay Rahimli, assistant to the prosecutor general, told the court" after "Azerbaijani
  // prosecutors asked …": an office in apposition that the text named before, with its side.
  // ("Turkey reacted sharply. The deputy prime minister, Erdal Inönü, said": the title set off before the name.)
  const office = apposedOffice(m, ctx) ?? titleBeforeName(m, ctx);
  // (A spokesperson's title points to the body the text named nearest, spoken or not: "Armenia's Foreign
  // Ministry protested. X, a spokesman for the ministry, said".)
  const named = office
    ? ((MINISTRY_SPOKESPERSON.test(office.text) ? bodyOfSpokesperson(office, state, true) : null) ?? resolveAnaphor(office, state))
    : ministryOfRemit(m, state, ctx);
  if (named?.sides.length === 1 && named.sides[0] !== UNCLEAR) return named.sides[0] ?? side;
  // ("X, deputy chairman of parliament's national security committee, said" on a state's own page: the
  // office set off after the name, of no state the text named, is the page's state's, as before the name.)
  if (state.officeHome && apposedHomeOffice(m, state.officeHome, ctx)) return state.officeHome;
  // ("Baku's defence arrived quickly. Fuad Alasgarov, who handles law-enforcement matters in the presidential
  // administration, said": a state's office of no side in the name's own clause, right after that state's sentence.)
  const inClause = officeInOwnClause(m, ctx);
  const justNamed = inClause ? stateJustNamed(inClause.text.replace(/^(?:the|its|his|her|their)\s+/i, ""), state) : null;
  return justNamed?.sides.length === 1 ? (justNamed.sides[0] ?? side) : side;
}

/**
 * "X, deputy chairman of parliament's national security committee,": an office set off right after the
 * name, naming no side of its own and no post outside the state (a party's, a former one).
 */
function apposedHomeOffice(m: Mention, officeHome: Side, ctx: StrangerContext): boolean {
  if (ctx.tokens[m.end]?.text !== ",") return false;
  const close = ctx.tokens.findIndex((t, k) => k > m.end && (t.text === "," || t.text === ";" || t.text === "."));
  if (close < 0 || close - m.end > OWN_CLAUSE_REACH || ctx.tokens[close]?.text !== ",") return false;
  const words = ctx.tokens.slice(m.end + 1, close);
  if (words.some((t) => t.quoted || NOT_HOME_POST.has(t.norm))) return false;
  if ((ctx.mentions ?? []).some((o) => o.start > m.end && o.start < close && o.sides.length > 0)) return false;
  // ("Baku: X, deputy speaker of parliament, dismissed …" in a Yerevan channel's item: the state the
  // sentence opened with is where the text went to hear him.)
  if ((ctx.mentions ?? []).some((o) => o.end <= m.start && o.type === "country" && o.sides.some((x) => x !== officeHome && x !== UNCLEAR))) return false;
  const office = textOf(ctx.tokens, m.end + 1, close);
  return HOME_OFFICE.test(office) || HOME_CHAMBER.test(office);
}
/** The page's state's own chamber, unqualified: "deputy chairman of parliament's security committee". */
const HOME_CHAMBER = /\bparliament(?:['’]s)?\b/i;
/** Words of a post that is no office of the page's state: "opposition", "former", a party's. */
const NOT_HOME_POST: ReadonlySet<string> = new Set(["opposition", "former", "ex", "retired", "party", "movement", "bloc", "faction", "then"]);

/** How far past a name's comma its clause may name the office he holds: "…, who handles … in the presidential administration,". */
const OWN_CLAUSE_REACH = 12;

/** An office of no side named in the clause set off after a name, before its closing comma. */
function officeInOwnClause(m: Mention, ctx: StrangerContext): Mention | null {
  if (ctx.tokens[m.end]?.text !== ",") return null;
  const close = ctx.tokens.findIndex((t, k) => k > m.end && (t.text === "," || t.text === ";" || t.text === "."));
  const end = close < 0 ? m.end + OWN_CLAUSE_REACH : Math.min(close, m.end + OWN_CLAUSE_REACH);
  return ctx.mentions?.find((o) => o.anaphor === "title" && o.sides.length === 0 && o.start > m.end && o.end <= end && o.type !== "person") ?? null;
}

/** The bodies whose own units belong to them: "the ministry's institute", "the parliament's committee". */
const OWNING_BODY = /^(?:the\s+)?(?:ministry|parliament|national\s+assembly|majlis|milli\s+majlis)(?:['’]s)?\b/i;
/** Verbs of holding an office, in a relative clause after the name: "who chairs", "who heads". */
const HOLDS_OFFICE: ReadonlySet<string> = new Set(["chairs", "heads", "leads", "runs", "directs", "chaired", "headed", "led", "ran"]);

/**
 * "…, head of the ministry's press service,", "…, who chairs the parliament's committee on …,": a ministry or a
 * chamber named in the possessive in the apposition right after the name.
 */
function owningBody(m: Mention, ctx: StrangerContext): Mention | null {
  if (ctx.tokens[m.end]?.text !== ",") return null;
  const owner = ctx.mentions?.find((o) => o.anaphor === "title" && o.start > m.end && o.start - m.end <= APPOSED_OFFICE_REACH && OWNING_BODY.test(o.text));
  if (!owner) return null;
  const possessive = ctx.tokens.slice(owner.start, owner.end).some((t) => t.possessive && /^(?:ministry|parliament|assembly|majlis)/i.test(t.text));
  const between = ctx.tokens.slice(m.end + 1, owner.start).filter((t) => t.norm !== "who" && !HOLDS_OFFICE.has(t.norm));
  const type = /ministry/i.test(owner.text) ? "ministry" : "government";
  return possessive && !between.some((t) => t.text === "," || t.capitalized || isSpeechVerbForm(t.norm))
    ? { ...owner, type, text: owner.text.replace(/['’]s\b.*$/, "") }
    : null;
}

/**
 * "Culture Minister Anar Karimov announced …" after "Azerbaijan's culture ministry is assembling …":
 * a minister whose title names a remit but no state heads the ministry of that remit the text named,
 * when the ministries of that remit it named are all one side's (the title resolves as "the culture ministry" would).
 */
function ministryOfRemit(m: Mention, state: Discourse, ctx: StrangerContext): Referent | null {
  const words = m.text.split(/\s+/);
  const remit = words[0] === "Minister" ? ctx.tokens[m.start - 1] : words[1] === "Minister" ? ctx.tokens[m.start] : undefined;
  // ("Azerbaijan's Ministry of Ecology … . Deputy Minister Vugar Karimov said": a minister of no remit is of
  // the ministry the text has named, when every ministry it named is one side's.)
  if (remit?.isWord && UNQUALIFIED_MINISTER.test(remit.norm)) return ministryOfText(state);
  if (!remit?.isWord || !MINISTER_REMIT.test(remit.norm)) return null;
  // (Only a ministry of that very remit: "Health Minister X" is nobody's when no health ministry was named.)
  const sameRemit = state.referents.filter((r) => r.type === "ministry" && r.speaker.toLowerCase().includes(remit.norm));
  const sides = new Set(sameRemit.flatMap((r) => r.sides));
  return sides.size === 1 && !sides.has(UNCLEAR) ? (sameRemit.at(-1) ?? null) : null;
}

/** A minister's rank with no remit of its own: "Deputy Minister X". */
const UNQUALIFIED_MINISTER = /^(?:deputy|vice)$/;

/** The last ministry the text named, when every ministry it named is the same one side's. */
function ministryOfText(state: Discourse): Referent | null {
  const ministries = state.referents.filter((r) => r.type === "ministry" && r.sentenceNo > state.titlesFrom);
  const sides = new Set(ministries.flatMap((r) => r.sides));
  const only = [...sides][0];
  return sides.size === 1 && only !== UNCLEAR && only !== "other" ? (ministries.at(-1) ?? null) : null;
}

/** The remits a minister's title may name before "Minister" ("Culture Minister", "Health Minister"). */
const MINISTER_REMIT =
  /^(?:culture|health|education|economy|finance|energy|transport|agriculture|ecology|labour|labor|justice|interior|emergencies|emergency|defence|defense|foreign)$/;

/** "spokesman for the ministry", "ministry spokeswoman": a title that points back to a ministry named before. */
const MINISTRY_SPOKESPERSON = /^(?:(?:the\s+)?ministry\s+spokes\w+|spokes\w+\s+for\s+the\s+ministry)$/i;

/** How far past a name's comma its apposition may name an office. */
const APPOSED_OFFICE_REACH = 6;

/** The unqualified office in a name's apposition: "prosecutor general" in "X, assistant to the prosecutor general,". */
/** How far into a sentence a bare title may open it: "The first deputy prime minister". */
const TITLE_OPENING = 3;

/** "The deputy prime minister, Erdal Inönü, …": a state's title with no side, set off by its comma right before the name. */
function titleBeforeName(m: Mention, ctx: StrangerContext): Mention | null {
  // ("The commission's chairman, Colonel General Ali Naghiyev,": a rank may stand between the comma and the name.)
  let comma = m.start - 1;
  while (comma > 0 && RANK_WORD.test(ctx.tokens[comma]?.norm ?? "")) comma--;
  const title = ctx.mentions?.find((o) => o.anaphor === "title" && o.sides.length === 0 && o.end === comma && ctx.tokens[o.end]?.text === ",");
  // (Opening the sentence, "The deputy prime minister, …": a bare title, no one's in particular yet.)
  const opens =
    title !== undefined &&
    title.start <= TITLE_OPENING &&
    ctx.tokens.slice(0, title.start).every((t) => t.isWord && !t.possessive && (t.norm === "the" || !t.capitalized));
  return title && opens && (title.type === "person" || title.type === "ministry") ? title : null;
}

function apposedOffice(m: Mention, ctx: StrangerContext): Mention | null {
  if (ctx.tokens[m.end]?.text !== ",") return null;
  return (
    ctx.mentions?.find(
      (o) =>
        o.anaphor === "title" &&
        o.sides.length === 0 &&
        // A state's office (a ministry, the prosecution): a council or a committee may be anyone's.
        // So is a ministry's spokesperson: "Garnik Badalyan, a spokesman for the ministry, told …".
        // ("Samad Seyidov, the head of the delegation,": a delegation is a state's, the one the text named.)
        (o.type === "ministry" || (o.type === "person" && MINISTRY_SPOKESPERSON.test(o.text)) || (o.type === "government" && /\bdelegation$/i.test(o.text))) &&
        o.start > m.end &&
        o.start - m.end <= APPOSED_OFFICE_REACH &&
        // Only plain words lead to it: "the head of Khojaly's administration", "who heads the
        // Vanadzor office" qualify the office by a place or a body, which makes it another one.
        !ctx.tokens.slice(m.end + 1, o.start).some((t) => t.text === "," || t.norm === "who" || t.capitalized || isSpeechVerbForm(t.norm)),
    ) ?? null
  );
}

/** The one belligerent the sentence names outside quotes ("the enclave", "Karabakh"), if only one. */
function belligerentNamed(mentions: Mention[], tokens?: Token[]): Side | null {
  // A place names the territory; "the Azerbaijani troops" moving in name no local officials.
  // (With the tokens, only where things happen: "… would be sent to Armenia for identification" is not where "the local authorities" are.)
  const here = (m: Mention) => !m.quoted && m.sideFrom === "country" && m.type === "country" && !(tokens && DESTINATION.has(tokens[m.start - 1]?.norm ?? ""));
  const sides = new Set(mentions.filter(here).flatMap((m) => m.sides));
  const belligerents = [...sides].filter(isBelligerent);
  return belligerents.length === 1 ? (belligerents[0] ?? null) : null;
}

/** Words before a place someone goes to. */
const DESTINATION: ReadonlySet<string> = new Set(["to", "into", "towards", "toward"]);

/** "In Baku, …" / "In Yerevan, …" at the start of a sentence: a country or capital in front. */
function placeInFront(tokens: Token[], mentions: Mention[]): Mention | null {
  const first = mentions[0];
  // A third state's capital ("In Budapest, officials said") may be where the talks were held.
  const placed = (m: Mention | undefined) => m !== undefined && m.sideFrom === "country" && m.type === "country" && m.side !== null && m.side !== "other";
  const issuer = statementIssuerInFront(tokens, mentions);
  if (issuer) return issuer;
  // ("08:30 — In Baku, …": past a live entry's time.)
  const at = entryTimeEnd(tokens);
  const opening = tokens[at]?.norm ?? "";
  // ("Inside Artsakh, the authorities announced …", "From Baku the Defence Ministry declared …": where the body
  // speaks from; a place after "from" may go without its comma before "the".)
  const front = mentions.find((m) => m.start === at + 1);
  if (opening === "in" || opening === "inside") return front && placed(front) && tokens[front.end]?.text === "," ? front : null;
  if (opening === "from") return front && placed(front) && (tokens[front.end]?.text === "," || tokens[front.end]?.norm === "the") ? front : null;
  // "On the Armenian side, an official said …": the side that phrase names is the one speaking.
  if (tokens[0]?.norm === "on")
    return first?.start === 1 && first.side !== null && tokens[first.end - 1]?.norm === "side" && tokens[first.end]?.text === "," ? first : null;
  // "At a press conference organised in Baku by the presidential press service, officials say …": where
  // the occasion was held, the one state's place named in the opening phrase.
  if (tokens[0]?.norm !== "at" && tokens[0]?.norm !== "during") return null;
  const comma = tokens.findIndex((t) => t.text === ",");
  if (comma < 0 || comma > 14) return null;
  const inPhrase = mentions.filter((m) => m.end <= comma);
  const place = inPhrase.find((m) => placed(m) && tokens[m.start - 1]?.norm === "in");
  return place && inPhrase.every((m) => m === place || m.side === null) ? place : null;
}

/** Where a live entry's time stamp ends ("08:30 —", "14:05:"), or 0 when the sentence opens with none. */
function entryTimeEnd(tokens: Token[]): number {
  if (!/^\d{1,2}$/.test(tokens[0]?.text ?? "") || tokens[1]?.text !== ":" || !/^\d{2}$/.test(tokens[2]?.text ?? "")) return 0;
  return /^[—–:-]$/.test(tokens[3]?.text ?? "") ? 4 : 3;
}

/**
 * "In a statement issued by the Akorda press service on May 1, the president called …": the body
 * that issued the statement the sentence opens with is whose office the bare title is.
 */
function statementIssuerInFront(tokens: Token[], mentions: Mention[]): Mention | null {
  if (tokens[0]?.norm !== "in" || !tokens.slice(1, 4).some((t) => ISSUED_TEXTS.has(t.norm))) return null;
  const comma = tokens.findIndex((t) => t.text === ",");
  if (comma < 0 || comma > ISSUER_PHRASE_WORDS) return null;
  const issuers = mentions.filter(
    (m) => m.end <= comma && m.side !== null && m.type !== "statement" && ["by", "from", "of"].includes(tokens[m.start - 1]?.norm ?? ""),
  );
  return issuers.length === 1 ? (issuers[0] ?? null) : null;
}
const ISSUED_TEXTS: ReadonlySet<string> = new Set(["statement", "message", "communique", "address", "letter", "release", "readout"]);
/** How long the opening phrase naming a statement's issuer may run before its comma. */
const ISSUER_PHRASE_WORDS = 16;

/** ", they say,", ", he added,": a pronoun and its speech verb set off by commas inside the sentence. */
/** "Kachaturyan and Gazaryan went back …": a sentence opening on two capitalised names joined by "and", before `end`. */
function opensWithNamedPair(tokens: Token[], end: number): boolean {
  const [a, and, b] = tokens;
  const name = (t: Token | undefined) => t?.isWord === true && t.capitalized && !t.quoted && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text);
  return end > 3 && name(a) && and?.norm === "and" && name(b) && !tokens[3]?.capitalized;
}

/**
 * The person a sentence names first beside a president's press office, when a side places him: its
 * president ("President Aliyev has signed …, the presidential press service said"). Null when the first
 * person named has no side ("the head of state had expressed condolences to Russian President Putin").
 */
function presidentNamedIn(m: Mention, ctx: StrangerContext): Mention | null {
  const first = (ctx.mentions ?? []).find((o) => o !== m && !o.quoted && o.type === "person");
  return first && first.sides.length === 1 && first.sides[0] !== UNCLEAR && first.sides[0] !== "other" ? first : null;
}

function reportingAside(m: Mention, tokens: Token[]): boolean {
  return tokens[m.start - 1]?.text === "," && isSpeechVerbForm(tokens[m.end]?.norm ?? "") && tokens[m.end + 1]?.text === ",";
}

/** The sentence's opener has spoken before the pronoun: "Karabakh Armenian leaders have said …, they say, …". */
function spokeBefore(opener: Mention, m: Mention, tokens: Token[]): boolean {
  return tokens.slice(opener.end, m.start).some((t) => !t.quoted && isSpeechVerbForm(t.norm));
}

/**
 * "Foreign Minister Jeyhun Bayramov repeated that position … His ministry said …": a body a person's
 * "his" or "her" owns speaks as that body, the person's ministry, so that a later "the ministry"
 * means it and not another state's ministry named before him.
 */
function holdersBody(subject: Mention, referent: Speaker["referent"] | null, tokens: Token[]): Speaker["referent"] | null {
  if (referent?.type !== "person" || subject.anaphor !== "he" || !HOLDERS_BODY.test(subject.text)) return referent;
  // ("Mayor Arush Arushanyan has not slept at home, his office says": named in the sentence, he stays the one a later surname means.)
  if (textOf(tokens, 0, tokens.length).includes(referent.speaker)) return referent;
  const body = subject.text.replace(/^(?:his|her)\s+/i, "");
  return { ...referent, speaker: `${referent.speaker}'s ${body}`, type: subject.type };
}
/** "His ministry", "her office", "his government": a body, not another person. */
const HOLDERS_BODY = /^(?:his|her)\s+(?:[\p{Ll}-]+\s+)?(?:ministry|office|government|administration|department|press service|press office|party)$/iu;

/** A civil body ("association", "charity", "foundation") named in the sentence before `m`, after any sided actor. */
function civilBodyBefore(m: Mention, ctx: StrangerContext): boolean {
  const lastSided = (ctx.mentions ?? []).filter((o) => o.end <= m.start && o.side !== null && o.side !== "other").at(-1)?.end ?? 0;
  return ctx.tokens.slice(lastSided, m.start).some((t) => CIVIL_BODIES.has(t.norm));
}
/** Words naming a civil body ("the Lyon association Enfance-Caucase"): not "union" or "federation", which name states too. */
const CIVIL_BODIES: ReadonlySet<string> = new Set(["association", "charity", "foundation", "society", "club", "ngo", "fund"]);

/**
 * "… through the Lyon association Enfance-Caucase. '…,' said its president": a civil body the
 * gazetteer does not know is still what a later "its" may mean, and speaks for no side.
 */
function rememberCivilBody(tokens: Token[], mentions: Mention[], state: Discourse): void {
  const at = tokens.findIndex((t) => !t.quoted && CIVIL_BODIES.has(t.norm) && !mentions.some((m) => m.side !== null && t.i >= m.start && t.i < m.end));
  if (at < 0) return;
  // The body's words: the one or two before its noun ("the Lyon association") and the name after it ("Enfance-Caucase").
  let start = at;
  while (start > 0 && at - start < 2 && tokens[start - 1]?.isWord) start--;
  let end = at + 1;
  while (end < tokens.length && end - at <= 3 && tokens[end]?.isWord && tokens[end]?.capitalized) end++;
  remember(state, { sides: ["other"], speaker: textOf(tokens, start, end), type: "government", plural: false, spoke: false });
}

/**
 * "… in Karabakh with a delegation of the human-rights group Christian Solidarity International, went
 * to Maraga. The delegation said …": a delegation or mission whose sender the sentence names a few
 * words after its "of" is the sender's, whom a later "the delegation" means.
 */
function rememberSentBody(tokens: Token[], mentions: Mention[], state: Discourse): void {
  for (const m of mentions) {
    if (m.anaphor !== "title" || m.sides.length > 0 || m.quoted || !SENT_BODIES.test(m.text) || tokens[m.end]?.norm !== "of") continue;
    const sender = mentions.find((o) => o.start > m.end && o.start - m.end <= SENDER_REACH && o.sides.length === 1 && !o.sides.includes(UNCLEAR) && !o.quoted);
    // (Only the words of the sender's description between: "a delegation of the human-rights group X".)
    if (!sender || tokens.slice(m.end + 1, sender.start).some((t) => !t.isWord)) continue;
    remember(state, { sides: sender.sides, speaker: `${m.text} of ${sender.text}`, type: m.type, plural: false, spoke: false });
  }
}

const SENT_BODIES = /\b(?:delegation|mission|team)$/i;
/** How many words the sender's description may take after "of": "the human-rights group". */
const SENDER_REACH = 5;

/**
 * "The swap was announced in a joint statement by the Office of the Prime Minister of Armenia and the
 * Presidential Administration of Azerbaijan": a text the sentence says who issued, which a later "the
 * statement said" quotes. Remembered with its issuers' sides; it has said nothing yet.
 */
function rememberIssuedText(tokens: Token[], mentions: Mention[], state: Discourse): void {
  // ("a decree signed by President Samvel Shahramanyan": the verb of issuing may stand before "by".)
  const by = (k: number) => ["by", "from"].includes(tokens[k]?.norm ?? "");
  const at = tokens.findIndex((t) => !t.quoted && TEXTS_ISSUED_BY.has(t.norm) && (by(t.i + 1) || (ISSUING.has(tokens[t.i + 1]?.norm ?? "") && by(t.i + 2))));
  if (at < 0) {
    rememberTextIssuedBySubject(tokens, mentions, state);
    rememberWorkMadeBySubject(tokens, mentions, state);
    return;
  }
  const close = tokens.findIndex((t, k) => k > at && (t.text === "," || t.text === ";" || t.text === "."));
  const end = close < 0 ? tokens.length : close;
  const issuers = mentions.filter((m) => m.start > at && m.end <= end && m.sides.length > 0 && !m.sides.includes(UNCLEAR) && !m.quoted);
  const sides = [...new Set(issuers.flatMap((m) => m.sides))];
  if (sides.length === 0) return;
  remember(state, {
    sides,
    speaker: textOf(tokens, at > 0 && tokens[at - 1]?.norm === "joint" ? at - 1 : at, end),
    type: "statement",
    plural: false,
    spoke: false,
    issued: true,
  });
}
const TEXTS_ISSUED_BY: ReadonlySet<string> = new Set(["statement", "communique", "communiqué", "declaration", "decree"]);

/**
 * "The region's leader, Samvel Shahramanyan, signed a decree ordering …": a text its subject issued,
 * which a later "the decree said" points back to. Only a subject right at the verb, of one side.
 */
function rememberTextIssuedBySubject(tokens: Token[], mentions: Mention[], state: Discourse): void {
  const verb = tokens.findIndex(
    (t, k) => !t.quoted && ISSUING.has(t.norm) && ["a", "an", "the"].includes(tokens[k + 1]?.norm ?? "") && TEXTS_ISSUED_BY.has(tokens[k + 2]?.norm ?? ""),
  );
  if (verb < 0) return;
  // The subject right at the verb, an apposed name's comma at most between them.
  const subject = mentions.filter((m) => m.end <= verb && !m.quoted).at(-1);
  const between = subject ? tokens.slice(subject.end, verb) : [];
  if (subject?.sides.length !== 1 || subject.sides.includes(UNCLEAR) || !between.every((t) => t.text === ",")) return;
  remember(state, { sides: subject.sides, speaker: textOf(tokens, verb + 1, verb + 3), type: "statement", plural: false, spoke: false, issued: true });
}
const ISSUING: ReadonlySet<string> = new Set(["signed", "issued", "adopted", "published", "released"]);

/**
 * "The Central Intelligence Agency produced three assessments of the unrest": works its subject made,
 * whose later "The first assessment warned …" speaks for that maker, not for whoever spoke last.
 * Only a subject of one side right at the verb, the work a few words after it.
 */
function rememberWorkMadeBySubject(tokens: Token[], mentions: Mention[], state: Discourse): void {
  const verb = tokens.findIndex((t) => !t.quoted && MAKING.has(t.norm));
  if (verb < 0) return;
  // ("handed the ambassador a protest note": past the one it was handed to.)
  const reach = SENDING.has(tokens[verb]?.norm ?? "") ? SENT_OBJECT_REACH : WORK_OBJECT_REACH;
  const object = tokens
    .slice(verb + 1, verb + 1 + reach)
    .find((t) => t.isWord && (WORK_NOUN.test(singularOf(t.norm)) || (SENDING.has(tokens[verb]?.norm ?? "") && SENT_WORK.test(singularOf(t.norm)))));
  const subject = mentions.filter((m) => m.end <= verb && !m.quoted).at(-1);
  const between = subject ? tokens.slice(subject.end, verb) : [];
  if (!object || subject?.sides.length !== 1 || subject.sides.includes(UNCLEAR) || !between.every((t) => t.text === ",")) return;
  remember(state, { sides: subject.sides, speaker: subject.text, type: subject.type, plural: subject.plural, spoke: false, work: singularOf(object.norm) });
}
/** "The ministry handed the ambassador a note": a text sent over is its sender's, as one made is its maker's. */
const SENDING: ReadonlySet<string> = new Set(["handed", "sent", "delivered"]);
/** Texts a state sends over rather than publishes: a later "The note said" is its sender's, and only then read. */
const SENT_WORK = /^(?:note|memorandum|demarche)$/;
const MAKING: ReadonlySet<string> = new Set([...ISSUING, ...SENDING, "produced", "prepared", "compiled", "wrote", "drafted", "authored"]);
/** "produced three short assessments": the work noun within this many words after the verb. */
const WORK_OBJECT_REACH = 4;
const SENT_OBJECT_REACH = 6;
const singularOf = (word: string) => word.replace(/(?<=[^s])s$/, "");

/** The first state or government in the sentence before `m`, as a clause's subject (not after a preposition). */
const NOT_VERBS_BEFORE_WHAT: ReadonlySet<string> = new Set(["to", "of", "for", "on", "in", "at", "with", "by", "from", "about", "against", "over", "into"]);

function subjectBeforeWhat(m: Mention, ctx: StrangerContext): Mention | null {
  const what = m.start - 1;
  if (ctx.tokens[what]?.norm !== "what") return null;
  const subject = (ctx.mentions ?? []).filter((o) => !o.quoted && o.end <= what).at(-1);
  const between = subject ? ctx.tokens.slice(subject.end, what) : [];
  // (Only a finite verb between: "asked the Court to order Armenia to end what it called …" is Azerbaijan's naming.)
  // (Not a preposition: "Armenia accused Azerbaijan of what it called aggression" is Armenia's naming.)
  const verbOnly = between.length >= 1 && between.length <= 2 && between.every((t) => t.isWord && !t.capitalized && !NOT_VERBS_BEFORE_WHAT.has(t.norm));
  return subject && verbOnly && subject.sides.length === 1 && !subject.sides.includes(UNCLEAR) ? subject : null;
}

function stateSubjectBefore(m: Mention, ctx: StrangerContext): Mention | null {
  const first = (ctx.mentions ?? []).find((o) => !o.quoted && o.end <= m.start && o.side !== null && o.side !== "other");
  const placed = first && OBJECT_PREPOSITIONS.has(ctx.tokens[first.start - 1]?.norm ?? "");
  return first && !placed && first.sides.length === 1 && (first.type === "country" || first.type === "government") && !NATIONALITY_WORD.test(first.text)
    ? first
    : null;
}

const POLICE_TITLE = /^(?:the\s+)?police(?:\s+department)?$/i;

/** "Los Angeles" before "Police Department": capitalised words no mention covers, not opening the sentence alone. */
function unknownPlaceBefore(m: Mention, ctx: StrangerContext): string | null {
  let start = m.start;
  while (start > 0 && m.start - start < 3 && ctx.tokens[start - 1]?.isWord && ctx.tokens[start - 1]?.capitalized) start--;
  if (start === m.start || (start === 0 && m.start - start === 1 && !/^\p{Lu}{2,}/u.test(ctx.tokens[0]?.text ?? ""))) return null;
  if ((ctx.mentions ?? []).some((o) => o.start < m.start && o.end > start)) return null;
  return textOf(ctx.tokens, start, m.start);
}

const RELIEF_WORDS: ReadonlySet<string> = new Set(["relief", "aid", "humanitarian", "charity", "church"]);

/**
 * ", chairman of the CSCE Minsk Conference,", ", who holds the rotating OSCE chairmanship,": right after a
 * person, the Minsk process's office the apposition names.
 */
function apposedMediatorOffice(m: Mention, ctx: StrangerContext): Mention | null {
  // ("Russia, itself a Minsk Group co-chair, said …": "itself" describes the state, which speaks for itself.)
  if (ctx.tokens[m.end]?.text !== "," || DESCRIBING_ASIDE.has(ctx.tokens[m.end + 1]?.norm ?? "")) return null;
  // ("the presidents of Russia, the United States and France, the co-chair countries, …": heads of states speak as the states.)
  if (m.type === "country" && headsOfStates(m, ctx.tokens)) return null;
  const close = ctx.tokens.findIndex((t, k) => k > m.end && t.text === ",");
  if (close < 0 || close - m.end > MEDIATOR_OFFICE_WORDS) return null;
  const office = ctx.tokens.slice(m.end + 1, close).some((t) => MEDIATING_OFFICES.has(t.norm));
  const mediator = (ctx.mentions ?? []).find((o) => o.start > m.end && o.end <= close && o.side === "osce-minsk-group");
  // ("Russia, a co-chair of the OSCE Minsk Group, said": a state that is one of the mediators speaks for itself.)
  if (mediator && oneMediatingState(mediator, ctx.mentions ?? [], ctx.tokens)) return null;
  return office && mediator ? mediator : null;
}
const MEDIATING_OFFICES: ReadonlySet<string> = new Set(["chairman", "chair", "chairwoman", "chairmanship", "co-chair", "head", "envoy", "representative"]);
/** How long the apposition naming a mediating office may run. */
const MEDIATOR_OFFICE_WORDS = 10;

/** Only adverbs and time words between a mention and its verb ("the ministry said", "it also said"). */
function adjacentTo(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  if (m.end > verb.start) return false;
  return tokens
    .slice(m.end, verb.start)
    .every(
      (t) =>
        t.isWord &&
        /ly$|^(also|later|then|again|now|on|late|early|earlier|first|since|still|already|once|twice|in|a|statement|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
          t.norm,
        ),
    );
}

/** A named person or body opening the sentence ("Lavrov spoke … , his ministry said"). */
function sentenceSubject(mentions: Mention[], subject: Mention, tokens: Token[] = []): Mention | null {
  const first = mentions.find((m) => !m.quoted && m.side !== null);
  if (!first || first === subject) return null;
  // "In June, Azerbaijan released …, a deal its Foreign Ministry announced": after a fronted time
  // or place and its comma, the first actor still opens the sentence.
  const fronted = FRONTING.has(tokens[0]?.norm ?? "") && tokens[first.start - 1]?.text === "," && first.start <= 6;
  // "18:30 — UN Secretary-General António Guterres is deeply concerned …, his spokesman says": a
  // live blog's time stamp stands before the sentence's subject.
  return first.start - timeStampEnd(tokens) <= 2 || fronted ? first : null;
}

const FRONTING = new Set(["in", "on", "at", "after", "by", "during", "since", "earlier", "later", "last", "this"]);

/** The body right before a report's name, with at most two plain adjectives between ("Council of Europe parliamentary report"). */
function authorBefore(m: Mention, ctx: StrangerContext): Mention | null {
  const before = ctx.mentions?.filter((o) => o.end <= m.start && !o.quoted).at(-1);
  if (!before?.side || before.sides.includes(UNCLEAR)) return null;
  const gap = ctx.tokens.slice(before.end, m.start);
  // ("officials quoted in the report": those a report quotes are no author of it.)
  return gap.length <= 2 && gap.every((t) => t.isWord && !t.capitalized && t.norm !== "quoted" && t.norm !== "cited") ? before : null;
}

/** The latest referent whose name holds the surname (and passes `accept`), if any. */
/**
 * The person last named with this surname. A joint voice ("Aliyev and Pashinyan said in a joint
 * statement") is remembered under one of the two names but speaks for both: no one person's side.
 */
/** Whether a referent named with a first name before the surname used this one (or none). */
function sameFirstName(speaker: string, surname: string, first: string): boolean {
  const words = speaker.split(/\s+/);
  const before = words[words.indexOf(surname) - 1];
  return before === undefined || before === first || !/^\p{Lu}\p{Ll}+$/u.test(before) || TITLE_BEFORE_NAME.test(before);
}

/** Capitalised words before a surname that are an office, not a first name: "President Aliyev". */
const TITLE_BEFORE_NAME =
  /^(?:President|Minister|Premier|General|Colonel|Major|Captain|Lieutenant|Ambassador|Envoy|Spokesman|Spokeswoman|Secretary|Chancellor|Senator|Speaker|Mr|Mrs|Ms|Dr|Judge|Prosecutor|Commander|Governor|Mayor|Deputy|Chairman|Chairwoman|Ombudsman|Leader|Adviser|Aide|Sheikh)$/;

/** The office one person holds, named by its title alone: "Armenia's health minister", "the Karabakh ombudsman". */
const ONE_PERSON_OFFICE =
  /\b(?:minister|president|prime minister|spokes(?:man|woman|person)|ombudsman|governor|mayor|envoy|ambassador|commander|prosecutor[- ]general)$/i;

/** The speaker of the sentence just before when it is a state's office named without its holder's name. */
function untitledOfficeJustSpoke(state: Discourse): Referent | null {
  const last = latestReferent(state, (r) => r.spoke);
  if (!last || state.sentenceNo - last.sentenceNo > 1 || last.type !== "person" || last.plural || last.sides.length !== 1) return null;
  const [side] = last.sides;
  if (!side || side === UNCLEAR || side === "other" || HOLDER_NAME.test(last.speaker)) return null;
  return ONE_PERSON_OFFICE.test(last.speaker) ? last : null;
}

/**
 * "Monte Melkonian, the commander, said …. Melkonian led the defence. … Melkonian said": one word of the
 * one full name the text gave it is that person, placed where the text placed him, even though the word
 * was named since without a side. Only when every full name the word is part of is that one person's
 * (two Sahakyans are two people).
 */
function onePersonPlaced(state: Discourse, name: string, words: string[]): Referent | undefined {
  if (words.length !== 1) return undefined;
  const holders = state.referents.filter((r) => r.speaker.split(/\s+/).includes(name));
  const fullNames = new Set(holders.filter((r) => r.speaker !== name).map((r) => r.speaker));
  if (fullNames.size !== 1 || !holders.every((r) => r.speaker === name || r.type === "person")) return undefined;
  const placed = holders.filter((r) => r.sides.length === 1 && !r.sides.includes(UNCLEAR));
  const sides = new Set(placed.map((r) => r.sides.join("+")));
  return sides.size === 1 ? placed.at(-1) : undefined;
}

function namedBySurname(state: Discourse, surname: string, accept: (r: Referent) => boolean = () => true): Referent | undefined {
  return latestReferent(state, (r) => r.sides.length === 1 && r.speaker.split(/\s+/).includes(surname) && accept(r));
}

/** The person a capitalised possessive right before a title points back to by surname ("Michel's office"). */
function ownerBySurname(m: Mention, state: Discourse, ctx: StrangerContext): { sides: ClaimSide[]; surname: string } | null {
  const owner = ctx.tokens[m.start - 1];
  if (!owner?.possessive || !owner.capitalized || owner.quoted) return null;
  if (ctx.mentions?.some((o) => o !== m && owner.i >= o.start && owner.i < o.end)) return null;
  const surname = owner.text.replace(/['’]s?$/, "");
  const known = namedBySurname(state, surname, (r) => r.type === "person" && !r.sides.includes(UNCLEAR));
  return known ? { sides: known.sides, surname } : null;
}

const ISSUED = new Set(["issued", "released", "published", "signed", "circulated", "distributed", "posted"]);

/**
 * "A statement issued by Michel's office", "a communique released by the Kremlin": the actor after
 * "issued by", or the person a possessive surname points back to ("Michel's office" after "European
 * Council President Charles Michel").
 */
function issuerAfter(m: Mention, state: Discourse, ctx: StrangerContext): { sides: ClaimSide[]; speaker: string } | null {
  const { tokens } = ctx;
  let k = m.end;
  if (!ISSUED.has(tokens[k]?.norm ?? "")) return null;
  k++;
  if (tokens[k]?.norm !== "by") return null;
  k++;
  if (tokens[k]?.norm === "the") k++;
  const named = ctx.mentions?.find((o) => o.start >= m.end + 2 && o.start <= k && !o.quoted);
  if (named?.side && !named.sides.includes(UNCLEAR)) return { sides: named.sides, speaker: named.text };
  const owner = tokens[k];
  if (!owner?.possessive || !owner.capitalized) return null;
  const surname = owner.text.replace(/['’]s?$/, "");
  const known = namedBySurname(state, surname, (r) => !r.sides.includes(UNCLEAR));
  return known ? { sides: known.sides, speaker: `${surname}'s office` } : null;
}

/** A people joined by "and" to a state or body of another side ("Azerbaijan and the Karabakh Armenians"). */
function pairedWithState(m: Mention, ctx: StrangerContext): boolean {
  const mentions = ctx.mentions ?? [];
  const before = mentions.filter((o) => o.end <= m.start).at(-1);
  const after = mentions.find((o) => o.start >= m.end);
  const joined = (a: Mention, b: Mention) => {
    const gap = ctx.tokens.slice(a.end, b.start).map((t) => t.norm);
    return gap.length >= 1 && gap.length <= 2 && gap.includes("and") && gap.every((w) => w === "and" || w === "the");
  };
  const state = (o: Mention | undefined) =>
    o !== undefined && o.side !== null && !o.quoted && !ctx.gazetteer.isPeople(o.text) && isBelligerent(o.side as Side) && o.side !== m.side;
  return (state(before) && before !== undefined && joined(before, m)) || (state(after) && after !== undefined && joined(m, after));
}

/** How many words after a place a person's role may stand ("a Baku taxi driver"). */
const ROLE_AFTER_PLACE = 2;

/** Words that may stand between a state's possessive and "community" ("Azerbaijan's Jewish community"). */
const COMMUNITY_QUALIFIERS = 2;
const COMMUNITY = /^communit(?:y|ies)$/;
const NOT_A_QUALIFIER: ReadonlySet<string> = new Set(["the", "a", "an", "and", "or", "of", "to", "in", "on", "that", "with", "for", "by"]);

/** The end of "<qualifier…> community" right after a possessive, or -1. */
function communityAfter(tokens: Token[], from: number): number {
  for (let i = from; i <= from + COMMUNITY_QUALIFIERS && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (COMMUNITY.test(t.norm)) return i > from ? i + 1 : -1;
    if (!t.isWord || NOT_A_QUALIFIER.has(t.norm)) return -1;
  }
  return -1;
}

/** Offices a state's own agency names without saying whose: its own government's. */
const HOME_OFFICE =
  /\b(?:minister|spokes(?:wo)?man|spokesperson|prosecutor|ombudsman|governor|mayor|head of the|chief of|investigative (?:committee|service)|investigation (?:department|service))\b/i;

/**
 * A pronoun right after "and", "but" or a conjunction of time or cause ("Baku launched the
 * operation after it said …"): the subject of a clause joined to the sentence's first.
 */
function coordinated(m: Mention, tokens: Token[]): boolean {
  return m.anaphor !== null && m.anaphor !== "title" && JOINING_WORDS.has(tokens[m.start - 1]?.norm ?? "");
}

/** A lower-case noun right before the pronoun: "maps it said", "the figures it gave". */
function afterNoun(m: Mention, tokens: Token[]): boolean {
  const before = tokens[m.start - 1];
  if (before?.isWord !== true || before.capitalized || JOINING_WORDS.has(before.norm)) return false;
  // ("showed footage it said was of soldiers": a singular noun for what was shown or handed over.)
  return /^[a-z]{3,}s$/.test(before.text) || SHOWN_THINGS.has(before.norm);
}

/** What a body shows or hands over, singular: "footage it said was …", "a video it said showed …". */
const SHOWN_THINGS: ReadonlySet<string> = new Set([
  "footage",
  "video",
  "film",
  "image",
  "photo",
  "photograph",
  "picture",
  "recording",
  "document",
  "letter",
  "map",
  "evidence",
  "material",
]);

const JOINING_WORDS = new Set(["and", "but", "after", "before", "since", "as", "because", "when", "while", "until", "where", "which"]);

/** A title opening the sentence ("The prosecution …", "Its defence ministry …"), before the pronoun. */
function openingTitle(ctx: StrangerContext, pronoun: Mention): Mention | null {
  const first = ctx.mentions?.find((o) => !o.quoted);
  return first && first !== pronoun && first.anaphor === "title" && first.start <= 1 && first.end <= pronoun.start ? first : null;
}

/** The last person with a side the sentence named before the mention. */
function personBefore(m: Mention, ctx: StrangerContext): Mention | null {
  return ctx.mentions?.filter((o) => !o.quoted && o.end <= m.start && o.type === "person" && !o.plural && o.side !== null && !o.anaphor).at(-1) ?? null;
}

/** "they" for a group, "he" for a person, "it" for one body. */
function agrees(pronoun: Mention, subject: Mention): boolean {
  if (pronoun.anaphor === "they") return subject.plural || subject.sides.length > 1;
  if (pronoun.anaphor === "he") return subject.type === "person" && !subject.plural;
  return pronoun.anaphor === "it" && subject.type !== "person" && !subject.plural;
}

/** What makes a region's people its displaced or its diaspora rather than its side: "who fled", "living in Yerevan". */
const DISPLACED_AFTER =
  /^\s*,?\s*(?:who\s+(?:fled|left|were\s+displaced|had\s+fled|now\s+live|live|lived|arrived)|living|displaced|refugees|in\s+(?:Armenia|Yerevan|Goris|Russia|exile|the\s+diaspora))\b/i;

/** "Armenian sources", "Azerbaijani figures": nouns that make a nationality adjective the state's voice. */
// ("The Armenian representation at the United Nations", "the Azerbaijani mission": a state's own mission.)
const VERSION_NOUNS: ReadonlySet<string> = new Set(["account", "version", "narrative", "position", "view"]);
// ("Azerbaijani claim on Armenian losses: 320 killed", "the Armenian estimate": a side's claim, in a
// table's or infobox's shorthand as in prose.)
const OFFICIAL_NOUNS = new Set([
  ...["sources", "figures", "data", "statistics", "estimates", "count", "counts", "tallies", "tally", "representation", "mission"],
  ...["estimate", "toll"],
]);
/** "Azerbaijani claim on Armenian losses: 320 killed": a claim named as a label before a colon (not "Armenian claims are groundless"). */
const LABEL_NOUNS = new Set(["claim", "claims", "statement", "statements"]);
/** How far past its noun a label's colon may stand: "Azerbaijani claim on Armenian losses:". */
const LABEL_COLON_REACH = 5;
/** "Armenian defence sources", "Azerbaijani military figures": the branch between adjective and noun. */
const DOMAIN_WORDS = new Set(["defence", "defense", "military", "government", "official", "security", "army", "diplomatic", "ministry"]);

/**
 * Roles held in a state's service, whose holders speak for the state that qualifies them: its
 * diplomats, and the members of its parliament ("Armenian MPs said", "Azerbaijani lawmakers";
 * "Armenian opposition MPs" are not this form, and stay third parties).
 */
const STATE_SERVANTS = new Set([
  "diplomat",
  "diplomats",
  "negotiator",
  "negotiators",
  "mp",
  "mps",
  "lawmaker",
  "lawmakers",
  "legislator",
  "legislators",
  "parliamentarian",
  "parliamentarians",
  "deputies",
  "senator",
  "senators",
  // "The Azerbaijani agent told the Court": the agent a state appoints before an international court.
  "agent",
  "agents",
  "envoy",
  "envoys",
  // "Armenian delegates welcomed the document": a state's delegates at talks, as "the Armenian delegation" is.
  "delegate",
  "delegates",
]);

/** "An Azerbaijani parliamentary figure said": a member of the state's parliament, named by the chamber's adjective. */
const PARLIAMENT_PEOPLE: ReadonlySet<string> = new Set(["figure", "figures", "source", "sources", "official", "officials", "leader", "leaders"]);

function parliamentMember(tokens: Token[], at: number): boolean {
  return tokens[at]?.norm === "parliamentary" && PARLIAMENT_PEOPLE.has(tokens[at + 1]?.norm ?? "");
}

/**
 * "the Azerbaijani deputy Elkhan Suleymanov", "the Azerbaijani deputy who brought the motion": a
 * deputy with no office after the word is a member of parliament ("deputy minister" is not).
 */
function parliamentDeputy(tokens: Token[], at: number): boolean {
  if (tokens[at]?.norm !== "deputy") return false;
  const next = tokens[at + 1];
  return (
    next === undefined ||
    !next.isWord ||
    next.norm === "who" ||
    // ("An Azerbaijani deputy puts the dead at 485": the verb right after it.)
    isSpeechVerbForm(next.norm) ||
    (next.capitalized &&
      !/^(?:Minister|Prime|Foreign|Defence|Defense|Head|Chief|Director|Speaker|Commander|Chairman|Governor|Mayor|Prosecutor|Ambassador|Secretary)$/.test(
        next.text,
      ))
  );
}

/** A count before a people's name makes it a crowd: "several hundred", "thousands of", "about 200", "dozens of". */
const CROWD_COUNT = /(?:\b(?:several|some|a\s+few|hundreds|thousands|dozens|tens|many|about|around|over|nearly)|\d)(?:\s+(?:hundred|thousand))?(?:\s+of)?$/i;

/** "Armenian groups", "Azerbaijani communities": nouns that make a nationality adjective a people. */
const PEOPLE_NOUNS = new Set([
  "groups",
  "communities",
  "organisations",
  "organizations",
  "people",
  "diaspora",
  "activists",
  "residents",
  "nationals",
  "citizens",
  "refugees",
  "families",
  "villagers",
  // "Azerbaijani journalists said": the press of a people is no state's voice (its state media are named so).
  "journalists",
  "reporters",
  "correspondents",
  "photographers",
  "survivors",
  "eyewitnesses",
  "witnesses",
  "doctors",
  "students",
]);

/** A known person of one side the sentence names after "chaired by", "headed by" or "led by", before the mention. */
function chairOfMeeting(m: Mention, ctx: StrangerContext): Mention | null {
  const chair = ctx.mentions?.find(
    (x) =>
      x.end <= m.start &&
      x.type === "person" &&
      x.sides.length === 1 &&
      !x.sides.includes(UNCLEAR) &&
      /\b(?:chaired|headed|led)\s+by$/i.test(textOf(ctx.tokens, Math.max(0, x.start - 2), x.start)),
  );
  return chair ?? null;
}

/**
 * The full name of "the Institute" in "the Institute for War and Peace Reporting", when it names no nation
 * and no actor the gazetteer knows ("the Council of Ministers of Azerbaijan" is that state's); else null.
 */
function organisationNamedAfter(m: Mention, tokens: Token[], mentions: readonly Mention[]): string | null {
  if (!ORGANISATION_WORDS.has(tokens[m.end - 1]?.norm ?? "") || !["for", "of"].includes(tokens[m.end]?.norm ?? "")) return null;
  // ("The State Committee for Refugees", "the National Council of …": a state's own body, whose state the text decides.)
  if (tokens.slice(m.start, m.end - 1).some((t) => STATE_BODY_WORDS.has(t.norm))) return null;
  let end = m.end;
  while (tokens[end] && (tokens[end]?.capitalized || (ORGANISATION_JOINS.has(tokens[end]?.norm ?? "") && tokens[end + 1]?.capitalized)) && tokens[end]?.isWord)
    end++;
  if (end <= m.end + 1) return null;
  const name = tokens.slice(m.start, end);
  const placed = mentions.some((o) => o !== m && o.start >= m.end && o.start < end && o.side !== null);
  return placed || name.some((t) => t.capitalized && NATIONALITY_WORD.test(t.norm)) ? null : textOf(tokens, m.start, end);
}
const ORGANISATION_JOINS: ReadonlySet<string> = new Set(["for", "of", "and", "on", "to", "the"]);

/** A colon after the opener's clause, then a quotation that ends right before the pronoun ("X agreed: "…," he said"). */
function quotationIntroducedBy(opener: Mention, pronoun: Mention, tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((t, i) => i >= opener.end && i < pronoun.start && t.text === ":");
  if (colon < 0 || (!tokens[colon + 1]?.quoted && !/^["“]$/.test(tokens[colon + 1]?.text ?? ""))) return false;
  const between = tokens.slice(colon + 1, pronoun.start);
  const lastQuoted = between.reduce((last, t, i) => (t.quoted ? i : last), -1);
  return lastQuoted >= 0 && between.slice(lastQuoted + 1).every((t) => !t.isWord);
}

function resolveMention(
  m: Mention,
  state: Discourse,
  inFront: Mention | null,
  localSide: Side | null,
  opener: Mention | null,
  ctx: StrangerContext,
): Speaker["referent"] | null {
  // "At its weekly session chaired by Prime Minister Nikol Pashinyan, the government extended …": the
  // government whose meeting the sentence says its head chaired.
  const chaired = m.anaphor === "title" && /^the\s+(?:government|cabinet)$/i.test(m.text) ? chairOfMeeting(m, ctx) : null;
  if (chaired) return { sides: chaired.sides, speaker: `${m.text} (${chaired.text})`, type: m.type, plural: false };
  // "President Elchibey … appealed to the Secretary-General, Boutros Boutros-Ghali, to send a mission to
  // report on what he called Armenia's attack": "what he called" names for the person the sentence opens
  // with, not for the one it asked.
  if (
    m.anaphor === "he" &&
    !m.text.includes(" ") &&
    ctx.tokens[m.start - 1]?.norm === "what" &&
    opener?.side &&
    agrees(m, opener) &&
    opener.sides.length === 1
  ) {
    return { sides: opener.sides, speaker: opener.text, type: opener.type, plural: false };
  }
  // "Pashinyan went along with it: "I believe …," he said.": "he" after a quotation that a person's
  // clause introduces with a colon is that person, not the speaker of an earlier sentence.
  if (
    m.anaphor === "he" &&
    !m.text.includes(" ") &&
    opener?.side &&
    opener.type === "person" &&
    !opener.plural &&
    opener.sides.length === 1 &&
    quotationIntroducedBy(opener, m, ctx.tokens)
  ) {
    return { sides: opener.sides, speaker: opener.text, type: opener.type, plural: false };
  }
  // "Hermine Naghdalyan, head of Armenia's delegation, said … . Fellow delegate Naira Zohrabyan called …": one of
  // the same body as the person who just spoke, and of that person's side.
  // (Only a mention naming no side of its own: "fellow Azerbaijani lawmaker X" is named by his.)
  const ownSide = m.sides.some((x) => x !== "other" && x !== UNCLEAR);
  const fellow = !ownSide && (FELLOW.test(ctx.tokens[m.start - 1]?.text ?? "") || /^fellow\s/i.test(m.text)) ? fellowOf(state) : null;
  if (fellow) return { sides: fellow.sides, speaker: m.text, type: "person", plural: false };
  // "The ICRC said … . '…,' a spokeswoman for its Baku office told APA": the city before "office" says where
  // the office is; "its" says whose, the body the text spoke of before.
  const placedOffice = PLACED_OFFICE_OF_ITS.test(m.text)
    ? resolveAnaphor({ ...m, anaphor: "it", text: "its", type: "government", plural: false, side: null, sides: [] }, state)
    : null;
  if (placedOffice && placedOffice.sides.length === 1 && !placedOffice.sides.includes(UNCLEAR))
    return { sides: placedOffice.sides, speaker: m.text, type: "person", plural: false };
  // "Azerbaijan's Ministry of Youth and Sports and its National Olympic Committee said": a body joined by "and its"
  // to a state's body is that state's, whatever side its name alone would have.
  // (The body's name may run on past its mention: "Ministry of Youth and Sports".)
  const joined =
    /^its\s/i.test(m.text) && ctx.tokens[m.start - 1]?.norm === "and"
      ? ctx.mentions?.find(
          (o) =>
            o.end < m.start &&
            m.start - o.end <= BODY_NAME_TAIL &&
            ctx.tokens.slice(o.end, m.start - 1).every((t) => t.capitalized || ["of", "and", "for"].includes(t.norm)),
        )
      : undefined;
  if (joined?.side && isBelligerent(joined.side) && joined.sides.length === 1) return { sides: joined.sides, speaker: m.text, type: m.type, plural: m.plural };
  // "President Ilham Aliyev has signed an order pardoning X, the presidential press service said", "The
  // presidential press service said Aliyev had discussed …": the press office of the president the sentence names.
  const president = m.sides.length === 0 && /\bpresidential press\b/i.test(m.text) ? presidentNamedIn(m, ctx) : null;
  if (president) return { sides: president.sides, speaker: m.text, type: m.type, plural: false };
  // "According to the court's press service": the press office of the body of that kind the text named.
  const pressOf = m.anaphor === "title" && m.type === "media" ? officeOwner(m, state) : null;
  if (pressOf) return { sides: pressOf.sides, speaker: m.text, type: m.type, plural: false };
  // "'President Obama is deeply concerned …,' National Security Council spokesman X said": the leader's spokesman.
  const voiced = m.anaphor === "title" ? leadersSpokesman(m, ctx.tokens, ctx.mentions ?? []) : null;
  if (voiced) return { sides: [voiced], speaker: m.text, type: "person", plural: false };
  // "The Swedish diplomat Jan Eliasson, chairman of the CSCE Minsk Conference, welcomed …": the mediating
  // office the apposition names is whose words these are, not the state that sent him.
  const mediating = m.sideFrom !== "actor" ? apposedMediatorOffice(m, ctx) : null;
  if (mediating) return { sides: mediating.sides, speaker: m.text, type: "person", plural: false };
  // "The Institute for War and Peace Reporting said": an organisation's word with its own name after its
  // "for" or "of", naming no nation, is a body of no state.
  const ownName = m.anaphor === null && m.sides.length === 0 ? organisationNamedAfter(m, ctx.tokens, ctx.mentions ?? []) : null;
  if (ownName) return { sides: ["other"], speaker: ownName, type: "government", plural: false };
  // "Relief officials in Ganja said": officials of relief work, wherever they work, are no state's.
  if (m.type === "government" && /^officials?\b/i.test(m.text) && RELIEF_WORDS.has(ctx.tokens[m.start - 1]?.norm ?? ""))
    return { sides: ["other"], speaker: `${ctx.tokens[m.start - 1]?.text ?? ""} ${m.text}`, type: "person", plural: true };
  // "the Los Angeles Police Department said", "LAPD Capt. X": a city's police the gazetteer cannot
  // place is a city abroad's, no party to the conflict.
  const city = POLICE_TITLE.test(m.text) ? unknownPlaceBefore(m, ctx) : null;
  if (city) return { sides: ["other"], speaker: `${city} ${m.text}`, type: "military", plural: false };
  // "The CSCE Budapest summit welcomed …", "the OSCE Ministerial Council": the organisation's
  // member states together, not its mediators.
  const organ =
    m.type === "mediator" && /^(?:the\s+)?[OC]SCE(?:\s+[\p{L}-]+)?$/iu.test(m.text)
      ? MEMBERS_ORGAN.exec(textOf(ctx.tokens, m.end, Math.min(ctx.tokens.length, m.end + 3)))
      : null;
  if (organ) return { sides: ["other"], speaker: `${m.text} ${organ[0]}`, type: "government", plural: false };
  // "movement leader X", "the protest coordinator": a title the word before it puts in a body of
  // no state; "party leader X" may lead the party in power or one against it.
  const qualifier = m.anaphor === "title" ? NON_STATE_QUALIFIER.exec(`${ctx.tokens[m.start - 1]?.norm ?? ""} ${m.text}`.trim()) : null;
  // ("The leader of the group, a former journalist named X," / "the head of the gunmen": a body of no state after "of".)
  const ofGroup = m.anaphor === "title" && NON_STATE_BODY_AFTER.test(textOf(ctx.tokens, m.end, Math.min(ctx.tokens.length, m.end + 3)));
  if (ofGroup) return { sides: ["other"], speaker: textOf(ctx.tokens, m.start, Math.min(ctx.tokens.length, m.end + 3)), type: "person", plural: m.plural };
  if (qualifier) {
    const holder = nameAfter(m, ctx.tokens, ctx.mentions);
    const speaker = holder ? `${m.text} ${holder}` : m.text;
    return { sides: [qualifier[1]?.toLowerCase() === "party" ? UNCLEAR : "other"], speaker, type: m.type, plural: m.plural };
  }
  // "Ruben Vardanyan's son", "X, the prime minister's brother,": a relative speaks for himself.
  if (!m.anaphor && speaksAsKin(m, ctx.tokens)) {
    const kin = ctx.tokens[m.end - 1]?.possessive ? ` ${ctx.tokens[m.end]?.text ?? ""}` : "";
    return { sides: ["other"], speaker: `${m.text}${kin}`, type: "person", plural: false };
  }
  // "…, in a call with Prime Minister Nikol Pashinyan, …, the Office of the Prime Minister reports": the holder named.
  // "Michel's office said", "Michel's spokesman said": a possessive surname the text introduced names whose office it is.
  const surnamed = m.anaphor === "title" && m.sides.length === 0 ? ownerBySurname(m, state, ctx) : null;
  if (surnamed) return { sides: surnamed.sides, speaker: `${surnamed.surname}'s ${m.text.replace(/^the\s+/i, "")}`, type: m.type, plural: false };
  const holderOffice = m.sides.length === 0 ? officeHolderIn(m, ctx) : null;
  if (holderOffice) return { sides: holderOffice.sides, speaker: m.text, type: "government", plural: false };
  // "Lavrov spoke by phone …, his ministry said": "his" is the sentence's own subject.
  // So is "their" after "Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu …".
  if ((m.anaphor === "he" || m.anaphor === "it" || (m.anaphor === "they" && openedByPair(opener, ctx))) && m.text.includes(" ") && opener?.side) {
    return { sides: opener.sides, speaker: m.text, type: m.type, plural: m.plural };
  }
  // "Mayor Arush Arushanyan has not slept at home since Sunday, his office says": the mayor's office, of
  // the town the last sentences named.
  const officer = m.anaphor === "he" && m.text.includes(" ") ? ctx.mentions?.find((o) => !o.quoted && o !== m && o.start === 0 && !o.side) : undefined;
  const mayor = officer ? townOfLocalOffice(officer, state, ctx) : null;
  // (Kept as the officer himself, whom his surname later names.)
  if (mayor) return { sides: [mayor], speaker: officer?.text ?? m.text, type: "person", plural: false };
  // "In the 44-day war Azerbaijan retook the districts; its defence ministry later put …": "its" is the
  // state that is the subject of the clause before it in the same sentence, not a speaker of an earlier one.
  // ("… through the Lyon association Enfance-Caucase, … said its president": a civil body the sentence names is whose "its".)
  if (m.anaphor === "it" && m.text.includes(" ") && civilBodyBefore(m, ctx)) return { sides: ["other"], speaker: m.text, type: "person", plural: false };
  // "Azerbaijan launched what it termed 'anti-terrorist measures'": "it" after "what" is the subject of
  // the verb right before, not whoever spoke last.
  const beforeWhat = (m.anaphor === "it" || m.anaphor === "they") && !m.text.includes(" ") ? subjectBeforeWhat(m, ctx) : null;
  if (beforeWhat?.side) return { sides: beforeWhat.sides, speaker: beforeWhat.text, type: beforeWhat.type, plural: beforeWhat.plural };
  const sameSentence = m.anaphor === "it" && m.text.includes(" ") && !opener?.side ? stateSubjectBefore(m, ctx) : null;
  if (sameSentence) return { sides: sameSentence.sides, speaker: m.text, type: m.type, plural: m.plural };
  // "De Waal is equally unsparing about Sumgait, where, he notes, …": "he" inside a sentence that opens
  // with a person's name is that person, placed or not, never the speaker of an earlier sentence.
  const openingPerson = m.anaphor === "he" && !m.text.includes(" ") ? openingPersonName(m, state, ctx) : null;
  if (openingPerson) return openingPerson;
  // "President Emmanuel Macron was the clearest: he said …": "he" after a colon is the person the
  // clause before it named, not the speaker of an earlier sentence.
  const afterColon = m.anaphor === "he" && !m.text.includes(" ") && ctx.tokens[m.start - 1]?.text === ":" ? personBefore(m, ctx) : null;
  if (afterColon) return { sides: afterColon.sides, speaker: afterColon.text, type: afterColon.type, plural: false };
  // "The Iranian foreign ministry was more measured: it welcomed the deal": so is "it" or "they" after
  // a colon, the body that opened the clause before it.
  const bodyBeforeColon = (m.anaphor === "it" || m.anaphor === "they") && !m.text.includes(" ") && ctx.tokens[m.start - 1]?.text === ":";
  if (bodyBeforeColon && opener?.side && opener.type !== "person" && agrees(m, opener)) {
    return { sides: opener.sides, speaker: opener.text, type: opener.type, plural: opener.plural };
  }
  // "Opposition deputies are demanding the resignation of X, whom they blame for …": a pronoun in a
  // relative clause is the sentence's subject when it agrees with it.
  if (opener?.side && !m.text.includes(" ") && RELATIVE_OPENERS_OF_PRONOUN.has(ctx.tokens[m.start - 1]?.norm ?? "") && agrees(m, opener)) {
    return { sides: opener.sides, speaker: opener.text, type: opener.type, plural: opener.plural };
  }
  // "Karabakh Armenian leaders have said … Kelbajar, from where, they say, villages were shelled": a
  // pronoun in a reporting aside set off by commas is the sentence's own subject when it agrees.
  if (
    opener?.side &&
    !m.text.includes(" ") &&
    opener.end <= m.start &&
    reportingAside(m, ctx.tokens) &&
    spokeBefore(opener, m, ctx.tokens) &&
    agrees(m, opener)
  ) {
    return { sides: opener.sides, speaker: opener.text, type: opener.type, plural: opener.plural };
  }
  // ("Kachaturyan and Gazaryan went back to Shushi the day it was taken, they said, …": two people the
  // sentence opens with by name are whom "they" in its reporting aside means; with no side we can give
  // them, they are nobody earlier in the text.)
  if (m.anaphor === "they" && !m.text.includes(" ") && !opener?.side && reportingAside(m, ctx.tokens) && opensWithNamedPair(ctx.tokens, m.start)) {
    const names = [ctx.tokens[0]?.text ?? "", ctx.tokens[2]?.text ?? ""];
    const known = names.map((name) => latestReferent(state, (r) => r.type === "person" && r.speaker.split(/\s+/).includes(name)));
    const sides = new Set(known.map((r) => r?.sides.join("+") ?? UNCLEAR));
    const [first] = known;
    const side: ClaimSide[] = sides.size === 1 && first ? first.sides : [UNCLEAR];
    return { sides: side, speaker: `${names[0]} and ${names[1]}`, type: "person", plural: true };
  }
  // "The co-chairs meet in Vienna tomorrow, and they have urged …": a pronoun opening a clause
  // joined by "and" or "but" is the sentence's subject when it agrees with it.
  if (opener?.side && !m.text.includes(" ") && coordinated(m, ctx.tokens) && agrees(m, opener)) {
    return { sides: opener.sides, speaker: opener.text, type: opener.type, plural: opener.plural };
  }
  // "Azerbaijan released 15 detainees in exchange for maps it said showed …": "it" in a clause right
  // after a noun is the sentence's subject when it agrees with it, never an actor of an earlier sentence.
  // ("Armenia asked the Court to order Azerbaijan to end what it called the blockade": "what it called" too.)
  if (
    opener?.side &&
    m.anaphor === "it" &&
    !m.text.includes(" ") &&
    opener.end <= m.start &&
    (afterNoun(m, ctx.tokens) || ctx.tokens[m.start - 1]?.norm === "what") &&
    agrees(m, opener)
  ) {
    return { sides: opener.sides, speaker: opener.text, type: opener.type, plural: opener.plural };
  }
  // "The prosecution presented documents on the attack, where it said 25 were killed": the same
  // for a title opening the sentence, resolved as itself, never an actor of an earlier sentence.
  const title = !opener?.side && !m.text.includes(" ") && coordinated(m, ctx.tokens) ? openingTitle(ctx, m) : null;
  // (Number as written: "the prosecution" is one body, though its entry also names "prosecutors".)
  if (title && agrees(m, { ...title, plural: /s$/i.test(title.text) })) {
    // (Unplaced, it is no speaker at all: an unclear one would stand in for the title's next mention.)
    return resolveMention(title, state, inFront, localSide, null, ctx);
  }
  // "A Council of Europe parliamentary report stated": a report named after its author is the author's.
  const author = m.type === "statement" && m.side === null ? authorBefore(m, ctx) : null;
  if (author) return { sides: author.sides, speaker: `${author.text} ${m.text}`, type: author.type, plural: author.plural };
  // "A statement issued by Michel's office said": the issuer named after it.
  const issuer = m.type === "statement" && m.side === null ? issuerAfter(m, state, ctx) : null;
  if (issuer) return { sides: issuer.sides, speaker: `${m.text} (${issuer.speaker})`, type: m.type, plural: false };
  // "An Armenian diplomat said", "Russian negotiators said": a state's diplomats serve it, unlike its
  // journalists or pensioners; a diplomat no state qualifies ("Western diplomats") is a third party.
  // ("Estonian MEP Marina Kaljurand": a member of the European Parliament speaks in the Union's parliament.)
  if (m.side && m.sideFrom === "country" && /^meps?$/i.test(ctx.tokens[m.end]?.text ?? "")) {
    return { sides: ["european-union"], speaker: textOf(ctx.tokens, m.start, Math.min(ctx.tokens.length, m.end + 1)), type: "person", plural: false };
  }
  if (
    m.side &&
    m.sideFrom === "country" &&
    m.sides.length === 1 &&
    (STATE_SERVANTS.has(ctx.tokens[m.end]?.norm ?? "") || parliamentDeputy(ctx.tokens, m.end) || parliamentMember(ctx.tokens, m.end)) &&
    !/\bwestern|european\b/i.test(m.text) &&
    !outOfOffice(m, ctx)
  ) {
    const end = parliamentMember(ctx.tokens, m.end) ? m.end + 2 : m.end + 1;
    return { sides: m.sides, speaker: textOf(ctx.tokens, m.start, end), type: "person", plural: /s$/i.test(ctx.tokens[end - 1]?.norm ?? "") };
  }
  // "Armenians say", "Armenian groups have long said", "an Azerbaijani, a retired engineer, said":
  // people, not their government, so a third party (as the annotation guide has residents).
  // An adjective alone ("the Armenian end of the corridor") is no people: its side stays unclear.
  if (m.side && m.sideFrom === "country" && ctx.gazetteer.isPeople(m.text)) {
    // "Azerbaijan and the Karabakh Armenians accused each other": paired with a state, a people
    // is its side's camp speaking, not a crowd.
    if (pairedWithState(m, ctx)) return { sides: m.sides, speaker: m.text, type: "government", plural: true };
    const next = ctx.tokens[m.end]?.norm ?? "";
    // "The Karabakh Armenians say …": the region's people named as the party to the conflict speak
    // as its side; those who fled or live elsewhere ("Karabakh Armenians who fled to Goris") do not.
    // ("several hundred ethnic Armenians blocked the highway, saying …": a crowd counted is people, not a party.)
    if (
      m.sides.length === 1 &&
      m.sides[0] === "nagorno-karabakh" &&
      /\bArmenians$/.test(m.text) &&
      !DISPLACED_AFTER.test(textOf(ctx.tokens, m.end, Math.min(ctx.tokens.length, m.end + 4))) &&
      !CROWD_COUNT.test(textOf(ctx.tokens, Math.max(0, m.start - 3), m.start))
    )
      return { sides: m.sides, speaker: m.text, type: "government", plural: true };
    // "…, mutilated, the Azerbaijanis say, after death": a whole people named with "the" right at its
    // verb is its side in the war, as "the Azerbaijani side" is; "Armenians say" are people.
    if (/^the\s+\S+s$/i.test(m.text) && m.sides.length === 1 && isSpeechVerbForm(next))
      return { sides: m.sides, speaker: m.text, type: "government", plural: true };
    // "Armenian defence sources", "Azerbaijani figures": the state's own sources and counts.
    // ("According to the Azerbaijani account": the side's version of events, named with "the"; "an
    // Armenian account" may be anyone's.)
    const sidesVersion = VERSION_NOUNS.has(next) && /^the\s/i.test(m.text);
    const labelled = m.start === 0 && LABEL_NOUNS.has(next) && ctx.tokens.slice(m.end + 1, m.end + 1 + LABEL_COLON_REACH).some((t) => t.text === ":");
    const official = sidesVersion || labelled || OFFICIAL_NOUNS.has(next) || (DOMAIN_WORDS.has(next) && OFFICIAL_NOUNS.has(ctx.tokens[m.end + 1]?.norm ?? ""));
    if (official && !/s$/i.test(m.text)) return { sides: m.sides, speaker: `${m.text} ${next}`, type: m.type, plural: true };
    // ("An Azerbaijani told reporters", "An Armenian who sat in the courtroom": with its article and no noun
    // after it, the adjective is one person; "an Armenian militiaman" is the noun's.)
    const onePerson = ["a", "an"].includes(ctx.tokens[m.start - 1]?.norm ?? "") && (next === "who" || isSpeechVerbForm(next) || !ctx.tokens[m.end]?.isWord);
    // ("An Armenian journalist in the chamber said": a private role right after the adjective is that person's,
    // whatever office the place she is in names.)
    const privateRole = ctx.gazetteer.hasThirdPartyRole(ctx.tokens.slice(m.end, m.end + 1));
    const people = /s$/i.test(m.text) || /^an?\s/i.test(m.text) || PEOPLE_NOUNS.has(next) || onePerson || privateRole;
    const side = people ? "other" : thirdPartyOrUnclear(m, ctx);
    // "In Stepanakert, an Armenian militiaman told us": an Armenian fighter in Karabakh fights for Karabakh.
    const karabakh = side === "armenia" && inFront?.side === "nagorno-karabakh";
    // ("Azerbaijani journalists said": the speaker as written is the people noun with its adjective.)
    const speaker = PEOPLE_NOUNS.has(next) ? textOf(ctx.tokens, m.start, m.end + 1) : m.text;
    // ("Azerbaijanis reject that charge. They say …": a people named in the plural is "they".)
    return { sides: [karabakh ? "nagorno-karabakh" : side], speaker, type: "person", plural: m.plural || /s$/i.test(m.text) };
  }
  // "the Security Council" after "Armenia's Security Council": the qualified one, not the default.
  // ("the mediators" after "American, Russian and French mediators" are still the mediators.)
  // "the experts" after "UN experts": a third party's crowd word, made definite, points back to the qualified one.
  const crowdBack = m.sideFrom === "actor" && m.side === "other" && m.plural && /^the\s+\S+$/i.test(m.text);
  if (m.side && ((m.sideFrom === "default" && m.type !== "mediator") || crowdBack)) {
    const qualified = qualifiedNamesake(m, state);
    if (qualified) return { sides: qualified.sides, speaker: m.text, type: m.type, plural: m.plural };
  }
  // "Armenia's former foreign minister": a former official no longer speaks for the side.
  if (m.side && /\bformer\b/i.test(m.text)) return { sides: ["other"], speaker: m.text, type: m.type, plural: m.plural };
  // "Aliyev and Pashinyan met in Brussels. The two leaders said …": the pair just named, or no side.
  if (m.pairNamed) {
    // ("Medvedev hosted Aliyev and Sargsyan. The heads of state confirmed …": every state just named, host included.)
    const sides = pairThatSpoke(state)?.sides ?? (ALL_NAMED.test(m.text) ? sidesLastNamed(state, m, ctx) : pairNamed(state, m, ctx));
    return { sides: sides ?? [UNCLEAR], speaker: m.text, type: m.type, plural: true };
  }
  // "Yerevan and Stepanakert dismissed that account. …, officials in both capitals said": "both"
  // points back to the pair that just spoke, not to the usual two states.
  const pair = m.sides.length === 2 && /\bboth\b|\bthe two\b/i.test(m.text) ? pairThatSpoke(state) : null;
  if (pair) return { sides: pair.sides, speaker: m.text, type: m.type, plural: true };
  // "The Armenian side says …" in a story where only Karabakh's side has spoken for the Armenians.
  if (/^the\s+armenian\s+side$/i.test(m.text) && onlyKarabakhSpoke(state)) return { sides: ["nagorno-karabakh"], speaker: m.text, type: m.type, plural: false };
  // "each side blamed the other" in a story where only Karabakh's side has spoken for the Armenians:
  // the two sides fighting there are Karabakh's and Azerbaijan's.
  // So are they, before any Armenian side has spoken, where the sentence puts the fighting on Karabakh's
  // line of contact ("The heaviest fighting along the line of contact …, the two sides gave …").
  if (
    m.sides.length === 2 &&
    m.sides.includes("armenia") &&
    m.sides.includes("azerbaijan") &&
    SIDES_WORD.test(m.text) &&
    (onlyKarabakhSpoke(state) || (noArmenianSideSpoke(state) && onKarabakhLine(ctx)))
  )
    return { sides: ["nagorno-karabakh", "azerbaijan"], speaker: m.text, type: m.type, plural: true };
  // "Mirzoyan and Rubio met in Washington. In a joint statement, the two governments said …": the
  // pair of states just named, when one of them is no belligerent. "Both sides" stays the two
  // belligerents: it is what conflict reporting means by it whoever was named before.
  const justNamed = m.sides.length === 2 && PAIR_OF_STATES.test(m.text) ? pairNamed(state, m, ctx) : null;
  if (justNamed?.some((s) => !isBelligerent(s))) return { sides: justNamed, speaker: m.text, type: m.type, plural: true };
  // "Levon Mnatsakanyan, former commander of the Karabakh army, …" then "Mnatsakanyan said": the
  // person the text introduced, not the gazetteer's namesake (a foreign minister of Armenia).
  const namesake = m.side && m.sideFrom === "actor" && m.type === "person" ? introducedNamesake(m, state, ctx.gazetteer) : null;
  if (namesake) return { sides: namesake.sides, speaker: m.text, type: m.type, plural: false };
  // ("Former human rights ombudsman Arman Tatoyan": the office and its holder's name make one mention.)
  const person = m.type === "person" || HOLDER_AT_END.test(m.text);
  if (m.side && m.sideFrom === "actor" && person && outOfOffice(m, ctx)) return { sides: ["other"], speaker: m.text, type: "person", plural: false };
  // "a former U.S. negotiator", "a former Armenian foreign minister": no longer speaks for the state.
  if (m.side && m.side !== UNCLEAR && m.sideFrom === "country" && outOfOffice(m, ctx))
    return { sides: ["other"], speaker: m.text, type: "person", plural: false };
  const led = m.side && m.sideFrom === "actor" && m.type === "person" ? ledOffice(m, ctx) : null;
  if (led) return { sides: [led], speaker: m.text, type: m.type, plural: false };
  // "Kocharyan said …" after the text introduced him by the office he then held: the text's side.
  const introduced = m.side && m.sideFrom === "actor" && m.type === "person" ? introducedByOffice(m, state) : null;
  if (introduced) return { sides: introduced.sides, speaker: m.text, type: m.type, plural: false };
  // "a Stepanakert pensioner", "a 22-year-old Baku resident": a place before a person's role says
  // where they live, not whom they speak for.
  // ("Karabakh's Information Centre" is the place's own body: a possessive or a capitalised name is no role.)
  // ("Russian writer Inessa Burkova": the holder's name after the role leaves it a role.)
  const after = ctx.tokens.slice(m.end, m.end + ROLE_AFTER_PLACE);
  const lowerRun = after.findIndex((t) => t.capitalized);
  const roleAfter = lowerRun === -1 ? after : after.slice(0, lowerRun);
  const namedHolder = lowerRun > 0 && HOLDER_AT_END.test(` ${textOf(ctx.tokens, m.end + lowerRun, Math.min(ctx.tokens.length, m.end + lowerRun + 2))}`);
  const personRole =
    !ctx.tokens[m.end - 1]?.possessive && roleAfter.length > 0 && (lowerRun === -1 || namedHolder) && ctx.gazetteer.hasThirdPartyRole(roleAfter);
  if (m.side && m.type === "country" && personRole)
    return { sides: ["other"], speaker: textOf(ctx.tokens, m.start, Math.min(ctx.tokens.length, m.end + 1)), type: "person", plural: false };
  // "Armenia's Catholic community", "the heads of Azerbaijan's religious communities": a people or a
  // faith that lives in a state speaks for itself, not for the state's government.
  const community = m.side && m.sideFrom === "country" && ctx.tokens[m.end - 1]?.possessive ? communityAfter(ctx.tokens, m.end) : -1;
  if (community > 0) return { sides: ["other"], speaker: textOf(ctx.tokens, m.start, community), type: "person", plural: true };
  // "In Stepanakert, the enclave's capital, local Armenian leaders said …": Armenians speaking in
  // Karabakh, named by the adjective only, are Karabakh's (as "the Armenian authorities in Karabakh").
  if (m.side === "armenia" && m.sideFrom === "country" && inFront?.side === "nagorno-karabakh" && !/\barmenia\b/i.test(m.text))
    return { sides: ["nagorno-karabakh"], speaker: m.text, type: m.type, plural: m.plural };
  // "the republic's Supreme Soviet" in Baku in 1990: the republic the text is about, not the Union's.
  const republic = m.side === UNCLEAR ? countryOwning(m, state, ctx.tokens) : null;
  if (republic) return { sides: republic.sides, speaker: `${m.text} (${republic.speaker})`, type: m.type, plural: m.plural };
  // "A Communist Party official in Yerevan said": the party's official in a republic's town speaks
  // there for the republic's party, as annotators have it.
  // (Only the party's: "a Soviet Interior Ministry official in Baku" is the Union's, wherever he serves.)
  const placedIn = m.side === UNCLEAR && /\bparty\b/i.test(m.text) ? belligerentPlaceIn(m, ctx) : null;
  if (placedIn) return { sides: [placedIn], speaker: m.text, type: m.type, plural: m.plural };
  // "HDP co-chairs said": a party's co-chairs, not the Minsk Group's.
  // (Only a party's letters: "the Russian and Finnish co-chairmen" are the Minsk Conference's.)
  const party = m.type === "mediator" && /^co-?chair/i.test(m.text) ? unknownQualifier(m, ctx) : null;
  if (party && /^\p{Lu}{2,8}$/u.test(party)) return { sides: [UNCLEAR], speaker: `${party} ${m.text}`, type: "person", plural: m.plural };
  if (m.side) return { sides: m.sides, speaker: m.text, type: m.type, plural: m.plural };
  if (m.stranger) return resolveStranger(m, state, ctx);
  // "A Foreign Ministry spokesman said Norway hoped …": a title that names no state, speaking of a
  // third state in what only that state says of itself, is that state's, not the ministry named before.
  const ownState =
    m.anaphor === "title" && m.sides.length === 0 && ctx.mentions ? ownStateSpoken(m, ctx.tokens.slice(m.start, m.end), ctx.tokens, ctx.mentions) : null;
  if (ownState) return { sides: [ownState], speaker: m.text, type: m.type, plural: m.plural };
  // "A SOCAR spokesman said": a title qualified by a name the gazetteer does not know belongs to
  // that unknown body, not to the last body that spoke.
  // (Only a person's title: "the Collective Security Treaty Organisation" is one body's long name.)
  const unknownBody = m.anaphor === "title" && m.type === "person" && BODY_OFFICER.test(m.text) ? unknownQualifier(m, ctx) : null;
  // ("the FFA president": a short name the text defined is known after all.)
  const aliased = unknownBody ? state.aliases.get(unknownBody) : undefined;
  if (unknownBody) return { sides: aliased?.sides ?? [UNCLEAR], speaker: `${unknownBody} ${m.text}`, type: m.type, plural: m.plural };
  // "according to the local authorities" in a sentence about "the enclave": that place's side.
  // So is a bare "the government" ("Critics in Armenia worry …, a concern the government rejects"),
  // whichever government spoke last.
  // ("… local health officials said": "local" may stand a word or two before the title the gazetteer matched.)
  const saysLocal = m.text.toLowerCase().includes("local") || ctx.tokens.slice(Math.max(0, m.start - 2), m.start).some((t) => t.norm === "local");
  const localHere = saysLocal && ctx.mentions ? belligerentNamed(ctx.mentions, ctx.tokens) : localSide;
  if (m.anaphor === "title" && localHere && (saysLocal || /^the\s+government$/i.test(m.text))) {
    return { sides: [localHere], speaker: m.text, type: m.type, plural: m.plural };
  }
  // "Ganja, Azerbaijan's second city, … By midday the country's emergency ministry said": the country named last.
  const country = m.anaphor === "title" ? countryOwning(m, state, ctx.tokens) : null;
  if (country) return { sides: country.sides, speaker: `${m.text} (${country.speaker})`, type: m.type, plural: m.plural };
  // "Azerbaijan's Prosecutor General's Office and Interior Ministry said": one qualifier for both.
  const partner = coordinatedQualifier(m, ctx);
  if (partner) return { sides: partner.sides, speaker: `${m.text} (${partner.text})`, type: m.type, plural: m.plural };
  // "In Baku, the Foreign Ministry said", "In Yerevan, officials say": the place in front says
  // whose ministry or officials they are.
  if (m.anaphor === "title" && inFront?.side && m.type !== "statement" && m.type !== "media") {
    return { sides: [inFront.side], speaker: `${m.text} (${inFront.text})`, type: m.type, plural: m.plural };
  }
  // "Pakistan has backed Azerbaijan …, with the Foreign Office calling for …": the state the
  // sentence opens with owns the office it names later.
  const local = m.anaphor === "title" && (OWNED_TYPES.has(m.type) || m.type === "military") ? localPlaceBefore(m, ctx) : null;
  const owner = local ?? (m.anaphor === "title" && OWNED_TYPES.has(m.type) ? openingState(m, ctx) : null);
  if (owner?.side) return { sides: [owner.side], speaker: `${m.text} (${owner.text})`, type: m.type, plural: m.plural };
  // "Moscow's reaction came through Maria Zakharova, the foreign ministry spokeswoman, who said …": the
  // state the sentence opens with is whose spokeswoman she is, not the ministry that spoke before.
  const openedBy = m.anaphor === "title" && /\bspokes/i.test(m.text) ? openingState(m, ctx) : null;
  if (openedBy?.side) return { sides: [openedBy.side], speaker: `${m.text} (${openedBy.text})`, type: "person", plural: false };
  const spokenFor = bodyOfSpokesperson(m, state, ctx.tokens[m.end]?.text === "," && /^\p{Lu}/u.test(ctx.tokens[m.end + 1]?.text ?? ""));
  if (spokenFor) return { sides: spokenFor.sides, speaker: m.text, type: "person", plural: false };
  // "Senior assistant prosecutor Vusal Mammadov said": an office the gazetteer cannot place, held by
  // a person it does not know, is the office the text named before ("Azerbaijani prosecutors").
  const holderAfter = m.anaphor === "title" && !m.definite && m.sides.length === 0 ? nameAfter(m, ctx.tokens, ctx.mentions) : null;
  if (holderAfter) {
    const office = resolveAnaphor(m, state);
    return office ? { sides: office.sides, speaker: `${m.text} ${holderAfter}`, type: "person", plural: false } : null;
  }
  // "Prosecutors told the court …": bare, the prosecution still points back to the trial's court.
  // "Health officials said" on a state's own page (its agency, its local press, a capital's
  // dateline with no wire credited): that state's officials. Elsewhere, nobody we can tell.
  if (!m.definite && state.localHome && homeOfficials(m, ctx.tokens)) return { sides: [state.localHome], speaker: m.text, type: m.type, plural: true };
  // "Police said …" after "the Los Angeles Police Department said": the police the text last named.
  const police = !m.definite && POLICE_TITLE.test(m.text) ? latestReferent(state, (r) => /\bpolice\b/i.test(r.speaker)) : null;
  if (police) return { sides: police.sides, speaker: m.text, type: m.type, plural: true };
  if (!m.definite && !/^(?:state\s+)?prosecutors$/i.test(m.text)) return null;
  // "President Mikhail Gorbachev", "Interior Minister Boris Pugo", "The mayor of Khojaly, Elman
  // Mamedov,": an office held by a named person is that person's; an earlier president of some
  // side is not him unless the name agrees.
  const holder = holderName(m) ?? apposedName(m, ctx.tokens);
  if (holder) {
    const same = latestReferent(state, (r) => r.type === "person" && holder.some((w) => r.speaker.includes(w)));
    if (same) return { sides: same.sides, speaker: m.text, type: "person", plural: false };
    const side = homeOfficeOr(thirdPartyOrUnclear(m, ctx), m, state, ctx);
    // ("Deputy" stands before the mention: "Deputy Prime Minister X" is the prime minister's deputy.)
    const title = ctx.tokens[m.start - 1]?.norm === "deputy" ? `Deputy ${m.text}` : m.text;
    // ("The commission's chairman, Ali Naghiyev, said": the office is the commission's the text named.)
    const owned = side === UNCLEAR ? officeOwner(m, state) : null;
    const office = side === UNCLEAR ? (owned ?? officeNamedBefore(title, state)) : null;
    const town = side === UNCLEAR && !office ? townOfLocalOffice(m, state, ctx) : null;
    // ("Baku's version could hardly be more different. The army chief of staff, Lieutenant-General X, said":
    // an office of no state right after a state's own sentence is that state's.)
    const justNamed = side === UNCLEAR && !office && !town ? stateJustNamed(m.text.replace(/^(?:the|its|his|her|their)\s+/i, ""), state) : null;
    return { sides: office?.sides ?? (town ? [town] : (justNamed?.sides ?? [side])), speaker: m.text, type: "person", plural: false };
  }
  // "the opposition newspaper Yeni Musavat", "the government daily Respublika": an outlet named
  // for the first time is a third party, a state's paper whose state is not named is unclear.
  if (m.type === "media" && m.anaphor === "title" && namesItself(m, ctx.tokens)) {
    return { sides: [thirdPartyOrUnclear(m, ctx)], speaker: m.text, type: m.type, plural: false };
  }
  // "The President of the Council": the office of a body named after it, not the last president.
  const body = bodyAfterTitle(m, ctx.tokens);
  if (body) {
    const holder = latestReferent(state, (r) => r.speaker.split(/\s+/).includes(body));
    return { sides: holder?.sides ?? [UNCLEAR], speaker: m.text, type: m.type, plural: m.plural };
  }
  // "The European Union's monitors began work …, the bloc said": the bloc the sentence names.
  const bloc = /\bbloc$/i.test(m.text) ? ctx.mentions?.find((o) => o !== m && o.side && BLOC.test(o.text)) : undefined;
  if (bloc) return { sides: bloc.sides, speaker: m.text, type: m.type, plural: false };
  const minister = ministerBefore(m, ctx);
  if (minister) return { sides: minister.sides, speaker: `${m.text} (${minister.text})`, type: m.type, plural: false };
  const ref = resolveAnaphor(m, state);
  if (!ref) return null;
  // A title of its own kind, or one carrying a name ("Defense Ministry spokesperson Aram
  // Torosyan"), keeps its own words, so that "Torosyan said" can find him later.
  // ("The prosecution asked …" after "the Baku Military Court": another body of the same kind, whose
  // head noun the referent does not have, keeps its own words too; the side is still the referent's.)
  const named = m.anaphor === "title" && m.type !== "statement" && (ref.type !== m.type || /\s\p{Lu}/u.test(m.text) || anotherBody(m, ref));
  // "Azerbaijan told a different story. Its Defence Ministry blamed …": the body is the owner's
  // ("Azerbaijan's Defence Ministry"), so that a later "the ministry" finds it and not an older one.
  const owned = ownedBody(m, ref);
  if (owned) return { sides: ref.sides, speaker: owned, type: m.type, plural: m.plural };
  return { sides: ref.sides, speaker: named ? m.text : ref.speaker, type: named ? m.type : ref.type, plural: ref.plural };
}

/**
 * "The prosecution asked …" after "the Baku Military Court": the trial's court gives the prosecution
 * its side but is not who speaks, so the title keeps its own words.
 */
function anotherBody(m: Mention, ref: Referent): boolean {
  return COURT.test(ref.speaker) && !COURT.test(m.text);
}
const COURT = /\b(?:court|tribunal|judges?)\b/i;

/**
 * "The surgeon of the hospital, R. Aliyev, said": a surname the gazetteer knows for a leader, after
 * someone else's initial, is another person of that name (a stranger), not the leader.
 */
function withoutInitialledNamesakes(mentions: Mention[], tokens: Token[]): Mention[] {
  return mentions.filter(
    (m) => !(m.type === "person" && m.end - m.start === 1 && tokens[m.start - 1]?.text === "." && /^\p{Lu}$/u.test(tokens[m.start - 2]?.text ?? "")),
  );
}

/**
 * "The separatists, outgunned, accepted a ceasefire. Their presidency said …": a side named by a people's
 * plural noun is spoken of in the plural, whatever the gazetteer's entry for the word says.
 */
function pluralByNoun(mentions: Mention[]): Mention[] {
  return mentions.map((m) => (m.plural || m.anaphor !== null || !PLURAL_SIDE_NOUN.test(m.text) ? m : { ...m, plural: true }));
}
const PLURAL_SIDE_NOUN = /\b(?:separatists|rebels|insurgents|militants|secessionists)$/i;

/**
 * "The Armenian Government, represented by their Agent, argued …. They maintained …": a body its own
 * apposition calls "their" is spoken of in the plural (as British and legal English do), so a later
 * "They" may mean it rather than a plural group named before.
 */
function pluralByTheir(mentions: Mention[], tokens: Token[]): Mention[] {
  return mentions.map((m) => {
    if (m.plural || (m.type !== "government" && m.type !== "ministry") || tokens[m.end]?.text !== ",") return m;
    const close = tokens.findIndex((t, i) => i > m.end && t.text === ",");
    const apposition = tokens.slice(m.end + 1, close < 0 ? m.end + 1 + THEIR_REACH : Math.min(close, m.end + 1 + THEIR_REACH));
    return apposition[0]?.norm.endsWith("ed") && apposition.some((t) => t.norm === "their") ? { ...m, plural: true } : m;
  });
}
/** How far into a body's participle apposition its "their" may stand: "represented by their Agent". */
const THEIR_REACH = 4;

/**
 * "CHW also reports the destruction of …" after "Caucasus Heritage Watch (CHW) released …": a short
 * name the text defined is a mention of that actor, as the full name would be, wherever no other
 * mention covers it ("the FFA" with its article).
 */
function withAliasMentions(mentions: Mention[], tokens: Token[], state: Discourse): Mention[] {
  if (state.aliases.size === 0) return mentions;
  const added: Mention[] = [];
  let kept = mentions;
  // ("Anglo Asian" for "Anglo Asian Mining": a name of more words, its words in a row.)
  const longer = [...state.aliases.keys()].filter((key) => key.includes(" ")).map((key) => key.split(" "));
  tokens.forEach((t, k) => {
    const words = longer.find((w) => w.every((word, j) => tokens[k + j]?.text === word));
    const end = k + (words?.length ?? 1);
    const alias = state.aliases.get(words ? words.join(" ") : t.text);
    // ("Lydian Armenia", a company the text named: its name covers the country's name inside it.)
    const inside = (m: Mention) => words !== undefined && m.start >= k && m.end <= end && m.type === "country";
    if (!alias || kept.some((m) => m.start < end && k < m.end && !inside(m)) || added.some((m) => m.end > k)) return;
    if (words) kept = kept.filter((m) => !(m.start >= k && m.end <= end));
    const start = tokens[k - 1]?.norm === "the" && !kept.some((m) => m.end === k) ? k - 1 : k;
    added.push({
      start,
      end,
      text: textOf(tokens, start, end),
      side: alias.sides.length === 1 ? (alias.sides[0] ?? null) : null,
      sides: alias.sides,
      qualifierSide: null,
      sideFrom: "actor",
      type: alias.type,
      plural: false,
      anaphor: null,
      definite: false,
      quoted: t.quoted,
    });
  });
  return added.length === 0 ? mentions : [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "The Football Federation of Armenia (FFA) demanded …", "Armenia's Investigative Committee (IC)
 * said …": a name holding a known actor, with a short name in brackets right after it; the text uses
 * the short name for that actor from then on.
 */
function defineAliases(tokens: Token[], mentions: Mention[], state: Discourse): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const short = tokens[i + 1];
    if (tokens[i]?.text !== "(" || tokens[i + 2]?.text !== ")" || !short || !SHORT_NAME.test(short.text)) continue;
    if (mentions.some((o) => o.start === i + 1)) continue;
    const nameStart = startOfName(tokens, i);
    // The actor must be the whole name, its owner ("Armenia's Investigative Committee") or its
    // country after "of" ("the Football Federation of Armenia"): in "the Armenian National Committee
    // of America" an adjective says nothing of whose the body is.
    // (The whole name may start after words the name's start took in: "At the end of October the Football Federation of Armenia (FFA)".)
    const owns = (m: Mention) =>
      (m.start === nameStart && m.end === i) ||
      (m.start > nameStart && m.end === i && m.end - m.start >= 2 && m.sideFrom !== "country") ||
      /['’]s$/.test(tokens[m.end - 1]?.text ?? "") ||
      (tokens[m.start - 1]?.norm === "of" && m.end === i);
    const actor = mentions.find((m) => m.start >= nameStart && m.end <= i && m.side !== null && m.side !== UNCLEAR && owns(m));
    if (actor)
      state.aliases.set(short.text, {
        sides: actor.sides,
        speaker: textOf(tokens, nameStart, i),
        type: actor.type,
        plural: false,
        spoke: false,
        sentenceNo: state.sentenceNo,
      });
  }
}

/**
 * "Anglo Asian Mining said …. Anglo Asian replied …", "Fitch Ratings has downgraded …. Fitch now
 * projects …": a company goes by its name without its closing word once the text has named it whole.
 */
function defineCompanyNames(mentions: Mention[], state: Discourse, gazetteer: Gazetteer): void {
  for (const m of mentions) {
    if (m.sideFrom !== "actor" || m.sides.length !== 1 || m.side !== "other") continue;
    const short = gazetteer.companyShortName(m.text);
    if (short && !state.aliases.has(short))
      state.aliases.set(short, { sides: ["other"], speaker: m.text, type: m.type, plural: false, spoke: false, sentenceNo: state.sentenceNo });
  }
}

/**
 * "The Armenian subsidiary of Lydian International" names the company "Lydian Armenia" that then speaks
 * for itself ("Lydian Armenia said …"), not for the country its name ends in.
 */
function defineSubsidiaryNames(sentence: string, state: Discourse): void {
  if (!/\bsubsidiary\b/i.test(sentence)) return;
  for (const found of sentence.matchAll(SUBSIDIARY_OF)) {
    const country = SUBSIDIARY_COUNTRIES[found[1]?.toLowerCase() ?? ""];
    if (!country || !found[2]) continue;
    const name = `${found[2]} ${country}`;
    state.aliases.set(name, { sides: ["other"], speaker: name, type: "government", plural: false, spoke: false, sentenceNo: state.sentenceNo });
  }
}

const SUBSIDIARY_OF = /\b(Armenian|Azerbaijani|Georgian)\s+subsidiary\s+of\s+(\p{Lu}[\p{L}-]+)/gu;
const SUBSIDIARY_COUNTRIES: Readonly<Record<string, string>> = { armenian: "Armenia", azerbaijani: "Azerbaijan", georgian: "Georgia" };

/**
 * "the two opposition factions, Hayastan and Pativ Unem", "the opposition Musavat party": names the
 * text gives parties in opposition, whose members then speak for themselves, not for the government
 * ("Taguhi Tovmasyan of Pativ Unem told reporters" is a third party's claim).
 */
function defineOppositionNames(sentence: string, state: Discourse): void {
  // (Every pattern names the opposition: most sentences never reach them.)
  if (!/opposition/i.test(sentence)) return;
  for (const pattern of OPPOSITION_NAMING) {
    for (const found of sentence.matchAll(pattern)) {
      for (const name of [found[1], found[2]]) {
        if (!name || NOT_PARTY_NAME.test(name)) continue;
        state.aliases.set(name, { sides: ["other"], speaker: name, type: "government", plural: false, spoke: false, sentenceNo: state.sentenceNo });
      }
    }
  }
}

const PARTY_NAME = "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})";
const OPPOSITION_NAMING: readonly RegExp[] = [
  // "the two opposition factions, Hayastan and Pativ Unem"
  new RegExp(`\\bopposition (?:factions|parties|blocs|groups|alliances),? ${PARTY_NAME} and ${PARTY_NAME}`, "gu"),
  // "the opposition Musavat party", "the opposition bloc Armenia Alliance"
  new RegExp(`\\bthe opposition (?:(?:party|faction|bloc|alliance) )?${PARTY_NAME}(?= (?:party|faction|bloc|alliance)\\b|[,.;)])`, "gu"),
  // "Musavat, an opposition party,"
  new RegExp(`${PARTY_NAME}, (?:an|the main) opposition (?:party|faction|bloc|alliance)\\b`, "gu"),
];
/** Words a party's name never is: a state or a people ("the opposition Armenian National Movement" keeps its own rule). */
const NOT_PARTY_NAME =
  /^(?:The|Armenia|Armenian|Azerbaijan|Azerbaijani|Karabakh|Russia|Russian|Turkey|Turkish|Iran|Iranian|Georgia|Georgian|Parliament|Party|Front)$/;

/** Where the name before a bracket starts: back over its capitalised words and the small words between them. */
function startOfName(tokens: Token[], bracket: number): number {
  let k = bracket;
  while (k > 0 && bracket - k < NAME_REACH) {
    const t = tokens[k - 1];
    if (!t || !(t.capitalized || NAME_GLUE.has(t.norm) || /^['’]s$/.test(t.text))) break;
    k--;
  }
  return k;
}

const NAME_GLUE = new Set(["of", "for", "and", "on", "the"]);
/** How many words back from its bracket a defined name may start. */
const NAME_REACH = 9;

/** The defined short name in a name's apposition (", the FFA president,"), with the actor it stands for. */
function apposedAlias(m: Mention, state: Discourse, ctx: StrangerContext): Referent | null {
  if (ctx.tokens[m.end]?.text !== ",") return null;
  for (let k = m.end + 1; k < Math.min(ctx.tokens.length, m.end + APPOSED_ALIAS_REACH); k++) {
    const word = ctx.tokens[k]?.text ?? ",";
    if (word === ",") return null;
    const alias = state.aliases.get(word);
    if (alias) return alias;
  }
  return null;
}

/** How far into a name's apposition a defined short name may stand ("the FFA president", "head of the NSS press office"). */
const APPOSED_ALIAS_REACH = 7;

/** A short name in capitals: "FFA", "AFFA", "NSS", "MFA". */
const SHORT_NAME = /^\p{Lu}[\p{Lu}\d&]{1,9}$/u;

/**
 * The unknown name right before a title: an acronym ("A SOCAR spokesman", "the FFA president"), or a
 * capitalised word inside the sentence ("a Qarabag spokesman") that is not a word of office.
 */
function unknownQualifier(m: Mention, ctx: StrangerContext): string | null {
  const k = m.start - 1;
  const word = ctx.tokens[k];
  // ("Michel's office": a possessive names whose office it is, which the possessor's reading places.)
  if (!word?.isWord || !word.capitalized || word.quoted || /['’]s?$/.test(word.text)) return null;
  if (ctx.mentions?.some((o) => o !== m && k >= o.start && k < o.end)) return null;
  const acronym = /^\p{Lu}{2,8}$/u.test(word.text);
  const named = k > 0 && !OFFICE_WORDS.has(word.norm) && !NOT_NAMES.has(word.norm) && !/^\p{P}$/u.test(ctx.tokens[k - 1]?.text ?? "");
  return acronym || named ? word.text : null;
}

/** Titles of those who speak for a body: "a SOCAR spokesman", "the FFA president", "a UEFA official". */
const BODY_OFFICER =
  /\b(?:spokes(?:man|men|woman|women|person|people)|officials?|representatives?|president|chairman|chairwoman|chair|head|director|secretary|press\s+(?:service|office))$/i;

/** Capitalised words that qualify a title without naming a body: "Presidential spokesman", "Senior official". */
const OFFICE_WORDS = new Set([
  "presidential",
  "government",
  "ministry",
  "foreign",
  "defence",
  "defense",
  "military",
  "army",
  "police",
  "senior",
  "chief",
  "deputy",
  "press",
  "state",
  "official",
  "interior",
  "border",
]);

/**
 * "Armenian Defence Minister Davit Tonoyan briefed the OSCE envoy …, the ministry said": "the
 * ministry" is the ministry of the minister the same sentence named, not one named paragraphs back.
 */
function ministerBefore(m: Mention, ctx: StrangerContext): Mention | null {
  const domain = /^the\s+(?:(\w+)\s+)?ministry$/i.exec(m.text);
  if (!domain || !ctx.mentions) return null;
  const named = ctx.mentions.filter(
    // (Not a minister inside the quote the ministry says, nor a prime minister, who heads no ministry:
    // '"We thank the government, led by the Prime Minister X," the ministry said'.)
    (o) =>
      o.end <= m.start &&
      !o.quoted &&
      o.side !== null &&
      o.side !== UNCLEAR &&
      o.sides.length === 1 &&
      /\bminist(?:er|ry)\b/i.test(o.text) &&
      !/\bprime\s+minister\b/i.test(o.text),
  );
  const word = domain[1]?.toLowerCase();
  const fitting = word ? named.filter((o) => o.text.toLowerCase().includes(word.slice(0, 6))) : named;
  // Two ministers of different sides in one sentence: no telling whose ministry spoke.
  return new Set(fitting.map((o) => o.side)).size === 1 ? (fitting.at(-1) ?? null) : null;
}

/**
 * The state "the country's" points to before a body ("the country's defence ministry"): the last
 * belligerent state the text named, within a few sentences; null when another state was named since.
 */
function countryOwning(m: Mention, state: Discourse, tokens: Token[]): Referent | null {
  // ("the country's emergency ministry": a modifier or two the gazetteer does not know may stand between.)
  let k = m.start - 1;
  while (k > m.start - 3 && tokens[k]?.isWord && !tokens[k]?.possessive && !tokens[k]?.capitalized) k--;
  const owner = tokens[k];
  if (!owner?.possessive || !/^(?:country|nation|republic)$/.test(owner.norm) || tokens[k - 1]?.norm !== "the") return null;
  const republic = owner.norm === "republic";
  // (A republic is one of the two Union republics: not Moscow, the Union's capital, nor Karabakh, an oblast of one of them.)
  const last = latestReferent(
    state,
    (r) => r.type === "country" && !r.sides.includes(UNCLEAR) && (!republic || r.sides.every((side) => side === "armenia" || side === "azerbaijan")),
  );
  const side = last?.sides.length === 1 ? last.sides[0] : undefined;
  // ("the republic's" names the one a story of the Soviet years is set in, however far back.)
  const reach = republic ? REPUBLIC_REACH : PRONOUN_REACH;
  if (!last || !side || !isBelligerent(side) || state.sentenceNo - last.sentenceNo > reach) return null;
  // "Armenia and Azerbaijan traded fire. The country's …": two states named together leave it open.
  const rival = state.referents.some((r) => r.type === "country" && r.sentenceNo === last.sentenceNo && r.sides[0] !== side && isBelligerent(r.sides[0] ?? ""));
  return rival ? null : last;
}

/** The belligerent side of a place named after "in" inside the mention ("… official in Yerevan"), if any. */
function belligerentPlaceIn(m: Mention, ctx: StrangerContext): ClaimSide | null {
  const at = ctx.tokens.findIndex((t, k) => k >= m.start && k < m.end && t.norm === "in");
  if (at < 0) return null;
  const place = ctx.gazetteer.match(ctx.tokens.slice(at + 1, m.end)).find((p) => p.entry.kind === "country");
  const side = place?.entry.side;
  return side && isBelligerent(side) ? side : null;
}

/** An OSCE body of all its members: "summit", "(Budapest) summit", "Ministerial Council", "Parliamentary Assembly". */
const MEMBERS_ORGAN = /^(?:\S+\s+)?(?:summit|ministerial|permanent\s+council|parliamentary|council|heads\s+of\s+state)\b/i;

/** How many sentences back "the republic's" may reach for its republic. */
const REPUBLIC_REACH = 12;

/** "Its Defence Ministry" after "Azerbaijan": "Azerbaijan's Defence Ministry"; null for anything else. */
function ownedBody(m: Mention, ref: Referent | Speaker["referent"]): string | null {
  const body = /^(?:its|their)\s+(.+)$/i.exec(m.text)?.[1];
  if (!body || m.type === "statement" || ref.type === "person" || ref.sides.includes(UNCLEAR)) return null;
  const owner = ref.speaker.replace(/^the\s+/i, "").replace(/['’]s?$/, "");
  // ("Their Security Council" after "the Karabakh authorities": "Karabakh authorities' Security Council".)
  return `${owner}${/s$/.test(owner) ? "'" : "'s"} ${body}`;
}

/** The sentence opens with two actors joined by "and" ("Lavrov and Shoigu telephoned …"). */
function openedByPair(opener: Mention | null, ctx: StrangerContext): boolean {
  if (!opener) return false;
  const next = ctx.mentions?.find((m) => m.start > opener.start);
  return next !== undefined && ctx.tokens[opener.end]?.norm === "and" && next.start === opener.end + 1 && next.sides.every((s) => opener.sides.includes(s));
}

/** The latest person of the same surname the text gave another side than the gazetteer's, if any. */
/**
 * The person a bare surname names when the text introduced someone else of that surname under a
 * first name the gazetteer does not pair with it ("Levon Mnatsakanyan" for "Mnatsakanyan").
 */
function introducedNamesake(m: Mention, state: Discourse, gazetteer: Gazetteer): Referent | null {
  if (m.end - m.start !== 1) return null;
  // (The speaker's last word is how it ends: that cheap test first, before its words are split.)
  const same = latestReferent(state, (r) => r.type === "person" && r.speaker.endsWith(m.text) && r.speaker.split(/\s+/).at(-1) === m.text);
  // "Levon Mnatsakanyan", "Artsakh Deputy Defence Minister Artur Sargsyan": a first name before the surname.
  const first = same?.speaker.split(/\s+/).at(-2);
  // ("Meeting Aliyev in Dushanbe, Putin …": a capitalised participle opening a sentence is no first name.)
  if (!same || !first || !/^\p{Lu}\p{Ll}+$/u.test(first) || TITLE_BEFORE_NAME.test(first) || /ing$/.test(first)) return null;
  // Known as a whole ("Zohrab Mnatsakanyan"), the name is the gazetteer's own person, unless the
  // gazetteer knows that whole name as someone of another side ("Levon Mnatsakanyan", Karabakh's).
  const whole = findMentions(gazetteer, tokenize(`${first} ${m.text}`)).find((k) => k.type === "person" && k.end - k.start > 1);
  return whole && whole.sides.join() === m.sides.join() ? null : same;
}

function introducedByOffice(m: Mention, state: Discourse): Referent | null {
  const surname = m.text.split(/\s+/).at(-1) ?? "";
  // ("a Popular Front spokesman" after "A spokesman, Yuri Arshenevsky": a title's last word is no surname.)
  if (!/^\p{Lu}/u.test(surname)) return null;
  // ("The Dashnaktsutyun party in Yerevan": a place the mention ends with is no surname.)
  if (/\b(?:in|at|from|of)\s+\S+$/i.test(m.text)) return null;
  // (A pair that spoke together, remembered under one of its names, is no one person's office.)
  const same = latestReferent(
    state,
    (r) => r.type === "person" && r.spoke && r.sides.length === 1 && r.speaker.endsWith(surname) && r.speaker.split(/\s+/).at(-1) === surname,
  );
  return same && !same.sides.includes(UNCLEAR) && same.sides.join() !== m.sides.join() && !same.sides.includes("other") ? same : null;
}

/** "Both men", "the two women": a pair of people, told only by what they just said. */
const PAIR_OF_PEOPLE = /\b(?:men|women)$/i;

/** "The two governments", "both countries", "the two capitals": a pair of states, not of sides. */
const PAIR_OF_STATES = /\b(?:both|the\s+two)\s+(?:governments|countries|capitals|states|nations)\b/i;

/** The speaker of the sentence before when it was two sides speaking together. */
/** How many sentences back "the two leaders" looks for the pair it means. */
const PAIR_REACH = 2;

/**
 * The two sides the text has just named: earlier in the sentence, else in the nearest sentence
 * before that names two or more. Where it names more ("Putin hosted Aliyev and Pashinyan"), the
 * two belligerents among them; any other count leaves the pair unknown.
 */
function pairNamed(state: Discourse, m: Mention, ctx: StrangerContext): ClaimSide[] | null {
  // ("Aliyev called it historic. Pashinyan spoke of a new chapter. Both men said …": only two who just spoke are
  // "both men"; after "Two men were detained, police said" they are the detained, who speak for no side.)
  if (PAIR_OF_PEOPLE.test(m.text)) return (lastSpeakerOfTwoCamps(state) ? campsThatSpoke(state) : null) ?? ["other"];
  const named = sidesLastNamed(state, m, ctx);
  // ("… the Karabakh Armenian units are to be disbanded, and Armenian formations are to leave. …, the sides said":
  // Armenia's and Karabakh's are one camp, no pair of sides.)
  const oneCamp = named?.length === 2 && isBelligerent(named[0] ?? UNCLEAR) && sameCamp(named[0] ?? UNCLEAR, named[1] ?? UNCLEAR);
  if (oneCamp && SIDES_WORD.test(m.text)) return null;
  // ("Azerbaijan's ministry confirmed …. Armenia's minister said it was hammered out in Moscow. Both defence
  // ministries announced …": the two camps' bodies that just spoke, not a pair with the city of the talks.)
  const twoCamps = named?.length === 2 && named.every((x) => isBelligerent(x)) && !oneCamp;
  const spokeBodies = named?.length === 2 && !twoCamps && BODY_PAIR.test(m.text) ? campsThatSpoke(state) : null;
  if (spokeBodies) return spokeBodies;
  if (named?.length === 2) return named;
  if (named) {
    const belligerents = named.filter(isBelligerent);
    return belligerents.length === 2 ? belligerents : null;
  }
  // "Baku reported 50 killed. … The sides blame each other": the two belligerents whose accounts the text just gave.
  // ("Pashinyan said …. Aliyev spoke of …. Both leaders said …": so are the two leaders who just spoke.)
  if (!SIDES_WORD.test(m.text) && !m.pairNamed) return null;
  return campsThatSpoke(state);
}

/** The two belligerents of different camps whose accounts the text just gave, or null. */
function campsThatSpoke(state: Discourse): ClaimSide[] | null {
  const spoke = state.referents.filter((r) => r.spoke && r.sides.length === 1 && state.sentenceNo - r.sentenceNo <= SPEAKERS_PAIR_REACH);
  const belligerents = [...new Set(spoke.flatMap((r) => r.sides))].filter(isBelligerent);
  // (Armenia's and Karabakh's accounts are one camp's: "the sides" are then not known.)
  return belligerents.length === 2 && !sameCamp(belligerents[0] ?? UNCLEAR, belligerents[1] ?? UNCLEAR) ? belligerents : null;
}

/** Whether the latest to speak, in this sentence or the one before, was one of the two camps' people. */
function lastSpeakerOfTwoCamps(state: Discourse): boolean {
  const last = state.referents.filter((r) => r.spoke && state.sentenceNo - r.sentenceNo <= 1).at(-1);
  return last !== undefined && last.type === "person" && last.sides.length === 1 && isBelligerent(last.sides[0] ?? UNCLEAR);
}

/** A pair of the two camps' own bodies: "both defence ministries", "the two governments' delegations". */
const BODY_PAIR = /\b(?:ministries|governments|armies|militaries|delegations|commissions|foreign ministers|defence ministers|defense ministers)\b/i;
/** How many sentences back the accounts of "the sides" may have been given. */
const SPEAKERS_PAIR_REACH = 4;

/** A group of all the leaders just named, not of a pair: "the heads of state", "the three presidents". */
const ALL_NAMED = /^the\s+(?:three\s+|heads\s+of\s+state$)/i;

/**
 * The sides (third parties apart) of the nearest stretch that names two or more: this sentence before
 * the mention, else one of the PAIR_REACH sentences before it. Null when none does.
 */
function sidesLastNamed(state: Discourse, m: Mention, ctx: StrangerContext): ClaimSide[] | null {
  const here = (ctx.mentions ?? []).filter((o) => o.end <= m.start).flatMap((o) => o.sides);
  const sentences = [here];
  for (let back = 1; back <= PAIR_REACH; back++)
    sentences.push(state.referents.filter((r) => r.sentenceNo === state.sentenceNo - back).flatMap((r) => r.sides));
  for (const sides of sentences) {
    const named = [...new Set(sides.filter((s) => s !== UNCLEAR && s !== "other"))];
    if (named.length >= 2) return named;
  }
  return null;
}

function pairThatSpoke(state: Discourse): Referent | null {
  const before = state.sentenceNo - 1;
  const spoke = state.referents.filter((r) => r.spoke && r.sentenceNo === before);
  const [only] = spoke;
  return spoke.length === 1 && only && only.sides.length === 2 ? only : null;
}

/** "both sides", "each side", "the warring parties": the sides of a fight, not the two states. */
const SIDES_WORD = /\b(?:sides?|parties)\b/i;

/** Whether neither Armenian side (Armenia's, Karabakh's) has spoken in the text yet. */
function noArmenianSideSpoke(state: Discourse): boolean {
  return !state.referents.some((r) => r.spoke && r.sides.length === 1 && (r.sides[0] === "armenia" || r.sides[0] === "nagorno-karabakh"));
}

/** The line Karabakh's army held against Azerbaijan's from 1994 to 2020, named in the sentence. */
const KARABAKH_LINE = /\b(?:line of contact|contact line|cease-?fire line|line of control)\b/i;

/**
 * Whether the sentence puts the fighting on Karabakh's line: the line named, or Karabakh's side named
 * with no Armenia. (Measured on every set: right in two texts, wrong in one of 2020, where annotators
 * named Armenia for "fighting broke out between Azerbaijan and ethnic Armenian forces over Nagorno-Karabakh".)
 */
function onKarabakhLine(ctx: StrangerContext): boolean {
  if (KARABAKH_LINE.test(textOf(ctx.tokens, 0, ctx.tokens.length))) return true;
  const named = (ctx.mentions ?? []).filter((o) => o.sides.length === 1 && o.sideFrom === "country").map((o) => o.sides[0]);
  return named.includes("nagorno-karabakh") && !named.includes("armenia");
}

/** Whether Karabakh's side has spoken in the text and Armenia's never has. */
function onlyKarabakhSpoke(state: Discourse): boolean {
  const spoke = state.referents.filter((r) => r.spoke && r.sides.length === 1);
  return spoke.some((r) => r.sides[0] === "nagorno-karabakh") && !spoke.some((r) => r.sides[0] === "armenia");
}

/** Bodies a state has: its ministries and government. */
const OWNED_TYPES: ReadonlySet<string> = new Set(["ministry", "government"]);

/** A town's or district's own office, named by its title alone: "Mayor Arush Arushanyan", "Governor X". */
const LOCAL_OFFICE =
  /^(?:the\s+)?(?:deputy\s+|acting\s+)?(?:mayor|governor|village\s+head|district\s+head|police\s+chief|chief\s+of\s+police|head\s+of\s+the\s+(?:village|district|town))\b/i;

/** How many sentences back the town of a local office may have been named. */
const TOWN_REACH = 4;

/**
 * "The central square of Goris had become a dormitory. Mayor Arush Arushanyan said …": a local office
 * held by a named person, its town unnamed, is an office of the place the text named last, when every
 * place named in the last few sentences (and this one) is one belligerent's.
 * ("Azerbaijan shelled Tavush. Governor X said": places of two sides leave it open.)
 */
function townOfLocalOffice(m: Mention, state: Discourse, ctx: StrangerContext): ClaimSide | null {
  // ("Executive representative Samir Huseynov": a district's executive's envoy to a village.)
  const executive = /\bexecutive\s+representative\b/i.test(textOf(ctx.tokens, Math.max(0, m.start - 1), m.end));
  return LOCAL_OFFICE.test(m.text) || executive ? sideOfPlacesNamed(m, state, ctx) : null;
}

/**
 * "Shells hit Tovuz overnight. The district prosecutor's office told our portal …", "According to the
 * municipality, …": a town's or district's own body with no place of its own is the body of the place
 * the last sentences named, when every place named there is one belligerent's.
 */
function localBodyOfTown(m: Mention, state: Discourse, ctx: StrangerContext): Speaker["referent"] | null {
  if (m.anaphor !== "title" || !LOCAL_BODY.test(textOf(ctx.tokens, Math.max(0, m.start - 2), m.end))) return null;
  const side = sideOfPlacesNamed(m, state, ctx);
  return side ? { sides: [side], speaker: m.text, type: m.type, plural: m.plural } : null;
}

/**
 * Words that make a body or an office a town's or a district's own, or a state's home service that
 * speaks only of its own ground ("Health officials said at least 30 were wounded", "police said"):
 * in a story whose places are one side's, that side's.
 */
const LOCAL_BODY = /\b(?:district|municipal|municipality|city|town|village|regional|provincial|governor|mayor|local|health|police|emergency|emergencies)\b/i;

const PLACE_TYPES: ReadonlySet<string> = new Set(["country", "government"]);

/** The one belligerent side of all the places the last few sentences (and this one) named, if there is one. */
function sideOfPlacesNamed(m: Mention, state: Discourse, ctx: StrangerContext): ClaimSide | null {
  // (Places named as places: "Baku denied it" is a government speaking, no town named.)
  const spoke = new Set(state.referents.filter((r) => r.spoke).map((r) => `${r.sentenceNo}|${r.speaker}`));
  const named = state.referents
    // ("Gunmen stormed Armenia's parliament": a state's own institution named where it stands counts as its place.)
    .filter((r) => PLACE_TYPES.has(r.type) && !spoke.has(`${r.sentenceNo}|${r.speaker}`) && state.sentenceNo - r.sentenceNo <= TOWN_REACH)
    .map((r) => r.sides);
  const here = (ctx.mentions ?? []).filter((o) => o !== m && o.type === "country" && o.sideFrom === "country" && !o.quoted).map((o) => o.sides);
  const sides = new Set([...named, ...here].flat());
  const [only] = sides;
  return sides.size === 1 && only !== undefined && isBelligerent(only) ? only : null;
}

/** "the Aghdam district prosecutor's office", "Ganja city police": the town or district whose local body it is. */
function localPlaceBefore(m: Mention, ctx: StrangerContext): Mention | null {
  const place = ctx.mentions?.find((o) => o.end <= m.start && o.type === "country" && o.sideFrom === "country" && o.side && o.side !== UNCLEAR && !o.plural);
  if (!place) return null;
  const between = ctx.tokens.slice(place.end, m.start);
  return between.length > 0 && between.every((t) => LOCAL_UNITS.has(t.norm)) ? place : null;
}

const LOCAL_UNITS = new Set(["district", "city", "regional", "region", "province", "provincial", "town", "municipal", "rayon"]);

/** The state named as the sentence's first words ("Pakistan has backed …"), when a later title may be its. */
function openingState(m: Mention, ctx: StrangerContext): Mention | null {
  const first = ctx.mentions?.find((o) => !o.quoted);
  if (!first || first === m || first.start > 0 || first.end > m.start) return null;
  if (first.type !== "country" || first.sideFrom !== "country" || !first.side || first.side === UNCLEAR || first.plural) return null;
  // ("NEW DELHI: Five days after …": a dateline says where the story was filed, not who acts in it.)
  // ("Moscow: the foreign ministry called …" in a feed is the capital whose ministry speaks: only a dateline in capitals.)
  if (/^[:–—-]$/.test(ctx.tokens[first.end]?.text ?? "") && first.text === first.text.toUpperCase()) return null;
  return ctx.gazetteer.isPeople(first.text) ? null : first;
}

/** A title ending in a name of its own: "the daily Zerkalo" (not "the paper", not "State Television"). */
function namesItself(m: Mention, tokens: Token[]): boolean {
  const last = tokens[m.end - 1];
  return last?.capitalized === true && m.end - m.start >= 2 && tokens.slice(m.start, m.end - 1).some((t) => t.isWord && !t.capitalized);
}

/** "The President of the Council": the capitalised body a personal title is held in, if any. */
function bodyAfterTitle(m: Mention, tokens: Token[]): string | null {
  if (m.anaphor !== "title" || m.type !== "person") return null;
  // "The President of the Council": the body may be read into the title's own mention ("The Secretary
  // of State" is one title, no body).
  let of = m.end;
  for (let i = m.start; i < m.end; i++) if (tokens[i]?.norm === "of") of = i;
  if (tokens[of]?.norm !== "of") return null;
  const k = tokens[of + 1]?.norm === "the" ? of + 2 : of + 1;
  const word = tokens[k];
  if (of < m.end && !INNER_BODY.test(word?.norm ?? "")) return null;
  return word?.isWord && word.capitalized && !word.quoted ? word.text : null;
}

/** Bodies a title inside one mention may be "of": "the President of the Council", "the Chairman of the Commission". */
const INNER_BODY = /^(?:council|court|assembly|commission|committee|parliament|union|group|conference|tribunal)$/;

/** An earlier actor named with the same head words and a qualifier of its own ("Armenian Security Council"). */
function qualifiedNamesake(m: Mention, state: Discourse): Referent | null {
  const head = m.text.toLowerCase().replace(/^the\s+/, "");
  return (
    latestReferent(state, (r) => {
      const named = r.speaker.toLowerCase();
      return named !== head && named.endsWith(head) && !r.sides.includes(m.side ?? "other");
    }) ?? null
  );
}

/** A sided mention joined to a bare title by "and" right before it, whose qualifier the title shares. */
function coordinatedQualifier(m: Mention, ctx: StrangerContext): Mention | null {
  if (m.anaphor !== "title") return null;
  const before = ctx.mentions?.filter((o) => o.end <= m.start).at(-1);
  if (!before?.side || before.sideFrom === "default" || before.sides.length !== 1) return null;
  const gap = ctx.tokens.slice(before.end, m.start).map((t) => t.norm);
  return gap.length <= 3 && gap.includes("and") && gap.every((w) => w === "and" || /^\p{Lu}/u.test(w) || w === "office" || w === "the") ? before : null;
}

/**
 * "The UN refugee agency's chief, Filippo Grandi, confirmed …": the name set off by commas inside
 * the speaker's subject is the speaker, so that a later "he" or "Grandi" keeps the speaker's side.
 */
/**
 * "He came out alone. No Mnatsakanyan, no Bayramov. He stood at the lectern …": people a verbless list names
 * only as absent are nobody a later "he" can mean; they are forgotten again. ("Neither Grigoryan nor Aliyev
 * has ever met …" has a verb: they are its subjects, and stay.)
 */
function forgetAbsentPeople(tokens: Token[], state: Discourse): void {
  if (tokens[0]?.norm !== "no" || !tokens[1]?.capitalized) return;
  if (!tokens.every((t) => !t.isWord || t.capitalized || ABSENCE_WORDS.has(t.norm))) return;
  state.referents = state.referents.filter((r) => r.sentenceNo !== state.sentenceNo || r.type !== "person");
}
const ABSENCE_WORDS: ReadonlySet<string> = new Set(["no", "nor", "and", "or"]);

/**
 * "the Prosecutor General, Kamran Aliyev, said …": the office the named speaker holds is remembered with his
 * side (before him, so that "He said" is still him), so that a later "the prosecutor's office said" or "the
 * prosecutors say", which reads back only to a prosecutor, finds it however many sentences of a diary lie between.
 */
function rememberApposedProsecutor(s: Speaker, mentions: Mention[], tokens: Token[], state: Discourse): void {
  const [side] = s.referent.sides;
  if (s.referent.sides.length !== 1 || !side || !isBelligerent(side) || !s.verb) return;
  const verbStart = s.verb.start;
  const office = mentions.find(
    (m) => m.end < verbStart && /\bprosecut/i.test(m.text) && m.sides.length === 0 && tokens[m.end]?.text === "," && m.end + 1 <= verbStart,
  );
  if (office && s.referent.speaker !== office.text) remember(state, { sides: [side], speaker: office.text, type: office.type, plural: false, spoke: false });
}

function rememberApposedHolder(s: Speaker, tokens: Token[], state: Discourse): void {
  const [side] = s.referent.sides;
  if (s.referent.sides.length !== 1 || !side || side === UNCLEAR || s.subjectStart === undefined || !s.verb) return;
  // "LINDA GREEN (United States) said …": the delegate named before her state in brackets, so
  // that "She noted …" points back to her, not to the last person named before her.
  const bracketed = nameBeforeBracket(tokens, s.subjectStart);
  if (bracketed) {
    remember(state, { sides: [side], speaker: bracketed, type: "person", plural: false, spoke: true });
    return;
  }
  // "Nusrat Suleymanov of the presidential administration said …": the name before the body's "of" is the
  // body's man, whom a later "he" means, with the side the body was read as.
  const member = s.verb.accordingTo ? null : nameBeforeOf(tokens, s.subjectStart);
  if (member) {
    remember(state, { sides: [side], speaker: member, type: "person", plural: false, spoke: true });
    return;
  }
  // "According to the head of the municipality Rahila Askerova, …": the name closing the source is the holder.
  if (s.verb.accordingTo) {
    const comma = tokens.findIndex((t, k) => k > (s.verb?.end ?? 0) && t.text === ",");
    const named = comma > 0 ? nameClosing(tokens, s.verb.end, comma) : null;
    if (named) remember(state, { sides: [side], speaker: named, type: "person", plural: false, spoke: true });
    return;
  }
  // "Galstanyan, the primate of the Tavush diocese of the Armenian Apostolic Church, demanded …": the
  // name opening the sentence before the apposition the speaker was found in is the speaker too, so
  // that a later "Galstanyan said" finds him.
  // (Only where a comma closes the apposition before the verb: "Minister Trubnikov, some newspapers have
  // written …" addresses him, and the newspapers speak.)
  const closed = tokens.slice(s.subjectStart, s.verb.start).some((t) => t.text === ",");
  // "EU commissioner Janez Lenarcic said …": a name right after a title the speaker was found in, up to the
  // verb, is its holder, so that a later "Lenarcic said" finds the title's side.
  const holder = closed ? null : nameBeforeVerb(tokens, s.subjectStart, s.verb.start);
  if (holder && !s.referent.speaker.includes(holder)) {
    remember(state, { sides: [side], speaker: holder, type: "person", plural: false, spoke: true });
    return;
  }
  const opening = closed ? openingName(tokens, s.subjectStart) : null;
  if (opening) remember(state, { sides: [side], speaker: opening, type: "person", plural: false, spoke: true });
  for (let i = s.subjectStart; i < s.verb.start; i++) {
    if (tokens[i]?.text !== ",") continue;
    let end = i + 1;
    while (end < s.verb.start && end - i <= 3 && /^\p{Lu}\p{Ll}+/u.test(tokens[end]?.text ?? "") && !tokens[end]?.quoted) end++;
    const closes = tokens[end]?.text === "," || end === s.verb.start;
    if (end - i - 1 >= 2 && closes) {
      remember(state, { sides: [side], speaker: textOf(tokens, i + 1, end), type: "person", plural: false, spoke: true });
      return;
    }
    // "the OSCE's chairman-in-office, the Swiss foreign minister Flavio Cotti, said": the name that
    // closes a described apposition is the holder too.
    const named = nameClosing(tokens, i + 1, s.verb.start);
    if (named) {
      remember(state, { sides: [side], speaker: named, type: "person", plural: false, spoke: true });
      return;
    }
  }
}

/** Two or three capitalised words right before the "of" that opens the body at `subjectStart` ("Nusrat Suleymanov of the …"). */
function nameBeforeOf(tokens: Token[], subjectStart: number): string | null {
  if (tokens[subjectStart - 1]?.norm !== "of" || tokens[subjectStart]?.norm !== "the") return null;
  const end = subjectStart - 1;
  let start = end;
  while (start > 0 && end - start < 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[start - 1]?.text ?? "") && tokens[start - 1]?.isWord && !tokens[start - 1]?.quoted)
    start--;
  // (Only a name set off from what comes before: "the Ministry of the Interior" has no person.)
  const before = tokens[start - 1];
  const setOff = start === 0 || before?.text === "," || before?.text === ";";
  return end - start >= 2 && setOff && !tokens.slice(start, end).some((t) => NOT_A_PERSON_WORD.test(t.text)) ? textOf(tokens, start, end) : null;
}
/** Capitalised words that open no person's name: "In", "On", "The", an office's word. */
const NOT_A_PERSON_WORD = /^(?:In|On|At|The|A|An|Last|This|Ministry|Department|Office|Committee|Council|Republic|State|Government|President|Minister)$/;

/** One to three capitalised words opening the sentence, then the comma of an apposition holding `subjectStart`. */
function openingName(tokens: Token[], subjectStart: number): string | null {
  let end = 0;
  while (end < 3 && /^\p{Lu}\p{Ll}+/u.test(tokens[end]?.text ?? "") && tokens[end]?.isWord && !tokens[end]?.quoted) end++;
  if (end === 0 || tokens[end]?.text !== "," || subjectStart <= end) return null;
  // ("The ministry, in a statement, said", "In Yerevan, officials said": a determiner or a preposition opens no name.)
  if (/^(?:the|a|an|this|that|its|his|her|their|in|on|at|by|from|after|before|during|since|for|with|across|near|outside|inside)$/i.test(tokens[0]?.text ?? ""))
    return null;
  // ("Later, Major-General X, …, said": an opening adverb is no name; nor are a calendar's words.)
  if (end === 1 && (OPENING_ADVERBS.includes(tokens[0]?.norm ?? "") || CALENDAR_WORDS.has(tokens[0]?.norm ?? ""))) return null;
  return textOf(tokens, 0, end);
}

const NOT_DESCRIPTION = /^(?:\w+ing|by|to|with|against|from|after|before|during|for|about|on)$/;

/** Two or three capitalised words that end an apposition opening at `from` after lower-case words ("the Swiss foreign minister Flavio Cotti"). */
function nameClosing(tokens: Token[], from: number, limit: number): string | null {
  let close = from;
  while (close < limit && tokens[close]?.text !== ",") close++;
  if (tokens[close]?.text !== ",") return null;
  let start = close;
  while (start > from && close - start < 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[start - 1]?.text ?? "") && !tokens[start - 1]?.quoted) start--;
  const lowerBefore = start > from && /^\p{Ll}/u.test(tokens[start - 1]?.text ?? "");
  // Only a description of the holder: "responding to claims by President X" names someone else.
  // ("Azerbaijan's parliament, the Milli Majlis, said": a body's own name after "the" describes no holder.)
  const role = tokens.slice(from + 1, start);
  const described = DETERMINERS.has(tokens[from]?.norm ?? "") && role.some((t) => /^\p{Ll}/u.test(t.text)) && role.every((t) => !NOT_DESCRIPTION.test(t.norm));
  return close - start >= 2 && lowerBefore && described ? textOf(tokens, start, close) : null;
}

/** Two or three capitalised words right before the verb, after a title that opens at `from`: "Commissioner Janez Lenarcic said". */
function nameBeforeVerb(tokens: Token[], from: number, verb: number): string | null {
  let start = verb;
  while (start > from + 1 && verb - start < 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[start - 1]?.text ?? "") && !tokens[start - 1]?.quoted) start--;
  const title = tokens[start - 1];
  return verb - start >= 2 && title?.isWord && title.capitalized && !title.quoted ? textOf(tokens, start, verb) : null;
}

/** The capitalised name just before "(" at `open` (the state a delegate speaks for), or null. */
function nameBeforeBracket(tokens: Token[], subjectStart: number): string | null {
  const open = tokens[subjectStart - 1]?.text === "(" ? subjectStart - 1 : tokens[subjectStart]?.text === "(" ? subjectStart : -1;
  if (open < 2) return null;
  let start = open;
  // ("VASSILY A. NEBENZIA (Russian Federation)": past a middle initial and its full stop.)
  const initialStop = (k: number) => tokens[k]?.text === "." && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? "");
  while (start > 0 && open - start < 5 && ((/^\p{Lu}/u.test(tokens[start - 1]?.text ?? "") && tokens[start - 1]?.isWord) || initialStop(start - 1))) start--;
  return tokens.slice(start, open).filter((t) => t.isWord).length >= 2 ? textOf(tokens, start, open) : null;
}

/**
 * "The head of state returned repeatedly to Pashinyan. He accused the Armenian premier …": a title
 * opening a sentence that reports no claim is its subject, whom a later "he" means before anyone the
 * sentence only mentions.
 */
function rememberTitleSubject(tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): void {
  const fronted = subjectAfterFrontedPhrase(tokens, mentions);
  const first = fronted ?? mentions[0];
  // ("Update, 22 February 2023: The court … ordered": past a note's label to the sentence it opens.)
  const opens = fronted ? fronted.start - 1 : Math.max(frontedTimeEnd(tokens), noteLabelEnd(tokens));
  // (Only a bare title, "The head of state": "Ambassador Paul Renard, France;" is a name with its own ways to be placed.)
  // (A person or a body: "The report … It says" has its author to point back to, not the report.)
  if (
    !first ||
    first.quoted ||
    first.anaphor !== "title" ||
    first.side !== null ||
    first.start > opens + 1 ||
    !(fronted || /^[Tt]he\s+\p{Ll}/u.test(first.text))
  )
    return;
  if (!SUBJECT_TITLE_TYPES.has(first.type)) return;
  const referent = resolveMention(first, state, null, belligerentNamed(mentions), null, { tokens, gazetteer, mentions });
  if (referent?.sides.length !== 1 || referent.sides.includes(UNCLEAR)) {
    // "The court ordered Azerbaijan to … It unanimously rejected Azerbaijan's request": a body we cannot
    // place is still the subject a later "it" means, never the state it acted on.
    if (first.type !== "person" && !first.plural)
      remember(state, { sides: [UNCLEAR], speaker: first.text, type: first.type, plural: false, spoke: false, subject: true });
    return;
  }
  remember(state, { sides: referent.sides, speaker: first.text, type: referent.type, plural: referent.plural, spoke: false, subject: true });
}

const SUBJECT_TITLE_TYPES: ReadonlySet<string> = new Set(["person", "government", "ministry", "military"]);

/** Words that open a phrase set before a sentence's subject: "In its order of 17 November the Court referred …". */
const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "under", "through", "with", "by", "at", "on"]);

/**
 * "In its order of 17 November the Court referred to …": the title right after a fronted phrase that names no
 * one but by a possessive, and right before its verb, is the sentence's subject; null for any other sentence.
 */
function subjectAfterFrontedPhrase(tokens: Token[], mentions: Mention[]): Mention | null {
  if (!FRONTING_PREPOSITIONS.has(tokens[0]?.norm ?? "")) return null;
  const subject = mentions.find((m) => !POSSESSIVE_WORDS.has(m.text.toLowerCase()));
  if (!subject || mentions.slice(0, mentions.indexOf(subject)).some((m) => !POSSESSIVE_WORDS.has(m.text.toLowerCase()))) return null;
  if (tokens.slice(0, subject.start).some((t) => t.text === "," || isSpeechVerbForm(t.norm))) return null;
  const verb = tokens[subject.end];
  return verb?.isWord && !verb.capitalized && /(?:ed|s)$/.test(verb.norm) ? subject : null;
}

/** Where a note's label ends ("Update, 22 February 2023:", "Correction:"): the index after its colon, else 0. */
function noteLabelEnd(tokens: Token[]): number {
  if (!NOTE_LABELS.has(tokens[0]?.norm ?? "")) return 0;
  const colon = tokens.findIndex((t, i) => i < NOTE_LABEL_WORDS && t.text === ":");
  return colon < 0 ? 0 : colon + 1;
}

const NOTE_LABELS: ReadonlySet<string> = new Set(["update", "updated", "correction", "clarification", "editor", "note"]);
/** How many tokens a note's label may take before its colon. */
const NOTE_LABEL_WORDS = 9;

/**
 * "In Yerevan, protest leaders agreed to suspend the rallies. They said …": people named by a civilian
 * role as the subject of a sentence that reports no claim are whom a later "they" means.
 */
function rememberRoleSubject(tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const head = tokens[i];
    const verb = tokens[i + 1];
    if (!head?.isWord || head.capitalized || !/[^s']s$/.test(head.norm) || !verb?.isWord || !SUBJECT_VERB.test(verb.norm)) continue;
    let start = i;
    while (start > 0 && i - start < 2 && tokens[start - 1]?.isWord && !tokens[start - 1]?.capitalized) start--;
    const opens = start === 0 || tokens[start - 1]?.text === ",";
    const phrase = tokens.slice(start, i + 1);
    if (!opens || mentions.some((m) => m.sides.length > 0 && m.start <= i && m.end > start) || !gazetteer.hasThirdPartyRole(phrase)) continue;
    remember(state, { sides: ["other"], speaker: textOf(tokens, start, i + 1), type: "person", plural: true, spoke: false });
    return;
  }
}
/**
 * "An Azeri soldier guarding the mosque was bitter about the coverage. '…,' he said.": a person
 * opening a sentence that reports no claim, named by a nationality and what he is, is its subject,
 * whom a later "he" or "she" means. A soldier or an officer serves his side; anyone else is a person
 * of that people, a third party.
 */
function rememberNationalSubject(tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): void {
  const opens = frontedTimeEnd(tokens);
  const nation = mentions[0];
  if (!nation || nation.quoted || nation.start !== opens + 1 || !INDEFINITE_ONE.has(tokens[opens]?.norm ?? "")) return;
  const [side] = nation.sides;
  if (nation.sideFrom !== "country" || nation.sides.length !== 1 || !side || !isBelligerent(side)) return;
  const noun = tokens[nation.end];
  if (!noun?.isWord || noun.capitalized) return;
  const serves = SERVING.test(noun.norm);
  if (!serves && !gazetteer.hasThirdPartyRole([noun])) return;
  remember(state, {
    sides: [serves ? side : "other"],
    speaker: textOf(tokens, opens, nation.end + 1),
    type: "person",
    plural: false,
    spoke: false,
    subject: true,
  });
}

/**
 * "Iran, which borders both countries and fears any corridor that cuts its link to Armenia, reacted
 * with caution. Its foreign ministry said …": a state (or a body) opening a sentence that reports no
 * claim is that sentence's subject, which a later "its" means before a state the sentence only names
 * after it ("The joint mission of ODIHR … deployed 279 observers. Its preliminary statement, presented
 * in Baku, said …").
 */
function rememberStateSubject(tokens: Token[], mentions: Mention[], state: Discourse): void {
  const fronted = frontedTimeEnd(tokens);
  // ("Neighbouring Turkey reacted sharply": an adjective of place before the state opens the sentence with it.)
  const opens = STATE_EPITHETS.has(tokens[fronted]?.norm ?? "") ? fronted + 1 : fronted;
  const nation = mentions[0];
  if (!nation || nation.quoted || nation.anaphor || nation.start !== opens || !SUBJECT_BODY_TYPES.has(nation.type)) return;
  if (nation.sides.length !== 1 || nation.sides[0] === UNCLEAR) return;
  // ("Armenian forces …" is a people's adjective, "Armenia and Azerbaijan …" a pair; "Azerbaijan's own tally
  // climbed" still makes Azerbaijan what the next sentence is about.)
  if (NATIONALITY_WORD.test(nation.text)) return;
  const next = tokens[nation.end];
  if (!next || !(next.text === "," || (next.isWord && !next.capitalized && !STATE_PAIRING.has(next.norm)))) return;
  remember(state, { sides: nation.sides, speaker: nation.text, type: nation.type, plural: nation.plural, spoke: false, subject: true });
}

/** Words that may stand before a state opening a sentence: "Neighbouring Turkey", "Nearby Georgia". */
const STATE_EPITHETS: ReadonlySet<string> = new Set(["neighbouring", "neighboring", "nearby", "regional"]);

/** What may be a sentence's subject as a state or a body: "Iran, which …", "The joint mission of ODIHR … deployed". */
const SUBJECT_BODY_TYPES: ReadonlySet<string> = new Set(["country", "government", "ministry", "military", "mediator"]);

/** Words after a state that make it no clause's lone subject: "Armenia and Azerbaijan", "Armenia or", a split-off "'s". */
const STATE_PAIRING: ReadonlySet<string> = new Set(["and", "or", "nor", "'s", "’s", "s"]);

const INDEFINITE_ONE: ReadonlySet<string> = new Set(["a", "an", "one"]);

/**
 * "By the time she reached Baku and sat down with President Ilham Aliyev, the toll had grown. '…,' she
 * said": a "he" or "she" that a sentence reporting no claim opens its people with is still the one the
 * text was following, and the next "she" means her before anyone that sentence only names.
 */
function personPronounSubject(mentions: Mention[], state: Discourse): Omit<Referent, "sentenceNo" | "spoke"> | null {
  const first = mentions.find((m) => !m.quoted && (m.anaphor === "he" || m.type === "person"));
  // (Only near the sentence's start, "By the time she …", "When he …": "a young doctor … with a cigarette he did not light" has its subject first.)
  if (first?.anaphor !== "he" || !/^(?:he|she)$/i.test(first.text) || first.start > PRONOUN_OPENING) return null;
  const referent = resolveAnaphor(first, state);
  return referent && !referent.sides.includes(UNCLEAR) ? referent : null;
}

/** How far into a sentence its opening "he" or "she" may stand: "By the time she". */
const PRONOUN_OPENING = 3;

/** What an author issues: a later "it" is the work, which speaks for whoever wrote it. */
const WORK_NOUN =
  /^(?:report|study|book|survey|film|documentary|memoir|dossier|investigation|analysis|assessment|publication|paper|volume|monograph|statement|declaration|communique|resolution|letter|appeal)$/;
/** Works a maker creates rather than a body issues: their author is a person, named as such. */
const CREATED_WORK = /^(?:book|film|documentary|memoir|volume|monograph)$/;
/** What issues work and is no state: a later "it" is the group, a third party we named before. */
const GROUP_NOUN = /^(?:group|organi[sz]ation|watchdog|charity|ngo|coalition|network|campaign|think-tank|institute|foundation)$/;
/** Words a work or a group may have before it: "The 136-page study", "The New York-based group". */
const WORK_MODIFIERS = 3;

/**
 * "The 136-page study draws on a mission to Armenia. It describes …", "The New York-based group does
 * not spare Baku. It accuses …": a work or a group opening a sentence that reports no claim is its
 * subject, which a later "it" means, never a place or a state the sentence only names. A work speaks
 * for its author, the last that spoke; a group for the last third party that spoke; else unclear.
 */
interface WorkSubject {
  referent: Speaker["referent"];
  start: number;
  end: number;
}

/**
 * "The New York-based group said its researchers documented four incidents": a group or a work the
 * gazetteer cannot name, opening the sentence right before its verb of speech, speaks as above.
 */
function workSpeaking(subject: WorkSubject, tokens: Token[], mentions: Mention[]): Speaker[] {
  // (One whose author cannot be placed is left unclaimed, rather than given to a side it quotes.)
  if (subject.referent.sides.includes(UNCLEAR)) return [];
  const verb = findSpeechVerbs(tokens, mentions).find((v) => v.start === subject.end && !v.passive && !v.accordingTo);
  return verb ? [{ referent: subject.referent, verb, from: 0, subjectStart: subject.start }] : [];
}

/** A work or a group opening the sentence ("The 136-page study", "The New York-based group"), with its author's side. */
function workSubject(tokens: Token[], mentions: Mention[], state: Discourse): WorkSubject | null {
  const opens = Math.max(frontedTimeEnd(tokens), noteLabelEnd(tokens));
  if (tokens[opens]?.norm !== "the") return null;
  for (let k = opens + 1; k <= opens + 1 + WORK_MODIFIERS; k++) {
    const noun = tokens[k];
    // ("The Armenian report", "The Baku-based group": a work or a group the sentence places itself.)
    if (!noun?.isWord || mentions.some((m) => m.start <= k && m.end > opens && m.sides.length > 0)) return null;
    // ("The note said": a text sent over speaks only for the sender the text named, below.)
    const sent = SENT_WORK.test(noun.norm) && state.referents.some((r) => r.work === noun.norm);
    const work = WORK_NOUN.test(noun.norm) || sent;
    if (!work && !GROUP_NOUN.test(noun.norm)) continue;
    // ("The report of the commission", "The group's leader": the author or the subject is another.)
    if (!tokens[k + 1]?.isWord || tokens[k + 1]?.norm === "of" || noun.possessive) return null;
    // ("The Central Intelligence Agency produced three assessments. … The first assessment warned": its maker's.)
    const madeBy = work ? [...state.referents].reverse().find((r) => r.work === noun.norm) : undefined;
    if (madeBy)
      return { referent: { sides: madeBy.sides, speaker: textOf(tokens, opens, k + 1), type: "government", plural: false }, start: opens, end: k + 1 };
    const spoke = [...state.referents].reverse().filter((r) => r.spoke);
    // (A film, a book or a memoir is its maker's, whom an official who spoke last seldom is: "The film
    // explains why Baku accepted the truce" in a broadcaster's listing is the film-makers' telling; a
    // writer or a scholar who spoke last may be its author.)
    const maker = spoke[0]?.type === "person" && spoke[0].sides.every((side) => side === "other");
    const made = CREATED_WORK.test(noun.norm) && !maker;
    const author = made ? undefined : work ? spoke[0] : spoke.find((r) => r.sides.length === 1 && r.sides[0] === "other" && r.type !== "person");
    const sides: ClaimSide[] = author && !author.sides.includes(UNCLEAR) ? author.sides : [UNCLEAR];
    return { referent: { sides, speaker: textOf(tokens, opens, k + 1), type: "government", plural: false }, start: opens, end: k + 1 };
  }
  return null;
}

/** How far into a sentence a fronted place or time may run before its comma ("At the hospital in Barda,"). */
const FRONTED_REACH = 6;
/** Words a role may have before it: "a young doctor", "an elderly ethnic Armenian woman". */
const ROLE_MODIFIERS = 3;

/**
 * "At the hospital, a young doctor who had been on duty all night sat on the steps. He said …": a
 * person opening a sentence that reports no claim, named by a private role alone, is its subject,
 * whom the next "he" or "she" means rather than an official who spoke paragraphs before.
 */
function rememberIndefiniteRoleSubject(tokens: Token[], mentions: Mention[], state: Discourse, gazetteer: Gazetteer): void {
  const comma = tokens.findIndex((t, k) => k < FRONTED_REACH && t.text === ",");
  // ("The protesters, who call themselves activists, set up tents …": a crowd of no state the sentence opens with, whom "they" means next.)
  const crowd = tokens[0]?.norm === "the";
  const opens = crowd || INDEFINITE_ONE.has(tokens[0]?.norm ?? "") ? 0 : comma >= 0 ? comma + 1 : -1;
  if (opens < 0 || !(crowd || INDEFINITE_ONE.has(tokens[opens]?.norm ?? ""))) return;
  // ("Vadim Korsh, an editor at Azerinform, was blunter": the role is the name's apposition; the name, remembered
  // with its side, is whom a later "he" means.)
  const name = tokens.slice(0, comma);
  const personName = name.length >= 2 && name.length <= 3 && name.every((t) => t.isWord && t.capitalized) && !NOT_A_NAME_START.test(name[0]?.text ?? "");
  if (opens > 0 && personName && mentions.every((m) => m.start >= comma)) return;
  for (let k = opens + 1; k <= opens + 1 + ROLE_MODIFIERS; k++) {
    const noun = tokens[k];
    if (!noun?.isWord || noun.capitalized || mentions.some((m) => m.start <= k && m.end > opens && m.sides.length > 0)) return;
    if (!gazetteer.hasThirdPartyRole([noun])) continue;
    // (A crowd is plural: "The protester" is one the text has introduced.)
    if (crowd && !/[^s]s$/.test(noun.norm)) return;
    remember(state, { sides: ["other"], speaker: textOf(tokens, opens, k + 1), type: "person", plural: crowd, spoke: false, subject: true });
    return;
  }
}
/** Words that open a fronted phrase, never a person's name: "In Goris, …", "At dawn, …". */
const NOT_A_NAME_START = /^(?:The|A|An|This|That|In|On|At|By|From|After|Before|During|Since|For|With|Across|Near|Outside|Inside|Last|Later|Earlier)$/;

/** Who serves a side under arms or in uniform: his words are his side's. */
const SERVING =
  /^(?:soldier|officer|serviceman|servicewoman|conscript|commander|policeman|policewoman|guard|sniper|gunner|pilot|paratrooper|sergeant|lieutenant|captain|major|colonel|general)$/;

/** A finite verb right after a plural subject: "agreed", "were", "gathered". */
const SUBJECT_VERB = /^(?:\p{Ll}+ed|were|had|have|are|went|began|met|kept|held|took|left|fled|came|gave)$/u;

const NAMED_BODY_HEAD = /^(?:council|court|assembly|committee|commission|synod|chamber|tribunal)$/;

/** "Supreme Spiritual Council": a title word closing capitalised words that are no sentence's first word. */
function bodyNamedBefore(tokens: Token[], m: Mention): string | null {
  // (Only a body of the kinds a bare title points back to across speakers: "the council", "the court".)
  if (m.end - m.start !== 1 || !tokens[m.start]?.capitalized || !NAMED_BODY_HEAD.test(tokens[m.start]?.norm ?? "")) return null;
  let start = m.start;
  while (start > 1 && tokens[start - 1]?.isWord && tokens[start - 1]?.capitalized) start--;
  return start < m.start ? textOf(tokens, start, m.end) : null;
}

/**
 * "Delegations of Azerbaijan, Armenia and the Karabakh Armenian authorities met …": a plural of one
 * state's name whose "of" runs on into a list names a group of all of them, which a later "they" means.
 * A group of both camps speaks for neither we could tell: unclear.
 */
function rememberGroupOfStates(mentions: Mention[], state: Discourse, tokens: Token[]): void {
  for (const [k, m] of mentions.entries()) {
    if (!m.plural || m.quoted || m.sides.length !== 1 || !/\sof\s/i.test(m.text)) continue;
    let last = m;
    const members = [m];
    for (const next of mentions.slice(k + 1)) {
      const gap = tokens.slice(last.end, next.start).map((t) => t.norm);
      const joined = gap.length > 0 && gap.length <= 3 && gap.every((w) => w === "," || w === "and" || w === "the") && gap.some((w) => w !== "the");
      if (!joined || !next.side || next.quoted) break;
      members.push(next);
      last = next;
      if (gap.includes("and")) break;
    }
    const sides = [...new Set(members.flatMap((x) => x.sides))];
    if (members.length < 2 || sides.length < 2) continue;
    const belligerents = sides.filter((x) => isBelligerent(x));
    const bothCamps = belligerents.some((a) => belligerents.some((b) => !sameCamp(a, b)));
    const subject = m.start === frontedTimeEnd(tokens);
    remember(state, {
      sides: bothCamps ? [UNCLEAR] : sides,
      speaker: textOf(tokens, m.start, last.end),
      type: m.type,
      plural: true,
      spoke: false,
      ...(subject ? { subject } : {}),
    });
  }
}

/**
 * "… served as deputy chief of mission in Bern and as acting Special Cyprus Coordinator": a title after
 * "as" is an office the sentence's own person held, no one a later "he" could mean.
 */
function heldAsRole(m: Mention, tokens: Token[]): boolean {
  if (m.type !== "person" || m.plural) return false;
  // (Back over the title's own words the gazetteer left out, "Special", and "acting", "the".)
  let at = m.start - 1;
  while (at >= m.start - 3 && (ROLE_LEAD.has(tokens[at]?.norm ?? "") || tokens[at]?.capitalized === true) && tokens[at]?.isWord) at--;
  if (tokens[at]?.norm !== "as") return false;
  // (Only after holding an office, "served as", "confirmed him last year as", "and as": "came as U.S.
  // Secretary of State Hillary Clinton travelled" names a person by her office.)
  const lead = tokens.slice(Math.max(0, at - 3), at).map((t) => t.norm);
  return tokens[at - 1]?.norm === "and" || lead.some((w) => HOLDING_AN_OFFICE.has(w));
}

/** Words before "as" that make what follows an office held: "served as", "named him as", "worked as". */
const HOLDING_AN_OFFICE: ReadonlySet<string> = new Set([
  "served",
  "serving",
  "serves",
  "worked",
  "working",
  "works",
  "him",
  "her",
  "them",
  "appointed",
  "named",
  "elected",
  "confirmed",
  "nominated",
  "installed",
  "remained",
  "remains",
  "acted",
]);

/** Words between "as" and the office it names: "as acting …", "as the …", "as its …". */
const ROLE_LEAD: ReadonlySet<string> = new Set(["acting", "the", "a", "an", "its", "his", "her", "their", "interim", "deputy"]);

function rememberMentions(mentions: Mention[], state: Discourse, tokens: Token[]): void {
  // ("On Sunday, Lavrov spoke by phone with Bayramov and with Mnatsakanyan. He insisted …": the person the
  // sentence opens with is its subject, whom a later "he" means before those it only mentions.)
  const opens = frontedTimeEnd(tokens);
  for (const m of mentions) {
    // "the church's Supreme Spiritual Council": a body's own name the gazetteer does not know is still
    // the nearest council a later "the council" may mean, whose side we cannot tell.
    const unknownBody = !m.quoted && !m.side && m.anaphor === "title" && m.type !== "person" ? bodyNamedBefore(tokens, m) : null;
    if (unknownBody) remember(state, { sides: [UNCLEAR], speaker: unknownBody, type: m.type, plural: false, spoke: false });
    // ("The Institute for War and Peace Reporting sent a reporter …": a body of no state by its own name,
    // whom a later "the institute" means.)
    const organisation = !m.quoted && m.anaphor === null && m.sides.length === 0 ? organisationNamedAfter(m, tokens, mentions) : null;
    if (organisation) remember(state, { sides: ["other"], speaker: organisation, type: "government", plural: false, spoke: false });
    if (m.quoted || !m.side || heldAsRole(m, tokens)) continue;
    // (Not before an apposition: "Serzh Sargsyan, then Armenia's defence minister, …" is placed by the office it names.)
    // ("Azerbaijan's own count rose": a state owning the subject the sentence opens with is its topic.)
    const topic = m.start === opens && m.type === "country" && tokens[m.end - 1]?.possessive === true;
    const subject = (m.start === opens && m.type === "person" && !m.plural && tokens[m.end]?.text !== ",") || topic;
    // ("The sentence for Karabakh's former state minister …": a later "he" who calls the trial a farce speaks
    // for no side his former office had.)
    const former = m.type === "person" && m.sideFrom === "country" && /\b(?:former|ex)\b/i.test(m.text);
    const sides: ClaimSide[] = former ? [UNCLEAR] : m.sides;
    remember(state, { sides, speaker: m.text, type: m.type, plural: m.plural, spoke: false, ...(subject ? { subject: true } : {}) });
  }
}
