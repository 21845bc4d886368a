// Metadata inferred from the lines around an article's body: timestamps, "Published:"/"Updated:"
// labels, "From:" and byline credits, copyright footers. Only lines that are metadata as a whole are
// read: a date inside body prose ("early on March 25") says when something happened, not when the
// article was published, so it is never taken.
import { readDateline } from "./dateline.ts";
import { isoDate, MONTH_PATTERN, monthNumber, parseAbsoluteDate } from "../dates/calendar.ts";
import { COLOPHON } from "./colophonCues.ts";
import { FURNITURE } from "./furnitureCues.ts";
import { institutionName, institutionOrNull } from "./institutions.ts";
import { MONITORING } from "./monitoringCues.ts";
import { PAGE_HEAD, PRINT_SECTIONS } from "./pageHeadCues.ts";
import { escapeRegExp } from "../rules/rule.ts";
import { foldWhitespace, titleCase, wordCount } from "./text.ts";
import { guardedExec } from "./requiredText.ts";
import { tableCells } from "./tableRow.ts";
import { READ_COUNTER } from "./wireSiteCues.ts";

/** How much a published-date cue is trusted: lower wins, then the earlier cue. */
export const DATE_RANK = { prefix: 0, published: 1, updated: 2, label: 3 } as const;

export interface DateCue {
  iso: string;
  rank: number;
}

export interface OutletCue {
  name: string;
  /** A footer cue (copyright line) is only a fallback behind any front-of-article cue. */
  footer: boolean;
  /** The abbreviation the masthead printed beside the name ("ENW" for "Eurasia Newswire"). */
  short?: string;
  /** The agency a story's dateline credits ("BAKU, May 3 (Caspian Wire Service) -"). */
  dateline?: boolean;
}

/** Where in the article (a line number) a cue was found: earlier cues win ties. */
export type Placed<T> = T & { at: number };

/** A line that is metadata as a whole; it never becomes a passage. */
export interface MetadataLine {
  date: DateCue | null;
  outlet: string | null;
  /** The outlet comes from a credit that may name a chart's or a photo's source ("Source: …"). */
  outletIsFallback?: boolean;
  url: string | null;
  /** The section a page label names ("Interview", "Explainers"): a hint at the genre. */
  section?: string;
  /** A monitored item's field: the station it names, the day it was monitored, or that it names a programme. */
  broadcast?: Broadcast;
}

/** What a monitoring service's item says of the broadcast it transcribes. */
export interface Broadcast {
  station: string | null;
  date: string | null;
  /** A "Programme:" field: the page transcribes one programme. */
  programme: boolean;
  /** Read from a field of the page's head ("Channel: …"), not from a monitored item's source line. */
  field?: boolean;
}

/** Wire agencies that a one-word byline ("By AFP") may name. */
const AGENCIES = [
  "AFP",
  "AP",
  "Associated Press",
  "Reuters",
  "TASS",
  "RIA Novosti",
  "Interfax",
  "Sputnik",
  "Xinhua",
  "Anadolu",
  "Anadolu Agency",
  "EFE",
  "dpa",
  "ANSA",
  "Kyodo",
  "IANS",
  "ANI",
  "PTI",
  "UNI",
  "APA",
  "Trend",
  "Azertac",
  "Armenpress",
  "news agencies",
  "Agencies",
];

/** Words that describe a journalist, not a publication ("By Jane Doe, Staff Writer"). */
const ROLE_WORDS = /\b(?:correspondent|reporter|writer|editor|staff|contributor|columnist|bureau|desk|analyst|producer|journalist|special to)\b/i;

const ORGANISATION_SUFFIX = /[,\s]+(?:pvt\.?|private|pte\.?|plc|llc|l\.l\.c\.|inc\.?|ltd\.?|limited|gmbh|ag|s\.a\.|co\.)(?=[\s.,]|$)/gi;

// ---------------------------------------------------------------------------
// Dates

const TIME = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?m\.?`;
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?|wednesday|saturday`;
const ZONE = String.raw`(?:gmt|utc)\s?[+-]\d{1,2}(?::?\d{2})?|gmt|utc|bst|cet|cest|eet|eest|msk|amt|azt|trt|ist|est|edt|cst|cdt|pst|pdt|aest|z|[+-]\d{2}:?\d{2}`;
const DATE_FORMS = [
  String.raw`\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?`,
  // A cable's "2004 June 15": the year first, then the month's name and the day.
  String.raw`\d{4}\s+(?:${MONTH_PATTERN})\.?\s+\d{1,2}`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_PATTERN})\.?\s*,?\s*\d{4}`,
  String.raw`(?:${MONTH_PATTERN})\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}`,
  String.raw`(?:${MONTH_PATTERN})\.?\s+\d{1,2}(?:st|nd|rd|th)?`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_PATTERN})\.?`,
  String.raw`\d{1,2}[./]\d{1,2}[./]\d{4}`,
  // Wire and bulletin stamps with a two-digit year: "05-MAR-92", "12.05.94".
  String.raw`\d{1,2}-(?:${MONTH_PATTERN})-\d{2}`,
  String.raw`\d{1,2}\.\d{1,2}\.\d{2}`,
];
/** The pieces a timestamp is made of; a line made of nothing else is a timestamp line. */
const TIMESTAMP_PIECE = new RegExp(String.raw`\b(?:${DATE_FORMS.join("|")}|${TIME}|${WEEKDAY}|${ZONE}|at|on)\b|[\s,.;|/·•()+–—-]+`, "gi");

/** "2021-11-16T18:40:00+04:00": the calendar's ISO reader wants a word boundary after the day. */
const ISO_DATE_TIME = /\b(\d{4})-(\d{2})-(\d{2})[Tt]\d{2}:\d{2}/;

const NUMERIC_DATE = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/;

/**
 * The first absolute date in a metadata line. Besides the month-name forms of parseAbsoluteDate,
 * it reads numeric dates: "14.12.2020" is always day.month.year (the European dotted form), while
 * "12/14/2020" is read only when one part cannot be a month.
 */
export function metadataDate(raw: string): string | null {
  const text = firstDayOfRange(raw);
  // An ISO date-time ("2021-11-16T18:40:00+04:00") keeps its date part: the publisher's local day.
  const isoStamp = ISO_DATE_TIME.exec(text);
  if (isoStamp) return isoDate(Number(isoStamp[1]), Number(isoStamp[2]), Number(isoStamp[3]));
  const named = parseAbsoluteDate(text) ?? yearFirstDate(text);
  if (named) return named;
  const short = shortYearDate(text);
  if (short) return short;
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [a, sep, b, year] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
  if (sep === ".") return isoDate(year, b, a);
  if (a > 12) return isoDate(year, b, a);
  if (b > 12) return isoDate(year, a, b);
  // "09/12/2020 - 08:15": either part could be the month. With a 24-hour time beside it the line
  // follows the day-first habit of most of the world; alone it stays unread.
  return TWENTY_FOUR_HOUR.test(text) ? isoDate(year, b, a) : null;
}

/** "2004 June 15, 12:32 (Tuesday)": a diplomatic cable's stamp, the year before the month's name and the day. */
const YEAR_FIRST = new RegExp(String.raw`\b((?:19|20)\d{2})\s+(${MONTH_PATTERN})\.?\s+(\d{1,2})\b(?![:.]\d)`, "i");

function yearFirstDate(text: string): string | null {
  const m = YEAR_FIRST.exec(text);
  const month = m ? monthNumber(m[2] ?? "") : null;
  return m && month ? isoDate(Number(m[1]), month, Number(m[3])) : null;
}

/** Which part of a slashed date is the day, as the page's unambiguous dates show it. */
export type NumericOrder = "dayFirst" | "monthFirst";

const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, "g");

/**
 * The order a page writes its slashed dates in: "13/04/1993" is day-first, "04/13/1993" month-first.
 * Null when the page shows neither, or both.
 */
export function numericOrderOf(text: string): NumericOrder | null {
  const orders = new Set<NumericOrder>();
  for (const m of text.matchAll(NUMERIC_DATES)) {
    const [a, sep, b] = [Number(m[1]), m[2], Number(m[3])];
    if (sep === "/" && a > 12 && b <= 12) orders.add("dayFirst");
    if (sep === "/" && b > 12 && a <= 12) orders.add("monthFirst");
  }
  return orders.size === 1 ? ([...orders][0] ?? null) : null;
}

/** "06/04/1993", both numbers 12 or less: read in the page's order, or not at all. */
export function ambiguousNumericDate(text: string, order: NumericOrder): string | null {
  const m = NUMERIC_DATE.exec(text);
  if (m?.[2] !== "/") return null;
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (a > 12 || b > 12) return null;
  return order === "dayFirst" ? isoDate(year, b, a) : isoDate(year, a, b);
}

/**
 * "10–16 June 1994", "June 10-16, 1994", "30 May – 5 June 1994": a weekly's issue covers a range of
 * days and was published on the first of them.
 */
