// From lines to paragraphs. Articles come in three shapes: blank-line separated paragraphs, one
// paragraph per line with no blank lines, and hard-wrapped prose where a paragraph spans several
// lines. Within a block of consecutive lines we therefore decide, pair by pair, whether the next
// line continues the current paragraph.
import { isCrossHeading } from "./headings.ts";
import { endsLikeSentence } from "./text.ts";

/** Hard-wrapped text is wrapped at a fixed width; lines of one-paragraph-per-line text run longer. */
const MAX_WRAP_WIDTH = 120;
/** Narrower blocks are lists or headers, not wrapped prose. */
const MIN_WRAP_WIDTH = 40;
/**
 * Two lines are too few to tell wrapped prose from a headline over a byline; such pairs are
 * joined only by the mid-sentence rules.
 */
const MIN_WRAPPED_LINES = 3;
/** A line reaching this share of the block's width ran to the margin, so the text goes on. */
const FULL_LINE_SHARE = 0.6;

export interface JoinedParagraph {
  text: string;
  /** How many lines of the file it was joined from. */
  lines: number;
}

/** The paragraphs of one block of consecutive non-blank lines: wrapped lines joined, one-per-line paragraphs kept apart. */
export function joinWrappedBlock(block: readonly string[]): JoinedParagraph[] {
  const lines = block.map((l) => l.trim()).filter((l) => l !== "");
  const first = lines[0];
  if (first === undefined) return [];
  const width = Math.max(...lines.map((l) => l.length));
  const wrapped = looksHardWrapped(lines, width);
  const paragraphs: JoinedParagraph[] = [];
  let current: JoinedParagraph = { text: first, lines: 1 };
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] ?? "";
    const next = lines[i] ?? "";
    if (continuesParagraph(prev, next, wrapped, width)) {
      current = { text: joinLine(current.text, next), lines: current.lines + 1 };
    } else {
      paragraphs.push(current);
      current = { text: next, lines: 1 };
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/** The texts of joinWrappedBlock. */
export function joinWrappedLines(block: readonly string[]): string[] {
  return joinWrappedBlock(block).map((p) => p.text);
}

/**
 * A block is hard-wrapped when its lines fit a fixed width and the lines that run to the margin
 * mostly stop mid-sentence. One-paragraph-per-line text fails one test or the other: its lines are
 * long, or, when short, they end with full stops or leave room for the next word.
 */
export function looksHardWrapped(lines: readonly string[], width: number): boolean {
  if (lines.length < MIN_WRAPPED_LINES || width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return false;
  const full = lines.slice(0, -1).filter((line, i) => ranToMargin(line, lines[i + 1] ?? "", width));
  if (full.length === 0) return false;
  const open = full.filter((l) => !endsLikeSentence(l)).length;
  return open * 2 >= full.length;
}

/**
 * A wrapping editor breaks a line only when the next word would not fit, so a wrapped line is
 * long and the next line's first word would have pushed it past the block's width.
 */
function ranToMargin(line: string, next: string, width: number): boolean {
  const nextWord = next.split(/\s/, 1)[0] ?? "";
  return line.length >= FULL_LINE_SHARE * width && line.length + 1 + nextWord.length > width;
}

function continuesParagraph(prev: string, next: string, wrapped: boolean, width: number): boolean {
  // A sentence cut mid-way continues in lower case, whatever the shape of the block; and no
  // paragraph ends with a comma or a hyphen.
  if (!endsLikeSentence(prev) && /^[\p{Ll}]/u.test(next)) return true;
  if (/(?:[,;]|\p{L}-)$/u.test(prev) && /^[\p{L}\p{N}]/u.test(next)) return true;
  if (!wrapped) return false;
  // A line that stopped short is a paragraph's last line (or a heading) however it ends.
  if (!ranToMargin(prev, next, width)) return false;
  return !(isCrossHeading(next) && endsLikeSentence(prev));
}

/** "Nagorno-" + "Karabakh" keeps the hyphen and loses the break; any other break becomes a space. */
function joinLine(current: string, next: string): string {
  return /\p{L}-$/u.test(current) && /^\p{L}/u.test(next) ? current + next : `${current} ${next}`;
}
