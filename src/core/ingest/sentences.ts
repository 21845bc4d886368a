// Sentence splitting for news prose. A full stop is a sentence end only when it is outside a
// quotation, is not an abbreviation or an initial, and the next word starts a new sentence.
import { foldWhitespace } from "./text.ts";

/** Ranks' abbreviations, alone ("Gen.") or making up a compound rank ("Gen-Lt.", "Lt.-Col."). */
const RANKS = new Set(["gen", "lt", "col", "maj", "brig", "adm", "capt", "cmdr", "sgt"]);

/** Abbreviations that never end a sentence in news copy: titles, ranks, months, Latin. */
const ABBREVIATIONS = new Set([
  ...RANKS,
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "cpt",
  "cpl",
  "pvt",
  "rep",
  "sen",
  "gov",
  "pres",
  "amb",
  "rev",
  "fr",
  "hon",
  "st",
  "mt",
  "ft",
  "jr",
  "sr",
  "messrs",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "vs",
  "approx",
  "dept",
  "est",
  "govt",
  "corp",
  "fig",
  "cf",
  "ca",
  // A street in an address: "ul. Lipowa 3" (ulica, ulitsa), "str. Mihai Eminescu 12".
  "ul",
  "str",
]);
/** Abbreviations that are such only before a number: "No. 5", "Art. 3", "p. 12". */
const NUMBER_ABBREVIATIONS = new Set(["no", "nos", "art", "vol", "p", "pp", "para", "paras", "doc", "ch", "sec"]);
/** Dotted forms that often do end a sentence ("at 10 p.m. The ministry…"). */
const CLOCK = new Set(["a.m", "p.m"]);

/** Quote marks that open or close a quotation. “ and ” are both toggles: writers mistype them. */
const QUOTE_TOGGLES = new Set(['"', "\u201C", "\u201D", "\u201E", "«", "»"]);
/** What may follow a sentence's final mark before the space: closing quotes and brackets. */
const CLOSERS = new Set(['"', "\u201C", "\u201D", "\u2019", "'", ")", "]", "»"]);
const TERMINAL = new Set([".", "!", "?", "…"]);
/** "[4]", "[12–14]", "[a]", "[citation needed]", "[note 3]", Markdown's "[^22]": a reference mark right after a sentence. */
const CITATION = /^\[\^?(?:\d{1,4}(?:\s*[,–-]\s*\d{1,4})*|[a-z]|citation needed|note \d{1,3}|nb \d{1,3})\]/i;
/**
 * A paper's footnote mark after the full stop: "(1)", superscript "¹²", or a bare number a page lost
 * its superscript from ("… all of them men.2 The agency …", only after a word, never "3.2").
 */
