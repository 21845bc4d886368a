// The page head: the lines above an article's body, where a saved page keeps its masthead, its
// breadcrumb and section labels, date lines and the headline. The headline is the first line of
// the head that is not furniture; mastheads and breadcrumbs above it name the outlet, the section
// (a hint at the genre) and sometimes the date, and are dropped.
import type { MarkdownLine } from "./markdown.ts";
import { institutionName } from "./institutions.ts";
import { isoDate, MONTH_PATTERN, monthNumber } from "../dates/calendar.ts";
import { isEventSpanRow, metadataDate, mastheadOutlet, MONITORED_SOURCE, PRESS_OFFICE, stripOrganisation } from "./metadata.ts";
import { withoutFurnitureSentences } from "./boilerplate.ts";
import { type LineJudge, lineJudge } from "./lineJudge.ts";
import { splitSentences } from "./sentences.ts";
import { foldWhitespace, titleCase } from "./text.ts";
import { PAGE_HEAD } from "./pageHeadCues.ts";

export interface PageHead {
  outlets: { name: string; strong: boolean; at: number; short?: string }[];
  /** A series label's month ("Briefing Paper No. 4 · September 2025") is a fallback: `fallback` marks it. */
  dates: { iso: string; at: number; fallback?: boolean }[];
  labels: string[];
}