const DAY_RANGE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s*[–—-]\s*\d{1,2}(?:st|nd|rd|th)?\s+(${MONTH_PATTERN})\b`, "i");
const MONTH_DAY_RANGE = new RegExp(String.raw`\b(${MONTH_PATTERN})\.?\s+(\d{1,2})\s*[–—-]\s*\d{1,2}\b(?!\s*[:.]\d)`, "i");
const CROSS_MONTH_RANGE = new RegExp(String.raw`\b(\d{1,2}\s+(?:${MONTH_PATTERN}))\.?\s*[–—-]\s*\d{1,2}\s+(?:${MONTH_PATTERN})\.?(?=\s*,?\s*\d{4})`, "i");

/** "4–8 November 2020", "29 October–4 November 2020", "May 3-5, 1992": a span of days. */
function isDaySpan(text: string): boolean {
  return DAY_RANGE.test(text) || MONTH_DAY_RANGE.test(text) || CROSS_MONTH_RANGE.test(text);
}

/**
 * "| Date | 4–8 November 2020 |": an infobox's row giving the span of days an event lasted (a
 * battle's, a conference's) dates the event, never the page, which is put out on one day.
 */
export function isEventSpanRow(parts: readonly string[]): boolean {
  const filled = parts.map((p) => p.replace(/^[|\s]+|[|\s]+$/g, "")).filter((p) => p !== "");
  return filled.length === 2 && /^dates?:?$/i.test(filled[0] ?? "") && isDaySpan(filled[1] ?? "");
}

function firstDayOfRange(text: string): string {
  return text.replace(CROSS_MONTH_RANGE, "$1").replace(DAY_RANGE, "$1 $2").replace(MONTH_DAY_RANGE, "$1 $2");
}

/** A time past noon written without am/pm, or any hh:mm with no am/pm after it. */
const TWENTY_FOUR_HOUR = /\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!\s*[ap]\.?m\b)/i;

/** "05-MAR-92", "12-JUN-2021": a wire's day, month name and year joined by hyphens. */
const NAMED_SHORT = new RegExp(String.raw`\b(\d{1,2})-(${MONTH_PATTERN})-(\d{4}|\d{2})\b`, "i");
const DOTTED_SHORT = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/;

/** "05-MAR-92", "12.05.94": a two-digit year is of this century up to 49, of the last from 50. */
function shortYearDate(text: string): string | null {
  const named = NAMED_SHORT.exec(text);
  const dotted = named ? null : DOTTED_SHORT.exec(text);
  const m = named ?? dotted;
  if (!m) return null;
  const yy = Number(m[3]);
  const year = yy >= 1000 ? yy : yy < 50 ? 2000 + yy : 1900 + yy;
  const month = named ? monthNumber(m[2] ?? "") : Number(m[2]);
  return month ? isoDate(year, month, Number(m[1])) : null;
}

/** "December 14, 2020 11:32:24 AM", "Mon 14 Dec 2020 | 09:00 GMT", "14.12.2020": nothing but a date/time. */
export function isTimestampLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 80 || !/\d/.test(text)) return false;
  return text.replace(TIMESTAMP_PIECE, "").trim() === "";
}

/** Words that occur in publications' names and not in people's. */
const OUTLET_WORDS =
  /\b(?:news|newswire|times|post|agency|press|media|service|network|daily|weekly|herald|journal|gazette|tribune|chronicle|ledger|courier|dispatch|telegraph|bulletin|digest|today|radio|tv|television|broadcasting|online|wire|monitor|review|observer|desk)\b/i;

/**
 * "Joshua Kucera Jul 13, 2020", "Eurasianet, 12 April 2016": a short line holding a full date and,
 * besides it, only a few capitalised words. The date is read. The words name the outlet only when
 * they cannot be a person: one word, an agency, or a word such as "News" or "Agency"; otherwise a
 * byline and a publication look alike and the outlet stays unknown.
 */
function namedDateLine(line: string): MetadataLine | null {
  // "Bulletin 1700 GMT, Sunday 10 May 1992": the bulletin's hour before its day names no outlet.
  const trimmed = line.trim();
  const slot = BROADCAST_SLOT.exec(trimmed);
  if (slot) {
    const date = pureDate(trimmed.slice(slot[0].length));
    return date ? { date, outlet: null, url: null } : null;
  }
  // ("South Caucasus Briefing · Newsletter edition, 17 July 2020": the edition's kind names nothing.)
  // ("Eurasia Faith Report | Baku bureau | 16 October 2020": a bureau beside the name makes it a newsroom's.)
  // ("*The Long Shelf* · Friday 13 December 2019 · Compiled by the books desk": so does a desk's credit.)
  // Each of these pieces opens with a bar or a dot: a line with none is read as it is, and one too long stops here.
  const pieces = PIECE_MARK.test(line);
  if (!pieces && trimmed.length > 70) return null;
  const bureau = pieces && (BUREAU_PIECE.test(line) || DESK_CREDIT_PIECE.test(line));
  const plain = pieces ? trimmed.replace(EDITION_NOTE, " ").replace(BUREAU_PIECE, " ").replace(DESK_CREDIT_PIECE, "") : trimmed;
  // (The name in emphasis is read here only beside a bureau or a desk: other strips have their own reader.)
  const text = bureau ? plain.replace(/^\*{1,2}([^*]+)\*{1,2}/, "$1") : plain;
  if (text.length > 70) return null;
  const iso = metadataDate(text);
  if (!iso) return null;
  const words = text
    .replace(TIMESTAMP_PIECE, " ")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  const name = words.join(" ").replace(/,$/, "");
  // "Issue 2023/11 · Monday 13 March 2023 · Pipeline Watch": an issue's strip, its number, its date and a
  // section's label, gives the date and names no outlet.
  if (issueStrip(text)) return { date: { iso, rank: DATE_RANK.published }, outlet: null, url: null };
  // "BBC Summary of World Broadcasts, March 4, 1992, Wednesday": a known name may hold small words.
  const knownName = KNOWN_OUTLETS.some((a) => a.toLowerCase() === name.toLowerCase());
  if (knownName) return { date: { iso, rank: DATE_RANK.published }, outlet: name, url: null };
  if (words.length === 0 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return null;
  // "Sunday, May 10, 1992 | Foreign News": a section of the paper, not the paper.
  if (SECTION_PATH.test(name)) return { date: { iso, rank: DATE_RANK.published }, outlet: null, section: name, url: null };
  // One word alone ("London, Tuesday 23 January 1990") is as often a place as a publication.
  const known = [...KNOWN_OUTLETS, ...AGENCIES].some((a) => a.toLowerCase() === name.replace(/,$/, "").toLowerCase());
  // "News Release | March 19, 2021": a kind of page, which tells the genre, not the outlet.
  if (PAGE_KIND.test(name)) {
    // "Department Press Briefing – September 14, 2022": a briefing's own heading, its title.
    if (NAMED_BRIEFING.test(name)) return null;
    return { date: { iso, rank: DATE_RANK.published }, outlet: null, section: name, url: null };
  }
  // ("The Frontline Feed", "South Caucasus Briefing": a publication's last word; "CHMP Briefing Paper 9" is a series.)
  // ("Foreign Desk · 28 March 2022": a desk of the paper, not the paper.)
  const isOutlet =
    (known || (bureau && !/^by\s/i.test(name)) || OUTLET_WORDS.test(name) || MASTHEAD_SUFFIX.test(words.at(-1) ?? "")) && !DESK_SECTION.test(name);
  return { date: { iso, rank: DATE_RANK.published }, outlet: isOutlet ? nameAsWritten(line, words) : null, url: null };
}

/** What EDITION_NOTE, BUREAU_PIECE and DESK_CREDIT_PIECE each open with (after spaces). */
const PIECE_MARK = /[|·•]/;

/** Whether a strip's parts are its issue number, its date and short labels only, the number among them. */
function issueStrip(text: string): boolean {
  const parts = text
    .replace(/^\*{1,2}|\*{1,2}$/g, "")
    .split(/\s*[·|•]\s*/)
    .filter((p) => p !== "");
  // ("Issue 12 | Spring 2019 | Published 2 April 2019": a quarterly's season and its labelled day of publication.)
  const dated = (p: string) => pureDate(p) !== null || (PUBLISHED_PART.test(p) && pureDate(p.replace(PUBLISHED_PART, "")) !== null);
  return (
    parts.length >= 2 &&
    parts.some((p) => ISSUE_NUMBER.test(p)) &&
    parts.some(dated) &&
    parts.every((p) => ISSUE_NUMBER.test(p) || dated(p) || SHORT_LABEL.test(p) || READING_PART.test(p) || SEASON_PART.test(p))
  );
}
/** "Published 2 April 2019", "Posted: 4 May 2020": the day of publication, labelled, among an issue strip's parts. */
const PUBLISHED_PART = /^(?:first\s+)?(?:published|posted)\s*:?\s*(?:on\s+)?/i;
/** "Spring 2019": a quarterly's season beside its issue number. */
const SEASON_PART = /^(?:spring|summer|autumn|fall|winter)\s+(?:19|20)\d{2}$/i;
/** "9 min read": a newsletter's reading time beside its issue number and date ("Issue 87 · 29 September 2023 · 9 min read"). */
const READING_PART = /^\d{1,3}\s*min(?:ute)?s?\s+read$/i;
const ISSUE_NUMBER = /^(?:issue|no\.?|vol\.?|volume|edition|number)\s*[\d][\d/.-]*$/i;
const SHORT_LABEL = /^\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}$/u;

/** A broadcast's slot before its date: "Bulletin 1700 GMT, ", "News at 19:00 CET · ", "Evening edition 21.00 – ". */
const BROADCAST_SLOT =
  /^(?:(?:news|evening|morning|midday|late|early)\s+)?(?:bulletin|newscast|news|edition|broadcast)\s+(?:at\s+)?\d{1,2}[:.]?\d{2}\s*(?:h|hrs|hours|gmt|utc|cet|cest|msk|local(?:\s+time)?)?\s*[,·|–—-]\s*(?=\S)/i;

/**
 * "Borderland Radio – Kura Service · 7 November 2023": the name with the dash it is written with,
 * which the split into words dropped ("Borderland Radio Kura Service" is no one's name).
 */
function nameAsWritten(line: string, words: readonly string[]): string {
  const plain = words.join(" ");
  if (words.length < 3 || !/[–—]/.test(line)) return plain;
  const written = new RegExp(words.map(escapeRegExp).join(String.raw`\s+(?:[–—]\s+)?`), "u").exec(line)?.[0];
  return written ? foldWhitespace(written) : plain;
}

/** "· Compiled by the books desk": a desk's credit closing a publication's strip. */
const DESK_CREDIT_PIECE = /\s*[|·•]\s*(?:compiled|edited|prepared)\s+by\s+(?:the\s+|our\s+)?[\p{L}\s]{0,30}\b(?:desk|staff|editors|team|newsroom)\s*$/iu;

/** "| Baku bureau |", "· Moscow desk ·": the newsroom's bureau between a publication's name and its date. */
const BUREAU_PIECE = /\s*[|·•]\s*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:bureau|desk)\s*(?=[|·•])/u;

/** "· Newsletter edition,", "| Print edition", "· Issue 42,": which edition, between a name and its date. */
const EDITION_NOTE =
  /\s*[·|•]\s*(?:(?:newsletter|print|web|online|weekly|daily|morning|evening|weekend|email|digital)\s+edition|issue\s+(?:no\.?\s*)?\d+)\s*,?\s*/i;

/** A kind of page with its issuer's words before it ("Department Press Briefing", "Ministry Daily Briefing"). */
const NAMED_BRIEFING = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:[Pp]ress|[Nn]ews|[Dd]aily|[Ww]eekly)\s+(?:[Bb]riefing|[Cc]onference)$/u;

const PAGE_KIND =
  /^(?:news|press|media)\s+(?:release|statement|advisory)s?$|^(?:statement|briefing|transcript|communiqu[eé])$|\b(?:press|news|daily|weekly)\s+(?:briefing|conference)$/i;

/** A label standing alone on its line, its date on the next one ("Published" / "17 October 2020"). */
const BARE_LABEL = /^(?:(?:last|first)\s+)?(?:published|updated|posted|modified)(?:\s+(?:on|at))?\s*:?$/i;

/** A leading " date 2017-02-27 " prefix some archives put before the body's first sentence. */
export function readDatePrefix(line: string): { published: string; rest: string } | null {
  const m = /^\s*date\s*:?\s+(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+|$)/i.exec(line);
  if (!m) return null;
  const published = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return published ? { published, rest: line.slice(m[0].length) } : null;
}

// ("Summary posted: 12 November 2020": the stamp of the page's text, a programme's summary or a transcript, is the page's.)
const DATE_LABEL =
  /^(?:((?:this\s+)?page(?:\s+(?:was|has\s+been))?)\s+)?(?:(?:summary|transcript|notes|article|story|text|finding aid|catalogue entry|record)\s+)?(?:(last|first)\s+)?(published|updated|update|posted|modified|reviewed|revised|created|date|released|issued|transmitted|filed|sent|broadcast|aired|bulletin|compiled|edition|submitted)\b(?:\s+(?:on|at|by\s+[^:|]*?\s+on))?\s*[:|–—-]?\s*(.*)$/i;

/** "9 hours ago", "about an hour ago": a relative age, which dates nothing but is metadata. */
const RELATIVE_AGE = /^(?:about |around |approximately |nearly |over |under |less than |more than |just )?(?:\d+|an?|one)\s+\w+\s+ago\b/i;

/** "Published: 13 Nov 2020 14:05 GMT", "Last updated on: 13 December,2020 05:15 pm", "Updated 2 hours ago". */
function labelledDate(line: string): MetadataLine | null {
  const m = DATE_LABEL.exec(line.trim());
  if (!m) return null;
  const page = m[1] !== undefined;
  const label = (m[3] ?? "").toLowerCase();
  const rest = (m[4] ?? "").trim();
  // "Date | 4–8 November 2020" (an infobox's row, a conference's dates): a span of days is an event's;
  // a page is put out on one day.
  if (label === "date" && isDaySpan(rest)) return null;
  const iso = metadataDate(rest);
  const metadataShaped = isTimestampLine(rest) || RELATIVE_AGE.test(rest) || (iso !== null && rest.length <= 60 && !/\.$/.test(rest));
  if (!metadataShaped) return null;
  // "Page last updated: 25 September 2023": the page's own stamp dates the page as a whole (a page
  // that gathers several dated readouts was put out on it), as a publication line does; where it
  // stands decides between them, as between any two such lines.
  // ("Last reviewed 6 May 2024": a reference page's reviews are its updates. A wiki's "last edited" footer dates an
  // edit of any page, a talk page's too, and is left unread.)
  const updated = ["updated", "modified", "reviewed", "revised"].includes(label);
  // "Broadcast: Tuesday 5 April 2016, 19:00": the day a programme went out, which a summary posted
  // later is not dated by; it stands in where the page gives no date of its own.
  // ("Bulletin: 0600 Monday 28 September 2020": a script's own slot, the day it is read on air.)
  // ("Submitted: 20 November 2023": a witness statement's or a paper's day of submission, as good where nothing else dates it.)
  const aired = label === "broadcast" || label === "aired" || label === "bulletin" || label === "submitted";
  const rank = aired ? DATE_RANK.label : updated && !page ? DATE_RANK.updated : DATE_RANK.published;
  return { date: iso ? { iso, rank } : null, outlet: null, url: null };
}

/**
 * "September 20, 2023 10:14 AM GMT+4 Updated 2 hours ago", "12 Oct 2020, 09:15 | Updated: 13 Oct 2020":
 * a timestamp (or a "Published" label) with an "Updated" note after it on the same line. The first
 * date is the published one; an update note that gives a date is kept as a weaker cue only.
 */
function timestampThenUpdated(text: string): MetadataLine | null {
  if (text.length > 120) return null;
  // The pattern needs "update" or "modified" (in any case): a line without either skips its lazy scan.
  const lower = text.toLowerCase();
  if (!lower.includes("update") && !lower.includes("modified")) return null;
  // "21.09.2023, 15:42 (updated: 21.09.2023, 18:05)", "… 6:12 PM [ Last Update: … 9:40 PM ]": the note may stand in brackets.
  const m = /^(.*?\d.*?)\s*[|·•,;–—-]?\s*[[(]?\s*((?:last\s+)?(?:updated?|modified)\b[^)\]]*?)\s*[\])]?$/i.exec(text);
  if (!m) return null;
  const head = (m[1] ?? "").trim();
  const update = labelledDate(m[2] ?? "");
  if (!update) return null;
  const published = isTimestampLine(head) ? metadataDate(head) : (labelledDate(head)?.date?.iso ?? null);
  if (!published) return null;
  return { date: { iso: published, rank: DATE_RANK.published }, outlet: null, url: null };
}

/**
 * "UPDATED September 29, 2023, 14:10 (first published September 26, 2023, 11:30)": the update
 * first, the first publication in brackets after it. The article was published on the first date.
 */
const UPDATED_THEN_FIRST =
  /^(?:last\s+)?(?:updated?|modified)\s*:?\s*(?:on\s+)?(.{6,60}?)\s*[([]\s*(?:first|originally)\s+(?:published|posted)\s*:?\s*(?:on\s+)?([^)\]]{6,60})[)\]]\.?$/i;

function updatedThenFirstPublished(text: string): MetadataLine | null {
  const m = UPDATED_THEN_FIRST.exec(text);
  if (!m || !isTimestampLine((m[1] ?? "").trim()) || !isTimestampLine((m[2] ?? "").trim())) return null;
  const iso = metadataDate(m[2] ?? "");
  return iso ? { date: { iso, rank: DATE_RANK.published }, outlet: null, url: null } : null;
}

/**
 * "Live coverage started 13 September 2022 00:40 (Yerevan time, GMT+4) Last updated 15 September
 * 2022 10:20": a live page's stamps, the day its coverage opened (the published day) and perhaps its
 * latest update after it. A note on the clock in brackets ("(Yerevan time)") is no part of the date.
 */
const LIVE_COVERAGE =
  /^(?:(?:our|this|the)\s+)?live\s+(?:coverage|updates|blog|reporting|page)\s+(?:started|began|opened|launched)\s*:?\s*(?:on\s+|at\s+)?(?<start>.{6,80}?)(?:\s*[|·•,;–—-]?\s*(?:last\s+)?updated\s*:?\s*(?:on\s+|at\s+)?(?<update>.{6,60}))?$/i;

/** A live page's stamp without its bracketed notes ("10:05 (updated)"). */
function clock(stamp: string | undefined): string {
  return (stamp ?? "").replace(/\s*\([^()]{1,40}\)/g, "").trim();
}

function liveCoverageLine(text: string): MetadataLine | null {
  if (text.length > 160) return null;
  const m = LIVE_COVERAGE.exec(text)?.groups;
  if (!m || !isTimestampLine(clock(m.start)) || (m.update !== undefined && !isTimestampLine(clock(m.update)))) return null;
  const iso = metadataDate(clock(m.start));
  return iso ? { date: { iso, rank: DATE_RANK.published }, outlet: null, url: null } : null;
}

/**
 * "Filed 14 November 2025 | Hearing of 13 November 2025 | Access: …": a report's filing date opens
 * a strip whose other parts may run long; the filing date is the publication's.
 */
const FILED_STRIP = /^(?:filed|published|posted|submitted)\s*:?\s*(?:on\s+)?([^|]{6,40}?)\s*\|\s*\S.{0,300}$/i;

function filedStrip(text: string): MetadataLine | null {
  const m = FILED_STRIP.exec(text);
  const date = m ? pureDate((m[1] ?? "").trim()) : null;
  return date ? { date, outlet: null, url: null } : null;
}

// ---------------------------------------------------------------------------
// Outlets and addresses

/** A line that is nothing but a web address (the article's own link, pasted above or below it). */
/** "https://…", or a site's address as pages print it under the masthead ("aa.com.tr/en", "www.example.am"). */
const URL_ONLY =
  /^<?https?:\/\/\S+>?$|^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|am|az|ru|ge|tr|ir|eu|uk|info|news|io|example)(?:\.[a-z]{2})?(?:\/[\w./-]*)?$/i;

/**
 * "From: Deutsche Welle |", "Publisher: Al Jazeera", "Source: Reuters". "Source:"/"Via:" may credit
 * a chart or a quote rather than the article, so their outlet is only a fallback.
 */
/** "From OpenWiki, the free encyclopedia": a reference work names itself under its title. */
const REFERENCE_WORK =
  /^from ([\p{Lu}][\p{L}\p{N} .-]{1,40}), the free (?:encyclopa?edia|reference work|dictionary)\.?$|^(?:from the archives? of|archived from) ([\p{Lu}][\p{L} .'’&-]{2,60})$/iu;

/**
 * "Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 2 Mar 92", "Yerevan Domestic Service in
 * Armenian 1600 GMT 19 Jan 90": a monitored item's source, the station, its language and the hour
 * of the broadcast. It stays in the text, where attribution reads it, and is never a title.
 */
export const MONITORED_SOURCE =
  /^(?:[Ss]ource\s*:\s*)?\p{Lu}[^.!?]{2,100}?\bin \p{Lu}\p{L}+(?:\s+and\s+\p{Lu}\p{L}+)?,?\s+\d{3,4}\s*(?:gmt|GMT|utc|UTC)\b[^.!?]{0,30}$/u;

/**
 * "Source: Radio Ganja, Ganja, in Azerbaijani 0900 gmt 4 May 25": the station (without its
 * name in brackets) and the day of the broadcast, or null when the line is no monitored source line.
 */
export function monitoredBroadcast(line: string): Broadcast | null {
  const text = foldWhitespace(line);
  if (!MONITORED_SOURCE.test(text)) return null;
  const station = MONITORING.sourceStation.exec(text)?.groups?.station?.trim() ?? null;
  return { station: station === "" ? null : station, date: stampDate(MONITORING.broadcastStamp.exec(text)?.groups), programme: false };
}

/** "29 Dec 24", "9 October 2025": a two-digit year is of this century up to 49. */
function stampDate(groups: Record<string, string | undefined> | undefined): string | null {
  const month = monthNumber(groups?.month ?? "");
  const yy = Number(groups?.year);
  if (!groups || !month || Number.isNaN(yy)) return null;
  return isoDate(yy >= 1000 ? yy : yy < 50 ? 2000 + yy : 1900 + yy, month, Number(groups.day));
}

/**
 * "Programme: "Evening News"", "Channel: Caspian Public Television (Channel 2)", "Monitored: 4 May
 * 25 | Filed: 5 May 25", "DURATION OF ITEM: 3 min 10 sec": a monitored item's field, metadata as a
 * whole. It names the station, the day or the programme, or nothing worth keeping.
 */
function itemFieldLine(text: string): MetadataLine | null {
  if (!MONITORING.itemField.test(text)) return null;
  const station = MONITORING.channelField.exec(text)?.groups?.station?.trim() ?? null;
  const date = stampDate(MONITORING.monitoredField.exec(text)?.groups);
  return { date: null, outlet: null, url: null, broadcast: { station, date, programme: MONITORING.programmeField.test(text), field: true } };
}

function sourceLine(line: string): MetadataLine | null {
  if (MONITORED_SOURCE.test(line.trim())) return null;
  const work = REFERENCE_WORK.exec(line.trim());
  const workName = work?.[1] ?? work?.[2];
  if (workName) return { date: null, outlet: workName.trim(), url: null };
  const m = /^(from|source|via|publisher|outlet)\s*:\s*(.*)$/i.exec(line.trim());
  if (!m) return null;
  const fallback = /^(?:source|via)$/i.test(m[1] ?? "");
  const value = (m[2] ?? "").trim();
  if (URL_ONLY.test(value)) return { date: null, outlet: null, url: value };
  const [first = "", ...rest] = value.split("|");
  // "From: reader@lists.example": a post's sender, by address, is a person writing to a list, no outlet.
  if (/^from$/i.test(m[1] ?? "") && /^\S+@\S+\.\S+$/.test(first.trim())) return { date: null, outlet: null, url: null };
  // "From: AMEMBASSY YEREVAN", "From: Embassy Baku": a cable's sending post, in the record's routing fields, is who
  // wrote the document, not who publishes the page it is read on.
  if (/^from$/i.test(m[1] ?? "") && CABLE_POST.test(first.trim())) return { date: null, outlet: null, url: null };
  const name = cleanOutletName(first) ?? "";
  // "Source: Ministry of Defence of the Republic of Azerbaijan, official website and press service":
  // a long body's name, then what of it the text came from.
  const described = wordCount(name) > 6 ? DESCRIBED_SOURCE.exec(name)?.groups?.name : undefined;
  if (described) return { date: null, outlet: described, outletIsFallback: true, url: null };
  if (name === "" || wordCount(name) > 6) return null;
  // "Source: Huaxia Newswire | 2016-04-03 22:15:36 | Editor: yan": a part after the name may date the story.
  const date = rest.map((p) => pureDate(withoutClockTail(p.trim()))).find((d) => d !== null) ?? null;
  return { date, outlet: name, outletIsFallback: fallback, url: null };
}

/** A diplomatic post as a cable's routing names it: "AMEMBASSY YEREVAN", "USMISSION USOSCE", "Embassy Baku". */
const CABLE_POST =
  /^(?:AM(?:EMBASSY|CONSUL)|USMISSION|USDEL|SECSTATE|USUN|USNATO|USOSCE)\b|^(?:(?:US|U\.S\.|American)\s+)?(?:Embassy|Consulate)\s+\p{Lu}[\p{L}-]+$/u;

/** A body's name of up to twelve words, then a few words of what of it the text came from (no verb of saying). */
const DESCRIBED_SOURCE =
  /^(?<name>\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|for|on|&)){0,11})(?:,\s*(?!.*\b(?:said|says|told|reported|claimed)\b)[\p{L}'’ ,-]{3,60})?$/u;

const PERSON = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|al|el|bin|le))*`;
/** A place a reporter files from: one or two capitalised words ("Yerevan", "Nagorno-Karabakh", "Tbilisi Old Town"). */
const PLACE = String.raw`\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?`;
const BYLINE = new RegExp(
  String.raw`^[Bb][Yy]\s+(${PERSON}(?:\s*(?:,|and|&)\s*${PERSON})*?)` +
    // "By Sona Melikyan in Gyumri and Yerevan": the places the reporter filed from.
    String.raw`(?:\s+in\s+${PLACE}(?:(?:\s*,\s*${PLACE})*\s+and\s+${PLACE})?)?` +
    // "By Anne Roux (Yerevan, correspondent)", "(special envoy in Goris)": where and as what the reporter files.
    String.raw`(?:\s+\([^()]{0,50}\b(?:correspondent|reporter|envoy|bureau|stringer)\b[^()]{0,30}\))?` +
    String.raw`(?:\s*(?:,|\||–|—|-|·|•|\bfor\b|\bwith\b)\s*(.+?))?\s*\.?$`,
  "u",
);
/** A reporter's role after the byline's comma, in lower case: "staff correspondent", "our correspondent in Baku", "foreign desk". */
const ROLE_TAIL =
  /^(?:(?:our|a|the|senior|chief|staff|special|foreign|diplomatic|political|military|defen[cs]e|regional|local|own|roving|contributing|freelance|associate|assistant|visiting|non-resident|nonresident|principal|research|policy|programme|program|lead|news|world|international|night|city)\s+){0,3}(?:correspondent|reporter|writer|editor|contributor|columnist|journalist|stringer|analyst|commentator|researcher|fellow|lecturer|professor|scholar|director|coordinator|officer|desk)(?:\s+(?:in|for)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?$/iu;
/** An outlet's name of up to five capitalised words, then the reporter's role there: "Caucasus Ledger correspondent". */
const OUTLET_THEN_ROLE =
  /^(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|the|&)){0,4})\s+(?:(?:staff|special|senior|chief|foreign|diplomatic|regional|local|news|world)\s+)?(?:correspondent|reporter|writer|stringer|desk)$/u;
