// Article text → ParsedArticle: metadata plus the passages worth indexing. Composes the one-job
// modules of this folder: front matter, markdown, metadata lines, datelines, boilerplate,
// paragraph joining, headings, repeat removal and sentence splitting.
import { CounterclaimError } from "../errors.ts";
import type { ArticleMeta, ArticleSource, ParsedArticle, Passage, FeedItem } from "../types.ts";
import { inferDatelineYear, readDateline } from "./dateline.ts";
import { DIGEST_MIN_ITEMS, isDigestPage, isFeedExport } from "./digest.ts";
import { dropRepeats } from "./dedupe.ts";
import { isCreditLine, isLinkListHeader, withoutFurnitureSentences, withoutLeadingEditorsNote } from "./boilerplate.ts";
import { type LineJudge, lineJudge } from "./lineJudge.ts";
import { readEmailHeaders } from "./emailHeaders.ts";
import { splitFrontMatter, type FrontMatter } from "./frontMatter.ts";
import { isCrossHeading, isHeadline } from "./headings.ts";
import { RULE, stripMarkdownLine, type MarkdownLine } from "./markdown.ts";
import {
  adoptionDate,
  publishedSentenceDate,
  mastheadOutlet,
  ambiguousNumericDate,
  chooseDate,
  chooseOutlet,
  SOCIAL_NETWORKS,
  copyrightOutlet,
  homeLinkSite,
  stripOrganisation,
  DATE_RANK,
  isTimestampLine,
  metadataDate,
  monitoredBroadcast,
  numericOrderOf,
  readDatePrefix,
  selfDescribedOutlet,
  siteNamedByBanner,
  splitSiteSuffix,
  type Broadcast,
  type DateCue,
  type OutletCue,
  type Placed,
} from "./metadata.ts";
import { joinWrappedBlock, LIST_ITEM, wrapProfile } from "./paragraphs.ts";
import { readCast, readStructure, type ShowCast } from "./genre.ts";
import { readParticipants } from "./participants.ts";
import { runsNewestFirst } from "./liveBlogOrder.ts";
import { GENRE_CUES } from "./genreCues.ts";
import { FURNITURE } from "./furnitureCues.ts";
import { unfoldSubtitles } from "./subtitles.ts";
import { unfoldChatExport } from "./chatExport.ts";
import { takeHearingHead } from "./hearingHead.ts";
import { quotedEpisodeTitle, takePageHead, unquoted } from "./pageHead.ts";
import { PAGE_HEAD } from "./pageHeadCues.ts";
import { endsPost, isSignatureLine } from "./recordCues.ts";
import { splitSentences } from "./sentences.ts";
import { comparable, foldWhitespace, titleCase } from "./text.ts";
import { escapeRegExp } from "../rules/rule.ts";

/** What the lines around the body told us, in article order. */
interface Cues {
  dates: Placed<DateCue>[];
  outlets: Placed<OutletCue>[];
  urls: string[];
  /** Section labels the page printed ("Interview", "Press releases"): genre hints. */
  labels: string[];
  /** Line numbers of stand-alone time stamps (a live blog's entries start after them). */
  stamps: number[];
  /** The stamps as printed, in page order ("17:10", "16:35"): whether the page runs newest first. */
  stampTexts: string[];
  dateline: boolean;
  /** Time stamp lines whose slashed date could be day-first or month-first ("06/04/1993"). */
  ambiguous: Placed<{ text: string }>[];
  /**
   * The places in capitals the datelines name, one per dateline (two or more make a feed of items):
   * null for one that credits an international wire ("BAKU (Reuters) -") or names no single place
   * ("BAKU/YEREVAN").
   */
  filedFrom: (string | null)[];
  /** What a monitoring service's item says of the broadcast: its source line and its fields. */
  broadcasts: Broadcast[];
  /** A dateline with a month and day but no year ("MOSCOW, August 4. /TASS/."), and its story's first sentence. */
  undated?: { monthDay: { month: number; day: number }; firstSentence: string; at: number; credit: string | null };
  /** The article's furniture and metadata judgements, remembered: the head and the body ask about the same lines. */
  judge: LineJudge;
  /** The lines from a "References" heading to the next heading: a list of cited works, whose dates and names are theirs. */
  citations: { from: number; to: number }[];
  /** The line the story's first paragraph of prose starts on: dates below it are the story's before the page's. */
  proseAt?: number;
}

/** A paragraph on its way to becoming a passage. */
interface Draft {
  text: string;
  heading: boolean;
  /** A `#` heading in markdown. */
  markdownHeading: boolean;
  /** Came from one line of the file (a headline or cross-heading never spans lines). */
  singleLine: boolean;
  /** Body text for sure: it began with a dateline or a date prefix. */
  body: boolean;
  /** The line the paragraph started on. */
  at: number;
  /** An item of a bulleted list: body text, however short ("- 12 killed in Ganja"). */
  bullet?: boolean;
  /** Where the paragraph's dateline says it was filed from: a place, or null when it names none we can use. */
  filedFrom?: string | null;
  /** Its first sentence was an archive's note on its copy, cut as furniture: the document it followed is over. */
  afterCopyNote?: boolean;
  /** Its sentences as split when it was read, and the text they were split from (reused while the text is unchanged). */
  split?: { text: string; sentences: string[] };
}

/**
 * Parses one article.
 * @throws CounterclaimError (the file in its `where`) when the file is empty or its front matter is malformed or has a bad value.
 */
export function parseArticle(source: ArticleSource): ParsedArticle {
  const { file } = source;
  const text = source.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  // An empty file is a mistake to report, not an untitled article with nothing in it.
  if (text.trim() === "") throw new CounterclaimError("is empty: there is no text to index", { file });
  const split = splitFrontMatter(file, text);
  const mail = split.front ? null : readEmailHeaders(split.body);
  const { front: given, body: written } = mail ?? split;
  const cues: Cues = {
    dates: [],
    outlets: [],
    urls: [],
    labels: [],
    stamps: [],
    stampTexts: [],
    dateline: false,
    filedFrom: [],
    ambiguous: [],
    broadcasts: [],
    judge: lineJudge(),
    citations: [],
  };
  // A channel's export: its posts unfolded into stamped entries, the channel its outlet.
  const chat = unfoldChatExport(unfoldSubtitles(written));
  const body = chat.text;
  if (chat.channel) cues.outlets.push({ name: chat.channel, footer: false, at: -1 });
  if (chat.lastDay) cues.dates.push({ iso: chat.lastDay, rank: DATE_RANK.published, at: -1 });
  const front = withoutSiteSuffix(given, cues);
  if (front?.section) cues.labels.push(front.section);
  const lines = body.split("\n").map(stripMarkdownLine);
  // (Read before the page's head is taken out of the lines: where its blocks part.)
  const blank = blankLinesOf(lines);
  // (Read before a hearing's head is taken: its committee and chamber lines say whose record it is.)
  const printedHead = firstLines(lines);
  const subject = takeSubjectLine(lines) ?? takeCollectionTitle(lines) ?? takeMeetingHeading(lines) ?? takeHearing(lines, cues);
  takeHead(lines, cues);
  const prefixed = takeDatePrefix(lines, cues);
  const drafts = readDrafts(lines, cues);
  if (prefixed && drafts[0]) drafts[0].body = true;
  inferUndatedYear(drafts, cues, body);
  readAmbiguousStamps(body, cues);
  const marked = digestTitle(markHeadings(drafts, cues, blank), drafts, body, isFeed(cues));
  const inferredTitle = documentTitle(drafts) ?? marked;
  const titled = withFullerTitle(front, drafts);
  const withTitle = addFrontMatterTitle(drafts, titled);
  const read = withoutColophon(dropRepeats(withTitle), lines, cues.judge);
  const built = buildMeta(file, titled, subject ?? inferredTitle, cues, headLines(read));
  const meta = built.outlet === null ? { ...built, outlet: issueTitleOutlet(built.title) } : built;
  const kept = withoutSelfDescription(read, meta.outlet);
  const passages = toPassages(file, kept);
  const { genre, ...structure } = readStructure(passages, {
    title: meta.title,
    outlet: meta.outlet,
    credits: cues.outlets.filter((o) => o.footer).map((o) => o.name),
    poster: posterOf(meta.outlet, meta.title, cues.outlets),
    // (A page's own place, from its front matter, stands in when no dateline says where it was filed.)
    filedFrom: filedFrom(cues) ?? (cues.filedFrom.length === 0 ? (front?.location ?? null) : null),
    labels: cues.labels,
    stamped: stampedPassages(passages, kept, cues.stamps),
    newestFirst: runsNewestFirst(cues.stampTexts),
    emphasised: emphasisedPassages(passages, kept, lines),
    breaks: passagesAfterBreak(passages, kept, lines),
    quoted: quotedPassages(passages, kept, lines),
    dateline: cues.dateline,
    author: front?.author ?? null,
    printedHead,
    authorNote: front?.authorNote ?? null,
    ...castOf(body, front),
  });
  if (isFeed(cues)) structure.items = feedItems(passages, kept, cues.dates);
  const ruled = passagesBelowMark(passages, kept, lines, RULE);
  if (ruled.length > 0) structure.ruled = ruled;
  const ended = passagesBelowMark(passages, kept, lines, RELEASE_END);
  if (ended.length > 0) structure.ended = ended;
  const noted = passages.filter((_, i) => kept[i]?.afterCopyNote).map((p) => p.id);
  if (noted.length > 0) structure.copyNoted = noted;
  const listed = listedPassages(passages, kept);
  if (listed.length > 0) structure.listed = listed;
  const participants = readParticipants(passages);
  if (participants) structure.participants = participants;
  if (structure.guests || genre === "transcript" || genre === "interview") structure.pageHead = printedHead;
  return { meta: { ...meta, genre, outlet: meta.outlet ?? issuingOutlet(genre, structure.issuer, meta.title) }, passages, structure };
}

