// Markdown markup removed line by line, so that a .md article reads like a .txt one.
// The patterns need markup on both sides of a word, so plain-text articles pass through unchanged.

export interface MarkdownLine {
  text: string;
  /** The line was a `#` heading. */
  heading: boolean;
  /** The line as written, for patterns that markup removal could hide (a "- AFP" sign-off). */
  raw: string;
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const QUOTE_MARKERS = /^\s{0,3}(?:>\s?)+/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const BULLET = /^(\s*)[-*+]\s+(?=\S)/;

/** Inline markup: images go entirely (their alt text is a caption), links keep their text. */
const INLINE: readonly [RegExp, string][] = [
  [/!\[[^\]]*\]\([^)]*\)/g, ""],
  [/!\[[^\]]*\]\[[^\]]*\]/g, ""],
  [/\[([^\]]+)\]\((?:[^()\s]+|\([^)]*\))*(?:\s+"[^"]*")?\)/g, "$1"],
  [/\[([^\]]+)\]\[[^\]]*\]/g, "$1"],
  [/<\/?[a-z][a-z\d]*(?:\s[^<>]*)?\/?>/gi, ""],
  [/(?<![\p{L}\p{N}*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\p{L}\p{N}*])/gu, "$1"],
  [/(?<![\p{L}\p{N}_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}_])/gu, "$1"],
  [/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1"],
  [/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1"],
  [/`([^`]+)`/g, "$1"],
];

export function stripMarkdownLine(line: string): MarkdownLine {
  if (RULE.test(line) || LINK_DEFINITION.test(line)) return { text: "", heading: false, raw: line };
  let text = line.replace(QUOTE_MARKERS, "");
  const heading = HEADING.exec(text);
  if (heading) text = heading[1] ?? "";
  text = text.replace(BULLET, "$1");
  for (const [pattern, replacement] of INLINE) text = text.replace(pattern, replacement);
  return { text, heading: heading !== null, raw: line };
}