const CALENDAR_WORD = new RegExp(String.raw`^(?:${WEEKDAY}|${MONTH_PATTERN}|today|yesterday|tomorrow|late|early|then|now)\b`, "i");

/** "By RFE/RL's Armenian Service", "By Reuters staff", "By the Caspian Law Review desk": the outlet's own desk signs the article. */
const OUTLET_DESK = new RegExp(
  String.raw`^[Bb]y\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}/&.-]*(?:\s+[\p{Lu}][\p{L}\p{N}/&.-]*){0,3})(?:['’]s\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Service|Desk|Bureau|Staff|Team|Correspondents?|Reporters?)|\s+(?:staff|Staff|correspondents?|reporters|desk|Desk|newsroom|team|Team))` +
    // "…, with Ani Kostanyan in Yerevan and Rauf Mammadli in Baku": the reporters who filed for the desk, and where from.
    String.raw`(?:,?\s+with\s+${PERSON}\s+in\s+${PLACE}(?:\s*(?:,|and)\s*${PERSON}\s+in\s+${PLACE})*)?\.?$`,
  "u",
);

/** "By Levant & Caucasus Newswire", "By the Caspian Times": a name of up to six words and nothing after it. */
const BY_PUBLICATION = /^[Bb]y\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|&|of|and|the)){0,5})\s*\.?$/u;

/** "Authors:", "Co-authors:": a label over more than one name. */
// ("Field team: Rui Matos, Ana Lopes", "Rapporteurs: …": a report's own label for the people who wrote it.)
const AUTHORS_LABEL = /^(?:(?:co-?)?authors|rapporteurs?|field team|research team)\s*:/i;
/** "Tatiana Rusu", "Ion Ciobanu and Ana Rusu": people's names, two or three words each. */
const PERSON_LIST = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})*$/u;

// ("Compiled by the X Desk" is left alone: a desk's name is weaker than the masthead above it.)
const BYLINE_LABEL = /^(?:authors?|written by|reporter|correspondent|rapporteurs?|field team|research team)\s*:\s*(?=\p{Lu})/iu;

/** A town with its joining words ("Marina d'Ischia", "Castel di Sangro", "Saint-Jean-de-Luz"). */
const FILING_TOWN = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|d['’]\p{Lu}[\p{L}'’-]*|de|di|del|della|la|le|sur|am|an))*$/u;

/** "by" in small letters in Italian, French, Spanish, Portuguese, German and Dutch, before a name of two words or more. */
const FOREIGN_BY = /^(?:di|par|por|von|door)\s+(?=\p{Lu}[\p{L}'’.-]+\s+\p{Lu})/u;

/** "By Marisol Arrindell, Consular Watch desk": a line that signs the piece with a reporter's full name. */
export function signedByReporter(line: string): boolean {
  const names = BYLINE.exec(line.trim())?.[1]?.trim() ?? "";
  return /\s/.test(names) && !CALENDAR_WORD.test(names);
}

/** "By Jane Doe, Reuters", "By Jane Doe | Al Jazeera", "By AFP"; a byline with no outlet is still metadata. */
function bylineLine(line: string): MetadataLine | null {
  // "Author: Nino Beridze", "Written by: …": a labelled byline reads as "By …".
  // ("di Chiara Rossi — Lipari, 3 marzo 2008", "par Jean Roux": a page abroad signs in its own language's "by".)
  const text = line.trim().replace(BYLINE_LABEL, "By ").replace(FOREIGN_BY, "By ");
  if (text.length > 120 || !/^[Bb][Yy]\s+(?:the\s+)?\p{Lu}/u.test(text)) return null;
  // "By Harriet Olsen in Baku, with additional reporting by Tom Vedder in Yerevan": the helpers credited after the byline.
  const helped = BYLINE_THEN_HELPERS.exec(text)?.[1] ?? BYLINE_THEN_WIRES.exec(text)?.[1];
  if (helped) return bylineLine(helped);
  // "By Yelena Korsunskaya, Moscow. Published 12 May 1994": the byline, then its publication stamp.
  const stamped = BYLINE_THEN_STAMP.exec(text);
  if (stamped) {
    const [by, stamp] = [bylineLine(stamped[1] ?? ""), labelledDate(stamped[2] ?? "")];
    if (by && !by.date && stamp?.date) return { ...by, date: stamp.date };
  }
  const desk = OUTLET_DESK.exec(text);
  if (desk) return { date: null, outlet: cleanOutletName(deskOutlet(desk[1] ?? "")), url: null };
  // "By Levant & Caucasus Newswire": a publication signs the article, its name ending in a word of publications.
  // (An agency's name, "By The Associated Press", is read as before: its byline rules know its short name.)
  const publication = BY_PUBLICATION.exec(text)?.[1];
  const signedByAgency = publication && AGENCIES.some((a) => a.toLowerCase() === publication.replace(/^the\s+/i, "").toLowerCase());
  if (publication && !signedByAgency && OUTLET_WORDS.test(publication.split(/\s+/).at(-1) ?? ""))
    return { date: null, outlet: cleanOutletName(publication), url: null };
  const m = BYLINE.exec(text);
  if (!m) return null;
  const names = m[1] ?? "";
  // "By Sunday, Azerbaijani forces had…" is prose that starts like a byline.
  if (CALENDAR_WORD.test(names)) return null;
  // "Authors: Ion Ciobanu, Tatiana Rusu": a label for several authors lists people, never their outlet.
  if (AUTHORS_LABEL.test(line.trim()) && m[2] && PERSON_LIST.test(m[2].trim())) return { date: null, outlet: null, url: null };
  const tail = m[2]?.trim() ?? "";
  // "By Jane Doe | 3 May 2021": the byline's date, not an outlet.
  const dated = tail !== "" ? pureDate(withoutClockTail(tail)) : null;
  if (dated) return { date: dated, outlet: null, url: null };
  // "By Anna Petrosyan, Caucasus Weekly, 12 March 2021": the outlet or the role, then the date after a comma.
  const closing = closingDate(tail);
  if (closing) {
    const credit = bylineLine(`By ${names}, ${closing.before}`);
    if (credit) return { ...credit, date: credit.date ?? closing.date };
    // "By Chiara Rossi — Marina d'Ischia, 3 March 2008": the town the reporter filed from, then the day.
    if (FILING_TOWN.test(closing.before.trim())) return { date: closing.date, outlet: null, url: null };
  }
  // "By Jane Doe, staff correspondent", "By J. Doe, our special correspondent": the reporter's role, no outlet.
  if (ROLE_TAIL.test(tail)) return { date: null, outlet: null, url: null };
  // "By Narine Abgaryan, Caucasus Ledger correspondent": the outlet the reporter files for, then the role.
  // (Only a name that reads as a publication's: "Yerevan correspondent", "Middle East correspondent" say where.)
  const filesFor = OUTLET_THEN_ROLE.exec(tail)?.[1];
  if (filesFor && OUTLET_WORDS.test(filesFor)) return { date: null, outlet: cleanOutletName(filesFor), url: null };
  if (
    tail !== "" &&
    !/^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’./&-]*|of|and|the|&|news|agencies)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’./&-]*|of|and|the|&|news|agencies))*$/u.test(tail)
  ) {
    return null;
  }
  const agency = AGENCIES.find((a) => a.toLowerCase() === names.toLowerCase());
  const outlet = tail !== "" && !ROLE_WORDS.test(tail) ? cleanOutletName(tail) : (agency ?? null);
  if (tail !== "" && wordCount(tail) > 5) return null;
  // "By Ani Mkrtchyan, Gyumri": one unknown word after the name is as often the town the reporter
  // files from as the outlet, so the page's masthead, if it has one, goes first.
  const town = tail !== "" && wordCount(tail) === 1 && !mastheadOutlet(tail);
  // "By Clara Nemeth with AFP": the agency helped; the page's own masthead is the outlet.
  const helper = /\swith\s+[^,|]+$/i.test(text);
  return { date: null, outlet, ...(town || helper ? { outletIsFallback: true } : {}), url: null };
}

/** A date after one of the last three commas of a byline's tail ("…, March 12, 2021"), and what comes before it. */
function closingDate(tail: string): { before: string; date: DateCue } | null {
  let at = tail.length;
  for (let tries = 0; tries < 3; tries++) {
    at = tail.lastIndexOf(",", at - 1);
    if (at <= 0) return null;
    const date = pureDate(withoutClockTail(tail.slice(at + 1).trim()));
    if (date) return { before: tail.slice(0, at), date };
  }
  return null;
}

/** A byline, then ", with (additional) reporting by …" crediting others who filed for it. */
const BYLINE_THEN_HELPERS = /^(.+?)(?:,?\s+(?:with\s+)?additional|,\s+with)\s+reporting\s+by\s+[^.;]{3,80}\.?$/i;

/** A wire service or a paper credited by name ("Reuters", "AP", "Los Angeles Times"). */
const CREDITED = String.raw`\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}`;
/**
 * A byline, then the wires it was written from: "By Jens Holm, Herald correspondent, with AP and Reuters",
 * "… foreign desk, with Reuters, AP and Los Angeles Times reports", "…, based on Mediamax and Interfax reports".
 */
const BYLINE_THEN_WIRES = new RegExp(
  String.raw`^(By\s.+?),\s+(?:with|based on|from)\s+(?:(?:additional\s+)?(?:reporting|material)\s+(?:by|from)\s+)?${CREDITED}(?:\s*(?:,|and|&)\s*${CREDITED})*(?:\s+(?:reports?|reporting|wires?|dispatches))?\.?$`,
  "u",
);

/** A byline and, after a full stop or a bar, its "Published …" stamp (an update's date is no publication). */
const BYLINE_THEN_STAMP = /^(.+?)\s*(?:\.|\||·|•)\s*((?:first\s+)?(?:published|posted)\b.+)$/i;

/** The outlet a desk's name holds: "Meridian News Caucasus" → "Meridian News"; a name of one or two words stays whole. */
function deskOutlet(name: string): string {
  const outlet = name.replace(DESK_REGION, "");
  return outlet !== name && wordCount(outlet) >= 2 ? outlet : name;
}

