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
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index ?? 0;
    const isWord = /[\p{L}\p{N}]/u.test(text);
    tokens.push({
      text,
      norm: isWord ? normalizeWord(text) : text,
      i: tokens.length,
      start,
      end: start + text.length,
      isWord,
      possessive: /['’]s?$/.test(text) && isWord,
      capitalized: /^\p{Lu}/u.test(text),
      quoted: false,
    });
  }
  markQuoted(tokens);
  return tokens;
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
