// A legislative hearing's printed head: "THE FUTURE OF NAGORNO-KARABAKH" / "HEARING" / "BEFORE THE" /
// "SUBCOMMITTEE ON EUROPE" / "OF THE" / "COMMITTEE ON FOREIGN AFFAIRS" / "HOUSE OF REPRESENTATIVES" /
// "ONE HUNDRED EIGHTEENTH CONGRESS" / "FIRST SESSION" / "NOVEMBER 15, 2023" / "Serial No. 118-62".
// The hearing's own name, above the word "HEARING", is the title; the committee lines and the serial
// number are the record's furniture (the date line stays, for the date rules to read). Whoever
// excerpted or printed the record ("Prepared by the Kura Hearings Digest from the committee video")
// is its outlet; failing that, the committee that held it.
import type { MarkdownLine } from "./markdown.ts";
import { metadataDate } from "./metadata.ts";
import { PAGE_HEAD } from "./pageHeadCues.ts";
import { foldWhitespace, titleCase } from "./text.ts";

export interface HearingHead {
  title: string;
  /** The publisher a note in the head names, else null. */
  publisher: { name: string; at: number } | null;
  /** The committee that held the hearing: a fallback outlet. */
  committee: { name: string; at: number } | null;
}

/** How far down the word "HEARING" may stand (non-empty lines). */
const HEARING_REACH = 8;
/** How many lines the hearing's name may wrap over. */
const MAX_TITLE_LINES = 4;
/** How far the head (committee lines, notes) runs below the word "HEARING" (non-empty lines). */
const HEAD_REACH = 24;

/**
 * Finds a hearing's head and takes it: the title line becomes a heading holding the whole title,
 * the other title lines and the committee lines are blanked. Null (and nothing changed) when the
 * text has no such head.
 */
export function takeHearingHead(lines: MarkdownLine[]): HearingHead | null {
  const filled = lines.flatMap((line, at) => (foldWhitespace(line.text) === "" ? [] : [at]));
  const hearing = filled.slice(0, HEARING_REACH).findIndex((at) => PAGE_HEAD.hearingWord.test(foldWhitespace(lines[at]?.text ?? "")));
  if (hearing <= 0 || hearing > MAX_TITLE_LINES) return null;
  const below = filled.slice(hearing + 1, hearing + 1 + HEAD_REACH);
  // The committee lines run on from "HEARING", the hearing's date among them; the first other line ends them.
  const run = below.findIndex((at) => {
    const text = foldWhitespace(lines[at]?.text ?? "");
    return !PAGE_HEAD.hearingBodyLine.test(text) && !isDateLine(text);
  });
  const chamber = below.slice(0, run === -1 ? below.length : run).filter((at) => PAGE_HEAD.hearingBodyLine.test(foldWhitespace(lines[at]?.text ?? "")));
  // A hearing's head names the committee or the Congress that held it; "HEARING" alone is not enough.
  if (!chamber.some((at) => /committee|congress|senate|house of/i.test(lines[at]?.text ?? ""))) return null;
  const titleLines = filled.slice(0, hearing);
  const printed = titleLines.map((at) => foldWhitespace(lines[at]?.text ?? "")).join(" ");
  const title = printed === printed.toUpperCase() ? titleCase(printed) : printed;
  const committeeAt = chamber.find((at) => /^(?:(?:select|special|joint)\s+)?committee\s+on\b/i.test(foldWhitespace(lines[at]?.text ?? "")));
  const committee = committeeAt === undefined ? null : { name: titleCase(foldWhitespace(lines[committeeAt]?.text ?? "")), at: committeeAt };
  const publisher = publisherNote(lines, below);
  const [first, ...rest] = titleLines;
  for (const at of [...rest, filled[hearing] ?? -1, ...chamber]) if (lines[at]) (lines[at] as MarkdownLine).text = "";
  if (first !== undefined && lines[first]) Object.assign(lines[first] as MarkdownLine, { text: title, raw: title, heading: true });
  return { title, publisher, committee };
}

/** "Prepared by the Kura Hearings Digest from the committee video": the name after "prepared by". */
const PREPARED_BY =
  /\b(?:[Pp]repared|[Cc]ompiled|[Pp]ublished|[Pp]roduced|[Ee]xcerpted|[Tt]ranscribed|[Ee]dited)\s+by\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&.-]*)){0,5})/u;
const TRAILING_GLUE = /(?:\s+(?:of|the|and|&))+$/;

/** The publisher a note in the head names (the note may wrap, so its lines are read together). */
function publisherNote(lines: readonly MarkdownLine[], head: readonly number[]): { name: string; at: number } | null {
  for (const [k, at] of head.entries()) {
    const text = [at, head[k + 1]].map((i) => (i === undefined ? "" : foldWhitespace(lines[i]?.text ?? ""))).join(" ");
    const name = PREPARED_BY.exec(text)?.groups?.name?.replace(TRAILING_GLUE, "");
    if (name && name.split(/\s+/).length >= 2) return { name, at };
  }
  return null;
}

/** "NOVEMBER 15, 2023", "Wednesday, November 15, 2023": a short line holding a date. */
function isDateLine(text: string): boolean {
  return text.length <= 40 && metadataDate(text) !== null;
}