/** One person's name: two or three capitalised words, maybe with a particle ("Thomas de Waal"). */
const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|da|van|von|al|el|bin|le)){0,1}(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}`;
const PIPE_BYLINE = new RegExp(String.raw`^(${PERSON_NAME}(?:\s*(?:,|and|&)\s*${PERSON_NAME})*)\s*\|\s*(.+?)\s*$`, "u");
/** An outlet's name after the bar: capitalised words and joiners ("OC Media", "Radio Free Europe/Radio Liberty"). */
const OUTLET_NAME_WORDS = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’./&-]*)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’./&-]*|of|and|the|&|news))*$/u;

/** "Nikol Pashinyan | Facebook" credits a post, not the article. */
export const SOCIAL_NETWORKS = /^(?:facebook|twitter|x|telegram|instagram|youtube|tiktok|vk|vkontakte|threads|linkedin)$/i;

/**
 * "Nare Hovakimyan | OC Media": a byline without "By", the author's name and the outlet's split by a
 * bar. The left side must read as people's names, so "Lachin corridor | Explainer" is not taken;
 * a publication name there ("Caucasus News | Home") means it is a page title, not a byline.
 */
function pipeBylineLine(line: string): MetadataLine | null {
  const text = line.trim();
  if (text.length > 100) return null;
  const m = PIPE_BYLINE.exec(text);
  if (!m) return null;
  const names = m[1] ?? "";
  const outlet = m[2] ?? "";
  if (OUTLET_WORDS.test(names) || CALENDAR_WORD.test(names)) return null;
  // ("Criminal Division | By Eszter Lánczos": a section, then the byline; no outlet on either side.)
  if (/^by\s/i.test(outlet)) return null;
  if (!OUTLET_NAME_WORDS.test(outlet) || wordCount(outlet) > 5 || ROLE_WORDS.test(outlet) || SOCIAL_NETWORKS.test(outlet)) return null;
  // "LEGAL AFFAIRS | 18 June 2015", "WATCHLIST | Europe & Central Asia": a date or a section after the bar names no outlet.
  if (metadataDate(outlet) !== null || SECTION_PATH.test(outlet)) return null;
  // "HARBOUR LANTERN | Court Notes": a name in capitals over a column's name in small letters is a masthead and its
  // column, as a reporter's name is not printed; the masthead is the outlet.
  const known = [...KNOWN_OUTLETS, ...AGENCIES].some((a) => a.toLowerCase() === outlet.toLowerCase());
  if (names === names.toUpperCase() && outlet !== outlet.toUpperCase() && !known) {
    return { date: null, outlet: cleanOutletName(titleCase(names)), url: null, section: outlet };
  }
  return { date: null, outlet: cleanOutletName(outlet), url: null };
}

/**
 * Section words a site prints after its name in a page label: "Report.az | Military",
 * "ARMENPRESS | Politics", "IRNA English | World". Several may be chained ("World / Europe").
 */
const SECTION_WORD =
  String.raw`(?:politics|political|military|defen[cs]e|army|security|world|world news|region|regions|regional|` +
  String.raw`economy|economics|business|finance|energy|society|social|culture|sports?|opinion|opinions|analysis|analytics|` +
  String.raw`news|latest|latest news|breaking|breaking news|top news|top stories|headlines|local|local news|national|` +
  String.raw`international|foreign news|meetings coverage|foreign policy|domestic policy|diplomacy|(?:legal|foreign|world|global|public|current|european|international|military|home|regional) affairs|central asia|eastern europe|latin america|africa|americas|north america|asia[- ]pacific|north africa|official|officials|incidents?|conflicts?|war|` +
  String.raw`caucasus|south caucasus|europe|eurasia|asia|middle east|karabakh|nagorno-karabakh|armenia|azerbaijan|` +
  String.raw`russia|iran|turkey|georgia|(?:armenia|azerbaijan|russia|turkey|iran|georgia|karabakh)[-–](?:armenia|azerbaijan|russia|turkey|iran|georgia|karabakh)|interviews?|features?|exclusive|in-depth|explainers?|editorial|commentary|` +
  String.raw`op-?ed|columns?|blogs?|video|videos|photo|photos|multimedia|health|science|technology|tech|environment|` +
  String.raw`education|law|justice|human rights|humanitarian|lifestyle|fact[- ]?checks?|fact[- ]?checking|press releases?|statements?|` +
  String.raw`news releases?|briefings?|transcripts?|live|live updates|live blog|long ?reads?|q&a|factbox|timelines?|${PRINT_SECTIONS})`;
const SECTION_PATH = new RegExp(String.raw`^${SECTION_WORD}(?:\s*(?:/|>|»|›|,|&|and)\s*${SECTION_WORD})*$`, "i");
/** "Meridian News Caucasus": a desk named by its outlet and its region; the outlet is the name before the region. */
const DESK_REGION = new RegExp(String.raw`\s+${SECTION_WORD}$`, "i");
/** A language edition after an outlet's name ("IRNA English", "Trend Russian") is not part of the name. */
const EDITION = /\s+(?:english|russian|armenian|azerbaijani|azeri|turkish|french|german|arabic|persian|farsi)(?:\s+(?:edition|version|service))?$/i;

/**
 * "South Caucasus Monitor - Live desk", "TEHRAN CHRONICLE -- International desk": a publication and
 * the desk that put the page out. The name must read as a publication's.
 */
function deskLine(text: string): MetadataLine | null {
  const [named = "", desk, ...more] = text.split(/\s+(?:--|[-–—|·])\s+/);
  if (desk === undefined) return null;
  // "THE HARBOUR CHRONICLE (Cape Town) -- Global Affairs": the city in brackets is where it is published.
  const name = named.replace(/\s*\(\p{Lu}[\p{L} .'’-]{1,30}\)$/u, "");
  const section = desk !== undefined && (PAGE_HEAD.desk.test(desk) || (name !== named && SECTION_PATH.test(desk)));
  if (!section || more.length > 0 || wordCount(name) > 5) return null;
  if (!OUTLET_NAME_WORDS.test(name) || !OUTLET_WORDS.test(name)) return null;
  return { date: null, outlet: cleanOutletName(name === name.toUpperCase() ? titleCase(name) : name), url: null };
}

/**
 * "Report.az | Military", "IRNA English | Politics": a page label, the outlet's name then its
 * section. It names the outlet and is neither the title nor a passage. A label whose left side is
 * itself a section ("Armenia | Politics", a breadcrumb) names no outlet but is still dropped.
 */
export function sectionLabelLine(line: string): MetadataLine | null {
  const text = foldWhitespace(line);
  // (Parts need a bar, a dot or a dash between them: a line with none is one part, and no label.)
  if (text.length > 80 || !LABEL_PARTING.test(text)) return null;
  const isSection = (s: string) => SECTION_PATH.test(s.trim());
  // ("Caucasus Ledger -- explainer": a dash parts a name from its section only when one side is a
  // section; "EVENING BULLETIN -- TRANSCRIPT", in capitals, is a programme's heading.)
  const barred = text.split(/\s+[|｜·•]\s+/);
  const dashed = barred.length < 2 && text !== text.toUpperCase() ? text.split(/\s+(?:--|—|–)\s+/) : [];
  const parts = dashed.length === 2 && dashed.some(isSection) ? dashed : barred;
  if (parts.length < 2) return null;
  const section = parts.filter(isSection).join(" / ");
  // "Report.az | Military", or the other way round: "INTERVIEW | Caucasus Weekly".
  // "NordNews 24 | Live updates | Wednesday 27 September 2023": the site's name, its section, the page's date.
  const stamped = parts.length === 3 && isSection(parts[1] ?? "") && !isSection(parts[0] ?? "") ? pureDate(parts[2] ?? "") : null;
  const names = parts.filter((p) => !isSection(p) && !(stamped && p === parts[2]));
  if (names.length === 0) return { date: null, outlet: null, url: null, section };
  const [name = ""] = names;
  // "World | Tuesday 10 May 1994": the other part is the date, not the outlet.
  const onlyDate = names.length === 1 ? pureDate(name) : null;
  if (onlyDate) return { date: onlyDate, outlet: null, url: null, section };
  const date = stamped;
  if (names.length > 1 || !OUTLET_NAME_WORDS.test(name) || wordCount(name) > 5) return null;
  // "Politics | World | Business | Knowledge": a name among three or more sections, not before them,
  // is one more of the site's sections; a site prints its own name first.
  if (parts.length >= 3 && parts[0] !== name) return { date: null, outlet: null, url: null, section };
  // "Occasional Paper Series -- Black Sea": a body's series of reports, under the body's own name; no outlet.
  if (REPORT_SERIES.test(name)) return { date, outlet: null, url: null, section };
  const outlet = cleanOutletName(name.replace(EDITION, "") || name);
  return { date, outlet, url: null, section };
}

/** The name of a series of reports or papers, which its publisher prints under its own name. */
const REPORT_SERIES = /\b(?:report|paper|briefing|brief|note|monograph|lecture|study|studies|bulletin)s?\s+series$/i;

/** What parts a page label: the characters the splits in sectionLabelLine need. */
const LABEL_PARTING = /[|｜·•—–]|--/;

/** A research body's programme or unit, named in a page label under the body's own masthead. */
const PROGRAMME_NAME = /\s(?:programme|program|unit|project|initiative)$/i;

/** Publications whose name alone may head a page above the headline ("BBC News", "Eurasianet"). */
const KNOWN_OUTLETS = [
  "BBC",
  "BBC News",
  "BBC Russian",
  "CNN",
  "Al Jazeera",
  "The Guardian",
  "The New York Times",
  "The Washington Post",
  "Financial Times",
  "The Economist",
  "Politico",
  "Deutsche Welle",
  "DW",
  "France 24",
  "Euronews",
  "RFE/RL",
  "Radio Free Europe/Radio Liberty",
  "Azatutyun",
  "Eurasianet",
  "OC Media",
  "JAMnews",
  "CivilNet",
  "Hetq",
  "Asbarez",
  "News.am",
  "Report.az",
  "Daily Sabah",
  "TRT World",
  "Meduza",
  "Kommersant",
  "RT",
  "Al Arabiya",
  "The Moscow Times",
  "Caucasian Knot",
  "News.az",
  "Oxu.az",
  // Monitoring services and institutions whose names head digests and releases.
  "BBC Summary of World Broadcasts",
  "BBC Monitoring",
  "FBIS",
  "Foreign Broadcast Information Service",
  "OMRI Daily Digest",
  "RFE/RL Newsline",
  "United Nations Human Rights",
  "UN Human Rights",
  "OHCHR",
];
/** The last word of a publication's name ("Caucasus Times", "Armenian Weekly", "Turan News"). */
const MASTHEAD_SUFFIX = new RegExp(
  String.raw`^(?:news|media|times|post|herald|journal|gazette|tribune|daily|weekly|agency|press|online|today|monitor|observer|network|tv|radio|wire|telegraph|guardian|independent|express|insider|chronicle|mirror|standard|feed|brief|briefing|bulletin|digest|dispatch|despatch|courier|ledger|sentinel|review|magazine|newsletter|reporter|star|desk|letter|quarterly|spectator|examiner|inquirer|presse|prensa|stampa|` +
    // (A paper abroad names itself in its own language: "Pravni Bilten", "Neue Zeitung", "Krajowy Biuletyn".)
    String.raw`bilten|boletin|boletín|bollettino|biuletyn|gazeta|gaceta|gazzetta|zeitung|vestnik|vjesnik|novine|noticias|diario|diário|giornale|kurier|tidende|tidning)$`,
  "i",
);

/** Section labels built like names ("Breaking News", "Latest News") name no publication. */
const GENERIC_NEWS_LABEL =
  /^(?:breaking|latest|top|more|related|live|world|local|fake|good|bad|your|our|special|morning|evening|weekend|press|media|news|book|film)$/i;

/**
 * The outlet named by a masthead line above the headline ("BBC News"), or null. Only a short line
 * of capitalised words that is a known outlet or ends like a publication's name qualifies; the
 * caller also checks that a headline follows, so a two-word headline such as "Fake News" alone is
 * not taken for one.
 */
export function mastheadOutlet(line: string): string | null {
  // ("Caucasus Wire Service (CWS)": the name with its initials after it.)
  const text = withoutOwnInitials(foldWhitespace(line));
  if (text.length > 40) return null;
  const lower = text.toLowerCase();
  const known = [...KNOWN_OUTLETS, ...AGENCIES].find((name) => name.toLowerCase() === lower);
  if (known) return known;
  const words = text.split(" ");
  if (words.length > 4 || !words.every((w) => /^[\p{Lu}\p{N}][\p{L}\p{N}'’.&/-]*$/u.test(w))) return null;
  if (GENERIC_NEWS_LABEL.test(words[0] ?? "")) return null;
  // ("3. RESULTS IN BRIEF", "4.2 FIELD REVIEW": a report's numbered section heading, never a publication's name.)
  if (SECTION_NUMBER.test(words[0] ?? "")) return null;
  // ("AGENCE LIBREVILLE-PRESSE": an agency abroad names itself first, or last after a hyphen.)
  const last = words[words.length - 1] ?? "";
  const named =
    MASTHEAD_SUFFIX.test(last) || MASTHEAD_SUFFIX.test(last.slice(last.lastIndexOf("-") + 1)) || (words.length > 1 && AGENCY_ABROAD.test(words[0] ?? ""));
  return named || WIRE_SERVICE.test(text) ? text : null;
}

/** A section's number before its heading: "3.", "4.2", "IV.". */
const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}\.\d{1,2}|[IVX]{1,4}\.)$/;

/** The word an agency abroad opens its name with: "Agence …", "Agencia …". */
const AGENCY_ABROAD = /^(?:agence|agencia|agência|agenzia)$/i;

/**
 * "RADIO KURA INTERNATIONAL - ENGLISH WORLD SERVICE": a station's masthead in capitals with the
 * language service the script was read on. The station is the outlet; its language service is a desk of it.
 */
function languageServiceStation(text: string): string | null {
  const m = LANGUAGE_SERVICE_MASTHEAD.exec(text);
  const name = m?.[1] ?? "";
  return name !== "" && (STATION_WORD.test(name) || mastheadOutlet(name) !== null) ? titleCase(name) : null;
}

const LANGUAGE_SERVICE_MASTHEAD =
  /^(\p{Lu}[\p{Lu}\p{N}'’&. ]{2,40}?)\s+[-–—]\s+(?:(?:ENGLISH|FRENCH|RUSSIAN|ARMENIAN|AZERBAIJANI|AZERI|GEORGIAN|TURKISH|PERSIAN|ARABIC|GERMAN|SPANISH|\p{Lu}+-LANGUAGE|WORLD|OVERSEAS|EXTERNAL|FOREIGN|INTERNATIONAL|HOME|DOMESTIC)\s+){1,3}SERVICE$/u;
/** A word only a broadcaster's name holds. */
const STATION_WORD = /\b(?:RADIO|TELEVISION|TV|BROADCASTING|FM)\b/;

/** First words of a section's or a byline's caps line, never of a paper's name: "FOREIGN NEWS", "IN BRIEF", "BY …". */
const SECTION_OPENER = /^(?:by|in|foreign|world|international|national|home|local|regional|from)\b/i;

/** "… Wire Service", "… News Service": an agency's name (a bare "Press Service" is a ministry's office). */
const WIRE_SERVICE = /\b(?:wire|news)\s+service$/i;

/** "Caucasus Wire Service (CWS)" → "Caucasus Wire Service": initials in brackets that are the name's own. */
function withoutOwnInitials(text: string): string {
  const m = /^(.+?)\s+\((\p{Lu}{2,6})\)$/u.exec(text);
  if (!m?.[1] || !m[2]) return text;
  const initials = (split: RegExp): string =>
    (m[1] ?? "")
      .split(split)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
  // ("AGENCE LIBREVILLE-PRESSE (ALP)": a hyphened word's parts may each give their initial.)
  return initials(/\s+/) === m[2] || initials(/[\s-]+/) === m[2] ? m[1] : text;
}

/** Words in the names of sites that keep pages: archives, observatories, institutes, news sites. */
const SITE_WORD =
  /\b(?:archives?|observatory|institute|monitor|watch|network|library|database|cent(?:re|er)|foundation|project|portal|magazine|review|news|times|press|agency|journal|gazette|herald|post|daily|weekly|radio|tv|online|media|bulletin|digest|service|wire|tribune|commission|council|ministry|office|mission)\b/i;

/**
 * "Truce Talks Stall in Bishkek | Karabakh Press Archive 1993", "Violations Logged | Caucasus
 * Conflict Observatory": a page title with the site's name after the bar. The headline is the
 * title; the site (without the archive's year) may name the outlet.
 */
export function splitSiteSuffix(title: string): { headline: string; site: string } | null {
  // "Site :: Section :: Headline": the site's name leads an old page's title, its headline ends it.
  const path = title.includes(" :: ") ? PAGE_HEAD.sitePathTitle.exec(foldWhitespace(title))?.groups : undefined;
  if (path?.site && path.headline) return { headline: path.headline.trim(), site: path.site.trim() };
  // "Headline | Photo feed | Site": the site's section between them goes with the site.
  const sectioned = PAGE_HEAD.sectionBeforeSite.exec(foldWhitespace(title))?.groups;
  const m = sectioned ? [title, sectioned.headline, sectioned.site] : /^(.{12,}?)\s+[|｜]\s+([^|｜]{2,70})$/u.exec(foldWhitespace(title));
  if (!m) return null;
  const headline = (m[1] ?? "").trim();
  const site = (m[2] ?? "").trim().replace(/\s+(?:19|20)\d{2}$/, "");
  if (wordCount(headline) < 3 || wordCount(site) > 8 || !OUTLET_NAME_WORDS.test(site) || SECTION_PATH.test(site)) return null;
  return SITE_WORD.test(site) || mastheadOutlet(site) ? { headline, site } : null;
}

/** The company a copyright footer names: "© 2020 Reuters" → "Reuters"; "© IE Online Media Services Pvt Ltd." → "IE Online Media Services". */
/**
 * An organisation's own site names itself in its navigation strip: "Skip to main content ·
 * Human Rights Watch · Donate Now", "International Committee of the Red Cross · Where we work ›
 * Europe". The part that names a body (a watchdog, a committee, an agency …) is the publisher.
 */
const ORGANISATION =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’&-]*\s+)(?:(?:of|for|the|and|on|[\p{Lu}][\p{L}'’&-]*)\s+){0,6}(?:Watch|Committee(?:\s+of\s+the\s+Red\s+Cross)?|Commission|Institute|Foundation|Organi[sz]ation|Federation|Society|Agency|Council|Centre|Center|Coalition|Alliance|Red\s+Cross|Red\s+Crescent|International|Ombudsman)$/u;

/** "European Court of Human Rights", "International Court of Justice": a court publishes its own judgments. */
const COURT =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:Court|Tribunal)(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:and|of|the|[\p{Lu}][\p{L}'’-]*)){0,4})?$/u;

export function stripOrganisation(line: string): string | null {
  const parts = line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .split(/\s+[·|｜›»]\s+/)
    .map((p) => p.trim());
  if (parts.length < 2) return null;
  // "HUDOC - European Court of Human Rights | Document export": a database's name may go before its publisher's.
  const named = parts.flatMap((p) => [p, ...p.split(/\s+[-–—]\s+/).slice(1)]);
  return named.find((p) => p.length <= 80 && (ORGANISATION.test(p) || COURT.test(p))) ?? null;
}

/**
 * "[The Ridgeline Courier](/) · [News](/news) · [World](/world)": a strip of links whose first goes
 * to the site's home page names the site, as its banner does.
 */
const HOME_LINK = /^\[(?<name>[^\]]{2,60})\]\((?:\/|https?:\/\/[^/\s)]+\/?)\)\s*[·|｜•]/u;
const SITE_NAME = /^(?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|for|on|&)){0,5}$/u;

export function homeLinkSite(raw: string): string | null {
  const name = HOME_LINK.exec(raw.trim())?.groups?.name?.trim() ?? "";
  return SITE_NAME.test(name) && !/^(?:home|main(?: page)?|start|index|back)$/i.test(name) ? name : null;
}

export function copyrightOutlet(line: string): string | null {
  return institutionOrNull(copyrightOwner(line));
}

function copyrightOwner(line: string): string | null {
  const markers = [...line.matchAll(/©|\(c\)|\bcopyright\b/gi)];
  const [marker] = markers;
  if (!marker) return null;
  // 'Music: "Kura Line" by A. Composer. © 2021 The Show.': the owner is named after the sign, not before it.
  // ("Copyright in transcriptions © Porto Santo Records Collection.": after the last sign where the first names no one.)
  const after = markers.map((m) => ownerOf(line.slice(m.index))).find((owner) => owner !== null);
  return after ?? (marker.index > 0 ? ownerOf(line) : null);
}

/** "Kavkaz Monitor is an independent, reader-funded newsroom. Support us.": the publication a footer's self-description names. */
export function selfDescribedOutlet(text: string): string | null {
  const first = text.split(/(?<=[.!?])\s+/)[0] ?? "";
  // ("Ridgeline Courier covers the city council every sitting day": its line on its beat names it too.)
  // ("Produced by the Kura 7 transcription service": a transcript credits the broadcaster's own desk.)
  const name =
    FURNITURE.outletSelfDescription.exec(first)?.groups?.name ??
    COLOPHON.ownBeat.exec(first)?.groups?.name ??
    FURNITURE.transcriptionServiceCredit.exec(first)?.groups?.name ??
    // ("Caspian Trade Review is published by …", "Write to: Letters Editor, The Valley Post, …": the paper's own small print.)
    FURNITURE.publisherCredit.exec(first)?.groups?.name ??
    FURNITURE.lettersAddress.exec(first)?.groups?.name;
  return name ? cleanOutletName(name) : null;
}

/** "From Kura Wiki, the free encyclopedia of the Caucasus": a reference work's tagline under each page's title. */
const REFERENCE_TAGLINE = /^from\s+(?<name>\p{Lu}[\p{L}\p{N} .-]{1,40}?),\s+the\s+free\s+(?:encyclopa?edia|reference work|dictionary)\b/iu;

/**
 * The site a page's own banner or tagline names: "Official website of the Ministry of Foreign
 * Affairs of …" (a ministry's site is the ministry's), "From Kura Wiki, the free encyclopedia" (a
 * wiki's page is the wiki's). Both stand at the top of every page, so the name is a front cue.
 */
export function siteNamedByBanner(text: string): string | null {
  const name = FURNITURE.officialSiteBanner.exec(text)?.groups?.name ?? REFERENCE_TAGLINE.exec(text)?.groups?.name;
  return name ? cleanOutletName(name) : null;
}

/** "© The Author(s)", "© the authors": the writers keep the rights, which names no publication. */
const AUTHORS_AS_OWNER = /^(?:the\s+)?authors?(?:\s*\(s\))?$/i;

function ownerOf(line: string): string | null {
  const stripped = line
    .replace(/©|\(c\)|\bcopyright\b/gi, " ")
    .replace(/\ball rights reserved\b\.?/gi, " ")
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/g, " ")
    // "The Herald Ltd. Registered in England": the company's suffix ends its name.
    .replace(ORGANISATION_SUFFIX, ". ");
  // ("© Le Relais Caucasien 2016 – all rights reserved": the dash before what was stripped goes too.)
  // ("© 2019 Harbour Court Notes · Donsö, Bohuslän coast": a dot parts the owner from its town.)
  const first = foldWhitespace(stripped.split(/[.;|·•]\s|\.$/)[0] ?? "").replace(/^[\s,.:–—-]+|[\s,.:–—-]+$/g, "");
  if (first === "" || wordCount(first) > 6 || !/^[\p{Lu}\p{N}]/u.test(first) || AUTHORS_AS_OWNER.test(first)) return null;
  return first;
}

function cleanOutletName(name: string): string | null {
  const cleaned = foldWhitespace(name.replace(ORGANISATION_SUFFIX, " ")).replace(/^[\s,.:|-]+|[\s,.:|-]+$/g, "");
  return cleaned === "" ? null : cleaned;
}

/**
 * The metadata a whole line carries, or null when the line is not a metadata line.
 * Timestamp lines count as published dates; "Updated" labels rank below "Published" ones.
 */
/** "BORDERLINES - a podcast from Radio Meridian", "The Tavush Note, a newsletter by Caucasus Dispatch": a show and its maker. */
const SHOW_LINE =
  /^(.{2,40}?)\s*[-–—|:,]\s*an? (?:[\p{L}-]+\s+){0,2}(?:podcast|programme|program|show|newsletter|series|bulletin) (?:from|by) (.{2,60}?)\.?$/iu;

/** "Frontier Hours - a podcast about the South Caucasus": a show that names no maker is its own outlet. */
const SHOW_ABOUT =
  /^(\p{Lu}.{1,39}?)\s+[-–—|]\s+an? (?:[\p{L}-]+\s+){0,2}(?:podcast|programme|program|show|newsletter)(?: (?:about|on|covering|for|from) .{2,80}?)?\.?$/iu;

/** The kinds of show both patterns need, read with their flags: a line with none is no show's. */
const SHOW_KIND = /podcast|program|show|newsletter|series|bulletin/iu;

function showLine(line: string): MetadataLine | null {
  if (!SHOW_KIND.test(line)) return null;
  const m = SHOW_LINE.exec(line.trim());
  const outlet = m ? cleanOutletName(m[2] ?? "") : null;
  if (outlet) return { date: null, outlet, url: null };
  const about = SHOW_ABOUT.exec(line.trim());
  const show = about ? cleanOutletName(about[1] ?? "") : null;
  if (!show) return null;
  // "FRONTLINES" is a name printed in capitals, not spelt so; "BBC" is an acronym and keeps them.
  const shouted = show === show.toUpperCase() && !/^\p{Lu}{2,5}$/u.test(show);
  return { date: null, outlet: shouted ? titleCase(show) : show, url: null };
}

export function readMetadataLine(line: string): MetadataLine | null {
  const found = readMetadataLineAsWritten(line);
  // "National Assembly | Sitting of 13 April 2022": the day of the sitting, not of the page; a publication stamp outranks it.
  const read = found?.date && EVENT_DAY.test(line) ? { ...found, date: { ...found.date, rank: DATE_RANK.label } } : found;
  // "Minsk Group | Press releases", "EEAS": a section or an acronym of an institution's site names the institution.
  return read?.outlet ? { ...read, outlet: institutionName(read.outlet) } : read;
}

/** A labelled section line: "Section: World / Soviet Union", "Category: Caucasus". */
// ("Section: Global releases > Europe & Central Asia": a section's name may go on in small letters.)
// ("Section: Debate      harbourpost.example/debate": the section's address may follow its name, at the line's far end.)
const SECTION_LABEL =
  /^(?:[Ss]ection|[Cc]ategory|[Rr]ubric|[Ff]iled under|[Ss]ecci[oó]n|[Ss]ec[çc][aã]o|[Ss]e[çc][aã]o|[Rr]ubrique|[Cc]ategor[ií]a)\s*:\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}(?:\s*(?:\/|>|&|,|and)?\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}){0,6})(?:\s+(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/[\w./-]*)?)?$/u;

/**
 * "Text adopted by the Assembly on 27 September 2021 (24th sitting).", "Adopted by the Standing
 * Committee on 8 March 2019.": an assembly's note on the day its text was adopted, a sentence of
 * the resolution's procedural note. The day the text was adopted is the day it was published.
 */
const ADOPTION_NOTE =
  /^(?:(?:the\s+)?text\s+)?adopted\s+by\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:assembly|committee|council|parliament|conference|commission|congress)(?:\s+(?:of|on)\s+[\p{L}'’ ]{2,40}?)?\s+on\s+(?<date>\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s*\d{4})(?:\s*\([^()]{1,40}\))?\.?$/iu;

export function adoptionDate(sentence: string): string | null {
  const date = ADOPTION_NOTE.exec(sentence.trim())?.groups?.date;
  return date ? parseAbsoluteDate(date) : null;
}

/** A sitting's, session's or hearing's day named as such. */
/** A forum post's number before its "Posted by …" stamp. */
const POST_NUMBER = /^#(\d{1,5})\s+(?=posted\s+by\b)/i;

const EVENT_DAY = /\b(?:sitting|session|meeting|hearing|plenary)\s+of\s+(?:\d|the\s+\d)/i;

function readMetadataLineAsWritten(line: string): MetadataLine | null {
  // "#1  Posted by a_member on Mon 04 Jun 2012, 14:12": a forum post's number before its stamp is no part of it; the
  // first post's day is the thread's, a reply's is later news of it.
  const numbered = POST_NUMBER.exec(foldWhitespace(line));
  if (numbered) {
    const read = readMetadataLineAsWritten(foldWhitespace(line).slice(numbered[0].length));
    return read?.date && numbered[1] !== "1" ? { ...read, date: { ...read.date, rank: DATE_RANK.updated } } : read;
  }
  const text = foldWhitespace(line);
  // A database printout's fields: "BYLINE: By Jane Doe, Caspian Wire Writer", "DATELINE: BAKU, Azerbaijan".
  const field = PRINTOUT_FIELD.exec(text);
  if (field) return (field[1]?.toUpperCase() === "BYLINE" ? bylineLine(field[2] ?? "") : null) ?? { date: null, outlet: null, url: null };
  // "| Date: | 2004 June 15, 12:32 | Canonical ID: | … |": a record's field table, labels and values in turn.
  const fields = text.startsWith("|") ? fieldTableRow(text) : null;
  if (fields) return fields;
  const byline = barredByline(text);
  if (byline) return byline;
  const digest = listDigestHeader(text);
  if (digest) return digest;
  // "Collection: Azerbaijan / 2020 hostilities", "Series: CAUCASUS-L   Archive ref: CL-1992-041": where an
  // archive files the page, no outlet and no headline.
  if (SHELF_LINE.test(text)) return { date: null, outlet: null, url: null };
  const publisher = catalogueStrip(text) ?? bodyAndOffice(text) ?? affiliationLine(text) ?? paperKindAndBody(text);
  // "Commentary | South Caucasus Programme": a programme of the body whose masthead heads the page, which goes first.
  if (publisher) return { date: null, outlet: publisher, url: null, ...(PROGRAMME_NAME.test(publisher) ? { outletIsFallback: true } : {}) };
  // "Section: World / Soviet Union", "Filed under: Caucasus": the page's section, labelled, names no outlet.
  const labelled = SECTION_LABEL.exec(text);
  if (labelled) return { date: null, outlet: null, url: null, section: labelled[1] ?? "" };
  // "Travel Security Bulletin | Issue 9/92", "Northway Flight Risk | Operator Brief OB-2020-188": a
  // service's name before its issue or document number.
  const masthead = mastheadAndColumn(text) ?? namedKindStrip(text);
  if (masthead) return masthead;
  const service = serviceBeforeNumber(text);
  if (service) return { date: null, outlet: service, url: null };
  // "THE KUWAIT MORNING GAZETTE" on its own line under the headline: the paper's masthead, printed in capitals.
  // (Only a name printed in capitals: "Foreign News", "In Brief" are sections, "By The Associated Press" a byline.)
  // ('TALK FM 101.2 -- "THE EVENING CALL" -- PHONE-IN TRANSCRIPT': the station beside its show names the outlet.)
  const onAir = text === text.toUpperCase() ? PAGE_HEAD.stationShowLine.exec(text)?.groups?.station : undefined;
  if (onAir) return { date: null, outlet: titleCase(onAir).replace(/\b(?:Fm|Am|Tv)\b/g, (w) => w.toUpperCase()), url: null };
  const station = text === text.toUpperCase() ? languageServiceStation(text) : null;
  if (station) return { date: null, outlet: station, url: null };
  // ("CAMPUS NEWS" over the headline: a section's name in capitals, no masthead.)
  const named = text === text.toUpperCase() && /\s/.test(text) && !SECTION_OPENER.test(text) && !PAGE_HEAD.section.test(text) ? mastheadOutlet(text) : null;
  if (named) return { date: null, outlet: named === text ? titleCase(text) : named, url: null };
  const read = readLine(text);
  if (read) return read;
  // "Issue 4/2016 -- Water & Conflict", "No. 212 | Border edition": a newsletter's issue strip, no headline.
  // "From our stringer in Gazakh district, by fax": who filed it, and from where, credited with no name.
  if (ISSUE_STRIP.test(text) || SERIES_NUMBER.test(text) || OWN_CORRESPONDENT.test(text)) return { date: null, outlet: null, url: null };
  // "Armenia–Azerbaijan border | week ending 20 August 2023": a weekly's issue dated by the week's last day.
  const week = text.length <= 90 ? WEEK_ENDING.exec(text) : null;
  const weekDate = week?.[1] ? pureDate(week[1]) : null;
  if (weekDate) return { date: weekDate, outlet: null, url: null };
  // "September 28, 2023 · 09:15 GMT · 4 min read", "Friday 25 March 2005, 19:00 local time": the
  // reading time and the hour say nothing of the article; the date line is read without them.
  // "Saturday, March 5, 1988      Page A6": a printed page's number after its date ("… - World, A11":
  // after its section).
  // "Sunday 27 September 2020, 22:15 (Yerevan/Baku time, GMT+4)": the zone the hour is given in, in brackets.
  const bare = text.length > 160 ? text : withoutClockTail(withoutTails(text));
  const date = pureDate(bare);
  // "JERMUK, 12 March 2021 /ARN/ -- Shells fell …": a dateline before a story's sentence is the story.
  // (The strip is read first: most lines are none, and then their dateline need not be read.)
  const strip = partedLine(text);
  const parted = strip && !startsAStory(text) ? strip : null;
  return (bare !== text ? readLine(bare) : null) ?? parted ?? (date ? { date, outlet: null, url: null } : null);
}

/** A field's label in a record's table: a few words and a colon ("Date:", "Canonical ID:", "Original Classification:"). */
const FIELD_LABEL = /^\p{Lu}[\p{L}./-]*(?:\s+[\p{L}./-]+){0,2}:$/u;
/** Labels of a record's own fields (where it came from, when, how it is filed), never of a table's data. */
const RECORD_FIELD =
  /^(?:date|created|published|released|issued|sent|from|to|subject|tags|canonical id|id|reference|ref|classification|original classification|current classification|handling restrictions|character count|executive order|locator|concepts|author|origin|source|language|document type|type|status)(?:\s+(?:on|date))?:$/i;
/** The labels whose value dates the record. */
const DATE_FIELD = /^(?:date|created|published|released|issued|sent)(?:\s+(?:on|date))?:$/i;

/**
 * "| Date: | 2004 June 15, 12:32 (Tuesday) | Canonical ID: | 04YEREVAN1345_a |", "| From: | Embassy
 * Yerevan | To: | Secretary of State |": a row of a record's field table, two fields or more, each
 * label followed by its value. It is metadata as a whole; a date field dates the record.
 */
function fieldTableRow(text: string): MetadataLine | null {
  const cells = tableCells(text)?.map((c) => c.text);
  if (!cells || cells.length < 4 || !FIELD_LABEL.test(cells[0] ?? "") || FIELD_LABEL.test(cells.at(-1) ?? "")) return null;
  const labels = cells.filter((c) => FIELD_LABEL.test(c));
  // (Each label has a value after it, and no value reads as a sentence of prose.)
  const paired = cells.every((c, i) => !FIELD_LABEL.test(c) || !FIELD_LABEL.test(cells[i + 1] ?? ""));
  if (labels.length < 2 || !paired || !labels.some((l) => RECORD_FIELD.test(l)) || cells.some(isProse)) return null;
  const dated = cells.findIndex((c) => DATE_FIELD.test(c));
  const iso = dated === -1 ? null : metadataDate(cells[dated + 1] ?? "");
  return { date: iso ? { iso, rank: DATE_RANK.published } : null, outlet: null, url: null };
}

/** An archive's catalogue field after its name: "Series: …", "Collection: …", "Fonds 1, file 12". */
const CATALOGUE_FIELD =
  /^(?:series|sub-?series|collection|fonds?|record group|file|box|folder|item|shelfmark|call number|catalogue(?: no\.?| number)?|ref(?:erence)?(?: no\.?| number)?|document(?: no\.?| number| type)?)\s*:\s*\S/i;
/** An archive's shelf fields opening a line: its collection, series or reference, nothing said. */
const SHELF_LINE =
  /^(?:collection|series|sub-?series|fonds|record group|archive ref(?:erence)?|shelfmark|call number)\s*:\s*(?![^.!?]*\b(?:said|says|told|reported|according)\b)[^.!?]{1,120}$/i;

/**
 * "CAUCASUS-L Digest   Mon, 16 Mar 92   Volume 2 : Issue 41": a mailing list's digest header names the
 * list's digest, the publication, and the day of the issue (its posts' own dates are older).
 */
const LIST_DIGEST = new RegExp(
  String.raw`^(?<name>\p{Lu}[\p{L}\p{N}.-]*(?:\s+[\p{L}\p{N}.-]+){0,3}\s+[Dd]igest)\s+(?:(?:${WEEKDAY}),?\s+)?(?<day>\d{1,2})\s+(?<month>${MONTH_PATTERN})\.?\s+(?<year>\d{2}|\d{4})\s+(?:vol(?:ume)?\.?\s*\d{1,4}\s*[:,]?\s*)?(?:issue|no\.?|number)\s*:?\s*\d{1,5}$`,
  "iu",
);

function listDigestHeader(text: string): MetadataLine | null {
  const g = text.length <= 120 ? LIST_DIGEST.exec(text)?.groups : undefined;
  const month = g ? monthNumber(g.month ?? "") : null;
  if (!g || !month) return null;
  const written = Number(g.year);
  // "92" in a digest of the early net: two-digit years are this century's only up to the present's.
  const year = (g.year ?? "").length === 2 ? (written > 50 ? 1900 + written : 2000 + written) : written;
  const iso = isoDate(year, month, Number(g.day));
  return { date: iso ? { iso, rank: DATE_RANK.published } : null, outlet: g.name ?? null, url: null };
}

/** Words that end the name of a body that keeps and publishes documents. */
const KEEPER_WORD = /^(?:archives?|library|collection|repository|database|cent(?:re|er)|institute|foundation|museum|project)$/i;

/**
 * "Caucasus Documents Archive | Series: Acts of regional soviets, 1988-1991": an archive's name,
 * then where in its catalogue the document is filed. The archive is the page's publisher.
 */
function catalogueStrip(text: string): string | null {
  if (text.length > 200) return null;
  const [name = "", ...fields] = text.split(/\s+[|·•]\s+/);
  if (fields.length === 0 || !fields.every((f) => CATALOGUE_FIELD.test(f))) return null;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 8 || !OUTLET_NAME_WORDS.test(name) || !KEEPER_WORD.test(words.at(-1) ?? "")) return null;
  return cleanOutletName(name);
}

/** A town after the bodies of an affiliation line: one or two capitalised words. */
const TOWN = /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u;

/**
 * "Research Unit on Border Conflicts, Danube Institute for Policy Research, Vienna", "Baltic Centre
 * for Migration Studies, Riga": the research bodies a paper comes from, smaller first, and their town.
 * The last, largest body publishes the paper; a line of one body with no town is left to the masthead.
 */
function affiliationLine(text: string): string | null {
  if (text.length > 200) return null;
  const parts = text.split(/,\s+/);
  if (parts.length < 2 || parts.length > 4) return null;
  const town = TOWN.test(parts.at(-1) ?? "") && !PAGE_HEAD.researchBody.test(parts.at(-1) ?? "") ? parts.at(-1) : null;
  const bodies = town ? parts.slice(0, -1) : parts;
  if (bodies.length === 0 || (!town && bodies.length < 2) || !bodies.every((b) => PAGE_HEAD.researchBody.test(b))) return null;
  return cleanOutletName(bodies.at(-1) ?? "");
}

/** "Event summary - Vilnius Forum on Regional Security": the kind of paper, then the body that put it out. */
function paperKindAndBody(text: string): string | null {
  const kind = PAGE_HEAD.paperKindBeforeBody.exec(text);
  const body = kind ? text.slice(kind[0].length).trim() : "";
  return body && PAGE_HEAD.researchBody.test(body) ? cleanOutletName(body) : null;
}

/** A body's press office, department or service, after the body's name. */
export const PRESS_OFFICE =
  /^(?:the\s+)?(?:press|information|media|public relations|communications?)(?:\s+(?:and|&)\s+(?:information|media|public relations|communications?))?\s+(?:service|office|department|division|section|unit|cent(?:re|er))(?:\s+department)?$/i;

/**
 * "Ministry of Foreign Affairs of the Republic of Azerbaijan - Press Service Department": a state
 * body's name, then the office of it that put the page out. The body is the publisher.
 */
function bodyAndOffice(text: string): string | null {
  if (text.length > 160) return null;
  const parts = text.split(/\s+(?:[|·•–—]|-{1,2})\s+/);
  if (parts.length !== 2 || !PRESS_OFFICE.test(parts[1] ?? "")) return null;
  const body = parts[0] ?? "";
  if (wordCount(body) > 14 || !OUTLET_NAME_WORDS.test(body) || !PAGE_HEAD.institution.test(body)) return null;
  return cleanOutletName(body);
}

/**
 * "CIS Business Travel Security Bulletin | Issue 9/92", "Northway Flight Risk | Operator Brief OB-2020-188",
 * "Caucasus Rights Bulletin, No. 9/1993": two to six capitalised words, a bar (or a comma), then an issue strip or a document's number: the words are the
 * service that publishes it ("World | Europe" has no number; "Armenia | Issue 4" no name of two words).
 */
function serviceBeforeNumber(text: string): string | null {
  // ("Caucasus Rights Bulletin, No. 9/1993": a comma before the issue's number parts them too.)
  const parts = text.split(/\s+\|\s+|,\s+(?=(?:issue|no\.|vol(?:ume)?\.?|number|№)\s*\d)/i).map(withoutEmphasis);
  const [name, strip] = parts;
  if (parts.length !== 2 || !name || !strip || strip.length > 40) return null;
  // ("Meridian Defence Digest | Procurement & Exports": a publication's name before its section.)
  const section = SECTION_AFTER_NAME.test(strip) && publicationName(name) !== null;
  if (!ISSUE_STRIP.test(strip) && !DOCUMENT_NUMBER.test(strip) && !section) return null;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 6 || !words.every((w) => isCapitalisedWord(w) || NAME_JOINER.test(w)) || SECTION_PATH.test(name) || metadataDate(name))
    return null;
  return name;
}

/** "**Steppe Letter**", "*Analysis*": a strip's part without the Markdown emphasis around it. */
function withoutEmphasis(part: string): string {
  return part.replace(/^[*_]+|[*_]+$/g, "").trim();
}

function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’.&-]*$/u.test(word);
}
/** Small joining words inside a publication's name: "Black Sea & Caucasus Review", "Voice of the Caucasus". */
const NAME_JOINER = /^(?:&|of|and|the|for)$/;

/**
 * A section's name of two to four capitalised words: "Procurement & Exports" (one word, as in "Caucasus
 * News | Home", is a page's title, not a section of the paper).
 */
const SECTION_AFTER_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}'’-]*)){1,3}$/u;

/** A document's own number after its kind: "Operator Brief OB-2020-188", "Bulletin No. 14". */
const DOCUMENT_NUMBER = /^[\p{Lu}][\p{L} ]{2,30}\s+(?:no\.?\s*)?[A-Z]{0,4}-?\d{1,4}(?:[-/]\d{1,4}){0,2}$/u;

/** "From our correspondent in Baku", "By our own stringer in Gazakh district, by fax": an unnamed reporter's credit. */
const OWN_CORRESPONDENT =
  /^(?:from|by)\s+(?:our|a)\s+(?:own\s+|special\s+|local\s+)?(?:correspondent|stringer|reporter|staff\s+reporter|staff\s+correspondent)s?(?:\s+in\s+[\p{Lu}][\p{L} '’-]{1,40})?(?:,\s*(?:by\s+(?:fax|telex|telephone|phone|e-?mail)|[\p{Ll} ]{1,20}))?$/iu;

/** An issue's number, alone or with the issue's theme after a dash or a bar: "Issue 4/2016 -- Water & Conflict". */
const ISSUE_STRIP = /^(?:issue|no\.|vol(?:ume)?\.?|number|№)\s*\d{1,5}(?:\/\d{1,4})?(?:\s*(?:--|[-–—|:·•])\s*[^.!?]{1,40})?$/i;
/** "FACT SHEET 14/2024", "Policy Brief No. 7", "EURASIA DIGEST No. 94/131": a series' kind and number over the document's own title, no title itself. */
const SERIES_NUMBER =
  /^(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:fact\s*sheet|briefing(?:\s+note)?|policy\s+(?:brief|paper)|information\s+note|backgrounder|situation\s+report|flash\s+update|bulletin|digest|working\s+paper|occasional\s+paper)(?:\s+no\.?)?\s*\d{1,5}(?:\/\d{1,4})?$/iu;

/** "week ending 20 August 2023" closing a short label line (after a bar or a dot, or alone). */
const WEEK_ENDING = /(?:^|[|·•]\s*)(?:for\s+the\s+)?week\s+(?:ending|ended|to)\s+([^|·•]{6,30})$/i;

/** A dateline followed by a sentence (small letters, a full stop at the end). */
function startsAStory(text: string): boolean {
  const rest = readDateline(text)?.rest ?? "";
  return /\p{Ll}{2,}/u.test(rest) && /[.!?]["”’]?$/u.test(rest);
}

/**
 * The line without its zone note, reading time, page number and edition, in that order. Each
 * pattern is `$`-anchored, and V8 tries such a pattern at every position of the line: it runs only
 * on a line that ends as it must (")", "read", a digit, "cycle" or "edition"), which leaves the
 * same line.
 */
function withoutTails(text: string): string {
  let bare = text;
  if (bare.endsWith(")")) bare = bare.replace(ZONE_NOTE, "").replace(TRANSMISSION_NOTE, "");
  // ("Sunday, March 6, 1988 - Rajab 18, 1408", "May 6, 1991 (Baisakh 23, 2048 B.S.)": the same day in another calendar.)
  bare = bare.replace(OTHER_CALENDAR, "");
  if (endsWithAscii(bare.trimEnd(), "read")) bare = bare.replace(READING_TIME, "");
  const end = bare.trimEnd();
  if (isAsciiDigit(end.charCodeAt(end.length - 1))) bare = bare.replace(PAGE_TAIL, "");
  if (endsWithAscii(bare, "cycle") || endsWithAscii(bare, "edition")) bare = bare.replace(EDITION_TAIL, "");
  return bare;
}

/**
 * Whether the text ends with this lower-case ASCII word in either case, as an `i` pattern without
 * the u flag reads it (no other character folds to an ASCII letter there).
 */
function endsWithAscii(text: string, word: string): boolean {
  const from = text.length - word.length;
  if (from < 0) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** "(Yerevan/Baku time, GMT+4)", "(local time)", "(Moscow time)", "(GMT+4)": the zone of a time stamp's hour. */
/**
 * "(16 Mehr 1399)", "(5 Rabi al-Awwal 1442 AH)": the same day in the Iranian or the Hijri calendar,
 * printed after the Gregorian date.
 */
const OTHER_CALENDAR = new RegExp(
  String.raw`\s*(?:\(|[-–—]\s+)(?:\d{1,2}\s+)?(?:farvardin|ordibehesht|khordad|tir|mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand|muharram|safar|rabi[‘'’]?\s*al-?\s*(?:awwal|thani|akhir)|jumada\s+al-?\s*(?:ula|awwal|akhirah|thani)|rajab|sha[‘'’]?ban|ramadan|shawwal|dhu\s+al-?\s*(?:qadah|qa[‘'’]dah|hijjah)|` +
    // Nepal's Bikram Sambat ("Baisakh 23, 2048 B.S.") and Ethiopia's calendar ("Megabit 17, 2014 E.C.").
    String.raw`baisakh|baishakh|jestha|jeth|asar|ashadh|shrawan|saun|bhadra|ashwin|asoj|kartik|mangsir|poush|push|magh|falgun|chaitra|meskerem|tikimt|hidar|tahsas|yekatit|megabit|miyazya|ginbot|sene|hamle|nehase|pagume)\s+(?:\d{1,2},?\s+)?\d{3,4}(?:\s*(?:AH|SH|H|B\.?\s?S\.?|E\.?\s?C\.?))?\)?$`,
  "i",
);

/** "(via satellite telephone, Yerevan relay)", "(by telex)": how a dispatch was sent, after its date. */
const TRANSMISSION_NOTE = /\s*\((?:via|by)\s+(?:satellite\s+)?(?:tele(?:phone|x|type|printer)|phone|fax|e-?mail|radio|courier|relay|satellite)\b[^)]{0,60}\)$/i;

const ZONE_NOTE =
  /\s*\((?:(?:[\p{Lu}][\p{L}-]*(?:\s*\/\s*[\p{Lu}][\p{L}-]*)*|local|[Ll]ocal)\s+time(?:\s*,\s*(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?)?|(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?)\)$/u;

/** "BYLINE: …", "DATELINE: …": a database printout's labelled fields (LexisNexis and its like). */
const PRINTOUT_FIELD = /^(BYLINE|DATELINE)\s*:\s*(.*)$/;
/** "March 2, 1992, Monday, PM cycle", "…, Final Edition": a wire's cycle or a paper's edition after the date. */
const EDITION_TAIL = /,\s*(?:(?:[AP]M|BC)\s+cycle|(?:final|late|city|home|early|first|second|metro|national)\s+edition)$/i;

/** "A | B", "A -- B", "Elnur Aliyev |17.11.2021 - Update : 17.11.2021". */
// ("EASTWIRE ** Prague ** 12 November 2014 ** 19:42 CET": a wire's stars stand between the parts too.)
const PART_SEPARATOR = /\s*[|·•]\s*|\s+--\s+|\s+\*{1,2}\s+|\s+[-–—]\s+(?=(?:last\s+)?(?:updated?|published|posted)\b)/i;

/**
 * "THE NORTHERN STATESMAN -- Sunday, May 5, 1991 -- Page 14", "Event summary · Panel held in
 * Tbilisi on 17 July 2018 · Posted 23 July 2018", "Issue 212 | 10 August 2014": a strip of parts of
 * which one is a date line of its own. A name in capitals before it is a printed masthead.
 */
/** A sentence of prose: six words or more, closed by its stop after a lower-case word. */
function isProse(part: string): boolean {
  return /\p{Ll}{2,}[.!?]$/u.test(part) && wordCount(part) >= 6;
}

/** A table cell telling an event: five words or more, two of them in small letters ("… votes to join the republic"). */
function isEventCell(part: string): boolean {
  return wordCount(part) >= 5 && (part.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) >= 2;
}

function partedLine(text: string): MetadataLine | null {
  // "Black Sea & Caucasus Review — Yerevan, 11 January 2023 — by Anna Melkumyan": dashes part a strip
  // that ends in a byline too.
  const separator = DASHED_BYLINE.test(text) ? DASH_SEPARATOR : PART_SEPARATOR;
  const parts = text.split(separator).map(withoutEmphasis);
  if (parts.length < 2 || parts.length > 5) return null;
  // "STEPANAKERT, 12 May 1991 -- Refugees from Getashen said …": a dateline before a sentence, not a strip.
  if (parts.some((p) => p.length > MAX_PART_LENGTH)) return null;
  // ("| 26 Sep 2023 | Karabakh officials first report 20 dead in the blast. |": a timeline's row, whose
  // cell is a sentence of prose, is the page's text, however short.)
  if (parts.some(isProse)) return null;
  // ("| Date | 4–8 November 2020 |": an infobox's span of days is the event's, as a labelled one is.)
  if (isEventSpanRow(parts)) return null;
  const date = parts.map((p) => withoutClockTail(p)).map((p) => readLine(p)?.date ?? (ISSUE_DATE.test(p) ? null : pureDate(p)));
  const dated = date.find((d) => d) ?? null;
  if (!dated) return null;
  // ("| 3 Mar 1991 | Village council votes to join the republic |": a timeline's row whose cell tells what happened,
  // in words of its own, dates the event; the page's own date line outranks it.)
  const found = text.startsWith("|") && parts.some(isEventCell) ? { ...dated, rank: DATE_RANK.label } : dated;
  const credited = creditedOutlet(parts, date);
  if (credited) return { date: found, ...credited, url: null };
  const [first] = parts;
  // "Q&A · By … · 3 March 2026": a section's label in capitals is no masthead.
  const masthead =
    first && first === first.toUpperCase() && /^[\p{Lu}][\p{Lu} '’&.-]{2,40}$/u.test(first) && !metadataDate(first) && !SECTION_PATH.test(first)
      ? titleCase(first)
      : null;
  // "**Baltic Eastern Desk** · Riga · 28 March 2022 · *Analysis*": a name built like a publication's opens the strip.
  const named = masthead ? null : first ? publicationName(first.replace(/[*_]+/g, "").trim()) : null;
  if (named) return { date: found, outlet: named, url: null };
  return { date: found, outlet: masthead, ...(masthead ? { outletIsFallback: true } : {}), url: null };
}

/** A desk of a paper, named by its beat: "Foreign Desk", "City Desk". */
const DESK_SECTION =
  /^(?:foreign|news|city|metro|world|national|international|regional|political|diplomatic|overseas|general|business|sports?|picture|photo|copy|night|home)\s+desk$/i;

/** Two to five capitalised words ending like a publication's name ("Caspian Desk", "Lowland Times"), not a section's. */
function publicationName(text: string): string | null {
  const words = text.split(/\s+/);
  // ("Black Sea & Caucasus Review", "Voice of the Caucasus": small joining words inside the name.)
  const inner = words.slice(1, -1);
  if (words.length < 2 || words.length > 6 || !isCapitalisedWord(words[0] ?? "") || !isCapitalisedWord(words.at(-1) ?? "")) return null;
  if (!inner.every((w) => isCapitalisedWord(w) || NAME_JOINER.test(w))) return null;
  if (SECTION_PATH.test(text) || GENERIC_NEWS_LABEL.test(words[0] ?? "") || DESK_SECTION.test(text) || metadataDate(text)) return null;
  // ("Artsakh Republic Information Center · Official documents · 28.09.2023": a body that keeps and
  // publishes documents, named in three words or more; "Information Center" alone is a section.)
  return MASTHEAD_SUFFIX.test(words.at(-1) ?? "") || (words.length >= 3 && KEEPER_WORD.test(words.at(-1) ?? "")) ? text : null;
}

const MAX_PART_LENGTH = 80;
/** A strip whose last part, after a dash, is a byline. */
const DASHED_BYLINE = /\s[—–]\s+by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}[*_]*$/u;
const DASH_SEPARATOR = /\s+[—–]\s+/;

/**
 * "By Lilit Harutyunyan and Farid Guliyev · Kavkaz Monitor · 28 March 2022": a byline's strip names
 * the outlet in the part beside the byline and the date. One word there may be the town the reporter
 * files from ("By Ani Mkrtchyan · Gyumri · …"), so it only stands in when nothing else names the outlet.
 */
function creditedOutlet(parts: readonly string[], dates: readonly (DateCue | null)[]): { outlet: string; outletIsFallback?: true } | null {
  const byline = parts.findIndex((p) => /^[Bb]y\s/.test(p) && bylineLine(p) !== null);
  if (byline === -1) return null;
  const names = parts.filter(
    (p, i) =>
      i !== byline &&
      dates[i] === null &&
      OUTLET_NAME_WORDS.test(p) &&
      wordCount(p) <= 5 &&
      !ROLE_WORDS.test(p) &&
      !SECTION_PATH.test(p) &&
      !PAGE_KIND.test(p) &&
      !CALENDAR_WORD.test(p),
  );
  const name = names.length === 1 ? cleanOutletName(names[0] ?? "") : null;
  if (!name) return null;
  return wordCount(name) === 1 && !mastheadOutlet(name) ? { outlet: name, outletIsFallback: true } : { outlet: name };
}

/**
 * "Kjell Brandvold | Nordkapp Sportsavis | 26 November 2020, 18:55": a byline with no "By", the
 * reporter's name, the outlet, the date. Only a stand-in, for when nothing else names the outlet.
 */
function barredByline(text: string): MetadataLine | null {
  if (text.length > 120) return null;
  const parts = text.split(/\s+\|\s+/);
  const [reporter = "", outlet = "", stamp = ""] = parts;
  const date = parts.length === 3 ? pureDate(withoutClockTail(stamp)) : null;
  if (!date || pureDate(reporter) || pureDate(outlet)) return null;
  if (!REPORTER_NAME.test(reporter) || OUTLET_WORDS.test(reporter) || SECTION_PATH.test(reporter)) return null;
  if (
    !OUTLET_NAME_WORDS.test(outlet) ||
    wordCount(outlet) > 5 ||
    SECTION_PATH.test(outlet) ||
    ROLE_WORDS.test(outlet) ||
    (REPORTER_NAME.test(outlet) && !OUTLET_WORDS.test(outlet) && wordCount(outlet) > 2)
  )
    return null;
  const name = cleanOutletName(outlet);
  return name ? { date, outlet: name, outletIsFallback: true, url: null } : null;
}

/**
 * "SOVIET AFFAIRS WEEKLY REPORT | Parliamentary Notebook", "EARTHLINE EURASIA -- Environment desk": a
 * masthead in capitals, then the column or desk in ordinary case. The capitals must read as a
 * publication's (a word of publications, or a desk after them), never as a place or a topic slug.
 */
function mastheadAndColumn(text: string): MetadataLine | null {
  if (text.length > 90) return null;
  const parts = text.split(/\s+(?:\||--|—|–)\s+/);
  if (parts.length !== 2) return null;
  const [name = "", column = ""] = parts;
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (letters.length < 4 || name !== name.toUpperCase() || wordCount(name) < 2 || wordCount(name) > 5 || !OUTLET_NAME_WORDS.test(name)) return null;
  if (column === column.toUpperCase() || !COLUMN_NAME.test(column) || /^by\s/i.test(column) || pureDate(column)) return null;
  const desk = /\bdesk$/i.test(column);
  if (!desk && !OUTLET_WORDS.test(name)) return null;
  // ("KARABAKH FIGHTING -- Foreign desk" is a story's slug: a place or a section opens it.)
  if (SECTION_PATH.test(name.split(/\s+/)[0] ?? "")) return null;
  const outlet = cleanOutletName(titleCase(name));
  return outlet ? { date: null, outlet, url: null, section: column } : null;
}
/** A column's or desk's name: one to three words, the first capitalised ("Parliamentary Notebook", "Environment desk"). */
const COLUMN_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’&-]+){0,2}$/u;

/**
 * "Monuments at Risk — weekly digest · 22 April 2024 · by Eleni Vardakis": a publication named with
 * its kind, then its issue's date and its writer, in one strip.
 */
function namedKindStrip(text: string): MetadataLine | null {
  if (text.length > 140) return null;
  const parts = text.split(/\s+[·•|]\s+/);
  if (parts.length < 2) return null;
  const named = NAMED_KIND.exec(parts[0] ?? "");
  if (!named?.[1]) return null;
  const rest = parts.slice(1);
  const dates = rest.map((p) => pureDate(withoutClockTail(p)));
  if (!rest.every((p, i) => dates[i] || /^by\s+\p{Lu}/iu.test(p))) return null;
  const outlet = cleanOutletName(named[1]);
  return outlet ? { date: dates.find((d) => d !== null) ?? null, outlet, url: null } : null;
}
/** "Monuments at Risk — weekly digest", "Caspian Energy Letter - monthly newsletter": a name, then what it is. */
const NAMED_KIND =
  /^(\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|at|in|on|for|and|the|&)){0,5})\s+[—–-]+\s+(?:(?:weekly|daily|monthly|fortnightly|quarterly|online|free)\s+)?(?:digest|newsletter|bulletin|briefing|review|magazine|edition|letter)$/u;