/**
 * A statement printed on no outlet's page ("Statement of the State Committee on … of the Republic of
 * Azerbaijan", its press service's line under it) is published by the body that issued it.
 */
function issuingOutlet(genre: string, issuer: string | null | undefined, title: string | null): string | null {
  // (Only where the page's title is the statement's own heading: a cable or an archived document has its issuer but no publisher.)
  const titled = title !== null && GENRE_CUES.issuedBy.test(title);
  return genre === "press-release" && titled && issuer && GENRE_CUES.body.test(issuer) ? issuer.replace(/^the\s+/i, "") : null;
}

/**
 * A post copied from a social network names its author on the line above its date ("Nikol
 * Pashinyan" over "November 12, 2020 ·"): the first name the page head gives that is not the network.
 */
function posterOf(outlet: string | null, title: string | null, outlets: readonly Placed<OutletCue>[]): string | null {
  if (!outlet || !SOCIAL_NETWORKS.test(outlet)) return null;
  const named = outlets.filter((o) => !SOCIAL_NETWORKS.test(o.name) && o.at >= 0 && o.at <= POSTER_LINE).sort((a, b) => a.at - b.at);
  // With nothing above it, the author's line is taken for the post's title.
  return named[0]?.name ?? (title && AUTHOR_NAME.test(title) ? title : null);
}

/** An author's name as a post prints it: two to four capitalised words ("Nikol Pashinyan"). */
const AUTHOR_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * Where the story was filed: the one place all its datelines name, a capital's own press
 * ("YEREVAN, NOVEMBER 17.", "BAKU, August 2 /APA/."). A feed of items filed from several places, or
 * a wire's bracketed credit, says nothing of whose ministry an unqualified "the ministry" is.
 */
function filedFrom(cues: Cues): string | null {
  const [first, ...rest] = cues.filedFrom;
  return first && rest.every((p) => p === first) ? first : null;
}

/** A dateline's place in capitals: "YEREVAN" of "YEREVAN, NOVEMBER 17.". */
const CAPS_PLACE_OPENING = /^(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,2})(?=[,\s])/u;

/** How far down the page head the author's line may stand. */
const POSTER_LINE = 2;

/** How many of the page's first lines a speaker's introduction may draw on, and how much of each. */
const PRINTED_HEAD_LINES = 10;
const PRINTED_LINE_LENGTH = 200;

/** The page's first non-empty lines as printed. */
function firstLines(lines: readonly MarkdownLine[]): string[] {
  // Only the head is read: a long article's other lines are never looked at.
  const head: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text !== "") head.push(text.slice(0, PRINTED_LINE_LENGTH));
    if (head.length === PRINTED_HEAD_LINES) break;
  }
  return head;
}

/** A show's hosts and guests from its head or its front matter, when either lists them. */
function castOf(body: string, front: FrontMatter | null): { cast?: ShowCast } {
  const read = readCast(body);
  const given = front?.cast;
  if (!given) return read ? { cast: read } : {};
  const guests = [...given.guests, ...(read?.guests ?? [])];
  // Several guests make no single interviewee: each label is resolved on its own.
  return { cast: { hosts: [...given.hosts, ...(read?.hosts ?? [])], guest: read?.guest ?? (guests.length === 1 ? (guests[0] ?? null) : null), guests } };
}

/** The page head's cues (see pageHead.ts): its outlets, dates and section labels. */
function takeHead(lines: MarkdownLine[], cues: Cues): void {
  const head = takePageHead(lines, cues.judge);
  for (const o of head.outlets) cues.outlets.push({ name: o.name, footer: !o.strong, at: o.at, ...(o.short ? { short: o.short } : {}) });
  for (const d of head.dates) cues.dates.push({ iso: d.iso, rank: d.fallback ? DATE_RANK.label : DATE_RANK.published, at: d.at });
  cues.labels.push(...head.labels);
}

/** A hearing's printed head (see hearingHead.ts): its title, and its publisher or committee as the outlet. */
function takeHearing(lines: MarkdownLine[], cues: Cues): string | null {
  const head = takeHearingHead(lines);
  if (!head) return null;
  if (head.publisher) cues.outlets.push({ name: head.publisher.name, footer: false, at: head.publisher.at });
  if (head.committee) cues.outlets.push({ name: head.committee.name, footer: true, at: head.committee.at });
  return head.title;
}