/** How far down the head may reach (non-empty lines). */
const MAX_HEAD_LINES = 14;
/** A line this long, or a sentence of this many words, is body text: the head ends above it. */
const BODY_LENGTH = 200;
const BODY_WORDS = 10;
const QUOTED_LINE = /^["“][^"“”]+["”]$/;

/** The separators of a path of pages ("Home › News"), unlike a strip of links split by bars. */
const PATH_SEPARATOR = /\s(?:>|›|»|&gt;)\s/;
const PAGED_MASTHEAD = /^(.*?)\s+(?:PAGE|Page)\s+\d{1,3}$/;

/**
 * Reads the head, blanking out (in place) the lines it takes as furniture. `judge` is the
 * article's, so that the body pass does not judge the head's lines again.
 */
/** A line between carets, as old wire copy sets its headline. */
const CARETED = /^\^([^^]{3,200})\^$/;

export function takePageHead(lines: MarkdownLine[], judge: LineJudge = lineJudge()): PageHead {
  const head: PageHead = { outlets: [], dates: [], labels: [] };
  const candidates: number[] = [];
  /** Whether the page's masthead says it reproduces others' texts ("RELIEFWIRE ARCHIVE :: Official bulletins, reproduced as issued"). */
  let reproducer = false;
  let seen = 0;
  let pageStart = -1;
  let noteAt = -1;
  /** Where a headline stands after its advisory's number ("ALERT 2022-117 | …"): in capitals, still no masthead. */
  let numberedAt = -1;
  /** Where a title given as a field ("TITLE: …") stands: the lines above it are the head's, never the headline. */
  let labelledAt = -1;
  for (let at = 0; at < lines.length && seen < MAX_HEAD_LINES; at++) {
    const line = lines[at] as MarkdownLine;
    // 'Episode 112: "Four dead at the border"' under a show's masthead: the quoted words are the headline.
    const episode = quotedEpisodeTitle(foldWhitespace(line.text));
    if (episode) line.text = episode;
    // "^Moscow's toll for Baku crackdown disputed^": an old wire's headline between carets (its slug
    // between carets is furniture, judged below).
    const careted = CARETED.exec(line.text.trim());
    if (careted?.[1] && !judge.isBoilerplate(line.text.trim())) line.text = careted[1];
    // "Title ....... Azerbaijan : seven years of conflict /": a catalogue record's title field is its title.
    const field = PAGE_HEAD.catalogueTitleField.exec(foldWhitespace(line.text))?.groups?.title;
    if (field) line.text = field;
    const text = foldWhitespace(line.text);
    if (text === "") continue;
    seen++;
    // "[Translator's summary: …]" above the text: the headline may still come under it.
    if (PAGE_HEAD.headNote.test(text)) {
      if (noteAt === -1) noteAt = at;
      continue;
    }
    if (text.length > BODY_LENGTH) break;
    // "DERWENT FM 96.3 | HOBART COMMUNITY RADIO", 'KURA FM 101.5 | "NIGHT LINE" LISTENER PHONE-IN': a station's
    // masthead, its name and frequency first, then what it is or the show's name. The station is the outlet; the
    // line is no headline (a script or a call-in's transcript may have none).
    // ("RADIO SEVAN 101.2 FM | SHELLING RESUMES IN TAVUSH": a headline after the station's name is the title.)
    const station = stationMasthead(text);
    if (station) {
      head.outlets.push({ name: station.name, strong: true, at });
      line.text = station.headline ?? "";
      if (station.headline) candidates.push(at);
      continue;
    }
    // "Radio Borealis — The Evening Report", "Radio Lakeside International - English Service - bulletin script": a
    // broadcaster's name with its show, its service or what the page is. The broadcaster is the outlet; no headline.
    const broadcaster = broadcasterWithShow(text);
    if (broadcaster) {
      head.outlets.push({ name: broadcaster, strong: true, at });
      line.text = "";
      continue;
    }
    // "The four-day war: what each side claimed | Valley Explains" over "Valley Explains": a video's title with its
    // channel after the bar, and the channel's name again under it. The channel is the outlet.
    const channel = channelTitle(lines, at, text);
    if (channel) {
      head.outlets.push({ name: channel.name, strong: true, at });
      line.text = channel.title;
      candidates.push(at);
      continue;
    }
    // "ALERT 2022-117 | ARMENIA / AZERBAIJAN BORDER FIGHTING": the label goes, the headline after it is a candidate.
    const numbered = PAGE_HEAD.numberedHeadline.exec(text)?.groups;
    if (numbered?.label && numbered.headline) {
      head.labels.push(numbered.label);
      line.text = numbered.headline;
      // (Its own heading: the issue and severity lines under it are read apart, not as its paragraph.)
      line.heading = true;
      candidates.push(at);
      if (numberedAt === -1) numberedAt = at;
      continue;
    }
    // "TITLE: Shepherds without pastures", 'Event: "Rivers across the line"': the title given as a field is the
    // headline, whatever candidates stand above it (a rapporteur's or a field team's line, a masthead).
    const titled = PAGE_HEAD.labelledTitle.exec(text)?.groups;
    if (titled && (titled.title ?? titled.quoted)) {
      line.text = (titled.title ?? titled.quoted ?? "").trim();
      line.heading = true;
      labelledAt = at;
      candidates.push(at);
      break;
    }
    // "Mine Action Agency of the Republic of Freedonia (MAAF)" / "Press service": the body whose office put the page out.
    if (PRESS_OFFICE.test(text) && takeBodyAbove(lines, candidates, at, head)) {
      line.text = "";
      continue;
    }
    // "CaucasusTalk Forums › Conflicts & Security › Armenia–Azerbaijan": a path of pages names the
    // site first; read it before it is dropped as furniture.
    if (!line.heading && PATH_SEPARATOR.test(text) && readBreadcrumb(text, at, head)) {
      line.text = "";
      continue;
    }
    // "MÚZEUM VOJNY · MUSEUM OF WAR": a masthead in two languages, read before its parts pass for a strip of headlines.
    const english = englishOfBilingualMasthead(text);
    if (english) {
      line.text = english;
      candidates.push(at);
      continue;
    }
    // "Unit 7: The End of the Soviet Union" over "7.3  THE FIRST KARABAKH WAR": the book's unit is a label;
    // the numbered section under it, without its number, is the page's headline.
    if (takeBookUnit(lines, at, text, head)) continue;
    // "ARTSAKH WEEKLY COURIER    PAGE 3": a printed masthead with its page number.
    const paged = PAGED_MASTHEAD.exec(text);
    if (paged?.[1] && isMastheadLike(paged[1])) {
      line.text = paged[1];
      candidates.push(at);
      continue;
    }
    // "Vol. 12, No. 3 (2019), pp. 201-224": a journal's issue line, under the journal's name.
    if (PAGE_HEAD.journalIssue.test(text)) {
      takeJournalName(lines, candidates, at, head);
      line.text = "";
      continue;
    }
    // "Briefing Paper No. 4 · September 2025": a series label, never the title; its date is a fallback.
    // ('Webinar series "Edges of the Map" | Session 9': a series of talks and its session's number, the same.)
    if (PAGE_HEAD.seriesNumber.test(text) || PAGE_HEAD.sessionOfSeries.test(text)) {
      head.labels.push(text);
      const dated = afterSeriesNumber(text);
      const iso = metadataDate(dated) ?? monthOfLabel(dated);
      if (iso) head.dates.push({ iso, at, fallback: true });
      line.text = "";
      continue;
    }
    // "Independent news from Tbilisi, Yerevan and Baku": a masthead's tagline, never the title;
    // "Translated transcripts of Azerbaijani radio | Weekly file": a monitoring service's product line.
    // "Independent English-language Daily | Since 1998": the paper's description of itself.
    // "Chișinău, Republic of Moldova": where the body under whose name it stands is.
    // "Independent documentation of human rights in the North Caucasus": an organisation's strap line.
    // "Dumfries | A journal of birds, shore and moss | Vol. 9, No. 3", "Harbour Study Guides · Oban, Argyll ·
    // Lowland Geography support series": a small publication's strip of its town, its motto, issue or series;
    // a name at its head is the publisher.
    // "KERKYRA WIKI, the free island encyclopedia (hosted in Corfu)": the name is the outlet, the line no headline.
    const strapped = PAGE_HEAD.mastheadWithStrap.exec(text)?.groups?.name;
    if (strapped) {
      head.outlets.push({ name: titleCase(strapped), strong: true, at });
      line.text = "";
      continue;
    }
    const strip = placedMastheadStrip(text);
    if (strip) {
      if (strip.name) head.outlets.push({ name: strip.name, strong: true, at });
      line.text = "";
      continue;
    }
    if (
      PAGE_HEAD.tagline.test(text) ||
      PAGE_HEAD.paperTagline.test(text) ||
      PAGE_HEAD.topicTagline.test(text) ||
      PAGE_HEAD.missionStrap.test(text) ||
      (candidates.length > 0 && PAGE_HEAD.charityStrap.test(text)) ||
      PAGE_HEAD.publicationTagline.test(text) ||
      PAGE_HEAD.servingTagline.test(text) ||
      PAGE_HEAD.reachTagline.test(text) ||
      PAGE_HEAD.sourcesTagline.test(text) ||
      PAGE_HEAD.publicationPlace.test(text) ||
      // ("A quarterly of natural history, land and sea" on its own line under the masthead: its motto.)
      PAGE_HEAD.mastheadStrap.test(text) ||
      // ("Records, radio and the odd podcast, from a windy balcony on …": a motto in plain words.)
      PAGE_HEAD.wordTagline.test(text) ||
      // ("Harbour Street, Stromness, Orkney" under the masthead: where the publication is, no headline.)
      (seen > 1 && PAGE_HEAD.streetAddress.test(text)) ||
      isPlaceStrip(text) ||
      isServiceProductLine(text) ||
      isPlacedTagline(text)
    ) {
      line.text = "";
      continue;
    }
    // "Boletin mensual / Monthly bulletin -- English edition for our young members": what kind of
    // publication the page is and its edition, nothing else; a label, never the headline.
    if (isPublicationKindLine(text)) {
      head.labels.push(text);
      line.text = "";
      continue;
    }
    // "KHACHMERUK · Newsletter of the Armenian community of … · English edition": a masthead beside its
    // tagline, read before the tagline's words make the whole line furniture.
    const taglined = taglinedMasthead(text);
    if (taglined) {
      head.outlets.push({ ...taglined, at });
      reproducer = text.split(PAGE_HEAD.separator).some((p) => PAGE_HEAD.publicationTagline.test(p.trim()));
      line.text = "";
      continue;
    }
    // "Item 4 of 9: BORDER / TAVUSH -- WRAP": a script's running-order line stands where a headline
    // would, so the lines above it are mastheads, but it is none: the script has no title.
    if (PAGE_HEAD.runningOrderItem.test(text)) {
      candidates.push(at);
      line.text = "";
      continue;
    }
    // "Item 3 of 5: Karabakh prisoner exchange questioned": an item's headline after its place in the running order.
    const item = RUNNING_ORDER_HEADLINE.exec(text)?.groups?.headline;
    if (item) {
      line.text = item;
      line.heading = true;
      candidates.push(at);
      continue;
    }
    // '"World at Six" - bulletin transcript': the show's name and what its page is, under the station's masthead; no headline.
    if (isProgrammeLine(text)) {
      head.labels.push(text);
      line.text = "";
      takeStationAbove(lines, candidates, at, head);
      continue;
    }
    // Metadata lines ("Report.az | Military", a byline, a time stamp) are read where they stand;
    // an editor's note above the article ("Archive document. The text below …") is furniture.
    // "… BURN SCARS IN AND AROUND" / "THE ARAS VALLEY, 1 APRIL - 30 JUNE 2020": the second line of a headline in
    // capitals, broken at a joining word, is no date line, whatever dates it ends on.
    const continued = candidates.at(-1) === at - 1 && wrapsOnto(foldWhitespace(lines[at - 1]?.text ?? ""), text);
    const furniture = !continued && (judge.isBoilerplate(text) || (/[.!?]\s/.test(text) && withoutFurnitureSentences(splitSentences(text)).length === 0));
    if (furniture || (!continued && judge.readMetadataLine(text))) {
      // "PAGE 1 · FRONT LINE": the paper's page starts here; the mastheads are all above it.
      if (pageStart === -1 && PAGE_HEAD.printedPageLabel.test(text)) pageStart = at;
      // "REPORT | 17 December 2020": a date line may still carry the page's label.
      head.labels.push(
        ...text
          .split(PAGE_HEAD.separator)
          .map((p) => p.trim())
          .filter((p) => PAGE_HEAD.label.test(p) && p.split(/\s+/).length <= 3),
      );
      continue;
    }
    // "Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 2 Mar 92": a monitored item's text starts here.
    if (isBodyText(text) || MONITORED_SOURCE.test(text)) break;
    // "Steppe News Agency (Astana)", "Nile Gazette Foreign Desk" under the headline: a wire's slug
    // names the outlet (and where or which desk filed it) before the date line and the byline.
    const slug = candidates.length > 0 && !line.heading ? (slugOutlet(text) ?? mastheadUnderHeadline(lines, candidates, at, judge)) : null;
    if (slug) {
      head.outlets.push({ name: slug, strong: true, at });
      line.text = "";
      continue;
    }
    // "KARABAKH-FIGHTING/ (UPDATE 4)": a wire slug above the headline, never the title; nor is
    // "FULL RECORD · Registro n.º b1048", a catalogue's label over a record.
    if (PAGE_HEAD.wireSlugLine.test(text) || PAGE_HEAD.catalogueRecordLabel.test(text)) {
      head.labels.push(text);
      line.text = "";
      continue;
    }
    if (PAGE_HEAD.releaseNumber.test(text)) {
      // "Press release No: 118/21": the page is a numbered release; the number is not its title.
      head.labels.push(text);
      line.text = "";
    } else if (!line.heading && PAGE_HEAD.breadcrumb.test(text) && readBreadcrumb(text, at, head)) line.text = "";
    else candidates.push(at);
    if (line.heading && !isMastheadLike(text)) break;
  }
  if (labelledAt !== -1) takeAboveLabelledTitle(lines, candidates, labelledAt, head);
  takeCaseHeader(lines, candidates, head);
  // Mastheads lead the head; the headline is the first candidate after them.
  for (const at of candidates.slice(0, -1)) {
    if ((pageStart !== -1 && at > pageStart) || at === numberedAt) break;
    const line = lines[at] as MarkdownLine;
    // "- DEPARTMENT": an item of a list (a briefing's index of topics) is never the paper's name.
    if (LIST_ITEM.test(line.raw)) break;
    // "RHÔNE-ALPES WEEKLY (English edition)": the edition is no part of the paper's name.
    const text = withoutTagline(foldWhitespace(line.text).replace(EDITION, ""));
    // "East Azerbaijan | Border counties" above the date line and the headline: the page's region and section.
    // "Kuressaare, Saaremaa | Documents released under access-to-information law" under the masthead, with the
    // headline still to come: the masthead's town and its strap, however many words the strap has.
    const strap = isTownStrap(text) && underCapitalsMasthead(lines, at);
    if ((BAR_LABEL.test(text) && !isMastheadLike(text)) || strap) {
      // (A town's strap under it makes the line in capitals above a masthead, whatever words it is made of.)
      if (strap) for (const o of head.outlets) if (o.at < at) o.strong = true;
      head.labels.push(text);
      line.text = "";
      continue;
    }
    // "Douro Slope Farmers' Association - Peso da Régua" under the body's name in capitals in its own language:
    // the English name, the one an English page goes by, unless the masthead's acronym is its own name's.
    const gloss = GLOSSED_NAME.exec(text)?.groups?.name;
    const above = head.outlets.at(-1);
    if (gloss && above && above.at < at && !namesOwnAcronym(foldWhitespace(lines[above.at]?.raw ?? ""))) {
      above.name = gloss;
      line.text = "";
      continue;
    }
    if (!isMastheadLike(text)) break;
    // "RELIEFWIRE ARCHIVE" over "MINISTRY OF EMERGENCY SITUATIONS OF …": an archive's or a digest's
    // masthead, then the body whose document it reproduces, which is not the page's publisher.
    if (reproducer && PAGE_HEAD.institutionName.test(text)) break;
    const outlet = mastheadName(text);
    if (outlet) head.outlets.push({ ...outlet, at });
    if (PAGE_HEAD.label.test(text) || PAGE_HEAD.section.test(text)) head.labels.push(text);
    // "HUMAN RIGHTS WATCH - PRESS RELEASE": the kind of page the name's label says, kept as a cue to the genre.
    else head.labels.push(...labelParts(text));
    line.text = "";
    dropWrappedChannelName(lines, candidates, at, text);
  }
  if (reproducer) creditReproducedBody(lines, candidates, head);
  joinWrappedCapitalsHeadline(lines, candidates);
  if (noteAt !== -1) raiseHeadlineOverNote(lines, candidates, noteAt);
  // "ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE": an institution's masthead gives the name it goes by.
  head.outlets = head.outlets.map((o) => ({ ...o, name: institutionName(o.name) }));
  return head;
}

/**
 * "[Translator's summary: …]" / "INFORMATION OF THE MINISTRY OF DEFENCE": a note set above the
 * headline of the text it is on. The headline goes first, where an article's headline stands, and
 * the note under it; nothing else but blank lines may stand between them.
 */
function raiseHeadlineOverNote(lines: MarkdownLine[], candidates: readonly number[], noteAt: number): void {
  const at = candidates.find((c) => foldWhitespace(lines[c]?.text ?? "") !== "");
  if (at === undefined || at < noteAt || lines.slice(noteAt + 1, at).some((l) => l.text.trim() !== "")) return;
  const note = lines[noteAt] as MarkdownLine;
  lines[noteAt] = lines[at] as MarkdownLine;
  lines[at] = note;
}

/** A body's full name, perhaps with its acronym in brackets: "Mine Action Agency of the Republic of Freedonia (MAAF)". */
const BODY_NAME_LINE = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|on|to|in))*(?:\s+\(\p{Lu}{2,8}\))?$/u;

