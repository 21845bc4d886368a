// Splits a sentence into word and punctuation tokens, each knowing whether it stands inside
// a quotation: words inside quotes are the quoted party's, never the sentence's attribution.

export interface Token {
  /** As written, e.g. "Karabakh’s". */
  text: string;
  /** Lower case, diacritics folded, possessive dropped: "karabakh". */
  norm: string;
  /** Index in the token list. */
  i: number;
  start: number;
  end: number;
  isWord: boolean;
  /** Written with an apostrophe-s or a trailing apostrophe ("Karabakh’s", "Co-Chairs’"). */
  possessive: boolean;
  capitalized: boolean;
  quoted: boolean;
}

// Abbreviations with dots first (U.S., U.N.), then words with inner hyphens/apostrophes/dots,
// then numbers with separators, then any single non-space character (punctuation, quotes).
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*['’]?|\d+(?:[.,]\d+)*|\S/gu;
const DOUBLE_QUOTES = new Set(["\u201C", "\u201D", "\u201E", '"', "\u00AB", "\u00BB"]);

export function isQuoteMark(text: string): boolean {
  return DOUBLE_QUOTES.has(text);
}

/** A year as a citation gives it in brackets: "(2003)", "(1999a)". */
export function isCitedYear(text: string): boolean {
  return /^(?:1[89]|20)\d{2}[a-z]?$/.test(text);
}

export function normalizeWord(text: string): string {
  // Plain ASCII has no diacritics to fold (NFKD leaves it as it is): most words skip that step.
  const folded = PRINTABLE_ASCII.test(text) ? text : text.normalize("NFKD").replace(/\p{M}/gu, "");
  const lower = folded.toLowerCase();
  // Only a word with an apostrophe has a possessive to drop.
  return APOSTROPHE.test(lower) ? lower.replace(/’/g, "'").replace(/'s$/, "").replace(/'$/, "") : lower;
}

const APOSTROPHE = /['’]/;

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  // One shared pattern walked with exec (matchAll would copy it for every sentence); nothing
  // below tokenizes again before the loop ends.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m !== null; m = TOKEN.exec(sentence)) {
    const text = m[0];
    const start = m.index;
    const isWord = isWordToken(text);
    tokens.push({
      text,
      norm: isWord ? normalizeWord(text) : text,
      i: tokens.length,
      start,
      end: start + text.length,
      isWord,
      possessive: isWord && endsPossessive(text),
      capitalized: startsCapitalized(text),
      quoted: false,
    });
  }
  markQuoted(tokens);
  return tokens;
}

// The checks below answer as their patterns do (kept as the fallback for non-ASCII text) with
// character codes for the ASCII cases, which are nearly all of them.

/** /[\p{L}\p{N}]/u: a token holds a letter or digit only when it starts with one (see TOKEN). */
function isWordToken(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /[\p{L}\p{N}]/u.test(text);
}

/** /^\p{Lu}/u */
function startsCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(text);
}

/** /['’]s?$/: an apostrophe last, or before a last "s". */
function endsPossessive(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (last === 0x27 || last === 0x2019) return true;
  if (last !== 0x73 || n < 2) return false;
  const before = text.charCodeAt(n - 2);
  return before === 0x27 || before === 0x2019;
}

/**
 * Marks the tokens between paired quote marks. Curly quotes are sometimes typed the wrong way
 * round (“…anyone, “Aliyev said), so every double quote toggles; an unpaired last quote is
 * taken as a stray mark and masks nothing.
 */
function markQuoted(tokens: Token[]): void {
  const marks = tokens.filter((t) => isQuoteMark(t.text)).map((t) => t.i);
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k] ?? 0;
    const close = marks[k + 1] ?? 0;
    for (let i = open; i <= close; i++) {
      const token = tokens[i];
      if (token) token.quoted = true;
    }
  }
}

/** Adverbs that open a sentence and are never a first name: "Then Baroness Cox said …". */
export const OPENING_ADVERBS: readonly string[] = [
  "then",
  "now",
  "so",
  "also",
  "yet",
  "still",
  "instead",
  "finally",
  "thus",
  "later",
  "earlier",
  "afterwards",
  "separately",
  "elsewhere",
  "subsequently",
  "previously",
];
