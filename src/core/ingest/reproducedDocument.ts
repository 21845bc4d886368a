// A page that prints another body's document inside its own text: "--- BEGIN BULLETIN ---" under the
// body's masthead, or a lead-in that announces it ("What follows is the notice issued by the State
// Border Service, in full"). Where the document starts and who issued it; its end is found by the
// reader of its voices (a "--- END BULLETIN ---" or "(END OF NOTICE)" line).
import type { Passage } from "../types.ts";
import { GENRE_CUES } from "./genreCues.ts";

export interface ReproducedDocument {
  /** The issuing body as the page names it. */
  issuer: string;
  /** The index of the document's first passage. */
  from: number;
}

/** How many passages above a begin mark may hold the masthead of the document it reproduces. */
const MARKED_HEAD_REACH = 6;
/** How far into a page an announcing lead-in may stand. */
const LEAD_IN_REACH = 6;
/** "NOTICE", "Text of the statement": a label over the document, not a word of it. */
const DOCUMENT_LABEL = /^(?:the\s+)?(?:full\s+)?(?:text|notice|statement|bulletin|(?:press\s+|news\s+)?release|communiqu[eé])(?:\s+of\s+[^.!?]{1,60})?:?$/i;

/** What the page's head says of a text it prints whole: its title, and the author its front matter names. */
export interface PrintedHead {
  title: string | null;
  author?: string | null;
  /** The page's first lines as printed, furniture and metadata lines included. */
  printedHead?: readonly string[];
}

export function reproducedDocument(passages: readonly Passage[], head: PrintedHead = { title: null }): ReproducedDocument | null {
  return (
    markedDocument(passages) ??
    announcedDocument(passages) ??
    printedReply(passages) ??
    companyAnnouncement(passages) ??
    deliveredText(passages, head) ??
    immediateRelease(passages, head.printedHead ?? [])
  );
}

/** How far into a page a company's announcement may start, under a regulatory news service's head. */
const ANNOUNCEMENT_REACH = 10;

/**
 * A listed company's announcement printed whole, as a regulatory news service carries it: its first
 * lines name the company and the name it goes by ('Caspian Copper plc ("Caspian Copper" or the
 * "Company")'). What the filing says, of governments and armies too, is the company's from there on;
 * its "END" and the service's "Editor's note" end it.
 */
function companyAnnouncement(passages: readonly Passage[]): ReproducedDocument | null {
  for (let i = 0; i < Math.min(passages.length - 1, ANNOUNCEMENT_REACH); i++) {
    const defined = GENRE_CUES.companyDefined.exec(passages[i]?.text.trim().replace(/\s+/g, " ") ?? "");
    if (!defined) continue;
    // (The name may stand on the line above, as the filing's head sets it.)
    const above = passages[i - 1]?.text.trim() ?? "";
    const named = defined[1]?.trim() ?? (above.length <= SIGNATURE_CHARS && !/[.!?]$/.test(above) ? above : "");
    if (named) return { issuer: named, from: defined[1] ? i : i - 1 };
  }
  return null;
}