/**
 * "Mine Action Agency of the Republic of Freedonia (MAAF)" / "Press service": the line right above
 * a press office's line names the body it belongs to, the page's publisher; it is no headline.
 */
function takeBodyAbove(lines: MarkdownLine[], candidates: number[], officeAt: number, head: PageHead): boolean {
  const at = candidates.at(-1);
  if (at === undefined || lines.slice(at + 1, officeAt).some((l) => l.text.trim() !== "")) return false;
  const name = foldWhitespace((lines[at] as MarkdownLine).text);
  if (name.split(/\s+/).length > 16 || !BODY_NAME_LINE.test(name) || !PAGE_HEAD.institution.test(name)) return false;
  head.outlets.push({ name, strong: true, at });
  (lines[at] as MarkdownLine).text = "";
  candidates.pop();
  return true;
}

/**
 * "Journal of Caucasus Studies" / "Vol. 12, No. 3 (2019), pp. 201-224": the line above an issue line
 * names the journal, the article's publisher; the article's title comes after them.
 */
function takeJournalName(lines: MarkdownLine[], candidates: number[], issueAt: number, head: PageHead): void {
  const at = candidates.at(-1);
  if (at === undefined || lines.slice(at + 1, issueAt).some((l) => l.text.trim() !== "")) return;
  const name = foldWhitespace((lines[at] as MarkdownLine).text);
  if (name.split(/\s+/).length > 12 || /[.!?:;]$/.test(name)) return;
  head.outlets.push({ name, strong: true, at });
  (lines[at] as MarkdownLine).text = "";
  candidates.pop();
}

/**
 * The candidates above a title given as a field ("TITLE: …"): a masthead names the outlet (an English name, "Upland
 * Shepherds' Association - Manteigas", the one an English page goes by, before a name in capitals of its own
 * language); the others are the head's lines, no headline.
 */
function takeAboveLabelledTitle(lines: MarkdownLine[], candidates: number[], titleAt: number, head: PageHead): void {
  const above = candidates.filter((at) => at < titleAt);
  const names = above.map((at) => {
    const text = foldWhitespace(lines[at]?.text ?? "");
    const glossed = GLOSSED_NAME.exec(text)?.groups?.name;
    return glossed ? { name: glossed, strong: true } : isMastheadLike(text) ? mastheadName(text) : null;
  });
  const english = names.findIndex((n, i) => n && GLOSSED_NAME.test(foldWhitespace(lines[above[i] ?? -1]?.text ?? "")));
  const chosen = english !== -1 ? names[english] : names.find((n) => n);
  if (chosen) head.outlets.push({ ...chosen, at: above[english !== -1 ? english : names.indexOf(chosen)] ?? titleAt });
  for (const at of above) (lines[at] as MarkdownLine).text = "";
  candidates.splice(0, above.length);
}

/** "LABORATORIO LIGURE DI STUDI COSTIERI (LLSC)": a name in capitals whose acronym is its own words' initials. */
function namesOwnAcronym(text: string): boolean {
  const m = /^(.+?)\s+\((\p{Lu}{2,8})\)$/u.exec(text.replace(/[*_]+/g, "").trim());
  if (!m?.[1] || !m[2]) return false;
  const initials = m[1]
    .split(/\s+/)
    .filter((w) => !NAME_GLUE_ANY.test(w))
    .map((w) => w.charAt(0))
    .join("")
    .toUpperCase();
  return initials === m[2];
}

/** Small words a body's name is joined by, in the languages its mastheads are met in. */
const NAME_GLUE_ANY = /^(?:of|the|and|for|on|in|de|di|do|da|das|dos|del|della|delle|degli|dei|des|du|la|le|e|y|et|per|para|pour)$/i;

/** A body's English name and its town, under its name in capitals: "Upland Shepherds' Association - Manteigas". */
const GLOSSED_NAME =
  /^(?<name>\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|and|for|the|&|da|de|di|do|del|della|la)){1,7})\s+[-–—]\s+\p{Lu}\p{Ll}+(?:[ -](?:(?:da|de|do|di|del|la|le|sur|on|upon|am|an)[ -])?\p{Lu}\p{Ll}+){0,2}$/u;

/**
 * "GRAND CHAMBER" / "CASE OF PETROVA AND OTHERS v. FREEDONIA": a judgment's title is its case.
 * What the court printed above it (its name, its formation, a database's export line) is no title;
 * a court or an organisation named there is the publisher.
 */
function takeCaseHeader(lines: MarkdownLine[], candidates: number[], head: PageHead): void {
  const index = candidates.findIndex((at) => PAGE_HEAD.caseTitle.test(foldWhitespace(lines[at]?.text ?? "")));
  if (index <= 0) return;
  for (const at of candidates.slice(0, index)) {
    const text = foldWhitespace((lines[at] as MarkdownLine).text);
    const outlet = stripOrganisation(text) ?? (isMastheadLike(text) ? mastheadName(text) : null);
    if (typeof outlet === "string") head.outlets.push({ name: outlet, strong: true, at });
    else if (outlet) head.outlets.push({ ...outlet, at });
    if (PAGE_HEAD.label.test(text)) head.labels.push(text);
    (lines[at] as MarkdownLine).text = "";
  }
  candidates.splice(0, index);
}

/**
 * "RELIEFWIRE ARCHIVE :: Official bulletins" over "MINISTRY OF EMERGENCY SITUATIONS OF …": an archive
 * or a digest reproducing a body's document prints the body's name, in capitals, under its own
 * masthead. The body is credited (the genre reads the issuer of a bulletin among the credits); the
 * line stays where it is.
 */
function creditReproducedBody(lines: readonly MarkdownLine[], candidates: readonly number[], head: PageHead): void {
  for (const at of candidates) {
    const text = foldWhitespace(lines[at]?.text ?? "");
    if (text === "" || text !== text.toUpperCase() || !PAGE_HEAD.institutionName.test(text)) continue;
    head.outlets.push({ name: institutionName(titleCase(text)), strong: false, at });
    return;
  }
}

/**
 * "EMERGENCY FEED MIRROR | Channel copy: Civil Defence Service of the" / "Republic of Freedonia": a
 * masthead box whose copied channel's name runs on to the next line. That line, names only and
 * right under it, is the same name, never the headline.
 */
