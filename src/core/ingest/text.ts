// Small text helpers shared by the ingestion modules.

/** Folds every run of white space (tabs, NBSP, newlines) to one space; keeps all other characters. */
export function foldWhitespace(text: string): string {
  // Most lines are folded already (single plain spaces, none at the ends): one scan, no new string.
  if (!isUnfolded(text)) return text;
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * White space other than a plain space, two spaces in a row, or a space at either end: what
 * /[^\S ]| {2}|^ | $/u finds, read character by character (a few times faster on a news line).
 */
function isUnfolded(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return true;
    } else if (c < 0x21 ? c >= 0x09 && c <= 0x0d : c >= 0xa0 && isOtherWhiteSpace(c)) return true;
  }
  return false;
}

/** `\s` beyond ASCII: no-break and other spaces (Zs), the line and paragraph separators, the BOM. */
function isOtherWhiteSpace(c: number): boolean {
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * A form for comparing two pieces of text written by different hands: case, curly vs straight
 * quotes, dash styles and trailing punctuation do not make two paragraphs different.
 */
export function comparable(text: string): string {
  const folded = foldWhitespace(
    text
      .normalize("NFKC")
      .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
      .replace(/[\u201C\u201D\u201E\u2033«»]/g, '"')
      .replace(/[\u2013\u2014]/g, "-")
      .toLowerCase(),
  );
  // What /[\s.,;:!?…"')\]-]+$/u takes off, found from the end (the pattern is tried at every position).
  let end = folded.length;
  while (end > 0 && isTrailing(folded.charCodeAt(end - 1))) end--;
  return end === folded.length ? folded : folded.slice(0, end);
}

/** White space, or the punctuation that ends a sentence or closes a quotation: ".", ",", ";", ":", "!", "?", "…", '"', "'", ")", "]", "-". */
function isTrailing(c: number): boolean {
  switch (c) {
    case 0x2e:
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x21:
    case 0x3f:
    case 0x2026:
    case 0x22:
    case 0x27:
    case 0x29:
    case 0x5d:
    case 0x2d:
      return true;
    default:
      return isWhiteSpace(c);
  }
}

/** What `\s` matches (and `trim` takes off). */
function isWhiteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && isOtherWhiteSpace(c));
}

export function wordCount(text: string): number {
  // The words split(/\s+/u) would give the trimmed text: one more than its runs of white space, counted in place.
  const trimmed = text.trim();
  if (trimmed === "") return 0;
  let words = 1;
  for (let i = 1; i < trimmed.length; i++) if (isWhiteSpace(trimmed.charCodeAt(i)) && !isWhiteSpace(trimmed.charCodeAt(i - 1))) words++;
  return words;
}

/** True when the text ends the way a sentence does: ".", "!", "?" or "…", maybe inside quotes/brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*\s*$/u.test(text);
}

/** True when the text ends with any punctuation mark (a heading has none). */
export function endsWithPunctuation(text: string): boolean {
  return /[.,;:!?…"'”’»)\]-]\s*$/u.test(text);
}

/** "STEPPE HERALD OF THE SOUTH" → "Steppe Herald of the South": a name printed in capitals, as it is spelt. */
export function titleCase(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
      .replace(/(?<=\s)(Of|The|And|For|In|On)(?=\s)/g, (w) => w.toLowerCase())
      // "U.S. DEPARTMENT OF STATE": initials joined by stops stay capitals.
      .replace(/(?<=(?:^|[\s(])(?:\p{L}\.)+)\p{Ll}(?=\.)/gu, (c) => c.toUpperCase())
  );
}
