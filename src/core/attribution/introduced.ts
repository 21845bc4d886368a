// People a record or a show introduces once, by full name and role, and then labels by surname
// alone ("The Honorable Laura Pemberton, Deputy Assistant Secretary, … U.S. Department of State",
// later "Ms. PEMBERTON."): the introduction says whose side the label speaks for.
import type { ClaimSide, ParsedArticle } from "../types.ts";
import { isMediator, UNCLEAR } from "../sides/sides.ts";
import type { DocumentSpeaker } from "./documentSpeaker.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { findMentions } from "./mentions.ts";
import { normalizeWord, type Token, tokenize } from "./tokens.ts";

/** How far after a guest's name the page's introduction may give their role. */
const ROLE_REACH = 9;
/** A witness list's role may run long: "Deputy Assistant Secretary, Bureau of …, U.S. Department of State". */
const OFFICE_REACH = 24;

/** The label's surname: "Ms. PEMBERTON" → "pemberton", "Mrs. KIM of California" → "kim". */
function surnameOf(label: string): string {
  const words = label
    .trim()
    .replace(/\s+of\s+.*$/i, "")
    .split(/\s+/);
  return normalizeWord((words.at(-1) ?? "").replace(/[.,:]+$/, ""));
}

/**
 * Where the text first writes the surname after a capitalised first name: the clause after it, and
 * the few words before the first name ("our Moscow correspondent Ivan Petrov").
 */
function introduction(surname: string, text: string, reach: number): { name: string; role: Token[]; before: Token[] } | null {
  if (surname.length < 3) return null;
  // Lines are clauses of their own only where a line ends a sentence; a wrapped line runs on.
  const tokens = tokenize(text);
  const at = tokens.findIndex((t, i) => t.norm === surname && i > 0 && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? "") && tokens[i - 1]?.isWord);
  if (at < 0) return null;
  const window = tokens.slice(at + 1, at + 1 + reach);
  const stop = window.findIndex((t) => /^[.;:!?]$/.test(t.text));
  const before = tokens.slice(Math.max(0, at - 1 - ROLE_BEFORE_REACH), at - 1);
  return { name: `${tokens[at - 1]?.text ?? ""} ${tokens[at]?.text ?? surname}`, role: stop < 0 ? window : window.slice(0, stop), before };
}

/**
 * A turn label the page's head introduces with a full name and a third party's role ("REISS" and
 * "… Jonathan Reiss, who spent eleven years as a diplomat"): that third party. Null when the head
 * introduces no such guest (an official interviewee is still the page's subject).
 */
export function introducedGuest(label: string, article: ParsedArticle, gazetteer: Gazetteer): DocumentSpeaker | null {
  // Lines of the head are clauses of their own: a role on the next line is someone else's.
  const head = article.passages
    .slice(0, 4)
    .map((p) => p.text.replace(/\n/g, " . "))
    .join(" . ");
  const found = introduction(surnameOf(label), head, ROLE_REACH);
  if (!found || !gazetteer.hasThirdPartyRole(found.role)) return null;
  return { sides: ["other"], speaker: found.name };
}

/**
 * Whether the page introduces an answerer with a newsroom's role, after the name ("Ana Ruiz, news
 * editor at the station") or just before it ("our correspondent Ivan Petrov"): a reporter, whose
 * answers tell what others said rather than speak for a party.
 */
export function introducedReporter(speaker: string, texts: readonly string[], gazetteer: Gazetteer): boolean {
  const surname = surnameOf(speaker);
  return texts.some((text) => {
    const found = introduction(surname, text.replace(/\n/g, " . "), ROLE_REACH);
    if (!found) return false;
    if (gazetteer.hasNewsroomRole(found.role)) return true;
    const stops = found.before.flatMap((t, i) => (/^[.;:!?,]$/.test(t.text) ? [i] : []));
    return gazetteer.hasNewsroomRole(found.before.slice((stops.at(-1) ?? -1) + 1));
  });
}

/** How many words before a name its role may stand ("our Moscow correspondent"). */
const ROLE_BEFORE_REACH = 4;

/**
 * A speaker a record's list introduces with an office that names one side ("James O'Brien,
 * Assistant Secretary, …, U.S. Department of State"): that side. Read only in paragraphs that are
 * nobody's turn (the list, the head), so that one speaker's "Chairman Kean, Ranking Member
 * Keating" gives the members no side.
 */
export function introducedOfficial(label: string, article: ParsedArticle, gazetteer: Gazetteer): DocumentSpeaker | null {
  const surname = surnameOf(label);
  for (const p of article.passages) {
    if (article.structure.turns[p.id]) continue;
    const found = introduction(surname, p.text, OFFICE_REACH);
    if (!found) continue;
    const [comma, first, last] = [found.role[0], found.role[1], found.role.at(-1)];
    if (comma?.text !== "," || !first || !last) continue;
    const role = tokenize(p.text.slice(first.start, last.end));
    // The office's body closes the list entry ("…, Bureau of Population, Refugees, and Migration, U.S.
    // Department of State"): its last named side, not a group the bureau's name mentions.
    const body = findMentions(gazetteer, role)
      .filter((m) => !m.anaphor && m.sideFrom !== "default" && m.type !== "country" && m.sides.length === 1)
      .at(-1);
    const side = body?.sides[0];
    if (side !== undefined && side !== UNCLEAR) return { sides: [side], speaker: found.name };
  }
  return null;
}