const FOOTNOTE = /^(?:\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)/;
const BARE_FOOTNOTE = /^\d{1,2}(?= \p{Lu})/u;
/** A sentence starts with a capital, a digit or an opening quote or bracket. */
const SENTENCE_START = /^[\p{Lu}\p{N}"“‘'«([]/u;

/**
 * The longest sentence kept whole. No sentence in the scored sets reaches 600 characters; a longer
 * one is a table, a run-on list or a hostile file, and reading who said what in one sentence costs
 * more than its length (a 26 KB run of "Armenia said" took minutes). Cutting it keeps extraction
 * linear in the article's size.
 */
export const MAX_SENTENCE_LENGTH = 1_000;

/** Splits a paragraph into sentences, keeping the original characters; an over-long one is cut at spaces. */
export function splitSentences(paragraph: string): string[] {
  return splitAtMarks(paragraph).flatMap(cutOverLong);
}

/** Pieces of at most MAX_SENTENCE_LENGTH characters, cut at the last space before the limit when there is one. */
function cutOverLong(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_LENGTH) {
    const space = rest.lastIndexOf(" ", MAX_SENTENCE_LENGTH);
    const cut = space > 0 ? space : MAX_SENTENCE_LENGTH;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

function splitAtMarks(paragraph: string): string[] {
  const text = foldWhitespace(paragraph);
  if (text === "") return [];
  // With an odd number of quote marks we cannot tell openers from closers, so quotes are ignored.
  const useQuotes = countQuotes(text) % 2 === 0;
  const sentences: string[] = [];
  let start = 0;
  let inQuote = false;
  let i = 0;
  while (i < text.length) {
    // Only quote marks and sentence marks matter: jump to the next one.
    MARK.lastIndex = i;
    const found = MARK.exec(text);
    if (!found) break;
    i = found.index;
    const ch = text[i] ?? "";
    if (QUOTE_TOGGLES.has(ch)) {
      if (useQuotes) inQuote = !inQuote;
      i++;
      continue;
    }
    if (!TERMINAL.has(ch)) {
      i++;
      continue;
    }
    const markStart = i;
    let end = i;
    while (end < text.length && TERMINAL.has(text[end] ?? "")) end++;
    const marks = text.slice(i, end);
    while (end < text.length && CLOSERS.has(text[end] ?? "")) {
      if (useQuotes && QUOTE_TOGGLES.has(text[end] ?? "")) inQuote = !inQuote;
      end++;
    }
    // A reference work's citation marks after the full stop belong to the sentence they close: "…killed.[4][5] The same source…".
    for (let cite = CITATION.exec(text.slice(end)); cite; cite = CITATION.exec(text.slice(end))) end += cite[0].length;
    const footnote =
      FOOTNOTE.exec(text.slice(end)) ??
      (/\p{L}/u.test(text[markStart - 1] ?? "") && end === markStart + marks.length ? BARE_FOOTNOTE.exec(text.slice(end)) : null);
    if (footnote) end += footnote[0].length;
    i = end;
    if (inQuote || end >= text.length || text[end] !== " ") continue;
    const next = text.slice(end + 1);
    if (!SENTENCE_START.test(next) || isEllipsis(marks)) continue;
    // An abbreviation is never followed by a closing quote or bracket: "said “no.” 12 died" ends a sentence.
    const closed = end > markStart + marks.length;
    if (marks === "." && !closed && isAbbreviation(wordBefore(text, markStart), next)) continue;
    // '"Are you sure the rich man fights better?" Kocharian said in 1998.': a quoted question and the
    // name that says it are one sentence.
    if (closed && /^[?!]+$/.test(marks) && SPEAKER_AFTER_QUOTE.test(next)) continue;
    if (marks === "." && !closed && CLOCK.has(wordBefore(text, markStart).toLowerCase()) && REPORTED_CLOCK.test(text.slice(start, markStart))) continue;
    // "at around 4 p.m. (1200 GMT) on Tuesday": the same time in another zone, in brackets, goes on the sentence.
    if (marks === "." && !closed && CLOCK.has(wordBefore(text, markStart).toLowerCase()) && OTHER_ZONE.test(next)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end + 1;
  }
  const last = text.slice(start).trim();
  if (last !== "") sentences.push(last);
  return sentences;
}

/**
 * "The army said that at around 7:15 a.m. Azerbaijani forces opened fire": a clock time right after
 * the report's verb is where its clause starts, not where the sentence ends ("… said shelling began
 * at 7 a.m. The ombudsman …" does end there).
 */
const REPORTED_CLOCK =
  /\b(?:said|says|reported|reports|announced|stated|added|claimed|wrote|posted|that)\s+(?:(?:at|around|about|shortly|just|after|before|from|until|approximately|roughly|some)\s+)+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m$/i;

/** A name (or a title and a name) and its speech verb right after a quotation: "Kocharian said", "President Aliyev asked". */
const SPEAKER_AFTER_QUOTE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|asked|asks|added|adds|told|wrote|writes|insisted|replied|declared|wondered|tweeted|posted)\b/u;

/** "(1200 GMT)", "(08:00 UTC)", "(Moscow time)": a clock time's other zone in brackets. */
const OTHER_ZONE = /^\((?:\d{1,2}[:.]?\d{2}\s*)?(?:GMT|UTC|[A-Z]{2,4}T|\p{Lu}\p{Ll}+\s+time)\)/u;

/** A quote toggle or a terminal mark: the characters splitAtMarks stops at (QUOTE_TOGGLES and TERMINAL). */
const MARK = /["\u201C\u201D\u201E«».!?…]/g;
const QUOTE_TOGGLE = /["\u201C\u201D\u201E«»]/g;

function countQuotes(text: string): number {
  return text.match(QUOTE_TOGGLE)?.length ?? 0;
}

/** "…" or "...": an elision inside a sentence, not its end. */
function isEllipsis(marks: string): boolean {
  return /^(?:…+|\.{2,})$/.test(marks);
}

/** The word that ends at `index` (the position of its full stop). */
function wordBefore(text: string, index: number): string {
  const space = text.lastIndexOf(" ", index - 1);
  return text.slice(space + 1, index);
}

/** True when the word before a full stop is an abbreviation or an initial, so the sentence goes on. */
export function isAbbreviation(word: string, next: string): boolean {
  const token = word.replace(/^[("“‘'«[]+/u, "");
  const lower = token.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\d/.test(next)) return true;
  // A compound rank, "Gen-Lt. Haratunyan", "Lt.-Col. Petrosyan": each part a rank's abbreviation.
  if (/^[\p{L}]+(?:[.-]+[\p{L}]+)+$/u.test(token) && lower.split(/[.-]+/).every((part) => RANKS.has(part))) return true;
  // A case's parties, "(Armenia v. Azerbaijan)": "v." before the second party's name.
  if (lower === "v" && /^\p{Lu}/u.test(next)) return true;
  // An initial: "J. R. Smith".
  if (/^\p{Lu}$/u.test(token)) return true;
  // Dotted initialisms: "U.S.", "U.N.", "e.g."; clock times may end a sentence.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return !CLOCK.has(lower);
  return false;
}