/** A person's name as bylines print it: two or three capitalised words ("Kjell Brandvold", "Anna Maria Rossi"). */
const REPORTER_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** "Issue 212": an issue number, not a date. */
const ISSUE_DATE = /^(?:issue|no\.?|vol\.?|page|p\.)\s*\d+$/i;

/** A part that is nothing but a date ("10 August 2014", "Sunday, May 5, 1991"). */
function pureDate(part: string): DateCue | null {
  // Its words (what is left between digits and separators) are looked at first, one at a time: most
  // lines have a word that is no date's, often the first, and then cost no date search.
  for (const [word] of part.matchAll(DATE_LINE_WORD)) if (!CALENDAR_WORD.test(word)) return null;
  const iso = metadataDate(part);
  return iso ? { iso, rank: DATE_RANK.published } : null;
}

/** "Published 1 October 1993.": a sentence closing a note under the title, the day the page came out. */
const PUBLISHED_SENTENCE = /^(?:first\s+)?published(?:\s+on)?\s+([^.!?]{6,40}?)\.?$/i;

/** The day a "Published …" sentence of a note gives, or null for any other sentence. */
export function publishedSentenceDate(sentence: string): string | null {
  const m = PUBLISHED_SENTENCE.exec(sentence.trim());
  return m?.[1] ? (pureDate(m[1])?.iso ?? null) : null;
}

