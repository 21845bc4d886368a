// Markdown markup removed line by line, so that a .md article reads like a .txt one.
// The patterns need markup on both sides of a word, so plain-text articles pass through unchanged.

export interface MarkdownLine {
  text: string;
  /** The line was a `#` heading. */
  heading: boolean;
  /** The line as written, for patterns that markup removal could hide (a "- AFP" sign-off). */
  raw: string;
}

// ("== SHOTS AGAIN NEAR THE BORDER ==": a plain-text sheet's heading between equals signs, as wikis write them.)
const HEADING = /^\s{0,3}(?:#{1,6}\s+(.*?)(?:\s+#+)?|={2,6}\s*([^=]+?)\s*={2,6})\s*$/;
const QUOTE_MARKERS = /^\s{0,3}(?:>\s?)+/;
// "=====" and "~~~~~" divide a plain-text bulletin's items as "---" does a Markdown page's.
export const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}|(?:~\s*){3,})$/;
/** A text box drawn with characters, as reports converted from PDF keep their summary boxes. */
const BOX_EDGE = /^\s*\+[-=+]{3,}\+\s*$/;
// Only a box's side, never a table's row ("| Armenia | 3,825 |" keeps its cells apart).
const BOX_SIDES = /^\s*\|\s?([^|]*?)\s*\|\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const BULLET = /^(\s*)[-*+]\s+(?=\S)/;
const EDIT_LINK = /\s*\[edit(?: source)?\]\s*$/i;

/**
 * Inline markup: images go entirely (their alt text is a caption), links keep their text.
 * Every repeat is bounded and no repeat nests another over the same characters: an unclosed
 * "[text](http://…" made the link pattern backtrack exponentially (a 30-character address took
 * minutes), and unbounded scans from every "[" or "**" made a long line quadratic.
 */
const INLINE: readonly [RegExp, string][] = [
  [/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, ""],
  [/!\[[^\]]{0,500}\]\[[^\]]{0,500}\]/g, ""],
  [/\[([^\]]{1,500})\]\((?:[^()\s]|\([^)]{0,500}\)){0,2000}(?:\s+"[^"]{0,500}")?\)/g, "$1"],
  [/\[([^\]]{1,500})\]\[[^\]]{0,500}\]/g, "$1"],
  [/<\/?[a-z][a-z\d]{0,20}(?:\s[^<>]{0,2000})?\/?>/gi, ""],
  [/(?<![\p{L}\p{N}*])\*\*(?=\S)(.{1,2000}?)(?<=\S)\*\*(?![\p{L}\p{N}*])/gu, "$1"],
  [/(?<![\p{L}\p{N}_])__(?=\S)(.{1,2000}?)(?<=\S)__(?![\p{L}\p{N}_])/gu, "$1"],
  [/(?<![\p{L}\p{N}*])\*(?=\S)(.{1,2000}?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1"],
  [/(?<![\p{L}\p{N}_])_(?=\S)(.{1,2000}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1"],
  [/`([^`]{1,2000})`/g, "$1"],
];

export function stripMarkdownLine(line: string): MarkdownLine {
  if (RULE.test(line) || LINK_DEFINITION.test(line) || BOX_EDGE.test(line)) return { text: "", heading: false, raw: line };
  // "| * By about 2012, when its oil income … |": a line of a text box, its borders taken off.
  let text = line.replace(BOX_SIDES, "$1").replace(QUOTE_MARKERS, "");
  const heading = HEADING.exec(text);
  if (heading) text = heading[1] ?? heading[2] ?? "";
  // "Overall figures [edit]": a reference work's edit link after a heading is no part of it.
  // (EDIT_LINK ends in "]": a line without one is spared the `$`-anchored pattern, tried at every position.)
  text = (text.includes("]") ? text.replace(EDIT_LINK, "") : text).replace(BULLET, "$1");
  if (INLINE_MARKER.test(text)) for (const [pattern, replacement] of INLINE) text = text.replace(pattern, replacement);
  // "::Agreed. … --Mandraki77 (talk) 18:15, 5 December 2020 (UTC)": a talk page's indent and signature frame a post.
  if (text.startsWith(":") || text.endsWith("(UTC)")) text = text.replace(WIKI_INDENT, "").replace(WIKI_SIGNATURE, "");
  return { text, heading: heading !== null, raw: line };
}

/** The colons a wiki's talk page indents a reply by: "::Agreed." */
const WIKI_INDENT = /^:{1,8}(?=[\p{L}\p{N}"“'(])/u;
/** A post's signature on a wiki's talk page: " --Mandraki77 (talk) 18:15, 5 December 2020 (UTC)". */
const WIKI_SIGNATURE = /\s*[-—–]{1,2}\s*[\p{L}\p{N}_.' -]{1,40}?\s*\((?:talk|contribs)\)\s*\d{1,2}:\d{2},\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+\(UTC\)\s*$/u;

/** A character every INLINE pattern needs (brackets, tags, emphasis, code): plain text skips them all. */
const INLINE_MARKER = /[[<*_`]/;