/** How far into a page a paper's lead-in to a reply may stand, under its section line and the reply's title. */
const REPLY_LEAD_IN_REACH = 8;
/** A line that only rules the page ("---", "* * *"), or an editor's note: where a reply printed by a paper ends. */
const REPLY_ENDS = /^(?:[-–—_=*\s]{3,}$|editor['’]?s?\s+note\b|note\s+from\s+the\s+editor\b)/i;

/**
 * A reply a paper prints on request, a right of reply: "The Embassy of … has asked us to publish the
 * following response to our report …" over a letter in the first person ("Your correspondent's report
 * …"), signed at its end by a body ("Press and Information Office / Embassy of …"), and the paper's
 * "Editor's note" under it. The letter, with every voice it relays, is the body's from the lead-in on;
 * the body is whom the lead-in names, else the one that signed. A reply no body sent (a reader's)
 * makes no document speaker.
 */
function printedReply(passages: readonly Passage[]): ReproducedDocument | null {
  for (let i = 0; i < Math.min(passages.length - 1, REPLY_LEAD_IN_REACH); i++) {
    const m = GENRE_CUES.replyAnnounced.exec(passages[i]?.text.trim().replace(/\s+/g, " ") ?? "");
    if (!m) continue;
    const named = (m[1] ?? m[2])?.trim();
    if (named && GENRE_CUES.body.test(named)) return { issuer: named, from: i + 1 };
    const end = passages.findIndex((p, j) => j > i + 1 && REPLY_ENDS.test(p.text.trim()));
    const signed = signatureAbove(passages, end < 0 ? passages.length : end);
    return signed ? { issuer: signed, from: i + 1 } : null;
  }
  return null;
}

/** The body that signed a letter in the short lines right above where it ends, when a state body signed it. */
function signatureAbove(passages: readonly Passage[], end: number): string | null {
  const lines: string[] = [];
  for (let j = end - 1; j >= 0 && lines.length < SIGNATURE_LINES; j--) {
    const text = passages[j]?.text.trim() ?? "";
    if (text.length > SIGNATURE_CHARS || /[.!?]$/.test(text)) break;
    lines.unshift(...text.split(/\s*\n\s*/));
  }
  const signed = lines.join(", ");
  return lines.length > 0 && STATE_SIGNER.test(signed) ? signed : null;
}

/** How far into a page a release's "FOR IMMEDIATE RELEASE" slug may stand, under the reprinting page's head. */
const RELEASE_SLUG_REACH = 8;
/** How many paragraphs after the slug (its headline, its lead) may name the issuer. */
const RELEASE_LEAD_REACH = 3;

/**
 * A release reprinted under its own slug ("FOR IMMEDIATE RELEASE"), whose lead names the issuing
 * organisation as its first verb's subject: "WASHINGTON - Today, the Armenian Caucus Council
 * condemned …". The release is the organisation's from its slug on; its "###" ends it.
 */
function immediateRelease(passages: readonly Passage[], printedHead: readonly string[]): ReproducedDocument | null {
  // (The slug may have gone with the page's head, as a line no one says: the release then opens the text.)
  const inText = passages.slice(0, RELEASE_SLUG_REACH).findIndex((p) => GENRE_CUES.immediateRelease.test(p.text.trim()));
  const slug = inText >= 0 ? inText : printedHead.some((line) => GENRE_CUES.immediateRelease.test(line.replace(/[*_#]/g, "").trim())) ? -1 : null;
  if (slug === null) return null;
  for (const p of passages.slice(slug + 1, slug + 1 + RELEASE_LEAD_REACH)) {
    const issuer = GENRE_CUES.releaseLeadSubject.exec(p.text.trim())?.[1];
    if (issuer) return { issuer, from: slug + 1 };
  }
  return null;
}

/** How far into a page a speech's or a letter's salutation may stand, below the page's head and lead-in. */
const SALUTATION_REACH = 12;
/** Words that end a speaker's phrase in a title: "Armenia's foreign minister | at the Security Council". */
const TITLE_PHRASE_END =
  /\s+(?:at|on|to|before|in|for|during|after|about|over|addresses|addressed|briefs|briefed|tells|told|says|said|speaks|spoke|warns|warned|urges|urged|writes|wrote|replies|replied|calls|called)\b.*$|\s*[:,;(].*$/i;

/**
 * A speech or a letter printed whole under the page's lead-in: it opens with a salutation ("Mr.
 * President,", "Dear colleagues,", "Dear Mr. Petrosyan,") and is its speaker's from there on. The
 * speaker is whom the lead-in says delivered or sent it, else whom a "Full text:" title names (or the
 * front matter's author under such a title). A salutation with no one named (a reader's letter
 * under "Sir,") makes no document speaker: the page is read as usual.
 */
function deliveredText(passages: readonly Passage[], head: PrintedHead): ReproducedDocument | null {
  const open = passages.slice(0, SALUTATION_REACH).findIndex((p) => GENRE_CUES.salutation.test(p.text.trim()));
  if (open < 0) return null;
  const leadIn = passages
    .slice(0, open)
    .map((p) => GENRE_CUES.documentDeliveredBy.exec(p.text))
    .find((m) => m !== null);
  const delivered = (leadIn?.[1] ?? leadIn?.[2])?.replace(/^[\s,]+|[\s,]+$/g, "");
  if (delivered) return { issuer: delivered, from: open };
  // ("From the Press Office, Embassy of the Republic of Armenia" right above "Sir,": a letter's sender.)
  const sender = FROM_LINE.exec(passages[open - 1]?.text.trim() ?? "")?.[1];
  if (sender && GENRE_CUES.body.test(sender)) return { issuer: sender, from: open };
  const titled = head.title ? GENRE_CUES.fullTextTitle.exec(head.title.trim()) : null;
  const phrase = (titled?.[1] ?? titled?.[2])?.replace(TITLE_PHRASE_END, "").trim();
  const issuer = phrase && phrase.length >= 3 ? phrase : titled ? head.author : (signature(passages, open) ?? null);
  return issuer ? { issuer, from: open } : null;
}

/** "From the Press and Information Office, Embassy of …": a letter's sender on a line of its own. */
const FROM_LINE = /^from\s+(?:the\s+)?([^.!?]{4,140}?)\s*:?$/i;
/** How many lines under a letter's closing its signature may take (a name, an office, a body). */
const SIGNATURE_LINES = 3;

/**
 * The body that signed the letter under its closing ("Yours faithfully," over "Press and Information
 * Office" and "Embassy of the Republic of Armenia"), when a body signed it: a reader's name and town
 * ("John Smith, Leeds") name no one who speaks for a side.
 */
function signature(passages: readonly Passage[], open: number): string | null {
  const closing = passages.findIndex((p, i) => i > open && GENRE_CUES.letterClosing.test(p.text.trim()));
  if (closing < 0) return null;
  const lines = passages
    .slice(closing + 1, closing + 1 + SIGNATURE_LINES)
    .map((p) => p.text.trim())
    .filter((t) => t.length <= SIGNATURE_CHARS && !/[.!?]$/.test(t));
  const signed = lines.join(", ");
  return lines.length > 0 && STATE_SIGNER.test(signed) ? signed : null;
}

/**
 * A signer that speaks for a state: an embassy, a ministry, a mission. (A civil body's name may carry a
 * nation's adjective, "Armenian Youth Committee of Leeds", and speak for no state.)
 */
const STATE_SIGNER =
  /\b(?:embassy|ministry|mission|government|presidency|consulate|ambassador|permanent\s+representative|charg[ée]\s+d['’]affaires|press\s+service)\b/i;

/** A signature's line is short: a name, an office, a body. */
const SIGNATURE_CHARS = 100;

function markedDocument(passages: readonly Passage[]): ReproducedDocument | null {
  const begin = passages.findIndex((p) => GENRE_CUES.documentBegins.test(p.text.trim()));
  if (begin < 0) return null;
  const head = passages.slice(Math.max(0, begin - MARKED_HEAD_REACH), begin).map((p) => p.text.trim());
  const masthead = head.find((t) => GENRE_CUES.body.test(t) && t.length <= 120 && !/[.!?]$/.test(t) && !/\b(?:said|says|say)\b/i.test(t));
  const issuer = masthead?.split(",")[0]?.trim();
  return issuer ? { issuer, from: begin + 1 } : null;
}

function announcedDocument(passages: readonly Passage[]): ReproducedDocument | null {
  for (let i = 0; i < Math.min(passages.length - 1, LEAD_IN_REACH); i++) {
    const issuer = GENRE_CUES.documentAnnounced.exec(passages[i]?.text ?? "")?.[1]?.trim();
    // ("… issued by the ANCA on Friday": a body named by its acronym is a body too.)
    if (!issuer || !(GENRE_CUES.body.test(issuer) || /^\p{Lu}{2,6}$/u.test(issuer))) continue;
    // The page must mark where the document ends: otherwise its own reporting could not be told from it.
    // (Or where its own text resumes: "Background from the news desk: …".) A document under its own
    // label ("PRESS RELEASE") with no end mark runs to the end of the page, as an aggregator reprints it.
    const labelled = DOCUMENT_LABEL.test(passages[i + 1]?.text.trim() ?? "");
    const ends = passages.slice(i + 1).some((p) => GENRE_CUES.documentEnds.test(p.text.trim()) || GENRE_CUES.pageResumes.test(p.text.trim()));
    if (!ends && !labelled) return null;
    return { issuer, from: i + (labelled ? 2 : 1) };
  }
  return null;
}
