// From lines to paragraphs. Articles come in three shapes: blank-line separated paragraphs, one
// paragraph per line with no blank lines, and hard-wrapped prose where a paragraph spans several
// lines. Within a block of consecutive lines we therefore decide, pair by pair, whether the next
// line continues the current paragraph.
import { isCrossHeading } from "./headings.ts";
import { endsLikeSentence } from "./text.ts";

/** Hard-wrapped text is wrapped at a fixed width; lines of one-paragraph-per-line text run longer. */
const MAX_WRAP_WIDTH = 120;
/** Narrower text is a list or a header, not wrapped prose. */
const MIN_WRAP_WIDTH = 40;
/** A line reaching this share of the width may have run to the margin. */
const FULL_LINE_SHARE = 0.6;
/** The share of lines at or under the wrap width: robust to a stray long line (a URL, a title). */
const WIDTH_PERCENTILE = 0.9;
/** Fewer margin-length lines than this say nothing about how the text is laid out. */
const MIN_EVIDENCE = 2;

/** How an article's text is laid out, judged over all its blocks at once. */
export interface WrapProfile {
  wrapped: boolean;
  /** The wrap column (an estimate; a little under is harmless). */
  width: number;
}

export interface JoinedParagraph {
  text: string;
  /** How many lines of the file it was joined from. */
  lines: number;
}

/**
 * An article is hard-wrapped when its lines fit a fixed width and the lines that run to the margin
 * mostly stop mid-sentence. One-paragraph-per-line text fails one test or the other: its lines are
 * long, or, when short, they end with full stops or leave room for the next word. Judging the whole
 * article at once lets a two-line paragraph be joined like the others.
 */
export function wrapProfile(blocks: readonly (readonly string[])[]): WrapProfile {
  const lengths = blocks
    .flat()
    .map((l) => l.trim().length)
    .sort((a, b) => a - b);
  const width = lengths[Math.floor(WIDTH_PERCENTILE * (lengths.length - 1))] ?? 0;
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return { wrapped: false, width };
  let full = 0;
  let open = 0;
  for (const block of blocks) {
    for (let i = 0; i + 1 < block.length; i++) {
      const line = (block[i] ?? "").trim();
      if (!ranToMargin(line, (block[i + 1] ?? "").trim(), width)) continue;
      full++;
      if (!endsLikeSentence(line)) open++;
    }
  }
  return { wrapped: full >= MIN_EVIDENCE && open * 2 >= full, width };
}

/**
 * The paragraphs of one block of consecutive non-blank lines: wrapped lines joined, one-per-line
 * paragraphs kept apart. The profile is the article's; by default it is judged from this block.
 */
export function joinWrappedBlock(block: readonly string[], profile: WrapProfile = wrapProfile([block])): JoinedParagraph[] {
  const lines = block.map((l) => l.trim()).filter((l) => l !== "");
  const first = lines[0];
  if (first === undefined) return [];
  const paragraphs: JoinedParagraph[] = [];
  let current: JoinedParagraph = { text: first, lines: 1 };
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] ?? "";
    const next = lines[i] ?? "";
    if (continuesParagraph(prev, next, profile)) {
      current = { text: joinLine(current.text, next), lines: current.lines + 1 };
    } else {
      paragraphs.push(current);
      current = { text: next, lines: 1 };
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/** The texts of joinWrappedBlock, for a block read on its own. */
export function joinWrappedLines(block: readonly string[]): string[] {
  return joinWrappedBlock(block).map((p) => p.text);
}

/**
 * A wrapping editor breaks a line only when the next word would not fit, so a wrapped line is
 * long and the next line's first word would have pushed it past the width.
 */
function ranToMargin(line: string, next: string, width: number): boolean {
  const nextWord = next.split(/\s/, 1)[0] ?? "";
  return line.length >= FULL_LINE_SHARE * width && line.length + 1 + nextWord.length > width;
}

function continuesParagraph(prev: string, next: string, profile: WrapProfile): boolean {
  // "* Yerevan says one soldier killed" / "* Baku says seven …": each bullet of a list is an item of its own.
  if (LIST_ITEM.test(next)) return false;
  // "SESSION OF THE POLITBURO …, 29 FEBRUARY 1988 (EXCERPT)" over "Working record. Top secret.": a document's
  // title in capitals stands apart from the line in small letters under it.
  if (CAPITALS_TITLE.test(prev) && !/[,;-]$/.test(prev) && /\p{Ll}/u.test(next)) return false;
  // A sentence cut mid-way continues in lower case, whatever the shape of the block; and no
  // paragraph ends with a comma or a hyphen.
  if (!endsLikeSentence(prev) && /^[\p{Ll}]/u.test(next)) return true;
  if (/(?:[,;]|\p{L}-)$/u.test(prev) && /^[\p{L}\p{N}]/u.test(next)) return true;
  // "… from the Permanent Representative of Azerbaijan addressed to the" / "Secretary-General": a
  // line ending on an article or a preposition stops mid-phrase, however short it is.
  if (OPEN_ENDING.test(prev) && /^[\p{L}\p{N}]/u.test(next)) return true;
  if (OPEN_PREPOSITION.test(prev) && prev.split(/\s+/).length >= PROSE_LINE_WORDS && /^[\p{L}\p{N}]/u.test(next)) return true;
  // "… told CDA on March" / "31 that he called off …": a date cut between its month and its day.
  if (MONTH_ENDING.test(prev) && prev.split(/\s+/).length >= PROSE_LINE_WORDS && DAY_OPENING.test(next)) return true;
  if (!profile.wrapped) return false;
  // A line that stopped short is a paragraph's last line (or a heading) however it ends.
  if (!ranToMargin(prev, next, profile.width)) return false;
  return !(isCrossHeading(next) && endsLikeSentence(prev));
}

/** A line of four words or more with no small letter: a title or a heading in capitals. */
const CAPITALS_TITLE = /^(?=(?:\S+\s+){3,}\S)[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u;

/** A list item's marker opening a line: "* ", "• ", "- ", "– ". */
export const LIST_ITEM = /^(?:[*•▪◦]|[-–—](?=\s\p{Lu}))\s+\S/u;

/**
 * The words no paragraph, title or heading ends on: articles, prepositions, conjunctions, a
 * possessive, "that", and a figure's qualifier ("said that at least" / "20 villagers had been killed").
 */
const OPEN_ENDING = /\s(?:the|a|an|of|to|from|addressed to|by|for|with|and|or|that|than|its|their|his|her|at least|at most|up to|nearly|almost)$/;

/**
 * A sentence's line stopped on a preposition of time or place: "took effect at midnight on" / "12 May."
 * is one sentence, though its second line opens like a dateline. Only after a line of prose: a short
 * line ending so is a page's button ("Sign in", "Follow us on").
 */
const OPEN_PREPOSITION = /\s(?:on|in|at|into|since|until|between|during)$/;
const PROSE_LINE_WORDS = 6;
/** A line of prose ending on a month's name, and a line opening on a day's number that the month names. */
const MONTH_ENDING =
  /\s(?:on|in|of|since|until|by|from|before|after|and)\s(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const DAY_OPENING = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?:\d{4}\b|\p{Ll})/u;

/** "Nagorno-" + "Karabakh" keeps the hyphen and loses the break; any other break becomes a space. */
function joinLine(current: string, next: string): string {
  return /\p{L}-$/u.test(current) && /^\p{L}/u.test(next) ? current + next : `${current} ${next}`;
}