/**
 * A date line in Spanish, Portuguese or French, with its month in English ("16 de diciembre de 2003" →
 * "16 December 2003") and its weekday dropped; any other line as it is.
 */
export function inEnglishMonths(line: string): string {
  // (The day's digit and the space after it first: a line without them is no such date, and costs no search of the months.)
  if (!DIGIT_THEN_SPACE.test(line) || !ROMANCE_DATE.test(line)) return line;
  return line
    .replace(ROMANCE_WEEKDAY, "")
    .replace(ROMANCE_DATE, (_all, day: string, month: string, year: string) => `${day} ${ROMANCE_MONTHS[month.toLowerCase()] ?? month} ${year}`);
}

/** Month names of the languages pages abroad are dated in, to the English ones the date reader knows. */
const ROMANCE_MONTHS: Readonly<Record<string, string>> = {
  enero: "January",
  janeiro: "January",
  janvier: "January",
  febrero: "February",
  fevereiro: "February",
  février: "February",
  marzo: "March",
  março: "March",
  mars: "March",
  abril: "April",
  avril: "April",
  mayo: "May",
  maio: "May",
  mai: "May",
  junio: "June",
  junho: "June",
  juin: "June",
  julio: "July",
  julho: "July",
  juillet: "July",
  agosto: "August",
  août: "August",
  septiembre: "September",
  setiembre: "September",
  setembro: "September",
  septembre: "September",
  octubre: "October",
  outubro: "October",
  octobre: "October",
  noviembre: "November",
  novembro: "November",
  novembre: "November",
  diciembre: "December",
  dezembro: "December",
  décembre: "December",
};
const ROMANCE_DATE = new RegExp(`\\b(\\d{1,2})(?:\\s+de)?\\s+(${Object.keys(ROMANCE_MONTHS).join("|")})(?:\\s+de)?\\s+(\\d{4})\\b`, "iu");
/** What ROMANCE_DATE's day is followed by: a digit, then white space (before "de" or the month). */
const DIGIT_THEN_SPACE = /\d\s/;
const ROMANCE_WEEKDAY =
  /^(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+/iu;

/** A read counter closing a line: "… 18:47 Read: 4817", " | Views: 1 203". */
const READ_COUNTER_TAIL = new RegExp(String.raw`(?:\s+|\s*[|·•]\s*)${READ_COUNTER}$`, "i");

/** A word of a line between the digits and separators of its dates. */
const DATE_LINE_WORD = /[^\d,.\s/–—-]+/g;

function readLine(line: string): MetadataLine | null {
  if (line === "") return null;
  // ("Martes 16 de diciembre de 2003", "Miércoles 22 de mayo de 2019 | Actualizado: 08:15": a page abroad dates itself in its own language.)
  // ("14 September 2022, 18:47    Read: 4817": an agency's read counter after its date line is no part of the date.)
  const text = inEnglishMonths(line).replace(READ_COUNTER_TAIL, "");
  if (isTimestampLine(text)) {
    const iso = metadataDate(text);
    return { date: iso ? { iso, rank: DATE_RANK.published } : null, outlet: null, url: null };
  }
  if (URL_ONLY.test(text)) return { date: null, outlet: null, url: text };
  const labelledUrl = /^(?:url|link|original(?: article)?|canonical)\s*:\s*(\S+)$/i.exec(text);
  if (labelledUrl && URL_ONLY.test(labelledUrl[1] ?? "")) return { date: null, outlet: null, url: labelledUrl[1] ?? null };
  if (BARE_LABEL.test(text)) return { date: null, outlet: null, url: null };
  const wire =
    reactionsLine(text) ??
    translationFieldLine(text) ??
    itemFieldLine(text) ??
    wireStampLine(text) ??
    transmissionStampLine(text) ??
    telexLine(text) ??
    wireHeaderLine(text) ??
    takeEndLine(text) ??
    reportNumberLine(text) ??
    dispatchNumberLine(text) ??
    coveredOnAirLine(text) ??
    issueLine(text) ??
    recordIssueLine(text) ??
    articleHistoryLine(text) ??
    agencyRoleLine(text) ??
    unSymbolLine(text);
  if (wire) return wire;
  const stamped = updatedThenFirstPublished(text) ?? timestampThenUpdated(text) ?? filedStrip(text) ?? liveCoverageLine(text);
  if (stamped) return stamped;
  return (
    labelledDate(text) ??
    recordDateLine(text) ??
    lettersPageLine(text) ??
    sourceLine(text) ??
    showLine(text) ??
    bylineLine(text) ??
    sectionLabelLine(text) ??
    deskLine(text) ??
    pipeBylineLine(text) ??
    namedDateLine(text)
  );
}

/**
 * "Volume 712: debated on Tuesday 3 May 2022", "Sitting of 12 March 2009": the day a parliament
 * sat, which is the day of its record.
 */
const SITTING_DATE =
  /^(?:(?:vol(?:ume)?\.?\s*\d{1,4}|col(?:umn)?s?\.?\s*\d{1,5}(?:[-–]\d{1,5})?)\s*[:,|·]\s*)*(?:debated|sitting|sat|held|considered) on\s+(?<date>.{6,45})$|^sitting of\s+(?<of>.{6,45})$/i;

/**
 * '« on: May 3, 2019, 08:12:40 PM »', '« Reply #4 on: May 4, 2019, 10:01:22 AM »': a forum post's
 * header. The thread was opened on its first post's day; a reply's day is later news of it.
 */
const POST_HEADER = /^[«‹]?\s*(?<reply>(?:reply|re:?)\s*#?\s*\d{1,5}\s+)?on\s*:\s*(?<date>[^«»‹›]{6,45}?)\s*[»›]?$/i;

function recordDateLine(text: string): MetadataLine | null {
  const sitting = SITTING_DATE.exec(text)?.groups;
  const sat = sitting ? pureDate(withoutClockTail(sitting.date ?? sitting.of ?? "")) : null;
  if (sat) return { date: sat, outlet: null, url: null };
  const post = POST_HEADER.exec(text)?.groups;
  if (!post) return null;
  const iso = metadataDate(post.date ?? "");
  if (!iso || !isTimestampLine(post.date ?? "")) return null;
  return { date: { iso, rank: post.reply ? DATE_RANK.updated : DATE_RANK.published }, outlet: null, url: null };
}

/** "Letters to the editor — The Ridgeline Courier": a letters page names its paper beside its label. */
// (Case-sensitive: with an "i" flag \p{Lu} matches any letter, and "Letters: What the border needs" would name a paper.)
const LETTERS_PAGE =
  /^(?:[Ll]etters?|LETTERS?)(?: [Tt]o [Tt]he [Ee]ditors?| TO THE EDITORS?)?\s*(?:[|·•:]|\s[—–-])\s*(?<name>(?:The\s+|THE\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’&.-]*)){0,5})$/u;