function dropWrappedChannelName(lines: MarkdownLine[], candidates: readonly number[], at: number, masthead: string): void {
  const label = masthead.split(PAGE_HEAD.separator).at(-1)?.trim() ?? "";
  const next = at + 1;
  const line = lines[next];
  if (!line || !PAGE_HEAD.copiedChannelLabel.test(label) || /[.!?]$/.test(label) || !candidates.includes(next)) return;
  const text = foldWhitespace(line.text);
  const words = text.replace(/\s*\([^()]{1,40}\)$/, "").split(/\s+/);
  if (words.length <= 12 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || PAGE_HEAD.nameGlue.test(w))) line.text = "";
}

/** The parts of a masthead line, apart by bars or dashes, that are page labels ("PRESS RELEASE"). */
function labelParts(text: string): string[] {
  const parts = text.split(PAGE_HEAD.separator).flatMap((p) => p.split(/\s+(?:--|[-–—])\s+/));
  return parts.length > 1 ? parts.map((p) => p.trim()).filter((p) => PAGE_HEAD.label.test(p) && p.split(/\s+/).length <= 3) : [];
}

/** A Markdown list item's marker. */
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,2}[.)])\s/;

const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH_PATTERN})\.?\s+((?:19|20)\d{2})\b`, "i");

/** A series label's number and what leads to it ("Working Paper No. 7/2019 - "), before its date. */
const SERIES_NUMBER_LEAD = /^[^\d]*?\d{1,4}(?:\/\d{1,4})?\s*[·•|,–—-]?\s*/u;

/**
 * "Working Paper 03/2 - 12 March 2003": the date is read from what follows the number, which would
 * otherwise read as a range of days ("2 - 12 March").
 */
function afterSeriesNumber(label: string): string {
  return label.replace(SERIES_NUMBER_LEAD, "");
}

/** "September 2025" in a label: the first of that month. */
function monthOfLabel(text: string): string | null {
  const m = MONTH_YEAR.exec(text);
  const month = m ? monthNumber(m[1] ?? "") : null;
  return m && month ? isoDate(Number(m[2]), month, 1) : null;
}

/** Words a headline goes on with, never ends or starts a new one with. */
const GLUE_WORD =
  /^(?:FROM|OF|AND|IN|TO|FOR|WITH|ON|AT|AS|BY|INTO|OVER|AFTER|AGAINST|THE|A|WHAT|WHO|HOW|WHY|WHEN|WHERE|THAT|WHICH|CAN|IS|ARE|AROUND|ALONG|ACROSS|NEAR|BETWEEN|BEYOND|THROUGH|UNDER|AMONG|WITHIN|DURING|AMID)$/;
/** At most this many lines of capitals make one wrapped headline. */
const MAX_WRAPPED_LINES = 4;

/**
 * "SECURITY COUNCIL DEMANDS IMMEDIATE WITHDRAWAL OF ALL OCCUPYING FORCES" / "FROM KELBADJAR
 * DISTRICT …": a headline in capitals wrapped over two lines is one title. A joining word at the
 * break tells a wrap from a headline and its subhead.
 */
function joinWrappedCapitalsHeadline(lines: MarkdownLine[], candidates: readonly number[]): void {
  const at = candidates.find((c) => foldWhitespace(lines[c]?.text ?? "") !== "");
  if (at === undefined) return;
  let joined = foldWhitespace(lines[at]?.text ?? "");
  let next = at + 1;
  for (; next < at + MAX_WRAPPED_LINES && candidates.includes(next); next++) {
    const line = foldWhitespace(lines[next]?.text ?? "");
    if (!wrapsOnto(joined, line)) break;
    joined = `${joined} ${line}`;
  }
  if (next === at + 1) return;
  (lines[at] as MarkdownLine).text = joined;
  for (let k = at + 1; k < next; k++) (lines[k] as MarkdownLine).text = "";
}

/** "CIVILIANS IN THE KARABAKH WAR:" / "WHAT THE PARTIES CLAIM …": both in capitals, broken at a joining word or a colon. */
function wrapsOnto(above: string, line: string): boolean {
  const capitals = (t: string) => /\p{Lu}{3}/u.test(t) && t === t.toUpperCase() && !/[.!?;,]$/.test(t);
  if (!capitals(above) || !capitals(line) || above.split(" ").length < 3 || line.split(" ").length < 2) return false;
  return (
    above.endsWith(":") ||
    GLUE_WORD.test(line.split(" ")[0] ?? "") ||
    GLUE_WORD.test(above.split(" ").at(-1) ?? "") ||
    (above.split(" ").length >= 5 && SPANNED_TAIL.test(line))
  );
}

/**
 * "HIGHLANDS, SEPTEMBER - NOVEMBER 2020", "KARABAKH, 1988–1994": a title's last words and the span it covers,
 * after a comma. A dateline under a headline ("MOSCOW, 12 MAY 1994") gives one day, never a span.
 */
const SPANNED_TAIL = /^\p{Lu}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Lu}'’-]*){0,3},\s+[\p{Lu}\p{N} ]{1,30}\s*[–—-]\s*[\p{Lu}\p{N} ]{0,30}(?:19|20)\d{2}$/u;

function isBodyText(text: string): boolean {
  if (text.length > BODY_LENGTH) return true;
  // '"They thought we were distracted. They were wrong"': a quoted headline, not a paragraph.
  if (QUOTED_LINE.test(text) && text.split(/\s+/).length <= 15) return false;
  // A sentence ends in a stop, or in a quote closed after its stop ('… said: "We will return."'); a
  // headline may end in a bare quote ('… agree on need to "prepare the populations for peace"').
  return /(?:[.!:]|[.!?,]["”])$/.test(text) && text.split(/\s+/).length >= BODY_WORDS - 2;
}

/**
 * "Home > News > Military", "Fact Check | Conflict | Armenia-Azerbaijan", "TUESDAY, MARCH 3, 1992 *
 * THE WORLD * PAGE 2": short parts split by separators. True when the line is one; its section
 * parts become labels, a date part the date, and a leading name the outlet.
 */
function readBreadcrumb(text: string, at: number, head: PageHead): boolean {
  const parts = text
    .split(PAGE_HEAD.separator)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 5 || /[.!?]$/.test(p))) return false;
  if (isEventSpanRow(parts)) return false;
  // A part may be a run of section words ("Politics Security Economy Diaspora Opinion").
  const sections = parts.filter((p) => PAGE_HEAD.section.test(p) || p.split(/\s+/).every((w) => PAGE_HEAD.section.test(w)));
  const dates = parts.map((p) => metadataDate(p)).filter((d): d is string => d !== null);
  // Two parts are a breadcrumb only when one is plainly a section or a date: "Karabakh talks | Live
  // updates" is a headline.
  const labels = parts.filter((p) => PAGE_HEAD.label.test(p));
  if (parts.length === 2 && sections.length === 0 && dates.length === 0 && labels.length === 0 && !PAGE_HEAD.siteLink.test(text)) return false;
  head.labels.push(...sections, ...parts.filter((p) => !sections.includes(p) && PAGE_HEAD.label.test(p)));
  for (const iso of dates) head.dates.push({ iso, at });
  const [first] = parts;
  if (
    (parts.length >= 3 || sections.length > 0) &&
    first &&
    !sections.includes(first) &&
    !PAGE_HEAD.label.test(first) &&
    !PAGE_HEAD.home.test(first) &&
    metadataDate(first) === null
  ) {
    const outlet = mastheadName(first);
    if (outlet) head.outlets.push({ ...outlet, at });
  }
  return true;
}

/**
 * "CAUCASUS LEDGER", "Caucasus Brief", "The Ministry of Foreign Affairs of the Russian Federation",
 * "Press Release": a name or a label with no verb, above the headline.
 */
/** The outlet a slug line names without its desk or its city: "Nile Gazette Foreign Desk" → "Nile Gazette". */
function slugOutlet(text: string): string | null {
  const bare = text
    .replace(/\s*\(\p{Lu}[\p{L}' -]{1,30}\)$/u, "")
    .replace(/\s+(?:(?:foreign|international|world|news|caucasus|regional)\s+)?(?:desk|bureau|newsdesk)$/i, "");
  if (bare === text) return null;
  return mastheadOutlet(bare);
}

/**
 * "Unmanned Systems Business Review" or "The Valley Evening Star" on the line under the headline,
 * with the section or date line under it: a trade paper or a letters page prints its name beneath
 * the headline. Only the line right under the one headline, named like a publication (a known
 * outlet or a name ending "Review", "Star", "News" …), and only over a line the head reads as
 * metadata or furniture; a deck under the headline is a sentence and never one.
 */
function mastheadUnderHeadline(lines: readonly MarkdownLine[], candidates: readonly number[], at: number, judge: LineJudge): string | null {
  const [headline] = candidates;
  if (candidates.length !== 1 || headline === undefined || nextFilled(lines, headline) !== at) return null;
  if (isMastheadLike(foldWhitespace(lines[headline]?.text ?? ""))) return null;
  const text = foldWhitespace(lines[at]?.text ?? "");
  // ("FOREIGN NEWS", "Business News" under the headline: a section's name, built like a paper's.)
  const beat = text.split(/\s+/).slice(0, -1).join(" ");
  if (PAGE_HEAD.section.test(text) || PAGE_HEAD.label.test(text) || PAGE_HEAD.section.test(beat)) return null;
  // ("HARBOUR EVENING POST - English Edition", "… - International": the name with its edition or section after a dash.)
  const edition = MASTHEAD_WITH_EDITION.exec(text);
  const tail = edition?.[2] ?? "";
  const name = mastheadOutlet(text) ?? (edition && (PAGE_HEAD.section.test(tail) || /\bedition$/i.test(tail)) ? editionMasthead(edition[1] ?? "") : null);
  const below = nextFilled(lines, at);
  const under = below === -1 ? "" : foldWhitespace(lines[below]?.text ?? "");
  return name && under !== "" && (judge.readMetadataLine(under) !== null || judge.isBoilerplate(under)) ? name : null;
}

/** A name in capitals, a dash, then a few words: "HARBOUR EVENING POST - English Edition". */
const MASTHEAD_WITH_EDITION = /^(\p{Lu}[\p{Lu}\p{N}\x27’&. ]{2,40}?)\s+[-–—]\s+(\p{Lu}[\p{L} ]{2,30})$/u;

/** The paper’s name before its edition, printed in capitals: written as a name. */
function editionMasthead(text: string): string | null {
  const name = mastheadOutlet(text);
  return name === null ? null : titleCase(name);
}

/** The next line after `at` with any text on it, or -1. */
function nextFilled(lines: readonly MarkdownLine[], at: number): number {
  for (let i = at + 1; i < lines.length; i++) if (foldWhitespace(lines[i]?.text ?? "") !== "") return i;
  return -1;
}

/**
 * "TAVUSH HERALD — regional weekly of Ijevan and Berd", "FUZULI XEBER | regional news portal",
 * "GAZAKH BULLETIN / regional news sheet": a masthead with the paper's description of itself after a
 * dash, a bar or a slash. The description, in small letters, is no part of the name.
 */
function withoutTagline(text: string): string {
  const m = /^(.{3,40}?)\s+(?:--|[—–|/])\s+(\p{Ll}[^.!?]{3,120})$/u.exec(text);
  return m?.[1] && m[2] && m[2].split(/\s+/).length <= MAX_TAGLINE_WORDS && isMastheadLike(m[1]) ? m[1] : text;
}

const MAX_TAGLINE_WORDS = 14;

/**
 * Two short labels apart by a bar, words only: "East Azerbaijan | Border counties", "Caucasus | Security";
 * a desk's pair of topics may be joined by "&" ("Media & Courts | Appeals desk").
 */
// ("Defence & Security | Video briefings, summarised": a side may hold a comma.)
const BAR_LABEL_SIDE = String.raw`\p{Lu}[\p{L}'’-]*(?:,?\s+(?:&|[\p{L}'’-]+)){0,3}`;
const BAR_LABEL = new RegExp(String.raw`^${BAR_LABEL_SIDE}\s+\|\s+${BAR_LABEL_SIDE}$`, "u");

/** A town as a masthead's strip prints it, perhaps with its region: "Kuressaare, Saaremaa", "Bergen auf Rügen". */
const STRAP_TOWN = String.raw`\p{Lu}\p{Ll}+(?:[ -](?:(?:auf|am|an|upon|on|sur|de|di|la|le|del)[ -])?\p{Lu}\p{Ll}+){0,2}`;
/** A town with its island or region after a comma: "Arrecife, Lanzarote", "Puerto del Rosario, Fuerteventura". */
const STRAP_PLACE = new RegExp(String.raw`^${STRAP_TOWN}(?:,\s+${STRAP_TOWN})?$`, "u");
const TOWN_STRAP = new RegExp(String.raw`^${STRAP_TOWN}(?:,\s+${STRAP_TOWN})?\s+\|\s+\p{Lu}[^|.!?]{2,100}$`, "u");
/** The strap first and the town after it: "Songs from the far end of the ferry line | Lerwick". */
const STRAP_THEN_TOWN = new RegExp(String.raw`^\p{Lu}\p{Ll}*(?:\s+[\p{Ll}'’-]+){2,11}\s+\|\s+${STRAP_TOWN}(?:,\s+${STRAP_TOWN})?$`, "u");

/**
 * "Bergen auf Rügen | Summaries of Security Council documents for subscribers": a town, a bar, then words that are
 * no sentence; or the strap in small words first, then the town ("Songs from the far end of the ferry line | Lerwick").
 */
function isTownStrap(text: string): boolean {
  return (TOWN_STRAP.test(text) && (text.split("|")[1] ?? "").trim().split(/\s+/).length <= 12) || STRAP_THEN_TOWN.test(text);
}

/** Whether the nearest line above `at` with text is a masthead in capitals ("SAARE OPEN FILES"). */
function underCapitalsMasthead(lines: readonly MarkdownLine[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const above = foldWhitespace(lines[i]?.raw ?? "")
      .replace(/[*_#]+/g, "")
      .trim();
    if (above !== "") return above === above.toUpperCase() && /\p{Lu}{3}/u.test(above) && isMastheadLike(above);
  }
  return false;
}

/** A wiki page's name with its namespace: "Talk:Ganja", "Wikipedia:Reliable sources/Noticeboard". */
const WIKI_PAGE_NAME = /^(?:Talk|User|User talk|Wikipedia|Project|Help|Portal|Draft|Template)(?: talk)?:\p{Lu}/u;

function isMastheadLike(text: string): boolean {
  // ("Decree of the President of …": a document's kind, then its issuer, is the document's title.)
  if (PAGE_HEAD.roundupHeading.test(text) || PAGE_HEAD.documentKindOpening.test(text)) return false;
  // ("Talk:Second Nagorno-Karabakh War/Casualties": a wiki's page name, its namespace glued on, is the page's title.)
  if (WIKI_PAGE_NAME.test(text)) return false;
  const core = mastheadCore(text);
  // '"EVENING CALL" -- English transcript service': a show's name in quotes with what its page is, no headline.
  if (isProgrammeLine(text)) return true;
  if (core !== text) return core !== "" && isMastheadLike(core);
  // "euronews.", "news.am": a brand printed as one word, as some sites spell it.
  if (/^[\p{L}\p{N}][\p{L}\p{N}.-]{2,24}$/u.test(text) && !/\d{2}/.test(text)) return true;
  // A label is a few words ("Press Release"); "Statement of the Ministry … on …" is a headline.
  if (mastheadOutlet(text) || (PAGE_HEAD.label.test(text) && text.split(/\s+/).length <= 4)) return true;
  // "CWS | CAUCASUS WIRE SERVICE", "AZERTAC - Azerbaijan State News Agency", "ARARAT MONITOR |
  // Politics Security Economy": a name with its long form or its navigation.
  const parts = text.split(PAGE_HEAD.separator).length === 2 ? text.split(PAGE_HEAD.separator) : text.split(/\s+(?:--|[-–—])\s+/);
  if (parts.length === 2)
    return parts.every(
      (p) =>
        isMastheadLike(p.trim()) ||
        isNavRun(p.trim()) ||
        PAGE_HEAD.serviceProduct.test(p.trim()) ||
        PAGE_HEAD.desk.test(p.trim()) ||
        PAGE_HEAD.viewer.test(p.trim()),
    );
  // "ALA-TOO INFORM news agency": a name, then what it is in lower case.
  const described = DESCRIBED_MASTHEAD.exec(text)?.[1];
  if (described && isMastheadLike(described)) return true;
  // "METRO TALK 1170 AM": a station named with its frequency.
  const station = text.replace(FREQUENCY, "");
  if (station !== text) return isMastheadLike(station);
  // "INSTITUTE FOR REGIONAL SECURITY POLICY (IRSP)": a body's name in capitals, its acronym after it.
  const acronymed = OWN_ACRONYM.exec(text)?.[1];
  if (acronymed) return acronymed === acronymed.toUpperCase() && isMastheadLike(acronymed);
  if (/[.!?:;]$/.test(text) || /\d/.test(text)) return false;
  // "NAGORNO-KARABAKH: RISKING WAR": a topic and a colon open a headline, never a name.
  if (/\p{L}:\s/u.test(text)) return false;
  const words = text.split(/\s+/);
  const isName = words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || PAGE_HEAD.nameGlue.test(w));
  if (!isName) return false;
  // ("THE VILLAGES NO ONE CAN REACH": a modal verb or "nobody" makes a clause, a headline in capitals, never a name.)
  if (text === text.toUpperCase())
    return !CAPITALS_CLAUSE.test(text) && (words.length <= 6 || PAGE_HEAD.institutionName.test(text) || PAGE_HEAD.foreignBodyName.test(text));
  // ("After the Handshake", "Under Two Flags": a preposition opens a headline, never a publication's name.)
  return (words.length <= 3 && !HEADLINE_PREPOSITION.test(words[0] ?? "")) || (words.length <= 12 && PAGE_HEAD.institution.test(text));
}

/**
 * Words of a clause that no name in capitals holds: a modal verb, "nobody", "nothing", a headline's verb
 * of saying or deciding ("KREMLIN PANEL KEEPS KARABAKH IN AZERBAIJAN", "BAKU DENIES SHELLING").
 */
const CAPITALS_CLAUSE =
  /\b(?:CAN|CANNOT|CAN['’]T|WILL|WON['’]T|MUST|SHOULD|WOULD|COULD|NOBODY|NOTHING|NO ONE|SAYS|KEEPS|CLAIMS|DENIES|REJECTS|WARNS|ACCUSES|BLAMES|VOWS|URGES|ORDERS|KILLS|SHELLS|SEIZES|DEMANDS|THREATENS|CONDEMNS|WELCOMES|ADMITS|CONFIRMS)\b/u;

/** Prepositions a short headline opens with, and no name does. */
const HEADLINE_PREPOSITION =
  /^(?:After|Before|Under|Beyond|Between|Against|Without|Inside|Behind|Across|Towards?|Until|Into|Among|Beneath|Above|Below|Through)$/;

/** A name, then its acronym in brackets: "CENTRE … MÉDITERRANÉE-EURASIE (CTESME)". */
const OWN_ACRONYM = /^(.+?)\s+\(\p{Lu}{2,8}\)$/u;

/** What a publication says it is, printed beside its name (pageHeadCues.ts). */
function isTaglinePart(part: string): boolean {
  return isNamesTagline(part) || PAGE_HEAD.sourcesTagline.test(part);
}

/**
 * What a masthead says of itself beside its name: its motto, what kind of paper or show it is, whom it reaches,
 * what a library's site is. One list, read both where a tagline stands alone and where it is cut off a name.
 */
const NAMES_TAGLINES: readonly RegExp[] = [
  PAGE_HEAD.publicationTagline,
  PAGE_HEAD.tagline,
  PAGE_HEAD.paperTagline,
  PAGE_HEAD.showTagline,
  PAGE_HEAD.reachTagline,
  PAGE_HEAD.wordTagline,
  PAGE_HEAD.catalogueService,
];

function isNamesTagline(part: string): boolean {
  return NAMES_TAGLINES.some((rule) => rule.test(part));
}

/** How far below a textbook's unit its numbered section may stand (lines). */
const UNIT_SECTION_REACH = 6;

/**
 * "Unit 7: …" whose own numbered section ("7.3  …") follows within a few lines: the unit goes to the
 * labels and the section loses its number. False, and nothing changes, where no such section follows.
 */
function takeBookUnit(lines: MarkdownLine[], at: number, text: string, head: PageHead): boolean {
  const unit = PAGE_HEAD.bookUnit.exec(text)?.groups?.unit;
  if (!unit) return false;
  const section = lines
    .slice(at + 1, at + 1 + UNIT_SECTION_REACH)
    .find((l) => PAGE_HEAD.sectionNumberPrefix.exec(foldWhitespace(l.text))?.groups?.unit === unit);
  if (!section) return false;
  head.labels.push(text);
  (lines[at] as MarkdownLine).text = "";
  section.text = foldWhitespace(section.text).replace(PAGE_HEAD.sectionNumberPrefix, "");
  return true;
}

/** A word only English holds, in capitals: "MUSEUM OF WAR", "THE FREE PRESS". */
const ENGLISH_GLUE = /\b(?:OF|THE|FOR|AND)\b/;

/**
 * "MÚZEUM SÚČASNÉHO UMENIA · MUSEUM OF CONTEMPORARY ART": a masthead in capitals, its own language's
 * name (with letters English has not) beside its English name. The English name, the one an English
 * page goes by, or null. (A name and its translation apart by a slash keep the first; see mastheadName.)
 */
function englishOfBilingualMasthead(text: string): string | null {
  const parts = text.split(/\s+[·•]\s+/).map((p) => p.trim());
  if (parts.length !== 2 || text !== text.toUpperCase()) return null;
  const [native = "", english = ""] = /^[\x20-\x7E]+$/.test(parts[0] ?? "") ? [parts[1], parts[0]] : parts;
  const plain = /^[\x20-\x7E]+$/.test(english) && /[^\x20-\x7E]/.test(native);
  return plain && ENGLISH_GLUE.test(english) && isMastheadLike(english) && isMastheadLike(native) ? english : null;
}

/** Every part of the line names the kind of publication or its edition ("Monthly bulletin -- English edition"). */
function isPublicationKindLine(text: string): boolean {
  const parts = text
    .split(PAGE_HEAD.separator)
    .flatMap((p) => p.split(/\s+(?:--|[–—])\s+/))
    .map((p) => p.trim());
  return parts.some((p) => PAGE_HEAD.publicationKind.test(p)) && parts.every((p) => PAGE_HEAD.publicationKind.test(p) || PAGE_HEAD.editionPart.test(p));
}

/** A town as a masthead prints where it is published: one or two capitalised words, not in capitals. */
const TOWN_PART = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?$/u;

/**
 * "Christiansted, St. Croix, U.S. Virgin Islands | Subscriber edition | Vol. 11, No. 38", "Fakaofo Atoll, Tokelau --
 * Political & Trade Credit Risk Unit": where the masthead is published, beside its edition, its issue or its desk.
 */
function isPlaceStrip(text: string): boolean {
  const parts = text
    .split(PAGE_HEAD.separator)
    .flatMap((p) => p.split(/\s+(?:--|[–—])\s+/))
    .map((p) => p.trim())
    .filter((p) => p !== "");
  // ("Vänortsföreningen i Mariehamn r.f. | English-language edition": the association's registered name stands for its place.)
  const anchor = (p: string) => PAGE_HEAD.publicationPlace.test(p) || PAGE_HEAD.registeredAssociation.test(p);
  return parts.length >= 2 && parts.some(anchor) && parts.every((p) => anchor(p) || PAGE_HEAD.placeStripPart.test(p) || PAGE_HEAD.editionPart.test(p));
}

/** A publisher's name at the head of its strip: capitalised words ("Western Isles Study Guides"). */
const STRIP_NAME = /^(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|and|for|&)){1,7}$/u;

/** Where a small publication is published, as its strip prints it: "Dumfries", "Oban, Argyll". */
const STRIP_PLACE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?:,\s+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)?$/u;

/**
 * A masthead's strip: its town, and beside it only its motto, its column's standing head, its series or its
 * issue number, perhaps after its name ("Harbour Study Guides · Oban, Argyll · … support series"). The name
 * (null where the strip has none), or null when the line is no such strip.
 */
function placedMastheadStrip(text: string): { name: string | null } | null {
  const parts = text.split(PAGE_HEAD.separator).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 4 || parts.some((p) => p === "")) return null;
  const [first = "", ...rest] = parts;
  // (A desk's name, "Caucasus & Central Asia Desk", heads a strip of its own: its outlet is the masthead above.)
  const named =
    !STRIP_PLACE.test(first) &&
    !PAGE_HEAD.mastheadStrap.test(first) &&
    !PAGE_HEAD.placeStripPart.test(first) &&
    (isMastheadLike(first) || STRIP_NAME.test(first));
  const others = named ? rest : parts;
  const strap = (p: string) => PAGE_HEAD.mastheadStrap.test(p) || PAGE_HEAD.placeStripPart.test(p);
  // ("ARMENPRESS | Politics": a section's name is no town.)
  const isPlace = (p: string) => (STRIP_PLACE.test(p) || PAGE_HEAD.publicationPlace.test(p)) && !PAGE_HEAD.section.test(p) && !PAGE_HEAD.label.test(p);
  const placed = others.filter(isPlace).length === 1;
  // ("Harbour Study Guides · Oban, Argyll": a publisher's name and its town alone make a strip too; a reporter's
  // name and town, "Anna Petrosyan · Gyumri", are a byline.)
  // (Only a town with its region, "Oban, Argyll", beside a name alone: "Meridian Weekly · Explainers" is a section.)
  const publisher =
    named &&
    others.length === 1 &&
    STRIP_PLACE.test(others[0] ?? "") &&
    (others[0] ?? "").includes(",") &&
    (mastheadOutlet(first) !== null || PAGE_HEAD.institution.test(first) || first.split(/\s+/).length >= 4);
  if (!placed || !(others.some((p) => PAGE_HEAD.mastheadStrap.test(p)) || publisher)) return null;
  if (!others.every((p) => isPlace(p) || strap(p))) return null;
  return { name: named ? (mastheadName(first)?.name ?? first) : null };
}