/** How far after a name a show's introduction may give the side a guest speaks for. */
const SHOW_ROLE_REACH = 16;
/** Capitalised words that open sentences and phrases, never part of a person's name. */
const NOT_NAMES = new Set([
  "in",
  "on",
  "at",
  "from",
  "the",
  "a",
  "an",
  "and",
  "but",
  "as",
  "for",
  "to",
  "of",
  "by",
  "with",
  "after",
  "before",
  "since",
  "this",
  "that",
  "our",
  "we",
  "i",
  // ("I'd add that Baku claimed …": the writer's own "I", contracted, is no name.)
  "i'd",
  "i'll",
  "i've",
  "i'm",
  "you",
  "he",
  "she",
  "it",
  "they",
  "mr",
  "mrs",
  "ms",
]);
/** Finite verbs that make the words after a name a clause addressed to them, not their role. */
const CLAUSE_VERBS = new Set([
  "says",
  "said",
  "say",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "do",
  "does",
  "did",
  "may",
  "must",
  "should",
]);
/** Verbs of an interview's setting: "X, ROLE, spoke to the Weekly" ends the role, it does not address X. */
const SETTING_VERBS = new Set(["spoke", "speaks", "told", "talked", "talks", "gave", "received", "answered", "replied", "met", "sat"]);

/**
 * The role in the words after a name. "X, the de facto leader of Nagorno-Karabakh, spoke to Caucasus
 * Weekly": the role is what the commas enclose, not the outlet the verb after it names. Null when a
 * verb follows the name with no enclosed role before it ("President Sarkissian, Azerbaijan says …").
 */
function appositive(clause: Token[]): Token[] | null {
  const verb = clause.findIndex((w) => CLAUSE_VERBS.has(w.norm) || SETTING_VERBS.has(w.norm));
  if (verb < 0) return clause;
  const closing = verb - 1;
  if (closing > 1 && clause[0]?.text === "," && clause[closing]?.text === ",") return clause.slice(0, closing);
  return CLAUSE_VERBS.has(clause[verb]?.norm ?? "") ? null : clause.slice(0, verb);
}

/** What joins a name to its role: "X, deputy press officer of …", "X of the Azerbaijani foreign ministry", "X represents …". */
const ROLE_JOIN = new Set([",", "of", "from", "represents", "representing", "who"]);

/**
 * A turn's label ("MAMMADLI", "LUSINE", "BALAYAN") that a show's cast list or its presenter
 * introduces with a role: "Rauf Mammadli of the Azerbaijani foreign ministry", "Armen Sahakian
 * represents the Karabakh Armenians", "Clare Whitby, freelance correspondent". A role that names one
 * side speaks for it; a third party's role (an analyst, a reporter) speaks for "other"; a role that
 * only points back ("deputy head of the ministry's press department") takes the side of the first
 * body the page's head names, line by line. Null when no introduction says.
 */
export function introducedSpeaker(label: string, texts: readonly string[], head: readonly string[], gazetteer: Gazetteer): DocumentSpeaker | null {
  const name = surnameOf(label);
  if (name.length < 3) return null;
  for (const text of texts) {
    for (const found of showIntroductions(name, text)) {
      const side = roleSide(found.role, head, gazetteer);
      if (side) return { sides: [side], speaker: found.name };
    }
  }
  return null;
}

/**
 * A turn's label ("TRUBNIKOV") whose speaker the page lists under the mediators: "The co-chairs, Ambassador
 * X of France, First Deputy Foreign Minister Y of Russia and Z, said …". Each speaks for the mediation,
 * not for the state that sent him, even where the gazetteer knows him as that state's.
 */
export function listedMediator(label: string, texts: readonly string[], gazetteer: Gazetteer): DocumentSpeaker | null {
  const name = surnameOf(label);
  if (name.length < 3) return null;
  for (const text of texts) {
    for (const found of showIntroductions(name, text)) {
      const side = found.listedUnder ? groupSide(found.listedUnder, gazetteer) : null;
      if (side) return { sides: [side], speaker: found.name };
    }
  }
  return null;
}

/** The mediating side a group names ("the co-chairs", "the Minsk Group co-chairs"), else null. */
function groupSide(group: readonly Token[], gazetteer: Gazetteer): ClaimSide | null {
  const sides = new Set(findMentions(gazetteer, [...group]).flatMap((m) => (m.anaphor ? [] : m.sides)));
  const [only] = sides;
  return sides.size === 1 && only !== undefined && isMediator(only) ? only : null;
}

/** Words that may stand in a list of names and their offices: "Ambassador Jean-Jacques Gaillarde of France, … and …". */
const LIST_WORDS = new Set([",", "of", "the", "and"]);
/** How many words the group that heads such a list may have: "The three Minsk Group co-chairs". */
const GROUP_WORDS = 5;