/** Lines above the first paragraph of prose: a document's head, where its subject field stands. */
const MAX_SUBJECT_LINES = 30;
const PROSE = /[.!?]["”]?$/;

/**
 * "Subject: Release of the detainees held since 2020": a parliamentary question's or a memo's
 * subject field, above the first paragraph of prose, is the document's title (as is a broadcast
 * page's segment field, 'Programme: … | Segment: "…"'). The line stays, without
 * its label, as a heading, so the subject is searched as a headline is.
 */
function takeSubjectLine(lines: MarkdownLine[]): string | null {
  // ("Reading-room note: this page reproduces the body of a cable …" above a cable's fields: the archive's note
  // on its copy is no paragraph of the document, whose subject field is still to come.)
  let note = false;
  for (const line of lines.slice(0, MAX_SUBJECT_LINES)) {
    const text = foldWhitespace(line.text);
    note = text !== "" && (note || PAGE_HEAD.copyNoteLabel.test(text));
    if (note) continue;
    // ("Topic: Shelling near Tovuz (Read 4,102 times)": a forum topic's read counter is no part of its subject.)
    const field = (PAGE_HEAD.subjectLine.exec(text)?.groups?.subject ?? PAGE_HEAD.segmentLine.exec(text)?.groups?.subject)?.replace(READ_COUNTER, "");
    // 'Topic: "Ten days on the border: who fired first?"': the quotes are no part of the title.
    // ("SUBJECT: AZERBAIJAN / ARMENIA -- Nagorno-Karabakh: worst fighting …": the countries' kicker is no part of it.)
    const given = field ? (unquoted(field) ?? field).replace(PAGE_HEAD.subjectKicker, "") : undefined;
    if (given) {
      const subject = withWrappedSubject(given, lines[lines.indexOf(line) + 1]);
      line.text = subject;
      line.raw = subject;
      line.heading = true;
      return titleEndingWith(lines.slice(0, lines.indexOf(line)), subject) ?? subject;
    }
    // ("NOTE TO EDITORS: This advisory is updated as …": an advisory's note on its copy stands above its headline field.)
    if ((text.length > 200 || (PROSE.test(text) && text.split(" ").length >= 10)) && !PAGE_HEAD.headNoteLabel.test(text)) return null;
  }
  return null;
}

/**
 * "# Memorandum of Conversation: Meeting with President Heydar Aliyev" over the memorandum's "SUBJECT: Meeting
 * with President Heydar Aliyev": a page's own heading that ends with the subject is the fuller title of the
 * document, its kind before it.
 */
function titleEndingWith(above: readonly MarkdownLine[], subject: string): string | null {
  const wanted = comparable(subject);
  const heading = above.find((l) => l.heading && comparable(l.text).endsWith(wanted) && comparable(l.text).length > wanted.length);
  return heading ? foldWhitespace(heading.text) : null;
}

/**
 * "FINDING AID" over "Collection: Caucasus Diplomatic Correspondence, 1991-1992": an archive's guide to a
 * collection is titled by the collection's name, not by the library's masthead or its place line. The
 * line stays, without its label, as a heading.
 */
function takeCollectionTitle(lines: MarkdownLine[]): string | null {
  const head = lines.slice(0, MAX_SUBJECT_LINES);
  const label = head.findIndex((l) => PAGE_HEAD.findingAid.test(foldWhitespace(l.text)));
  if (label < 0) return null;
  for (const line of head.slice(label + 1)) {
    const name = PAGE_HEAD.collectionField.exec(foldWhitespace(line.text))?.groups?.name;
    if (!name) continue;
    line.text = name;
    line.raw = name;
    line.heading = true;
    return name;
  }
  return null;
}

/** A subject cut at a joining word, its run-on line still to come. */
const SUBJECT_CUT = /\s(?:for|of|and|or|the|a|an|to|in|on|with|from|by|at|over|after|into|about|as|its|their|between)$/i;
/** A run-on of a subject is a few words, not a paragraph. */
const MAX_SUBJECT_RUN_ON = 100;
/** "Coverage: …", "Date: …": the next field, never a subject's run-on. */
const FIELD_LABEL = /^[\p{L}][\p{L} ]{0,30}:/u;

/** A line in capitals that no field label or paragraph number opens: "LEVONARKH CLASH; MFA INSISTS …" under a subject in capitals. */
const CAPITALS_RUN_ON = /^(?![A-Z][A-Z .]{0,30}:|\d{1,2}\.\s)[\p{Lu}\p{N}"“'(][\p{Lu}\p{N}\s"“”'’(),;:./&-]{2,200}$/u;

/**
 * "SUBJECT: AZERBAIJAN: BAKU AND YEREVAN TRADE BLAME OVER MARCH 4" / "BORDER CLASH; MFA …": a
 * cable's subject in capitals wrapped onto the next line is one subject; that line joins it and goes.
 */
function withWrappedSubject(subject: string, next: MarkdownLine | undefined): string {
  const more = foldWhitespace(next?.text ?? "");
  // ("Subject:  Border clashes and what they mean for" / "          Baku and Yerevan": a subject in small letters cut
  // at a joining word goes on in the next line, indented under the field's value.)
  if (next && SUBJECT_CUT.test(subject) && /^\s{2,}\S/.test(next.raw) && more.length <= MAX_SUBJECT_RUN_ON && !FIELD_LABEL.test(more)) {
    next.text = "";
    return `${subject} ${more}`;
  }
  if (!next || subject !== subject.toUpperCase() || !/\p{Lu}{3}/u.test(subject) || !CAPITALS_RUN_ON.test(more) || !/\p{Lu}{3}/u.test(more)) return subject;
  next.text = "";
  return `${subject} ${more}`;
}

/** How far down a meeting record's head its organ, session and meeting stand (non-empty lines). */
const MEETING_HEAD_LINES = 12;

/** The first line whose text, whitespace folded, the pattern matches. */
function lineMatching(lines: MarkdownLine[], re: RegExp): MarkdownLine | undefined {
  return lines.find((l) => re.test(foldWhitespace(l.text)));
}

/**
 * "United Nations  A/62/PV.86" / "General Assembly" / "Sixty-second session" / "86th plenary
 * meeting": a meeting record's title is its heading read whole, "General Assembly, sixty-second
 * session, 86th plenary meeting (A/62/PV.86)". It takes the organ's line as a heading; the session's
 * and the meeting's lines go.
 */
function takeMeetingHeading(lines: MarkdownLine[]): string | null {
  const head = lines.filter((l) => l.text.trim() !== "").slice(0, MEETING_HEAD_LINES);
  const organ = lineMatching(head, PAGE_HEAD.meetingOrgan);
  const meeting = lineMatching(head, PAGE_HEAD.meetingNumber);
  if (!organ || !meeting) return null;
  const session = lineMatching(head, PAGE_HEAD.meetingSession);
  const symbol = head.map((l) => PAGE_HEAD.recordSymbol.exec(l.text)?.[0]).find((s) => s !== undefined);
  const parts = [titleCase(foldWhitespace(organ.text)), session ? lowerFirst(foldWhitespace(session.text)) : null, foldWhitespace(meeting.text)];
  const title = `${parts.filter((p) => p !== null).join(", ")}${symbol ? ` (${symbol})` : ""}`;
  for (const line of [session, meeting]) if (line) line.text = "";
  organ.text = title;
  organ.raw = title;
  organ.heading = true;
  return title;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Strips a leading " date YYYY-MM-DD " prefix from the first line; true when body text follows it. */
function takeDatePrefix(lines: MarkdownLine[], cues: Cues): boolean {
  const first = lines.find((l) => l.text.trim() !== "");
  const prefix = first ? readDatePrefix(first.text) : null;
  if (!first || !prefix) return false;
  cues.dates.push({ iso: prefix.published, rank: DATE_RANK.prefix, at: lines.indexOf(first) });
  first.text = prefix.rest;
  return prefix.rest.trim() !== "";
}

/** A run of consecutive text lines (to be joined into paragraphs), or a markdown heading. */
/** A block; `item` marks a lettered list's item, which no furniture rule takes for a copyright line. */
type Block = { kind: "block"; lines: string[]; at: number; item?: boolean };
type Segment = Block | { kind: "heading"; text: string; at: number };

/**
 * First pass over the lines: metadata and furniture lines are read for cues and dropped, markdown
 * headings stand alone, and the other lines are gathered into blocks.
 */
function segment(lines: readonly MarkdownLine[], cues: Cues): Segment[] {
  const segments: Segment[] = [];
  let block: Block | null = null;
  let inLinkList = false;
  // "**Related news**", a blank line, then the list: the list runs to the first blank line after its first link.
  let linksSeen = 0;
  // "▲ 12 ▼ 3" or "--" ends a forum post: the short line standing alone after it is a signature.
  let signatureNext = false;
  /** The letter of the last lettered item, "(b)" of "(b) Village fires. …", until a heading. */
  let lastLetter: string | null = null;
  lines.forEach((line, at) => {
    const text = foldWhitespace(line.text);
    if (line.heading && text !== "") markCitations(cues.citations, text, at);
    if (text !== "" && signatureNext) {
      signatureNext = false;
      if (!line.heading && isSignatureLine(text, foldWhitespace(lines[at + 1]?.text ?? "") === "")) {
        block = null;
        return;
      }
    }
    if (endsPost(text)) signatureNext = true;
    // A loose list ("- A", blank, "- B", as an HTML page’s items come out) goes on past the blank between its items.
    if (text === "" && linksSeen > 0 && !(LIST_ITEM.test(lines[at - 1]?.raw.trimStart() ?? "") && LIST_ITEM.test(lines[at + 1]?.raw.trimStart() ?? "")))
      inLinkList = false;
    if (inLinkList && text !== "") linksSeen++;
    if (isLinkListHeader(text)) {
      inLinkList = true;
      linksSeen = 0;
    }
    if (cues.proseAt === undefined && !line.heading && isProseLine(text)) cues.proseAt = at;
    if (isCreditLine(text)) dropCaption(segments, block, at);
    // "(c) Village fires. Smaller hotspots …" after "(b) …": the third item of a lettered list, never a copyright line.
    const lettered = LETTERED_ITEM.exec(text)?.[1];
    const listItem = lettered === "c" && lastLetter === "b";
    if (text !== "") lastLetter = lettered ?? (line.heading ? null : lastLetter);
    if (text === "" || inLinkList || (!listItem && isDropLine(text, line.raw, at, cues))) {
      block = null;
    } else if (line.heading) {
      block = null;
      segments.push({ kind: "heading", text, at });
    } else if (block && !LIST_ITEM.test(line.raw.trimStart())) {
      block.lines.push(text);
    } else {
      block = { kind: "block", lines: [text], at, ...(listItem ? { item: true } : {}) };
      segments.push(block);
      // "Excerpts: Security Council, 3259th meeting" right above the first speaker: the record's heading stands alone.
      if (segments.length === 1 && isRecordHeading(text)) block = null;
    }
  });
  return segments;
}

/**
 * A photo credit on its own line ("Photo: Reuters") follows its caption: when the line just above
 * it stands alone (a one-line block), that line is the caption and is dropped too. The article's
 * first block is its headline and is never taken for a caption; a longer block is body text.
 */
function dropCaption(segments: Segment[], block: { lines: string[]; at: number } | null, at: number): void {
  const last = segments[segments.length - 1];
  if (!block || last !== block || segments.length < 2) return;
  if (block.lines.length === 1 && block.at === at - 1 && (block.lines[0] ?? "").length <= 250) segments.pop();
}

/** Second pass: blocks become paragraphs, judged against the layout of the whole article. */
function readDrafts(lines: readonly MarkdownLine[], cues: Cues): Draft[] {
  const segments = segment(lines, cues);
  const profile = wrapProfile(segments.flatMap((s) => (s.kind === "block" ? [s.lines] : [])));
  const drafts: Draft[] = [];
  for (const seg of segments) {
    if (seg.kind === "heading") {
      drafts.push({ text: seg.text, heading: true, markdownHeading: true, singleLine: true, body: false, at: seg.at });
      continue;
    }
    let at = seg.at;
    for (const paragraph of joinWrappedBlock(seg.lines, profile)) {
      const draft = readParagraph(paragraph.text, at, cues, seg.item === true);
      if (draft) drafts.push({ ...draft, singleLine: paragraph.lines === 1, at, bullet: BULLET.test((lines[at]?.raw ?? "").trim()) });
      at += paragraph.lines;
    }
  }
  return drafts;
}

/** A heading closes the list of cited works above it, and a "References" heading opens one. */
function markCitations(citations: { from: number; to: number }[], heading: string, at: number): void {
  const open = citations.at(-1);
  if (open && open.to === Number.POSITIVE_INFINITY) open.to = at;
  if (PAGE_HEAD.citationsHeading.test(heading)) citations.push({ from: at, to: Number.POSITIVE_INFINITY });
}

/** True for a line that never becomes a passage: metadata (read into the cues) or site furniture. */
function isDropLine(text: string, raw: string, at: number, cues: Cues): boolean {
  const metadata = cues.judge.readMetadataLine(text);
  // ("- Le Monde, 6 November 2020." under "References": a cited work's date and name are not the page's.)
  if (metadata && cues.citations.some((c) => at > c.from && at < c.to)) return true;
  if (metadata) {
    if (metadata.section) cues.labels.push(metadata.section);
    if (isTimestampLine(text)) {
      cues.stamps.push(at);
      cues.stampTexts.push(text);
    }
    if (isTimestampLine(text) && !metadata.date) cues.ambiguous.push({ text, at });
    if (metadata.date) cues.dates.push({ ...metadata.date, ...(isStoryDate(text, at, cues) ? { rank: DATE_RANK.label } : {}), at });
    // ("- Refugees -- Azerbaijan" in a catalogue's list of subjects: a heading and its place, no outlet and its section.)
    const listedSubject = metadata.section !== undefined && BULLET.test(raw.trim());
    if (metadata.outlet && !listedSubject) cues.outlets.push({ name: metadata.outlet, footer: metadata.outletIsFallback === true, at });
    if (metadata.url) cues.urls.push(metadata.url.replace(/^<|>$/g, ""));
    if (metadata.broadcast) cues.broadcasts.push(metadata.broadcast);
    return true;
  }
  // The raw line folds to the text itself unless markdown was stripped from it: judged once then.
  const folded = foldWhitespace(raw);
  if (cues.judge.isBoilerplate(text) || (folded !== text && cues.judge.isBoilerplate(folded))) {
    // "Official website of the Ministry of …", "From Kura Wiki, the free encyclopedia": the page's banner names its site.
    const banner = siteNamedByBanner(text);
    if (banner) {
      cues.outlets.push({ name: banner, footer: false, at });
      return true;
    }
    const owner = copyrightOutlet(text) ?? selfDescribedOutlet(text) ?? stripOrganisation(raw);
    if (owner) cues.outlets.push({ name: owner, footer: true, at });
    // The site's own name on its home link heads the page: a masthead, not a footer's credit.
    const site = owner ? null : homeLinkSite(raw);
    if (site) cues.outlets.push({ name: site, footer: false, at });
    return true;
  }
  return false;
}

/** "5. EARLIER REPORTS, EARLIER MAPS", "3.2 Findings": a section's number, then its heading (a few words, no stop). */
function isNumberedHeading(text: string): boolean {
  return /^\d{1,2}(?:\.\d{1,2})*\.?\s+[\p{Lu}\p{N}]/u.test(text) && isCrossHeading(text);
}

/** An item of a lettered list: "(a) Forest burn scars. …", its letter. */
const LETTERED_ITEM = /^\(([a-h])\)\s+\S/;

/** A line of the story's prose: a long sentence, ended. */
function isProseLine(text: string): boolean {
  return text.length >= PROSE_LINE && /[.!?]["”’)]?$/.test(text);
}
const PROSE_LINE = 120;

/** A date line's label: what makes it the page's stamp, wherever it stands. */
const STAMP_WORD = /\b(?:published|updated|posted|revised|issued|filed|released|modified|dated?|written|sent|edition|issue)\b/i;

/**
 * "20 February 1988" on its own under a revision sheet's "Key dates", below the story's first paragraph, on a
 * page whose head has its own date line ("Revised 2 June 2021"): the date of what the story tells, never the
 * page's. It ranks below every stamp of the page; a page with no date line of its own is dated by it as before.
 */
function isStoryDate(text: string, at: number, cues: Cues): boolean {
  const proseAt = cues.proseAt;
  if (proseAt === undefined || at <= proseAt || STAMP_WORD.test(text)) return false;
  return cues.dates.some((d) => d.at >= 0 && d.at < proseAt);
}

/** One joined paragraph: its dateline cut and read, then dropped if what is left is furniture. */
function readParagraph(paragraph: string, at: number, cues: Cues, item = false): Omit<Draft, "singleLine" | "at"> | null {
  let text = withoutLeadingEditorsNote(foldWhitespace(paragraph));
  let noteCut = false;
  const dateline = readDateline(text);
  let filedAt: string | null = null;
  if (dateline) {
    cues.dateline = true;
    // "YEREVAN, NOVEMBER 17.": where a story with no agency credited was filed.
    filedAt = !dateline.outlet || dateline.localCredit ? (dateline.place ?? CAPS_PLACE_OPENING.exec(text)?.[1] ?? null) : null;
    cues.filedFrom.push(filedAt);
    if (dateline.outlet) cues.outlets.push({ name: dateline.outlet, footer: false, dateline: true, at });
    if (dateline.published) cues.dates.push({ iso: dateline.published, rank: DATE_RANK.published, at });
    if (dateline.monthDay && !cues.undated)
      cues.undated = { monthDay: dateline.monthDay, firstSentence: splitSentences(dateline.rest)[0] ?? "", at, credit: dateline.outlet ?? null };
    text = dateline.rest;
  }
  // Lines joined from a hard-wrapped block are checked again as a whole (a paragraph of one line
  // unchanged is already judged: cues.judge remembers), then sentence by sentence.
  if (text === "" || (!item && isDropLine(text, text, at, cues))) return null;
  const sentences = splitSentences(text);
  const split = { text, sentences };
  // "… Text adopted by the Assembly on 27 September 2021 (24th sitting).": a resolution's procedural note dates it, behind any stamp of the page.
  const adopted = sentences.length <= MAX_NOTE_SENTENCES ? sentences.map(adoptionDate).find((d) => d !== null) : undefined;
  if (adopted) cues.dates.push({ iso: adopted, rank: DATE_RANK.label, at });
  // "Entries kept by our volunteer, April–September 1993. Published 1 October 1993.": a note's own publication stamp.
  const stamped = sentences.length > 1 && sentences.length <= MAX_NOTE_SENTENCES ? publishedSentenceDate(sentences.at(-1) ?? "") : null;
  if (stamped) cues.dates.push({ iso: stamped, rank: DATE_RANK.published, at });
  // ("5. EARLIER REPORTS, EARLIER MAPS": a numbered section's heading is one line, not its number and a sentence.)
  if (sentences.length > 1 && !isNumberedHeading(text)) {
    const kept = withoutFurnitureSentences(sentences);
    // "Border Room is a volunteer-run monitoring channel. Translations are our own.": a footer's
    // self-description, cut from its paragraph as furniture, still names the outlet. ("Programme
    // transcript. Produced by the Kura 7 transcription service.": so does a later credit cut with it.)
    const cutFirst = kept.length === 0 ? sentences : sentences.slice(0, sentences.indexOf(kept[0] ?? ""));
    const described = cutFirst.map(selfDescribedOutlet).find((name) => name !== null) ?? null;
    if (described) cues.outlets.push({ name: described, footer: true, at });
    if (kept.length === 0) return null;
    if (kept.length < sentences.length) text = kept.join(" ");
    // ("ARCHIVE NOTE: This copy is reproduced by the archive … Later editions: …": the note is the archive's, and so is
    // what follows it; the document it reproduces ended above.)
    if (kept[0] !== sentences[0] && FURNITURE.copyNote.test(sentences[0] ?? "")) noteCut = true;
  }
  // "Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 2 Mar 92": a monitored item's source line is body text.
  const broadcast = monitoredBroadcast(text);
  if (broadcast) cues.broadcasts.push(broadcast);
  return {
    text,
    heading: false,
    markdownHeading: false,
    body: dateline !== null || broadcast !== null,
    split,
    ...(dateline ? { filedFrom: filedAt } : {}),
    ...(noteCut ? { afterCopyNote: true } : {}),
  };
}

/** A procedural note is a few sentences: a longer paragraph is the text itself. */
const MAX_NOTE_SENTENCES = 4;

/** How far down an official document's head its title may stand (paragraphs). */
const DOCUMENT_TITLE_REACH = 8;

/**
 * "Letter dated 2 May 2016 from the Permanent Representative of … addressed to the Secretary-General":
 * an official document's title stands below its symbols, session and agenda item, which are not
 * titles. The headings are still marked as usual; only the title is this paragraph. A cheap test
 * of the first letters spares every other article the pattern.
 */
function documentTitle(drafts: Draft[]): string | null {
  for (const draft of drafts.slice(0, DOCUMENT_TITLE_REACH)) {
    const first = draft.text.charCodeAt(0);
    if ((first === 76 || first === 73 || first === 78) && PAGE_HEAD.documentTitle.test(draft.text)) return draft.text;
    if ((first === 83 || first === 74) && PAGE_HEAD.statementTitle.test(draft.text)) return draft.text;
  }
  return null;
}

/**
 * Marks the headline (the first paragraph, when it reads like one) and the cross-headings between
 * body paragraphs. Returns the headline's text, the inferred title.
 */
function markHeadings(drafts: Draft[], cues: Cues, blank: ReadonlySet<number>): string | null {
  let title: string | null = null;
  // ("NASSAU OVERSEAS WIRE -- FOREIGN DESK" / "Eurasia circuit / relayed agency copy" / … then, on its own,
  // the headline over the lead: the lines left of the masthead's block are the wire's furniture.)
  const belowMast = headlineBelowMastheadBlock(drafts, cues, blank);
  if (belowMast !== null) {
    for (const d of drafts.slice(0, belowMast + 1)) d.heading = true;
    const headline = drafts[belowMast];
    if (headline) headline.text = withoutTitlePrefix(headline.text);
  }
  // ("# GridLine Caucasus — Gas & Power Weekly" over "## Karabakh gas line: a chronology": the first heading
  // is the publication's masthead, the next heading the piece's headline.)
  let mastheadFirst = false;
  let sectionFirst = false;
  drafts.forEach((draft, i) => {
    if (belowMast !== null) {
      if (i === belowMast) title = draft.text;
      if (i <= belowMast) return;
    }
    if (i === 0) {
      draft.heading =
        draft.markdownHeading ||
        (!draft.body && draft.singleLine && (isHeadline(draft.text) || isRecordHeading(draft.text) || isSentencePairHeadline(draft.text, drafts[1])));
      if (!draft.heading) return;
      // ("2. SOUTH CAUCASUS" over "Thousands flee fighting in Fizuli district": a bulletin's numbered section, its item's headline below.)
      const next = drafts[1];
      if (PAGE_HEAD.numberedSectionLabel.test(draft.text) && next?.singleLine && !next.body && !next.markdownHeading && isHeadline(next.text)) {
        sectionFirst = true;
        return;
      }
      const masthead =
        draft.markdownHeading && drafts.slice(1, MASTHEAD_HEADLINE_REACH).some((d) => d.markdownHeading) ? PAGE_HEAD.mastheadHeading.exec(draft.text) : null;
      if (masthead?.groups?.name) {
        cues.outlets.push({ name: masthead.groups.name.trim(), footer: false, at: draft.at });
        mastheadFirst = true;
        return;
      }
      // ("## This week" first under a masthead read from the head: the contents' heading, the first story's below.)
      if (draft.markdownHeading && PAGE_HEAD.contentsHeading.test(draft.text) && drafts.slice(1, MASTHEAD_HEADLINE_REACH).some((d) => d.markdownHeading)) {
        mastheadFirst = true;
        return;
      }
      // 'Frontier Hours — Episode 12: "The prisoners of Lachin"': the show is the outlet, the episode the title.
      const episode = PAGE_HEAD.showEpisode.exec(draft.text)?.groups;
      if (episode?.show && episode.episode) {
        cues.outlets.push({ name: episode.show.trim(), footer: false, at: draft.at });
        draft.text = unquotedEpisode(episode.episode);
      }
      // "ANALYSIS | …": the kicker goes, but what kind of piece it says stays a label (a genre cue).
      const kicker = PAGE_HEAD.kickerPrefix.exec(draft.text)?.[0];
      if (kicker) cues.labels.push(kicker.replace(/[|:]\s*$/, "").trim());
      draft.text = withoutTitlePrefix(draft.text).replace(READ_COUNTER, "");
      // '"Statements without a mechanism: the Minsk Group, 2016-2020"': a paper's title and subtitle printed
      // in quotes are the title without them; someone's quoted words ('"We will not give up an inch"',
      // '"They came at night. We ran"') keep theirs.
      const inner = unquoted(draft.text);
      if (inner && /\p{L}: \p{L}/u.test(inner) && !/[.!?]\s/.test(inner)) draft.text = inner;
      const split = splitSiteSuffix(draft.text);
      if (split) {
        draft.text = split.headline;
        cues.outlets.push({ name: split.site, footer: true, at: draft.at });
      }
      title = draft.text;
      return;
    }
    if (sectionFirst && i === 1) {
      draft.heading = true;
      title = withoutTitlePrefix(draft.text);
      return;
    }
    if (mastheadFirst && title === null && draft.markdownHeading && i < MASTHEAD_HEADLINE_REACH) {
      draft.heading = true;
      // ("## This week" over the issue's list of contents: the first story's own heading comes below the list.)
      if (PAGE_HEAD.contentsHeading.test(draft.text)) return;
      title = withoutTitlePrefix(draft.text);
      return;
    }
    const between = i < drafts.length - 1;
    // ("C O N F I D E N T I A L SECTION 01 OF 02 …": a cable's routing line heads the record; no one says it.)
    const routing = draft.singleLine && PAGE_HEAD.cableSlug.test(draft.text);
    draft.heading = draft.markdownHeading || routing || (between && !draft.body && !draft.bullet && draft.singleLine && isCrossHeading(draft.text));
  });
  return title;
}

/** The lines of the body that are blank, which part a page's blocks. */
function blankLinesOf(lines: readonly MarkdownLine[]): Set<number> {
  const blank = new Set<number>();
  lines.forEach((line, i) => {
    if (line.raw.trim() === "") blank.add(i);
  });
  return blank;
}

/** How many lines under a masthead its block may run: a service line, a place, a stamp, an update note. */
const MASTHEAD_BLOCK_LINES = 4;

/**
 * The index of the headline that stands on its own under a masthead's block of one-line furniture,
 * over a lead paragraph: null where the first paragraph is no such furniture (see markHeadings).
 */
function headlineBelowMastheadBlock(drafts: readonly Draft[], cues: Cues, blank: ReadonlySet<number>): number | null {
  const first = drafts[0];
  if (!first || first.markdownHeading || !first.singleLine || first.body) return null;
  // The masthead stood in the first paragraph's own block, a few lines above it with no blank line between.
  const mast = cues.outlets.find((o) => !o.footer && o.at >= 0 && o.at < first.at && first.at - o.at <= MASTHEAD_BLOCK_LINES);
  if (!mast || rangeHasBlank(blank, mast.at, first.at)) return null;
  for (let j = 1; j < Math.min(drafts.length - 1, MASTHEAD_BLOCK_LINES); j++) {
    const [before, candidate, lead] = [drafts[j - 1], drafts[j], drafts[j + 1]];
    if (!before || !candidate || !lead) return null;
    // Every line before it is in the masthead's block; it stands apart, a blank line above and below it.
    if (!rangeHasBlank(blank, before.at, candidate.at)) continue;
    // (A line left of a block whose other lines were taken, "Published: …" over "Reporter: …", is no headline alone.)
    const alone =
      candidate.singleLine &&
      !candidate.body &&
      !candidate.markdownHeading &&
      blank.has(candidate.at - 1) &&
      blank.has(candidate.at + 1) &&
      isHeadline(candidate.text);
    const ledBy = lead.body || !lead.singleLine || lead.text.length > MIN_LEAD_LENGTH;
    return alone && ledBy && drafts.slice(1, j).every((d) => d.singleLine) ? j : null;
  }
  return null;
}

/**
 * "Shusha has fallen. Outrage is not a policy.": an editorial's headline of two short sentences, over a
 * standing line of its own ("The Herald's view"); no one is reported in it. A first paragraph of prose runs
 * longer, or goes straight on with more prose.
 */
function isSentencePairHeadline(text: string, next: Draft | undefined): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/);
  if (sentences.length !== 2 || !sentences.every((s) => /^\p{Lu}/u.test(s) && /[.!?]$/.test(s) && s.split(/\s+/).length <= MAX_PAIR_WORDS)) return false;
  if (REPORTED.test(text)) return false;
  return next?.singleLine === true && !next.body && isHeadline(next.text) && next.text.split(/\s+/).length <= MAX_PAIR_WORDS;
}

/** How many words each sentence of a two-sentence headline, and the standing line under it, may have. */
const MAX_PAIR_WORDS = 6;
/** A reporting verb: the line says what someone said, which a headline of this kind never does. */
const REPORTED = /\b(?:said|says|told|tells|claimed|claims|denied|denies|reported|reports|announced|confirmed|according)\b/i;

/** A lead paragraph is longer than any headline. */
const MIN_LEAD_LENGTH = 160;

/** Whether a blank line stands strictly between two lines. */
function rangeHasBlank(blank: ReadonlySet<number>, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (blank.has(i)) return true;
  return false;
}

/** How many paragraphs below a masthead heading the piece's own headline may stand. */
const MASTHEAD_HEADLINE_REACH = 6;

/** "Shelling near Tovuz (Read 4,102 times)": a forum topic's read counter after its title. */
const READ_COUNTER = /\s*\((?:read|viewed) [\d,.]+ times\)$/i;

/**
 * "THIS WEEK: Prisoners freed in border swap": a newsletter's prefix is no part of the headline;
 * 'Episode 112: "Signed at midnight"': an episode's quoted title is the headline, without its number
 * and the quotes it stands in. Quotes inside the title stay as printed.
 */
function withoutTitlePrefix(text: string): string {
  const transcribed = text.replace(PAGE_HEAD.transcriptOfPrefix, "");
  // 'Transcript of video: "Shelling resumes"': the quoted title of what is transcribed, without its quotes.
  if (transcribed !== text) return unquoted(transcribed) ?? transcribed;
  const unprefixed = text
    .replace(PAGE_HEAD.newsletterPrefix, "")
    .replace(PAGE_HEAD.itemNumberPrefix, "")
    .replace(PAGE_HEAD.scriptPrefix, "")
    .replace(PAGE_HEAD.wireVersionPrefix, "")
    .replace(PAGE_HEAD.kickerPrefix, "")
    .replace(PAGE_HEAD.exhibitionPrefix, "");
  // "Episode 4: The road through Lachin" is the episode's headline as printed; only a quoted title is taken out.
  return quotedEpisodeTitle(unprefixed) ?? unprefixed;
}

/**
 * 'Episode 12: "The prisoners of Lachin"' after the show's name: the episode as the show lists it,
 * its number kept and its title's quotes taken off.
 */
function unquotedEpisode(episode: string): string {
  const number = PAGE_HEAD.episodePrefix.exec(episode)?.[0] ?? "";
  const title = unquoted(episode.slice(number.length));
  return title ? `${number.trim()} ${title}` : episode;
}

/**
 * "Excerpts: press conference of the Foreign Minister.", "Transcript of the briefing on Lachin":
 * a verbatim record's heading names the record even when it ends like a sentence or runs long.
 */
const RECORD_HEADING = /^(?:excerpts?|extracts?|verbatim (?:record|transcript)|transcript|summary record|full text)(?:\s*:\s*|\s+(?:from|of)\s+)\S.{3,250}$/i;

function isRecordHeading(text: string): boolean {
  return RECORD_HEADING.test(text) && /^\p{Lu}/u.test(text);
}

/**
 * A digest of several items, each with its own headline, has no title of its own, unless its first
 * heading names the edition ("What the papers say: Monday, 4 April 2016", "Morning round-up").
 */
function digestTitle(title: string | null, drafts: readonly Draft[], body: string, feed: boolean): string | null {
  const exported = feed && isFeedExport(body);
  if (title === null || !(exported || isDigestPage(body)) || EDITION_HEADING.test(title)) return title;
  if (exported) return null;
  return drafts.filter((d) => d.heading).length >= DIGEST_MIN_ITEMS ? null : title;
}

/**
 * A feed or print view of several agency items, each opening with its own dateline ("BAKU, June 28
 * /CWS/ --"): like a digest, it has no headline of its own, and it is as recent as its latest item.
 */
function isFeed(cues: Cues): boolean {
  return cues.filedFrom.length >= FEED_MIN_ITEMS;
}
const FEED_MIN_ITEMS = 2;

/**
 * The passages that open a feed's items, where each item was filed from, and its date: its
 * dateline's own, else the latest date line printed since the item before ("DATE: 28 June 2004").
 */
function feedItems(passages: readonly Passage[], drafts: readonly Draft[], dates: readonly Placed<DateCue>[]): Record<string, FeedItem> {
  const items: Record<string, FeedItem> = {};
  let since = -1;
  for (const [i, draft] of drafts.entries()) {
    if (draft.filedFrom === undefined) continue;
    // The item's headline, right above its dateline, opens it.
    const above = drafts[i - 1];
    const headline = above !== undefined && above.filedFrom === undefined && (above.heading || (above.singleLine && !/[.!?"”]$/.test(above.text)));
    const opens = headline ? i - 1 : i;
    const id = passages[opens]?.id;
    if (!id) continue;
    const printed = dates.filter((d) => d.at > since && d.at <= draft.at).sort((a, b) => a.at - b.at);
    items[id] = { filedFrom: draft.filedFrom, date: printed.at(-1)?.iso ?? null };
    since = draft.at;
  }
  return items;
}

/** A feed's date: its latest item's, among the dates its items printed. */
function latestItemDate(cues: Cues): string | null {
  const printed = cues.dates.filter((d) => d.rank === DATE_RANK.published).map((d) => d.iso);
  return printed.length >= FEED_MIN_ITEMS ? ([...printed].sort().at(-1) ?? null) : null;
}

/** A digest's own heading: it names the edition (a full date) or the kind of digest, not an item. */
const EDITION_HEADING =
  /\b(?:papers?\s+say|press\s+review|digest|round-?up|briefing|newsletter|bulletin|in\s+brief)\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\b/i;

/** "Headline | Karabakh Press Archive 1993" in the front matter: the headline is the title, the site a fallback outlet. */
function withoutSiteSuffix(given: FrontMatter | null, cues: Cues): FrontMatter | null {
  // "UPDATE 2-Vance wraps up trip" in a page's title: the wire's version tag goes here too.
  const front = given?.title ? { ...given, title: given.title.replace(PAGE_HEAD.wireVersionPrefix, "") } : given;
  // "Harbour Weekly e-Bulletin #12 — Storm floods the port": the newsletter's name and issue lead its headline.
  const issue = front?.title ? PAGE_HEAD.issuePrefixTitle.exec(foldWhitespace(front.title))?.groups : undefined;
  if (front && issue?.name && issue.headline) {
    cues.outlets.push({ name: issue.name, footer: true, at: -1 });
    return { ...front, title: issue.headline };
  }
  const split = front?.title ? splitSiteSuffix(front.title) : null;
  if (!front || !split) return front;
  cues.outlets.push({ name: split.site, footer: true, at: -1 });
  return { ...front, title: split.headline };
}

/** The longest a headline line may run. */
const MAX_HEADLINE_LENGTH = 160;

/**
 * "Heavy rain floods the port" in the page's title over "Heavy rain floods the port, two dead" in its
 * body: a page title cut short of the headline printed in full; the full line is the title. (Only a
 * line of its own that goes on after a comma, a colon or a dash, and ends as no sentence does.)
 */
function withFullerTitle(front: FrontMatter | null, drafts: readonly Draft[]): FrontMatter | null {
  const title = front?.title;
  if (!front || !title) return front;
  const key = comparable(title);
  if (key.length < 12) return front;
  const fuller = drafts.find(
    (d) =>
      d.singleLine &&
      !d.body &&
      d.text.length <= MAX_HEADLINE_LENGTH &&
      !/[.!?]["”]?$/.test(d.text) &&
      comparable(d.text).startsWith(key) &&
      /^\s*(?:,|:|\s[–—-])\s/.test(d.text.slice(foldWhitespace(title).length)),
  );
  return fuller ? { ...front, title: fuller.text } : front;
}

/** A front-matter title the body does not repeat is still the headline: it goes first. */
function addFrontMatterTitle(drafts: Draft[], front: FrontMatter | null): Draft[] {
  if (!front?.title) return drafts;
  const key = comparable(front.title);
  if (drafts.some((d) => d.heading && comparable(d.text) === key)) return drafts;
  const headline: Draft = { text: front.title, heading: true, markdownHeading: false, singleLine: true, body: false, at: -1 };
  return [headline, ...drafts];
}

function toPassages(file: string, drafts: readonly Draft[]): Passage[] {
  return drafts.map((draft, index) => {
    const id = `${file}#p${index}`;
    const split = draft.split?.text === draft.text ? draft.split.sentences : splitSentences(draft.text);
    const sentences = split.map((text, k) => ({ id: `${id}.s${k}`, passageId: id, text }));
    return { id, file, text: draft.text, heading: draft.heading, sentences };
  });
}

/** "Border Monitor Weekly — No. 31": a newsletter's issue titled by its own name and number. */
function issueTitleOutlet(title: string | null): string | null {
  const name = title ? /^(.{3,40}?)\s+[—–-]{1,2}\s+(?:No\.?|Issue|Vol\.?|Edition|#)\s*\d+$/i.exec(title)?.[1] : undefined;
  return name ? mastheadOutlet(name) : null;
}

/** The passages a mark stands right above, blank lines apart: a thematic break ("---", "* * *") or a release's end ("###"). */
function passagesBelowMark(passages: readonly Passage[], drafts: readonly Draft[], lines: readonly MarkdownLine[], mark: RegExp): string[] {
  return passages.flatMap((p, i) => {
    let k = (drafts[i]?.at ?? 0) - 1;
    while (k >= 0 && (lines[k]?.raw ?? "").trim() === "") k--;
    return k >= 0 && mark.test(lines[k]?.raw ?? "") ? [p.id] : [];
  });
}

/**
 * The passages a record's break stands above, over blank lines: a rule, or a stage note closing the
 * exchange ("[The briefing continued on other topics.]", dropped from the text as furniture), or both.
 */
function passagesAfterBreak(passages: readonly Passage[], drafts: readonly Draft[], lines: readonly MarkdownLine[]): string[] {
  return passages.flatMap((p, i) => {
    let broken = false;
    for (let k = (drafts[i]?.at ?? 0) - 1; k >= 0; k--) {
      const raw = lines[k]?.raw ?? "";
      if (raw.trim() === "") continue;
      if (!RULE.test(raw) && !GENRE_CUES.exchangeEnds.test(raw.trim())) break;
      broken = true;
    }
    return broken ? [p.id] : [];
  });
}

/** The passages set as block quotations: their first line opens with "> ". */
function quotedPassages(passages: readonly Passage[], drafts: readonly Draft[], lines: readonly MarkdownLine[]): string[] {
  return passages.flatMap((p, i) => (BLOCK_QUOTE.test(lines[drafts[i]?.at ?? -1]?.raw ?? "") ? [p.id] : []));
}
const BLOCK_QUOTE = /^\s{0,3}>/;

/** A release's end mark ("###", "-30-", "- ends -"): below it stand the issuer's notes to editors and the page's own text. */
const RELEASE_END = /^\s*(?:#{3}|-\s*30\s*-|-\s*ends?\s*-)\s*$/i;

/**
 * "---", then "Soviet Affairs Weekly Report is circulated to subscribers only. …": in the short block
 * under a page's closing rule that holds furniture (a copyright, an address to write to, a
 * subscriber's notice), a line in which a name says what it is or does in the present is the outlet
 * speaking of itself ("Floor Watch is compiled from the Congressional Record"), not the story; the
 * story's own last lines there stay ("Later on Saturday, the two ministries said …").
 */
function withoutColophon<T extends { at: number; text: string; heading: boolean }>(drafts: T[], lines: readonly MarkdownLine[], judge: LineJudge): T[] {
  let rule = lines.length - 1;
  while (rule >= 0 && !CLOSING_RULE.test(lines[rule]?.raw ?? "")) rule--;
  if (rule < 0) return drafts;
  const after = lines
    .slice(rule + 1)
    .map((l) => l.text.trim())
    .filter((t) => t !== "");
  if (after.length === 0 || after.length > COLOPHON_LINES || after.some((t) => t.length > COLOPHON_CHARS)) return drafts;
  // (Only under a story: a rule near the top, under a strip of links, opens the page's text instead.)
  const storyAbove = drafts.filter((d) => d.at < rule && !d.heading).length;
  if (storyAbove === 0) return drafts;
  if (!after.some((t) => judge.isBoilerplate(t) || MAIL_ADDRESS.test(t) || splitSentences(t).some((x) => judge.isBoilerplate(x)))) return drafts;
  // (An address to write to there is furniture too: "To receive reports by email, write to …@…", and so
  // is a line that ends as no sentence does: a signature, "Press and Information Department".)
  const colophonLine = (text: string) => (SELF_DESCRIBING.test(text) && !REPORTING.test(text)) || MAIL_ADDRESS.test(text) || !SENTENCE_END.test(text.trim());
  // (Judged on the line as printed: furniture sentences already taken out of the paragraph may have held the address.)
  return drafts.filter((d) => d.at <= rule || !colophonLine(lines[d.at]?.text.trim() || d.text));
}
/** What an outlet says it is or does, in the present: "X is …", "X covers …", "X reports on …". */
const OUTLET_DOES = String.raw`is|are|covers|tracks|follows|publishes|monitors|reports\s+on|provides|offers|brings`;
/** A name saying what it is or does: "X is circulated to subscribers", "X covers …", "X publishes a report on …". */
const SELF_DESCRIBING = new RegExp(
  String.raw`^\W{0,3}(?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|at|on|for|and|&)){0,6}\s+(?:${OUTLET_DOES}|appears|goes|serves)\b`,
  "u",
);
/** How a sentence ends: a stop, or a closing quotation mark or bracket after one. */
const SENTENCE_END = /[.!?]["”’)]?$/;
/** What a story's line says that a colophon's does not: someone's words. */
const REPORTING = /\b(?:said|says|told|tells|according\s+to|announced|claimed|claims|denied|denies|accused|accuses)\b/i;
/**
 * "Faith & Heritage Monitor tracks threats to places of worship in conflict zones.": among a page's
 * last paragraphs, one that opens with the page's own outlet and a verb in the present says what the
 * outlet is or does, not what happened ("Caucasus Monitor reported on Monday" stays: a past report).
 */
function withoutSelfDescription<T extends { text: string; heading: boolean }>(drafts: T[], outlet: string | null): T[] {
  if (!outlet || outlet.length < 4) return drafts;
  const opening = new RegExp(String.raw`^\W{0,3}(?:the\s+)?${escapeRegExp(outlet)}\s+(?:${OUTLET_DOES}|welcomes|has\s+(?:covered|reported|been))\b`, "i");
  const tail = drafts.length - SELF_DESCRIPTION_REACH;
  return drafts.filter((d, i) => i < tail || d.heading || !opening.test(d.text));
}
/** How many of a page's last paragraphs may be its outlet describing itself. */
const SELF_DESCRIPTION_REACH = 3;

/** A rule that may close a page's story: Markdown's, or a lone "--" as plain-text pages and mail sign-offs write it. */
const CLOSING_RULE = new RegExp(`${RULE.source}|^\\s*--\\s*$`);
/** How many lines, and how long, a colophon may be: a block longer is the story's own last section. */
const COLOPHON_LINES = 5;
const COLOPHON_CHARS = 300;
const MAIL_ADDRESS = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;

/** The passages that are a bulleted list's items ("- 12 civilians killed in Ganja", "• 3 wounded in Tartar"). */
function listedPassages(passages: readonly Passage[], drafts: readonly Draft[]): string[] {
  return passages.flatMap((p, i) => (!p.heading && drafts[i]?.bullet ? [p.id] : []));
}
/** A bullet before any item, figures too ("- 12 killed"): only a line ending in a colon makes the items anyone's. */
const BULLET = /^(?:[*•▪◦+]|[-–—])\s+[\p{L}\p{N}"“(]/u;

/** "**How close are you?**": a one-line paragraph set wholly in bold or italics, as interviews print their questions. */
const WHOLLY_EMPHASISED = /^\s*(\*\*|__|\*|_)(?=\S)(?:(?!\1).)+(?<=\S)\1\s*$/;

function emphasisedPassages(passages: readonly Passage[], drafts: readonly Draft[], lines: readonly MarkdownLine[]): string[] {
  return passages.flatMap((p, i) => {
    const draft = drafts[i];
    return draft?.singleLine && !p.heading && WHOLLY_EMPHASISED.test(lines[draft.at]?.raw ?? "") ? [p.id] : [];
  });
}

/**
 * The passages that come first after a stand-alone time stamp line: a live blog's entries.
 * The first draft after a later stamp is never before the first draft after an earlier one, so
 * one walk over the drafts serves every stamp in line order (a search per stamp was quadratic).
 */
function stampedPassages(passages: readonly Passage[], drafts: readonly Draft[], stamps: readonly number[]): string[] {
  const nextDraft = new Map<number, number>();
  let next = 0;
  for (const stamp of [...stamps].sort((a, b) => a - b)) {
    while (next < drafts.length && (drafts[next]?.at ?? 0) <= stamp) next++;
    nextDraft.set(stamp, next);
  }
  const ids = new Set<string>();
  for (const stamp of stamps) {
    const id = passages[nextDraft.get(stamp) ?? drafts.length]?.id;
    if (id) ids.add(id);
  }
  return [...ids];
}

/** "MOSCOW, August 4. /TASS/. Russia said on Thursday …": the year, when the text settles it (see inferDatelineYear). */
function inferUndatedYear(drafts: readonly Draft[], cues: Cues, body: string): void {
  if (!cues.undated) return;
  const { monthDay, firstSentence, at, credit } = cues.undated;
  // ("BAKU, Oct. 12 (Agency)" on a line of its own: the story's first sentence is the next paragraph's.)
  const opening = firstSentence || (splitSentences(drafts.find((d) => d.at > at && !d.heading)?.text ?? "")[0] ?? "");
  // (The copyright line under the story is furniture, no draft: it is read in the body as written, and
  // only the wire's own, the one its dateline credits: a site's footer gives the site's year, not the story's.)
  const copyright = credit ? body.split("\n").filter((line) => /copyright|©|\(c\)/i.test(line) && namesCredit(line, credit)) : [];
  const iso = inferDatelineYear(monthDay, opening, [...drafts.map((d) => d.text), ...copyright].join("\n"));
  if (iso) cues.dates.push({ iso, rank: DATE_RANK.published, at });
}

/** Whether a line names the agency a dateline credits, by name or spelled out ("TWS": "Transcaucasus Wire Service"). */
function namesCredit(line: string, credit: string): boolean {
  if (line.includes(credit)) return true;
  const initials = (line.match(/\p{Lu}[\p{L}-]*/gu) ?? []).map((w) => w.charAt(0)).join("");
  return credit.length >= 2 && initials.includes(credit.toUpperCase());
}

/** "06/04/1993" is read in the order the page's other slashed dates show ("13/04/1993": day first), else not at all. */
function readAmbiguousStamps(body: string, cues: Cues): void {
  if (cues.ambiguous.length === 0) return;
  const order = numericOrderOf(body);
  if (!order) return;
  for (const { text, at } of cues.ambiguous) {
    const iso = ambiguousNumericDate(text, order);
    if (iso) cues.dates.push({ iso, rank: DATE_RANK.published, at });
  }
}

/** Front matter wins; otherwise what the article's own lines say; otherwise null, never a guess. */
function buildMeta(file: string, front: FrontMatter | null, title: string | null, cues: Cues, head: readonly string[]): Omit<ArticleMeta, "genre"> {
  const headline = front?.title ?? title;
  const broadcast = transcribedBroadcast(cues.broadcasts);
  return {
    file,
    title: headline,
    outlet:
      front?.outlet ??
      broadcast.station ??
      longForm(chooseOutlet(cues.outlets), cues.outlets, head) ??
      (headline ? issueName(headline) : null) ??
      // "Channel: Meridian 24" over a bulletin's transcript that credits no one else: the channel aired it.
      cues.broadcasts.find((b) => b.field && b.station)?.station ??
      null,
    // "Briefing by the spokeswoman, Moscow, January 12, 2024": a full date in the title, failing all else.
    published:
      front?.published ?? broadcast.date ?? (isFeed(cues) ? latestItemDate(cues) : null) ?? chooseDate(cues.dates) ?? (headline ? datedTitle(headline) : null),
    url: front?.url ?? cues.urls[0] ?? null,
  };
}

/**
 * A monitoring service's transcript of one programme (it has a "Programme:" field) is the
 * broadcaster's: the station its source line or "Channel:" field names is the outlet, and the day
 * of the broadcast the date. A digest of summarised items (BBC Summary of World Broadcasts, FBIS)
 * names no programme and stays the service's, dated by its issue.
 */
function transcribedBroadcast(broadcasts: readonly Broadcast[]): { station: string | null; date: string | null } {
  if (!broadcasts.some((b) => b.programme)) return { station: null, date: null };
  return { station: broadcasts.find((b) => b.station)?.station ?? null, date: broadcasts.find((b) => b.date)?.date ?? null };
}

/**
 * "CWS" credited in the dateline, "Caucasus Wire Service" on the masthead: the name in full. A
 * name line of the article's head ("TransWorld Press" under the byline) gives it too; "TWP" also
 * abbreviates a name whose word is written with two capitals ("TransWorld").
 */
function longForm(outlet: string | null, cues: readonly Placed<OutletCue>[], head: readonly string[]): string | null {
  if (!outlet || !/^[\p{Lu}]{2,5}$/u.test(outlet)) return outlet;
  const capitalised = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = (name: string) =>
    capitalised(name)
      .map((w) => w[0])
      .join("");
  const humps = (name: string) =>
    capitalised(name)
      .map((w) => w[0] + (w.slice(1).match(/(?<=\p{Ll})\p{Lu}/gu) ?? []).join(""))
      .join("");
  const abbreviates = (name: string) => name !== outlet && (initials(name) === outlet || humps(name) === outlet);
  const cued = cues.find((c) => c.name !== outlet && (c.short === outlet || abbreviates(c.name)))?.name;
  // "By the Associated Press" over "MOSCOW (AP) --": a byline naming the agency in full.
  const named = head.map((line) => line.replace(BY_THE, ""));
  return cued ?? named.find((line) => HEAD_NAME.test(line) && abbreviates(line)) ?? outlet;
}

/** "TransWorld Press", "Caucasus Wire Service": a line of two to six capitalised words (with small joining words), a name. */
const HEAD_NAME = /^(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|for|&)){1,5}$/u;
const BY_THE = /^by\s+(?:the\s+)?/i;
/** How many passages from the top a name line may stand (headline, byline, the name, a date). */
const HEAD_REACH = 6;

/** The texts of the article's first passages, where its head prints names. */
function headLines(drafts: readonly Draft[]): string[] {
  return drafts.slice(0, HEAD_REACH).map((d) => d.text);
}

/** "Tavush Note #41: Talks resume in Almaty": a newsletter's name before its issue number, failing all else. */
function issueName(title: string): string | null {
  return PAGE_HEAD.issuePrefix.exec(title)?.groups?.name ?? null;
}

/** A full date (with its year) in the title. */
function datedTitle(title: string): string | null {
  return /\b(?:1[89]|20)\d{2}\b/.test(title) ? metadataDate(title) : null;
}