/** "Yangon | Human rights releases from around the world, republished in full": the town and the tagline under a masthead. */
function isPlacedTagline(text: string): boolean {
  const parts = text.split(PAGE_HEAD.separator).map((p) => p.trim());
  // ("Company announcements as filed | Brodick, Isle of Arran": the town may name its island or country.)
  return parts.length === 2 && parts.some(isTaglinePart) && parts.every((p) => isTaglinePart(p) || TOWN_PART.test(p) || PAGE_HEAD.publicationPlace.test(p));
}

/** The name a masthead gives beside its tagline ("NAME · tagline · edition"), or null when a part is no tagline. */
function taglinedMasthead(text: string): { name: string; strong: boolean; short?: string } | null {
  const parts = text.split(PAGE_HEAD.separator).map((p) => p.trim());
  if (parts.length < 2 || !parts.some(isTaglinePart)) return null;
  const core = mastheadCore(text);
  return core !== text && core !== "" && isMastheadLike(core) ? mastheadName(core) : null;
}

/** A station's name and its frequency in capitals: "DERWENT FM 96.3", "RADIO SEVAN 101.2 FM". */
const STATION_NAME =
  /^\p{Lu}[\p{Lu}'’&.-]*(?:\s+\p{Lu}[\p{Lu}'’&.-]*){0,4}\s+(?:(?:FM|AM)\s+\d{2,4}(?:[.,]\d{1,2})?|\d{2,4}(?:[.,]\d{1,2})?\s*(?:FM|AM|MHz))$/u;