function lettersPageLine(text: string): MetadataLine | null {
  const name = LETTERS_PAGE.exec(text)?.groups?.name;
  // A page of letters to the editor names no one but the paper beside its label.
  return !name || metadataDate(name) || SECTION_PATH.test(name) ? null : { date: null, outlet: name, url: null };
}

/** What a copied social post's counters count: the words each platform prints beside its numbers. */
const REACTION_WORD = String.raw`(?:likes?|comments?|shares?|reactions?|retweets?|reposts?|views?|quotes?|quote tweets?|bookmarks?|replies|reply)`;
/** Emoji, arrows and dots between the counters. */
const REACTION_GLUE = String.raw`[\p{Extended_Pictographic}\p{S}\uFE0F\s·•|]`;
const COUNT = String.raw`\d[\d.,]*\s?[KkMm]?(?:\s+${REACTION_WORD})?`;
const REACTIONS = new RegExp(String.raw`^${REACTION_GLUE}*${COUNT}(?:${REACTION_GLUE}+${COUNT}){1,7}${REACTION_GLUE}*$`, "iu");
const REACTION_NAMED = new RegExp(String.raw`\d\s?[KkMm]?\s+${REACTION_WORD}\b`, "i");

/**
 * "👍😢 38K 💬 21K comments ↗ 6.4K shares", "1.2K Retweets 3.4K Likes": a social post's counters,
 * copied with the post. They are no text of it; their words name the platform the file was copied
 * from, which published it: comments and shares are Facebook's, retweets Twitter's, reposts with
 * quotes or views X's. Other counters name none.
 */
function reactionsLine(text: string): MetadataLine | null {
  if (text.length > 120 || !REACTION_NAMED.test(text) || !REACTIONS.test(text)) return null;
  const counts = (word: RegExp) => new RegExp(String.raw`\d\s?[KkMm]?\s+${word.source}`, "i").test(text);
  const platform =
    counts(/shares?\b/) && counts(/comments?\b/)
      ? "Facebook"
      : counts(/retweets?\b/)
        ? "Twitter"
        : counts(/reposts?\b/) && (counts(/quotes?\b/) || counts(/views?\b/))
          ? "X"
          : null;
  return { date: null, outlet: platform, url: null };
}

/** "Original language: Azerbaijani", "Translated from: Russian": a translation's note on the language it was made from. */
const TRANSLATION_LANGUAGE =
  /^(?:original language|language of (?:the )?original|source language|translated from)\s*:\s*\p{Lu}\p{L}+(?:\s*(?:,|\/|and)\s*\p{Lu}\p{L}+)?\.?$/iu;
/**
 * "Date of original: 2 April 2016, issued in several parts …", "Translated: 2 April 2016, 21:10 GMT":
 * a translation's dates, the original's first (the day the text was published) and the day it was
 * put into English after it (a weaker cue, as an update is).
 */
const TRANSLATION_DATE =
  /^(?:(?<original>date of (?:the )?original|original(?:ly)? (?:date|dated|published|issued|released))|(?:translated|translation date|date of translation)(?: on)?)\s*:\s*(?<date>[^,;]{6,40})(?:[,;].{0,100})?$/i;

function translationFieldLine(text: string): MetadataLine | null {
  if (TRANSLATION_LANGUAGE.test(text)) return { date: null, outlet: null, url: null };
  const m = TRANSLATION_DATE.exec(text)?.groups;
  const date = m ? pureDate(withoutClockTail((m.date ?? "").trim())) : null;
  if (!m || !date) return null;
  return { date: { iso: date.iso, rank: m.original ? DATE_RANK.published : DATE_RANK.updated }, outlet: null, url: null };
}

/** "AP-NY-05-08-91 0214EDT": a wire's transmission stamp, agency, desk, month-day-year and time. */
const WIRE_STAMP = /^[A-Z]{2,4}-[A-Z]{2,4}-(\d{2})-(\d{2})-(\d{2})\s+\d{4}[A-Z]{3}$/;

function wireStampLine(text: string): MetadataLine | null {
  const m = WIRE_STAMP.exec(text);
  if (!m) return null;
  const yy = Number(m[3]);
  const iso = isoDate(yy < 50 ? 2000 + yy : 1900 + yy, Number(m[1]), Number(m[2]));
  return { date: iso ? { iso, rank: DATE_RANK.published } : null, outlet: null, url: null };
}

/**
 * "TASS 041830 GMT MAR 88 OK", "HERMPRESS  041132 GMT APR 16": a teletype's transmission stamp, the
 * agency, day, hour and minute, month and year; or a cable's date-time group ("041132Z APR 16").
 */