/**
 * The group a list of names stands in apposition to, when the name is one of the list's: "The co-chairs,
 * Ambassador X of France, … Y of Russia and Z, said" → "The co-chairs". Only capitalised words, "of",
 * "the", "and" and commas between the group's comma and the name.
 */
function listHead(tokens: readonly Token[], start: number): Token[] | null {
  let k = start - 1;
  while (k >= 0 && (LIST_WORDS.has(tokens[k]?.norm ?? "") || (tokens[k]?.isWord && /^\p{Lu}/u.test(tokens[k]?.text ?? "")))) k--;
  // The group's own words, back to the sentence's start: its comma is the first of the list.
  let comma = k + 1;
  while (comma < start && tokens[comma]?.text !== ",") comma++;
  if (comma >= start) return null;
  let from = comma - 1;
  while (from >= 0 && tokens[from]?.isWord && comma - from <= GROUP_WORDS) from--;
  const opensSentence = from < 0 || /^[.;:!?]$/.test(tokens[from]?.text ?? "");
  const group = tokens.slice(from + 1, comma);
  // (The group ends in a plural noun in lower case: "co-chairs", "mediators".)
  return opensSentence && group.length > 0 && /^\p{Ll}.*s$/u.test(group.at(-1)?.text ?? "") ? group : null;
}

/** Each full name around the label's word, with the clause of its role after the name. */
function* showIntroductions(word: string, text: string): Generator<{ name: string; role: Token[]; listedUnder?: Token[] }> {
  const tokens = tokenize(text.replace(/\n/g, " . "));
  // ("In Baku, the ministry said": a capitalised word that opens a sentence is no part of a name.)
  const capital = (t: Token | undefined) => t?.isWord === true && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.norm);
  for (const [at, t] of tokens.entries()) {
    if (t.norm !== word || !capital(t)) continue;
    // The label is a surname (a capitalised word before it) or a first name (one after it).
    let start = at;
    while (capital(tokens[start - 1]) && at - start < 3) start--;
    let end = at + 1;
    while (capital(tokens[end]) && end - at < 3) end++;
    if (start === at && end === at + 1) continue;
    // (Listed under a group, the name is first given with the group alone: its own role may run into the sentence's verb.)
    const listed = listHead(tokens, start);
    if (listed) yield { name: textOfTokens(tokens.slice(start, end)), role: [], listedUnder: listed };
    const window = tokens.slice(end, end + SHOW_ROLE_REACH);
    // ("sculptor Robert Askaryan on exile from Karabakh": a lower-case role right before the full name.)
    const before = tokens[start - 1];
    if (!ROLE_JOIN.has(window[0]?.norm ?? "")) {
      if (before?.isWord && /^\p{Ll}/u.test(before.text)) yield { name: textOfTokens(tokens.slice(start, end)), role: [before] };
      continue;
    }
    const stop = window.findIndex((w) => /^[.;:!?()]$/.test(w.text));
    const clause = stop < 0 ? window : window.slice(0, stop);
    const role = appositive(clause);
    // "President Sarkissian, Azerbaijan says …", "Clare Whitby, you were in Agdam": a clause, not a role.
    if (role === null) continue;
    yield { name: textOfTokens(tokens.slice(start, end)), role };
  }
}

function textOfTokens(tokens: readonly Token[]): string {
  return tokens.map((n) => n.text).join(" ");
}

/** The one side a role names, "other" for a third party's role, or the head's side for a role that points back. */
function roleSide(role: Token[], head: readonly string[], gazetteer: Gazetteer): ClaimSide | null {
  // "X, who covers Armenia for a news agency": a reporter's or an analyst's beat is not their side.
  if (gazetteer.hasThirdPartyRole(role)) return "other";
  const mentions = findMentions(gazetteer, role);
  // ("representative of the Karabakh Armenians in London": where the people are is no side of the role.)
  const sides = new Set(mentions.filter((m) => !m.anaphor && !m.placeOfPeople && m.sideFrom !== "default" && m.sides.length === 1).map((m) => m.sides[0]));
  if (sides.size === 1) {
    const [side] = sides;
    return side !== undefined && side !== UNCLEAR ? side : null;
  }
  if (sides.size > 1) return null;
  // Only a post in a body the role points back to by its possessive ("head of the ministry's press
  // service"); "head of the monitoring mission" names its own body, which names no side.
  if (!mentions.some((m) => m.anaphor && /\b\p{L}+['’]s?(?:\s|$)/u.test(m.text))) return null;
  // The first line of the head that names a body names the page's: "Russian Foreign Ministry Press Centre, Moscow".
  for (const line of head) {
    const named = new Set(
      findMentions(gazetteer, tokenize(line))
        .filter((m) => !m.anaphor && m.sideFrom !== "default" && m.type !== "country" && m.sides.length === 1)
        .map((m) => m.sides[0]),
    );
    if (named.size === 0) continue;
    const [only] = named;
    return named.size === 1 && only !== undefined && only !== UNCLEAR ? only : null;
  }
  return null;
}