/**
 * The station a masthead line names before its bar, "DERWENT FM 96.3 | HOBART COMMUNITY RADIO", as it is
 * spoken ("Derwent FM 96.3"), and the headline after the bar when what follows it is one and not what the
 * station is or its show; null for a line that names no station first.
 */
function stationMasthead(text: string): { name: string; headline: string | null } | null {
  const parts = text.split(PAGE_HEAD.separator).map((p) => p.trim());
  const [name, ...rest] = parts;
  if (!name || rest.length === 0 || !STATION_NAME.test(name)) return null;
  const spoken = titleCase(name).replace(/\b(Fm|Am|Mhz)\b/g, (w) => (w === "Mhz" ? "MHz" : w.toUpperCase()));
  if (rest.every((p) => p === p.toUpperCase() && p.split(/\s+/).length <= 6 && STATION_DESCRIPTION.test(p))) return { name: spoken, headline: null };
  const [headline] = rest;
  return rest.length === 1 && headline && headline.split(/\s+/).length >= 3 && !/[.!?]$/.test(headline) ? { name: spoken, headline } : null;
}

/**
 * What a station's masthead says beside its name: what it is ("HOBART COMMUNITY RADIO") or its show ('"ISLAND LINE"
 * LISTENER PHONE-IN'). A headline in capitals after the bar ("SHELLING RESUMES IN TAVUSH") says none of it.
 */