const TRANSMISSION_STAMP = new RegExp(
  String.raw`^(?:([A-Z]{2,16})\s+)?(\d{2})\d{4}(?:\s+(?:GMT|UTC)|Z)\s+(${MONTH_PATTERN.toUpperCase()})\s+(\d{2})(?:\s+OK)?$`,
);

function transmissionStampLine(text: string): MetadataLine | null {
  const m = TRANSMISSION_STAMP.exec(text);
  if (!m) return null;
  const yy = Number(m[4]);
  const iso = isoDate(yy < 50 ? 2000 + yy : 1900 + yy, monthNumber(m[3] ?? "") ?? 0, Number(m[2]));
  const agency = AGENCIES.find((a) => a === m[1]) ?? null;
  return { date: iso ? { iso, rank: DATE_RANK.published } : null, outlet: agency, outletIsFallback: true, url: null };
}

/**
 * A telex's header lines (pageHeadCues.ts): its service fields say nothing but are no headline; its
 * transmission or receipt stamp dates it ("… RECU LIBREVILLE 08 MAI 1991 16H40"), as a service's
 * reference line does with its day beside the number.
 */
function telexLine(text: string): MetadataLine | null {
  // "KESTREL WIRE SERVICE — WORLD ROUNDUP — 6 APRIL 1993": a masthead in capitals with its product and day.
  const dashed = text.includes("—") || text.includes("–") ? PAGE_HEAD.mastheadProductDate.exec(text)?.groups : undefined;
  const dashedName = dashed?.name ? mastheadOutlet(dashed.name) : null;
  if (dashed?.date && dashedName) return { date: pureDate(dashed.date), outlet: titleCase(dashedName), url: null };
  // "Ref: KMS/CAU/120903/011   Monday 3 September 2012": a service's reference beside its day.
  const referenced =
    text.charCodeAt(0) === 82 || text.charCodeAt(0) === 114 || text.charCodeAt(0) === 79 ? PAGE_HEAD.referenceAndDate.exec(text)?.groups?.date : undefined;
  if (referenced) return { date: pureDate(referenced), outlet: null, url: null };
  // Both shapes open with a capital T, S, D or C: other lines cost one comparison.
  if (!/^[TSDC][A-Z]/.test(text)) return null;
  if (PAGE_HEAD.telexFields.test(text)) return { date: null, outlet: null, url: null };
  const m = PAGE_HEAD.telexStamp.exec(text)?.groups;
  if (!m) return null;
  const month = m.month ?? "";
  const yy = Number(m.year);
  const year = yy >= 1000 ? yy : yy < 50 ? 2000 + yy : 1900 + yy;
  const iso = isoDate(year, monthNumber(month) ?? monthNumber(ROMANCE_MONTHS[month.toLowerCase()] ?? "") ?? 0, Number(m.day));
  return { date: iso ? { iso, rank: DATE_RANK.published } : null, outlet: null, url: null };
}

/**
 * "XYZ-0412 4 MAR 88 2147 GMT": a wire's transmission header, the agency's code and the take's
 * number, the day, month and year as the wire writes them, and the time it moved.
 */
const WIRE_HEADER = new RegExp(
  String.raw`^([A-Z]{2,6})-\d{2,5}\s+(\d{1,2})\s+(${MONTH_PATTERN.toUpperCase()})\s+(\d{2}|\d{4})\s+\d{4}(?:\s*(?:GMT|UTC|EDT|EST|MSK|CET))?$`,
);

function wireHeaderLine(text: string): MetadataLine | null {
  const m = WIRE_HEADER.exec(text);
  if (!m) return null;
  const year = Number(m[4]);
  // Two digits are the wire's own short year: of this century up to 49, of the last from 50.
  const iso = isoDate(year >= 1000 ? year : year < 50 ? 2000 + year : 1900 + year, monthNumber(m[3] ?? "") ?? 0, Number(m[2]));
  const agency = AGENCIES.find((a) => a === m[1]) ?? null;
  return { date: iso ? { iso, rank: DATE_RANK.published } : null, outlet: agency, outletIsFallback: true, url: null };
}

/** "TPA-GE-mb 22-01-90 1804GMT": a take's closing line, the wire's code, desk and operator, then day, month and short year. */
const TAKE_END = /^[A-Z]{2,6}(?:-[A-Za-z]{1,4}){1,3}\s+(\d{2})-(\d{2})-(\d{2})\s+\d{4}\s*(?:GMT|UTC|MSK|CET)?$/;

function takeEndLine(text: string): MetadataLine | null {
  const m = TAKE_END.exec(text);
  if (!m) return null;
  const yy = Number(m[3]);
  const iso = isoDate(yy < 50 ? 2000 + yy : 1900 + yy, Number(m[2]), Number(m[1]));
  return iso ? { date: { iso, rank: DATE_RANK.published }, outlet: null, url: null } : null;
}

/** "FBIS-SOV-90-014", "JPRS-UMA-91-003": a monitoring service's report number names the service; a date may follow it. */
const REPORT_NUMBER = /^(FBIS|JPRS)-[A-Z]{2,5}-\d{2}-\d{2,4}(?:-[A-Z])?(?:\s*[|,/·•-]?\s+(.{6,40}))?$/;

/** "FBIS Daily Report -- Soviet Union", "JPRS Report: Central Eurasia": the service's report and its region. */
const SERVICE_REPORT = /^(FBIS|JPRS)\s+(?:daily\s+)?report\b(?:\s*[:—–-]{1,2}\s*[\p{L} ]{2,40})?$/iu;

/** "This topic was covered by RNI Radio on 15 October 2021": a broadcaster's web page dated by its programme. */
const COVERED_ON_AIR =
  /^this\s+(?:topic|story|report|item|subject)\s+was\s+(?:covered|broadcast|aired|discussed)\s+(?:by|on|in)\s+[^.]{2,60}?\s+on\s+(.{6,30}?)\.?$/i;

function coveredOnAirLine(text: string): MetadataLine | null {
  const when = COVERED_ON_AIR.exec(text)?.[1];
  const date = when ? pureDate(when) : null;
  return date ? { date, outlet: null, url: null } : null;
}

/** "Nordic Press Bureau - Dispatch 92/0418": a news service's name and the running number of its dispatch. */
const DISPATCH_NUMBER =
  /^(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,5})\s*[-–—|:·]\s*(?:dispatch|despatch|item|file|story|message)\s*(?:no\.?\s*|#\s*)?\d[\w/.-]{1,14}$/iu;

/** Run only on a line holding one of its words ("dispatch", "item", …): asked of every line, it matches few. */
const dispatchNumber = guardedExec(DISPATCH_NUMBER);

function dispatchNumberLine(text: string): MetadataLine | null {
  const name = dispatchNumber(text)?.[1];
  return name ? { date: null, outlet: name, url: null } : null;
}

function reportNumberLine(text: string): MetadataLine | null {
  const service = SERVICE_REPORT.exec(text)?.[1];
  if (service) return { date: null, outlet: service.toUpperCase(), url: null };
  const m = REPORT_NUMBER.exec(text);
  if (!m?.[1]) return null;
  const date = m[2] ? pureDate(m[2]) : null;
  if (m[2] && !date) return null;
  return { date, outlet: m[1], url: null };
}

/** "No. 111", "Part I", "Vol. 3", "Issue 45": an issue's numbering, never its date or its title. */
// "No. 53 (14,211)": the issue's number in the year, then its running number since the first issue.
const ISSUE_PIECE =
  /(?:^|[\s,;|·•])(?:vol(?:ume)?\.?|no\.?|nos\.?|issue|part|number|№)\s*(?:\d{1,5}(?:\/\d{1,4})?|[IVX]{1,4})(?:\s*\(\d{1,3}(?:[,. ]?\d{3})*\))?(?=$|[\s,;|·•])/gi;
/** "Price 3 kopecks", "Price: 20 tetri", "Price 10p": a paper's cover price on its issue line. */
const PRICE_PIECE =
  /(?:^|[\s,;|·•–—-])price\s*:?\s*\d{1,4}(?:[.,]\d{1,2})?\s*(?:kopecks?|kopeks?|kop\.?|roubles?|rubles?|rub\.?|manats?|qəpik|gapiks?|drams?|luma|lari|tetri|cents?|pence|p|euros?|€|\$)?(?=$|[\s,;|·•–—-])/giu;
/** A paper's name in capitals before the issue's date: "IZVESTIA Monday, 11 May 1992, No. 111". */
const LEADING_MASTHEAD = /^(\p{Lu}[\p{Lu}'’&.-]+(?:\s+\p{Lu}[\p{Lu}'’&.-]+){0,3}?)[\s,;|·•]+(?=\p{L}+day\b|\p{Lu}+DAY\b|\d)/u;

/**
 * "No. 234, Part I, 4 December 1996", "Monday, 11 May 1992, No. 111", "IZVESTIA Monday, 11 May
 * 1992, No. 111": an issue line, its number and its date, and perhaps the paper's name first. It
 * gives the date (and the paper); it is never the title.
 */
function issueLine(text: string): MetadataLine | null {
  if (text.length > 90) return null;
  const withoutNumbers = text.replace(ISSUE_PIECE, " ").replace(PRICE_PIECE, " ");
  if (withoutNumbers === text) return null;
  const masthead = LEADING_MASTHEAD.exec(withoutNumbers.trim());
  const name = masthead?.[1] && /\p{Lu}{3}/u.test(masthead[1]) ? masthead[1] : null;
  const rest = (name ? withoutNumbers.trim().slice(name.length) : withoutNumbers).replace(/^[\s,;|·•]+|[\s,;|·•]+$/g, "");
  const date = pureDate(rest);
  if (!date) return null;
  return { date, outlet: name ? titleCase(name) : null, url: null };
}

/**
 * "[Federal Register Volume 88, Number 12 (Thursday, January 19, 2023)]": an official record's issue
 * line, in brackets as its online edition prints it, names the record and the day of the issue.
 */
const RECORD_ISSUE = /^\[(?<name>\p{Lu}[\p{L}'’ -]{2,60}?)\s+(?:Volume|Vol\.)\s+\d{1,4},\s+(?:Number|No\.|Issue)\s+\d{1,4}\s+\((?<date>[^()]{6,45})\)\]$/u;

function recordIssueLine(text: string): MetadataLine | null {
  const m = RECORD_ISSUE.exec(text)?.groups;
  const iso = m?.date ? metadataDate(m.date) : null;
  return m?.name && iso ? { date: { iso, rank: DATE_RANK.published }, outlet: m.name, url: null } : null;
}

/**
 * "Received 3 May 2017; accepted 9 March 2018; published online 14 June 2018": a journal article's
 * history under its title. The day it was published dates it; the days it was received, revised or
 * accepted do not (a history with no publication day dates nothing, but is still metadata).
 */
const HISTORY_STEP =
  /^(?:received|submitted|revised|accepted|first published|published(?:\s+online)?|available online|online)\b\s*:?\s*(?:on\s+)?(.{6,30}?)\.?$/i;

function articleHistoryLine(text: string): MetadataLine | null {
  if (!/^(?:received|submitted)\b/i.test(text)) return null;
  const steps = text.split(/\s*[;|·•]\s*|,\s+(?=(?:revised|accepted|published|available)\b)/i).map((step) => HISTORY_STEP.exec(step));
  if (steps.length < 2 || steps.some((step) => !step?.[1] || !metadataDate(step[1]))) return null;
  const published = steps.find((step) => /^(?:first published|published|available online|online)\b/i.test(step?.[0] ?? ""));
  const iso = published?.[1] ? metadataDate(published[1]) : null;
  return { date: iso ? { iso, rank: DATE_RANK.published } : null, outlet: null, url: null };
}

/** "SC/5613", "GA/12345", "SG/SM/2211": the document symbol the United Nations gives its press releases. */
const UN_SYMBOL = /^(?:SC|GA|SG\/SMG?|DSG\/SM|ECOSOC|GA\/(?:SHC|EF|SPD|L|DIS)|HR)\/\d{3,6}(?:\/[\w.-]+)*$/;

/**
 * "United Nations    A/70/812–S/2016/318": a UN document's running head, its symbols (the General
 * Assembly's, the Security Council's) after the organisation's name, printed on the first page.
 */
const UN_DOCUMENT_SYMBOL =
  /^(United Nations(?:\s*[|·•]\s*|\s+))?(?:(?:A|S|E|A\/HRC|CCPR\/C|CERD\/C|CRC\/C)\/(?:RES\/)?\d{1,4}\/[\w./()-]{1,24}(?:\s*[–—-]\s*(?:A|S|E)\/\d{1,4}\/[\w./()-]{1,24})?|S\/PV\.\d{1,5}(?:\s*\(Resumption\s+\d\))?)$/;

function unSymbolLine(text: string): MetadataLine | null {
  if (UN_SYMBOL.test(text)) return { date: null, outlet: "United Nations", outletIsFallback: true, url: null };
  const document = UN_DOCUMENT_SYMBOL.exec(text);
  if (!document) return null;
  // The name printed beside the symbols is the publisher's; a bare symbol still says whose document it is.
  return { date: null, outlet: "United Nations", ...(document[1] ? {} : { outletIsFallback: true }), url: null };
}

/** "Associated Press Writer", "Caspian News Agency Correspondent": the line under a byline names the employer. */
const AGENCY_ROLE = /^(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}?)\s+(?:Staff\s+|Special\s+)?(?:Writer|Correspondent|Reporter)$/u;

/** "Special to the Chesapeake Ledger": a byline's credit line naming the paper the story was written for. */
const SPECIAL_TO = /^special\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{N}.&'’-]*)){0,5})\.?$/iu;

function agencyRoleLine(text: string): MetadataLine | null {
  const paper = SPECIAL_TO.exec(text)?.[1];
  // "Special to The Times" keeps the paper's own "The"; "Special to the Ledger" does not.
  if (paper && /^\p{Lu}/u.test(paper))
    return {
      date: null,
      outlet: text
        .replace(/^special\s+to\s+/i, "")
        .replace(/^the\s+/, "")
        .replace(/\.$/, "")
        .trim(),
      url: null,
    };
  const name = AGENCY_ROLE.exec(text)?.[1];
  if (!name) return null;
  const known = AGENCIES.some((a) => a.toLowerCase() === name.toLowerCase());
  if (known) return { date: null, outlet: name, url: null };
  // "Courier Staff Writer" under "THE ISLAND COURIER": one word of the paper's name, which the masthead gives in full.
  if (OUTLET_WORDS.test(name)) return { date: null, outlet: name, ...(wordCount(name) === 1 ? { outletIsFallback: true } : {}), url: null };
  return null;
}

/** "Friday 25 March 2005, 19:00 local time": the hour after a date line says nothing of the day. */
const CLOCK_TAIL =
  /\s*[,·|–—-]?\s*(?:at\s+)?[[(]?(?<![\d:.])\d{1,2}[:.]\d{2}(?::\d{2})?[\])]?(?:\s*(?:local(?: time)?|(?:moscow|baku|yerevan|tbilisi|ankara|tehran|kyiv|kiev|london|paris|washington|new york|brussels|geneva|vienna|eastern|central|pacific) time|(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?|msk|bst|cet|cest|est|edt|pst|pdt|am|pm|a\.m\.|p\.m\.))*\.?\s*$/i;

function withoutClockTail(text: string): string {
  // The clock's "12:40" or "12.40" must be there (the `$`-anchored pattern is otherwise tried at every position).
  if (!CLOCK_DIGITS.test(text)) return text;
  const rest = text.replace(CLOCK_TAIL, "");
  // Only after a date: a line that is nothing but a time stays as it is.
  return rest !== text && metadataDate(rest) ? rest : text;
}

const CLOCK_DIGITS = /\d[:.]\d\d/;

const PAGE_TAIL = /\s*[·•|,–—-]?\s*(?:[Pp]age|PAGE|[Pp]\.)\s*[A-Za-z]?\d{1,3}\s*$|\s+[·•|–—-]\s*(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,\s*)?[A-Z]\d{1,3}\s*$/;

const READING_TIME = /\s*[·•|–—-]\s*(?:approx\.?\s*)?\d{1,3}\s*min(?:ute)?s?\s+read\s*$/i;

/** The best date cue: the most trusted kind, then the earliest in the article. */
export function chooseDate(cues: readonly Placed<DateCue>[]): string | null {
  const ordered = [...cues].sort((a, b) => a.rank - b.rank || a.at - b.at);
  return ordered[0]?.iso ?? null;
}

/**
 * Front-of-article cues ("From:" line, dateline, byline) in article order beat footer and "Source:"
 * credits. A file whose datelines credit two or more agencies is a roundup of their items, which none
 * of them published: their credits name no outlet, and only the file's own masthead or footer can.
 */
export function chooseOutlet(cues: readonly Placed<OutletCue>[]): string | null {
  const credited = new Set(cues.filter((c) => c.dateline).map((c) => c.name.toLowerCase()));
  const ordered = [...cues].filter((c) => credited.size < 2 || !c.dateline).sort((a, b) => a.at - b.at);
  return institutionOrNull((ordered.find((c) => !c.footer) ?? ordered[0])?.name);
}
