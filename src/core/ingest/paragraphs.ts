// From lines to paragraphs. Articles come in three shapes: blank-line separated paragraphs, one
// paragraph per line with no blank lines, and hard-wrapped prose where a paragraph spans several
// lines. Within a block of consecutive lines we therefore decide, pair by pair, whether the next
// line continues the current paragraph.
import { isCrossHeading } from "./headings.ts";
import { endsLikeSentence } from "./text.ts";

/** Hard-wrapped text is wrapped at a fixed width; lines of one-paragraph-per-line text run longer. */
const MAX_WRAP_WIDTH = 120;
/** A line reaching this share of the block's width ran to the margin, so the text goes on. */
const FULL_LINE_SHARE = 0.6;

/** Splits text into blocks of consecutive non-blank lines. */
export function splitBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line.trim());
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** The paragraphs of one block: wrapped lines joined, one-per-line paragraphs kept apart. */
export function joinWrappedLines(block: readonly string[]): string[] {
  const lines = block.map((l) => l.trim()).filter((l) => l !== "");
  const first = lines[0];
  if (first === undefined) return [];
  const width = Math.max(...lines.map((l) => l.length));
  const wrapped = looksHardWrapped(lines, width);
  const paragraphs: string[] = [];
  let current = first;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] ?? "";
    const next = lines[i] ?? "";
    if (continuesParagraph(prev, next, wrapped, width)) {
      current = joinLine(current, next);
    } else {
      paragraphs.push(current);
      current = next;
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/**
 * A block is hard-wrapped when its lines fit a fixed width and the lines that run to the margin
 * mostly stop mid-sentence. One-paragraph-per-line text fails one test or the other: its lines are
 * long, or, when short, they end with full stops or leave room for the next word.
 */
export function looksHardWrapped(lines: readonly string[], width: number): boolean {
  if (lines.length < 2 || width > MAX_WRAP_WIDTH) return false;
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