const STATION_DESCRIPTION =
  /^(?:["“][^"“”]{2,40}["”]\s*)?(?:[\p{Lu}'’&-]+\s+){0,4}(?:RADIO|FM|STATION|BROADCASTING|PHONE-IN|CALL-IN|TALKBACK|SHOW|PROGRAMME|PROGRAM|NEWS|NEWSROOM|DESK|SERVICE|TRANSCRIPT|BULLETIN)$|^["“][^"“”]{2,40}["”]$/u;

/** A broadcaster's name: "Radio Borealis", "Radio Lakeside International", "Harbour Radio", "Kestrel TV". */
const BROADCASTER_NAME =
  /^(?:(?:Radio|RADIO|TV|Television)\s+\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}|\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}\s+(?:Radio|RADIO|TV|Television))$/u;
/**
 * What stands beside a broadcaster's name: its show ("The Evening Report", "Night Desk"), its service ("English
 * Service") or what the page is ("bulletin script"), a few words ending in a word of such names.
 */
const SHOW_OR_SERVICE =
  /^(?:(?:The|the)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*\s+|(?:bulletin|programme|program|news|broadcast)\s+){0,3}(?:Report|Hour|Show|Service|Desk|News|Programme|Line|Edition|Bulletin|Magazine|Review|Tonight|Today|Briefing|script|transcript|Script|Transcript)$/u;

/** The broadcaster a line names before its show, its service or what the page is, or null. */
function broadcasterWithShow(text: string): string | null {
  const [name, ...rest] = text.split(/\s+(?:--?|[—–|·•])\s+/).map((p) => p.trim());
  if (!name || rest.length === 0 || !BROADCASTER_NAME.test(name)) return null;
  return rest.every((p) => SHOW_OR_SERVICE.test(p)) ? name : null;
}

/** "Headline | Channel": a title and the name after its bar. */
const TITLE_THEN_NAME = /^(.{12,}?)\s+[|｜]\s+([^|｜]{2,60})$/u;

/**
 * A title whose bar is followed by the name that stands alone on the next line: a video page's "title |
 * channel" over the channel's name. The title without it, and the channel, which the next line repeats
 * (and is dropped).
 */
function channelTitle(lines: MarkdownLine[], at: number, text: string): { title: string; name: string } | null {
  const m = TITLE_THEN_NAME.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const next = lines.slice(at + 1).find((l) => foldWhitespace(l.text) !== "");
  const name = m[2].trim();
  if (!next || foldWhitespace(next.text) !== name || name.split(/\s+/).length > 6) return null;
  next.text = "";
  return { title: m[1].trim(), name };
}

/** '"EVENING CALL" -- English transcript service': a show's quoted name, and what its page is, nothing else. */
function isProgrammeLine(text: string): boolean {
  const parts = text.split(/\s+(?:--?|[|｜·•—–])\s+/).map((p) => p.trim());
  return (
    parts.length >= 2 &&
    parts.some((p) => QUOTED_PROGRAMME.test(p)) &&
    parts.every((p) => QUOTED_PROGRAMME.test(p) || PAGE_HEAD.serviceProduct.test(p) || isTaglinePart(p))
  );
}

/**
 * "RADIO KESTREL INTERNATIONAL" right above '"Night Desk" - bulletin transcript': the station whose show it is, the
 * page's outlet, never its headline (the transcript may have none).
 */
function takeStationAbove(lines: MarkdownLine[], candidates: number[], showAt: number, head: PageHead): void {
  const at = candidates.at(-1);
  if (at === undefined || lines.slice(at + 1, showAt).some((l) => l.text.trim() !== "")) return;
  const text = foldWhitespace((lines[at] as MarkdownLine).text);
  const name = isMastheadLike(text) ? mastheadName(text) : null;
  if (!name) return;
  head.outlets.push({ ...name, at });
  (lines[at] as MarkdownLine).text = "";
  candidates.pop();
}

/** An item of a bulletin's running order with its headline, written as a headline is (not a slug in capitals). */
const RUNNING_ORDER_HEADLINE = /^(?:[Ii]tem|ITEM)\s+\d{1,2}\s+(?:of|OF)\s+\d{1,2}\s*:\s*(?<headline>\p{Lu}(?=[^\n]*\p{Ll})[^\n]{2,100})$/u;

/**
 * A show's name in quotes, printed beside its station's or what its page is: '"THE EVENING CALL"', '"World at Six"'
 * (each word capitalised or a joining word, as a name is written).
 */
const QUOTED_PROGRAMME =
  /^["“](?:[\p{Lu}\p{N}][\p{L}\p{N}'’&.,-]*|at|of|the|and|on|in|for|to)(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&.,-]*|at|of|the|and|on|in|for|to)){0,7}["”]$/u;

/** A page label saying the page is a programme's transcript. */
const TRANSCRIPT_LABEL = /^(?:(?:full|programme|program|broadcast|show)\s+)?transcript$/i;

/** A station's frequency after its name: "1170 AM", "98.4 FM". */
const FREQUENCY = /\s+\d{2,4}(?:\.\d)?\s+(?:AM|FM|MW|kHz|MHz)$/;

const DESCRIBED_MASTHEAD = /^(.+?)\s+(?:(?:state\s+|national\s+)?(?:news|information|press)\s+agency|news\s+service|newspaper)$/u;

const ABBREVIATED = /^(?!THE\s|AN?\s)(\p{Lu}{2,5})\s+(\p{Lu}[\p{Lu}'’&.-]+(?:\s+\p{Lu}[\p{Lu}'’&.-]+){1,4})$/u;
/** An office in mixed case, then its holder's name in capitals. */
const OFFICE_HOLDER = /^(\p{Lu}.*?\p{Ll}.*?)\s+\p{Lu}{3,}(?:\s+\p{Lu}{3,}){1,2}$/u;

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
}

/** "Translated transcripts of Azerbaijani radio | Weekly file": every part names what a monitoring service sells. */
function isServiceProductLine(text: string): boolean {
  return text.split(PAGE_HEAD.separator).every((p) => PAGE_HEAD.serviceProduct.test(p.trim()));
}

/** "Politics Security Economy Diaspora Opinion": three or more capitalised words, a row of links. */
function isNavRun(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 3 && words.every((w) => /^\p{Lu}[\p{Ll}]+$/u.test(w));
}

/** An edition printed after a masthead: "(English edition)", "— International Edition", "-- ENGLISH SERVICE", "— English supplement". */
const EDITION =
  /\s*(?:\(\s*(?:english|international|online|web|print|weekend|digital)(?:-language)?\s+(?:edition|service|supplement)\s*\)|(?:--|[-–—|])\s*(?:english|international|online|digital|world|foreign)(?:-language)?\s+(?:edition|service|supplement))\s*$/i;

/**
 * "Correio do Planalto International", "La Gazzetta del Levante · English": the edition after a site's
 * name in its page title is no part of the name either. A short name keeps it ("Al Jazeera English"
 * is what that channel is called).
 */
export function withoutEdition(name: string): string {
  const bare = name
    .replace(/\s*\(\s*(?:english|international|online|web|print|digital)(?:-language)?\s+(?:edition|service)\s*\)$/i, "")
    .replace(/\s*[·|–—-]?\s+(?:(?:english|international)(?:\s+edition)?|(?:online|digital|web)\s+edition)$/i, "");
  return bare !== name && bare.split(/\s+/).length >= 3 ? bare : name;
}

/**
 * "Kavkaz Lantern — News from Gyumri and the region | AZ | ENG | РУС": a masthead with its tagline
 * and its language switcher; the name alone is what is left when they go. The text itself when
 * nothing goes, "" when nothing is left.
 */
function mastheadCore(text: string): string {
  const parts = text
    .split(PAGE_HEAD.separator)
    .flatMap((p) => p.split(/\s+(?:--|[-–—])\s+/))
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length < 2) return text;
  const kept = parts.filter(
    (p) =>
      !isNamesTagline(p) &&
      !PAGE_HEAD.topicTagline.test(p) &&
      // ("EMERGENCY FEED MIRROR | Channel copy: …": whose channel the mirror copies.)
      !PAGE_HEAD.copiedChannelLabel.test(p) &&
      // ('RIVERSIDE FM 98.4 | "THE EVENING CALL"': the show's name in quotes beside its station's.)
      !QUOTED_PROGRAMME.test(p) &&
      !PAGE_HEAD.languageSwitch.test(p) &&
      // ("HAYASTAN POST · weekly of the … community · English translations": the language edition.)
      !PAGE_HEAD.editionPart.test(p) &&
      // ("CAUCASUS WIRE DIGEST -- DEFENCE BULLETINS": the section the page is filed under.)
      !PAGE_HEAD.section.test(p),
  );
  // "CARIBE SOLIDARIO · Havana · Bulletin of …", "TIMANFAYA WIRE — Arrecife, Lanzarote": beside a name in capitals
  // (and its tagline), the town it is published in, and the town's island or region after a comma.
  const [name = "", ...rest] = kept;
  const townOnly = rest.length > 0 && rest.every((p) => TOWN_PART.test(p) || STRAP_PLACE.test(p));
  if (kept.length === parts.length && !(townOnly && name === name.toUpperCase() && /\p{Lu}{2}/u.test(name))) return text;
  const named = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) && townOnly ? [name] : kept;
  return named.length === 1 ? (named[0] ?? "") : named.length === 0 ? "" : text;
}

/** The outlet a masthead names: a known one outright, a name of its own as a weaker cue; labels name none. */
function mastheadName(text: string): { name: string; strong: boolean; short?: string } | null {
  const core = mastheadCore(text);
  if (core !== text) return core === "" ? null : mastheadName(core);
  if (PAGE_HEAD.label.test(text) || PAGE_HEAD.section.test(text)) return null;
  // ("ALA-TOO INFORM news agency": the name, without what it is.)
  const described = DESCRIBED_MASTHEAD.exec(text)?.[1];
  if (described && isMastheadLike(described)) return mastheadName(described);
  // "ENW  EURASIA NEWSWIRE": an agency's abbreviation before its name; the dateline credits the abbreviation.
  const abbreviated = ABBREVIATED.exec(text);
  if (abbreviated?.[1] && abbreviated[2] && abbreviated[1].startsWith(initialsOf(abbreviated[2])) && initialsOf(abbreviated[2]).length >= 2) {
    const long = mastheadName(abbreviated[2]);
    return long ? { ...long, strong: true, short: abbreviated[1] } : null;
  }
  // "EVENING NEWS AT NINE -- TRANSCRIPT": a programme's name over its transcript names no outlet (its
  // channel does, in a field of its own).
  if (text.split(/\s+(?:--|[|｜·•—–])\s+/).some((p) => TRANSCRIPT_LABEL.test(p.trim()))) return null;
  // "METRO TALK 1170 AM": the station's name, with its frequency as printed.
  const band = FREQUENCY.exec(text);
  if (band) {
    const station = mastheadName(text.slice(0, band.index));
    return station ? { ...station, name: `${station.name}${band[0]}` } : null;
  }
  // "President of the Republic of Azerbaijan ILHAM ALIYEV": the office names the site, not its holder.
  const holder = OFFICE_HOLDER.exec(text);
  if (holder?.[1] && PAGE_HEAD.institutionName.test(holder[1])) return { name: holder[1], strong: false };
  const known = mastheadOutlet(text);
  // "STEPPE HERALD" is printed in capitals, not spelt so; "BBC" is.
  const shouted = known === text && text === text.toUpperCase() && text.split(/\s+/).length > 1;
  if (known) return { name: shouted ? titleCase(text) : known, strong: true };
  const parts = (text.split(PAGE_HEAD.separator).length > 1 ? text.split(PAGE_HEAD.separator) : text.split(/\s+[-–—]\s+/)).map((p) => p.trim());
  // "LE MONDE BILINGUE / THE BILINGUAL WORLD": a name and its translation; the name is the first, or the
  // one the body's acronym follows ("INSTITUTUL … / INSTITUTE FOR REGIONAL SECURITY POLICY (IRSP)").
  const bilingual = text.split(/\s+\/\s+/).map((p) => p.trim());
  if (bilingual.length === 2 && bilingual.every((p) => isMastheadLike(p))) {
    const chosen = bilingual.find((p) => OWN_ACRONYM.test(p)) ?? bilingual[0] ?? "";
    return mastheadName(chosen);
  }
  if (parts.length > 1) {
    const names = parts
      .filter((p) => !isNavRun(p) && !PAGE_HEAD.serviceProduct.test(p) && !PAGE_HEAD.desk.test(p) && !PAGE_HEAD.viewer.test(p))
      .sort((a, b) => b.length - a.length);
    return names[0] ? mastheadName(names[0]) : null;
  }
  // "euronews.": the brand's own full stop is no part of its name.
  // "IZVESTIA" is a name printed in capitals; "OSCE" is an acronym and keeps them.
  const shoutedName = text === text.toUpperCase() && !/^\p{Lu}{2,5}$/u.test(text);
  // ("… POLICY (IRSP)": the acronym after the name stays in capitals.)
  const acronym = / \(\p{Lu}{2,8}\)$/u.exec(text)?.[0] ?? "";
  const name = (shoutedName ? titleCase(text.slice(0, text.length - acronym.length)) + acronym : text).replace(/(?<=\p{L})\.$/u, "");
  return { name: name.replace(/^The (?=Ministry|Government|Office|Embassy)/, ""), strong: false };
}

/** The quoted title after an episode's or item's number ('Episode 112: "Signed at midnight"'), or null. */
export function quotedEpisodeTitle(text: string): string | null {
  const number = PAGE_HEAD.episodePrefix.exec(text)?.[0];
  return number ? unquoted(text.slice(number.length)) : null;
}

/** '"Signed at midnight"' → 'Signed at midnight'; null when the text is not one quotation. */
export function unquoted(text: string): string | null {
  return /^["“]([^"“”]+)["”]$/.exec(text)?.[1] ?? null;
}
