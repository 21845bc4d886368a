// One article's knowledge: every sentence read in order (so "it" and "the ministry" can point
// back across sentences and paragraphs), giving claims, casualty figures, dates and places.
import type { ArticleKnowledge, CasualtyFigure, Claim, Claimant, ClaimSide, DateRef, ParsedArticle, Sentence, Side } from "../types.ts";
import { defaultGazetteer, placesIn, type Gazetteer, type Match } from "../attribution/gazetteer.ts";
import { attributeSentence, type Voice } from "../attribution/attributeSentence.ts";
import { emptyDiscourse, latestReferent, nameInReport, type Discourse } from "../attribution/discourse.ts";
import { capitalSide, isInstruction } from "../attribution/genreVoices.ts";
import { tokenize } from "../attribution/tokens.ts";
import type { Mention } from "../attribution/mentions.ts";
import { casualtyClaimant, extractCasualties, singleOutcome, type CasualtyContext, type EarlierFigure } from "../casualties/extractCasualties.ts";
import { victimsGround } from "../casualties/articleGround.ts";
import { fireTargetSide } from "../casualties/affectedSide.ts";
import { findDateRef } from "../dates/resolveDate.ts";
import { genreVoices } from "../attribution/genreVoices.ts";
import { continuesQuotation, continuesReportedSpeech } from "../attribution/continuation.ts";
import { findSpeechVerbs } from "../attribution/speechVerbs.ts";
import { isBelligerent, sameCamp, UNCLEAR } from "../sides/sides.ts";
import { revealedReading } from "../attribution/revealedSpeaker.ts";
import { withSovietCentreAsRussia } from "../attribution/sovietCentre.ts";
import { withMediatorsBeforeMinskGroupUnclear } from "../attribution/beforeMinskGroup.ts";
import { withSidesInOffice } from "../attribution/termsOfOffice.ts";
import { describedDocument } from "../attribution/describedDocument.ts";
import { pointsBackToDocument } from "./documentReference.ts";
import { oneSideOf, telegraphicRow } from "./listItemVoice.ts";
import { inWrittenOrder } from "../ingest/liveBlogOrder.ts";
import { headingState, withSectionState } from "../attribution/sectionState.ts";
import { headerCells, tableCells } from "../ingest/tableRow.ts";

export function extractArticle(article: ParsedArticle, gazetteer: Gazetteer = defaultGazetteer): ArticleKnowledge {
  // Tass's own page in 1988 has no home side: Moscow's centre spoke for the Union then.
  const soviet = article.meta.outlet !== null && gazetteer.isSovietCentre(article.meta.outlet, article.meta.published);
  const dateline = datelineHome(article, gazetteer);
  // (Only a belligerent's: a Moscow dateline's "officials" are as often the visiting delegations'.)
  const localPress = soviet ? null : (localPressSide(article.meta.outlet, gazetteer) ?? dateline);
  const local = localPress && isBelligerent(localPress) ? localPress : null;
  const ownHome = (soviet ? null : homeSide(article.meta.outlet, gazetteer)) ?? respondentSide(article, gazetteer);
  const state = emptyDiscourse(ownHome ?? dateline, local, ownHome ?? local);
  const published = article.meta.published;
  const claims: Claim[] = [];
  const casualties: CasualtyFigure[] = [];
  const headings = new Set(article.passages.filter((p) => p.heading).map((p) => p.id));
  const places: Record<string, string[]> = {};
  const genre = genreVoices(article, state, gazetteer);
  const opinion = article.meta.genre === "analysis";
  // The sentence before, kept until the next one is read: a speaker named only after their words
  // ("That was how the minister put it.") gives it its side.
  let before: Read | null = null;
  // The last figure and how many sentences ago it was given: what "the number" refers back to.
  let earlier: { figure: EarlierFigure; age: number } | null = null;
  // Whose victims the last figure counted, for "that toll" in the next sentences.
  let victims: Victims | null = null;
  // The side of the target of fire the sentence before named, whose people "three people were killed" may count.
  let fireTarget: Side | null = null;
  // The sentence before, where an attack the next one opens on may have been placed (read only when it does).
  let sentenceBefore: string | null = null;
  // A feed's item is dated on its own: what its sentences say happened "on Monday" is that item's Monday.
  let itemDate: string | null = null;
  // The day of the document the catalogue entry being read describes.
  let described: string | null = null;
  // The header row of the table being read ("| As of | Armenia: own losses (source) | …"): whose figures its columns hold.
  let tableHeader: string[] | null = null;
  // The speaker of a line that introduces a bulleted list ("The prosecutor's office gave these figures:"):
  // the list's verbless items are that speaker's.
  const listed = new Set(article.structure.listed ?? []);
  let listLead: Voice | null = null;
  // The voice the list item above spoke in, for a telegraphic row under it ("- October 12: ten killed.").
  let itemAbove: Voice | null = null;
  const inOrderWritten = article.structure.newestFirst ? inWrittenOrder(article.passages, article.structure.entries) : article.passages;
  // The state a heading of a roundup names ("Baku"), for the section under it.
  let section: ClaimSide | null = null;
  for (const passage of inOrderWritten) {
    genre.enterPassage(passage);
    if (passage.heading) section = headingState(passage.text, gazetteer);
    const inList = listed.has(passage.id) && !passage.heading;
    if (!inList) {
      listLead = null;
      itemAbove = null;
    }
    const itemVoices: Voice[] = [];
    itemDate = article.structure.items?.[passage.id]?.date ?? itemDate;
    // A catalogue's entry on one dated document ("Letter, President X to President Y, 27 November 1991, …"), up to
    // the next heading: its writer spoke in the office he held that day, not on the day the catalogue was published.
    described = passage.heading ? null : (describedDocument(passage.text)?.date ?? described);
    const inOfficeOn = described ?? published;
    let reporting: Voice | null = null;
    for (const sentence of passage.sentences) {
      const latestSpeaker = latestSpeakerSide(state);
      // (A rule of dashes under the header keeps it; any line that is no table row ends the table.)
      tableHeader = tableCells(sentence.text) ? (headerCells(sentence.text) ?? tableHeader) : null;
      const readable = genre.readable(passage, sentence.text);
      const revealed = passage.heading ? null : revealedReading(readable);
      const attributed = attributeSentence(revealed ?? readable, state, gazetteer);
      const reading = {
        ...attributed,
        voices: withSectionState(
          withSidesInOffice(
            withMediatorsBeforeMinskGroupUnclear(withSovietCentreAsRussia(attributed.voices, published, gazetteer), published, gazetteer),
            inOfficeOn,
            gazetteer,
            readable,
          ),
          passage.heading ? null : section,
          readable,
        ),
      };
      const tokens = revealed ? tokenize(readable) : reading.tokens;
      const own = genre.voicesOf(passage, sentence.text, revealed ? reading.voices.map((v) => wholeSentence(v, readable)) : reading.voices);
      // A sentence that carries on the previous one's reported speech keeps its speaker.
      // Only a sentence with no speech verb of its own: "A spokesman said …" with a speaker we cannot
      // resolve is a new voice, not the last one's.
      const continues =
        own.length === 0 &&
        reporting &&
        !passage.heading &&
        findSpeechVerbs(tokens, []).length === 0 &&
        // (A witness's quotation running on is colour, not a party's claim: only a party's runs on.)
        (continuesReportedSpeech(sentence.text, opinion, article.structure.turns[passage.id]?.role === "answer") ||
          (continuesQuotation(sentence.text) && !reporting.sides.includes("other"))) &&
        !opensWithAnotherSide(reading.mentions, reporting);
      // (Only an item that states something, a figure or a verb: "- the territorial integrity of Armenia;" is a heading of a principle.)
      // (Nor a command to the reader: "- Use candles and heaters carefully." advises; it claims nothing.)
      const itemOfList =
        inList &&
        listLead !== null &&
        own.length === 0 &&
        findSpeechVerbs(tokens, []).length === 0 &&
        STATES_SOMETHING.test(sentence.text) &&
        !isInstruction(sentence.text);
      if (inList && listLead !== null && own.length === 0) nameInReport(state);
      const voices: Voice[] =
        itemOfList && listLead ? [wholeSentence(listLead, sentence.text)] : continues && reporting ? [wholeSentence(reporting, sentence.text)] : own;
      reporting = voices.length === 1 ? (voices[0] ?? null) : null;
      if (!inList) listLead = /:\s*$/.test(sentence.text) && reporting && !reporting.sides.includes(UNCLEAR) ? reporting : null;
      const date = findDateRef(sentence.text, itemDate ?? article.meta.published) ?? (itemDate ? itemDay(itemDate) : null);
      const found = placesIn(gazetteer, tokens);
      if (found.length > 0) places[sentence.id] = found;
      // '"… will be answered." That was how the minister put it.': the words before are the minister's too.
      const [speaker] = voices;
      if (revealed && before && voices.length === 1 && speaker && !speaker.sides.includes(UNCLEAR) && unvoiced(before)) {
        claims.length = before.claimsFrom;
        casualties.length = before.casualtiesFrom;
        const voice = wholeSentence(speaker, before.readable);
        record(before, [voice], [voice]);
      }
      const read: Read = { sentence, readable, date, latestSpeaker, voices, claimsFrom: claims.length, casualtiesFrom: casualties.length };
      const figuresBefore = casualties.length;
      // "According to the indictment, 40 were killed" after the prosecutors spoke: the figures are theirs (no claim is made of it).
      const document = passage.heading ? null : documentVoice(sentence.text, voices, reading.voices, before);
      // (Figures only: a row that repeats a count is no claim of its own.)
      const row = inList && !listLead && voices.length === 0 && reading.voices.length === 0 && telegraphicRow(sentence.text) ? itemAbove : null;
      const inherited = document ?? row;
      itemVoices.push(...(inherited ? [inherited] : voices));
      // A speaker's answer in a transcript relays the figures it names (see relayedInTurn).
      const turnSpeaker = inherited || passage.heading || article.structure.turns[passage.id]?.role !== "answer" ? null : turnSpeakerSide(voices);
      record(read, voices, inherited ? [wholeSentence(inherited, readable)] : figureVoices(revealed ? voices : reading.voices, voices), turnSpeaker);
      before = passage.heading ? null : read;
      fireTarget = passage.heading ? null : fireTargetSide(readable, { sideOf: (phrase) => gazetteerSideOf(phrase, gazetteer) });
      sentenceBefore = passage.heading ? null : readable;
      earlier = lastFigure(casualties.slice(figuresBefore)) ?? olderBy(earlier);
      const lastVictims = casualties.slice(figuresBefore).at(-1)?.affected;
      const kept: Victims | null = victims !== null && victims.age < 1 ? { affected: victims.affected, age: victims.age + 1 } : null;
      victims = lastVictims ? { affected: lastVictims, age: 0 } : kept;
    }
    itemAbove = inList ? oneSideOf(itemVoices) : null;
  }
  return { meta: article.meta, passages: article.passages, claims: withoutEchoedHeadings(article, claims), casualties, places };

  /** Adds a sentence's claims and its casualty figures, each figure with the voice that puts it forward. */
  function record(read: Read, voices: Voice[], figureVoicesOfIt: Voice[], turnSpeaker: Side | null = null): void {
    const { sentence, date } = read;
    claims.push(...voices.flatMap((v) => claimsOf(article, sentence, v, date)));
    // A figure belongs to whoever puts it forward in the sentence: in a press release relaying
    // "the prosecutor's office reported 12 dead", the prosecutor's office, not the issuer.
    // (A table row under a header that says whose figures its columns hold is read whole: its cells name their sources.)
    const parts = tableHeader && figureVoicesOfIt.length > 1 ? [{ text: read.readable, voice: null }] : voicedParts(read.readable, figureVoicesOfIt);
    for (const part of parts) {
      const found = casualtyContext(part.voice, read.latestSpeaker, gazetteer);
      // Whose figure it is cannot be told: better no record than one with a guessed claimant.
      if (!found) continue;
      const ground = victimsGround(casualties);
      const ctx = {
        ...found,
        ...(earlier ? { earlier: earlier.figure } : {}),
        ...(victims ? { earlierVictims: victims.affected } : {}),
        ...(ground ? { articleGround: ground } : {}),
        ...(headings.has(read.sentence.passageId) ? { headline: true } : {}),
        ...(fireTarget ? { fireTarget } : {}),
        ...(sentenceBefore ? { sentenceBefore } : {}),
        ...(tableHeader ? { tableHeader } : {}),
      };
      for (const draft of extractCasualties(part.text, ctx)) {
        const { claimedBy: _override, ...figure } = draft;
        casualties.push({
          file: article.meta.file,
          passageId: sentence.passageId,
          sentenceId: sentence.id,
          sentence: sentence.text,
          ...figure,
          claimedBy: relayedInTurn(casualtyClaimant(draft, ctx), turnSpeaker),
          date,
        });
      }
    }
  }
}

/**
 * A headline or subhead says in short what a sentence under it says in full ("Iran condemns the
 * occupation" over "Iran's foreign ministry condemned …"): its claim is dropped when a body
 * sentence of its section (up to the next heading) gives the same side a claim, and kept when no
 * body sentence does.
 */
function withoutEchoedHeadings(article: ParsedArticle, claims: Claim[]): Claim[] {
  const headingOf = new Map<string, string>();
  let current: string | null = null;
  for (const passage of article.passages) {
    if (passage.heading) current = passage.id;
    else if (current) headingOf.set(passage.id, current);
  }
  const headings = new Set(article.passages.filter((p) => p.heading).map((p) => p.id));
  // The sides each section's body speaks for: "section id:side".
  const spoken = new Set(claims.flatMap((c) => (headingOf.has(c.passageId) ? [`${headingOf.get(c.passageId)}:${c.side}`] : [])));
  // The title (the first heading) stands over the whole article: any body claim of its side echoes it.
  const title = article.passages.find((p) => p.heading)?.id;
  const anywhere = new Set(claims.filter((c) => !headings.has(c.passageId)).map((c) => c.side));
  return claims.filter((c) => {
    if (!headings.has(c.passageId)) return true;
    if (c.passageId === title && anywhere.has(c.side)) return false;
    return !spoken.has(`${c.passageId}:${c.side}`);
  });
}

/** Whose victims the last figure counted, and how many sentences ago. */
interface Victims {
  affected: CasualtyFigure["affected"];
  age: number;
}

/** The earlier figure one sentence further back; forgotten after two sentences. */
function olderBy(earlier: { figure: EarlierFigure; age: number } | null): { figure: EarlierFigure; age: number } | null {
  return earlier && earlier.age < 1 ? { figure: earlier.figure, age: earlier.age + 1 } : null;
}

/** The figure a sentence gave last, as "the number" in the next sentences would count it; none when it counted both killed and wounded. */
function lastFigure(figures: CasualtyFigure[]): { figure: EarlierFigure; age: number } | null {
  // "… 170 killed and 290 injured. By Friday the figure had climbed to 190": a bare toll is the dead's.
  const last = figures.filter((f) => f.killed !== null).at(-1) ?? figures.at(-1);
  const figure = last ? (singleOutcome(last) ?? (last.killed !== null ? { outcome: "killed" as const, affected: last.affected } : null)) : null;
  return figure ? { figure, age: 0 } : null;
}

/** A sentence as read, with where its claims and figures start in the article's lists. */
interface Read {
  sentence: Sentence;
  readable: string;
  date: Claim["date"];
  latestSpeaker: Side | null;
  voices: Voice[];
  claimsFrom: number;
  casualtiesFrom: number;
}

/** No side speaks in it: no voice at all, or only one whose side could not be told. */
function unvoiced(read: Read): boolean {
  return read.voices.every((v) => v.sides.every((side) => side === UNCLEAR));
}

/**
 * "Within 24 hours the Karabakh authorities had accepted a ceasefire": a sentence whose subject is
 * another side's body tells what that body did; it does not carry on the last speaker's report.
 */
function opensWithAnotherSide(mentions: readonly Mention[], reporting: Voice): boolean {
  const subject = mentions.find((m) => !m.quoted && m.side !== null && m.side !== "other" && m.start <= 6 && m.sideFrom !== "default");
  return subject !== undefined && subject.type !== "country" && !subject.sides.some((side) => reporting.sides.includes(side));
}

function claimsOf(article: ParsedArticle, sentence: Sentence, voice: Voice, date: Claim["date"]): Claim[] {
  return voice.sides.map((side) => ({
    id: `${sentence.id}:${side}`,
    file: article.meta.file,
    passageId: sentence.passageId,
    sentenceId: sentence.id,
    sentence: sentence.text,
    speaker: (side !== UNCLEAR ? voice.names[side] : undefined) ?? voice.speaker,
    side,
    kind: voice.kind,
    date,
  }));
}

/** A list item with a figure or a verb in it: "12 civilians killed in Ganja", "the road was closed". */
// (A participle of a principle, "an agreement based on self-determination", states nothing; a toll's does.)
// (A digit inside a name, "the M4 highway", "the T-72", is no figure: an item naming areas states nothing.)
const STATES_SOMETHING =
  /(?<![\p{L}\p{N}-])\d|\b(?:was|were|is|are|has|have|had|will|would|remains?|stands?|stood|killed|wounded|injured|died|destroyed|damaged|captured|missing)\b/u;

/** The one side whose turn a transcript's sentence is, or null when the turn is no single known side's. */
function turnSpeakerSide(voices: Voice[]): Side | null {
  const [turn, ...more] = voices;
  const side = turn && more.length === 0 && turn.sides.length === 1 ? turn.sides[0] : undefined;
  return side && side !== UNCLEAR ? side : null;
}

/**
 * Whose figure a speaker's turn in a transcript relays: the speaker's, when it is a third party ("ZAKHAROVA: The
 * Azerbaijani side reported seven dead") or speaks for the same camp ("According to the Defence Army, eight …", in
 * Yerevan's words); a belligerent relaying the enemy's count ("Baku itself admitted 31 dead") leaves it the enemy's.
 * (A written report or a press release that relays a body's figure leaves it that body's: see figureVoices.)
 */
function relayedInTurn(claimant: Claimant, speaker: Side | null): Claimant {
  if (!speaker || claimant === speaker) return claimant;
  return !isBelligerent(speaker) || (claimant !== "unattributed" && sameCamp(speaker, claimant)) ? speaker : claimant;
}

/** The sentence's own speakers when it names them all, else the voices the genre gave it. */
function figureVoices(ownReading: Voice[], voices: Voice[]): Voice[] {
  if (ownReading.length === 0) return voices;
  // An interviewer's question that cites a figure ("Pashinyan told parliament 105 soldiers were
  // killed; …?") is no claim, but the figure is still its speaker's.
  return ownReading.every((v) => !v.sides.includes(UNCLEAR)) ? ownReading : voices;
}

/**
 * The previous sentence's speaker, for a sentence that names none of its own but points back to the
 * document that speaker put forward ("according to the same statement"). Only a single speaker whose
 * side is known: a wrong side is worse than none.
 */
function documentVoice(text: string, voices: Voice[], ownReading: Voice[], before: Read | null): Voice | null {
  if (voices.length > 0 || !ownReading.every((v) => v.sides.every((side) => side === UNCLEAR)) || !before) return null;
  const [previous, ...more] = before.voices;
  if (!previous || more.length > 0 || previous.sides.length !== 1 || previous.sides.includes(UNCLEAR)) return null;
  return pointsBackToDocument(text) ? previous : null;
}

function wholeSentence(voice: Voice, text: string): Voice {
  return { ...voice, from: 0, to: text.length };
}

/** Each speaker's clause of the sentence (the whole sentence when one or none speaks). */
function voicedParts(text: string, voices: Voice[]): { text: string; voice: Voice | null }[] {
  if (voices.length <= 1) return [{ text, voice: voices[0] ?? null }];
  return voices.map((voice) => ({ text: text.slice(voice.from, voice.to), voice }));
}

/** The side of the last speaker before this sentence: what a bare "its soldiers" belongs to. */
function latestSpeakerSide(state: Discourse): Side | null {
  // (Searched from the end, without copying the referents: it is asked for every sentence.)
  const side = latestReferent(state, (r) => r.spoke)?.sides[0] ?? null;
  return side === UNCLEAR ? null : side;
}

function casualtyContext(a: Voice | null, latestSpeaker: Side | null, gazetteer: Gazetteer): CasualtyContext | null {
  if (a?.sides.includes(UNCLEAR)) return null;
  // Two sides accusing each other put forward no single figure: such a sentence is the outlet's.
  // "Yerevan and Stepanakert put their own losses at 18": one camp speaking together is its first-named side.
  const oneCamp = a && a.sides.length > 1 && a.sides.every((s) => s !== UNCLEAR && sameCamp(s, a.sides[0] ?? ""));
  const only = a && (a.sides.length === 1 || oneCamp) ? a.sides[0] : undefined;
  const claimant = only && only !== UNCLEAR ? only : "unattributed";
  return {
    claimant,
    // (A third party's "its soldiers", "according to Interfax", are the side it relays, the latest to speak, not its own.)
    possessorSide: claimant === "unattributed" || claimant === "other" ? (latestSpeaker ?? (claimant === "other" ? "other" : null)) : claimant,
    sideOf: (phrase) => gazetteerSideOf(phrase, gazetteer),
    ...(a && a.sides.length > 1 && !oneCamp ? { jointClaimants: a.sides.filter((s): s is Side => s !== UNCLEAR) } : {}),
  };
}

/** The first gazetteer entry a short name holds. Words only: "Report.az" is the words "Report" and "az", as the gazetteer stores it. */
function firstEntryOf(name: string, gazetteer: Gazetteer): Match | undefined {
  const words = tokenize(name)
    .filter((t) => t.isWord)
    .map((t, i) => ({ ...t, i }));
  return gazetteer.match(words)[0];
}

/** "CASE OF CHIRAGOV AND OTHERS v. ARMENIA": the state a case is brought against, in the document's head. */
const CASE_AGAINST = /\bv(?:s)?\.?\s+(?:the\s+)?(?:republic\s+of\s+)?(\p{L}+)/iu;
const CASE_HEAD_PASSAGES = 6;

/**
 * In a judgment, "the Government" is the respondent state's: the case's head names it ("… v. ARMENIA").
 * Only a state the gazetteer knows as a country counts.
 */
function respondentSide(article: ParsedArticle, gazetteer: Gazetteer): Side | null {
  const head = [article.meta.title ?? "", ...article.passages.slice(0, CASE_HEAD_PASSAGES).map((p) => p.text)].join(" ");
  if (!/\bcase\s+of\b|\bjudg(?:e)?ment\b|\bapplication\s+no\b/i.test(head)) return null;
  const state = CASE_AGAINST.exec(head)?.[1];
  if (!state) return null;
  const found = firstEntryOf(state, gazetteer);
  const side = found?.entry.kind === "country" ? found.entry.side : null;
  return side && side !== UNCLEAR && side !== "other" ? side : null;
}

/** The state an outlet belongs to when the gazetteer lists it as state media (Report.az, TASS), or its local press. */
function homeSide(outlet: string | null, gazetteer: Gazetteer): Side | null {
  if (!outlet) return null;
  const local = localPressSide(outlet, gazetteer);
  if (local) return local;
  const first = firstEntryOf(outlet, gazetteer);
  const media = first?.entry.kind === "actor" && first.entry.type === "media" && first.entry.side !== "other";
  const side = media ? (first?.entry.side ?? null) : null;
  // Private and foreign media ("Reuters") are no state's: their unqualified "ministry" is nobody's.
  return side === UNCLEAR || side === "other" ? null : side;
}

/**
 * A paper whose name is written in Azerbaijani ("Tərtər Xəbərləri") or in Armenian letters, or named
 * after a town of the region ("Tavush Herald"): that state's own press, whose unqualified
 * "Prosecutor General's Office" is its state's.
 */
function localPressSide(outlet: string | null, gazetteer: Gazetteer): Side | null {
  if (!outlet) return null;
  if (/ə/i.test(outlet)) return "azerbaijan";
  if (/\p{Script=Armenian}/u.test(outlet)) return "armenia";
  return localPaperSide(outlet, gazetteer);
}

/**
 * "Tavush Herald", "Fuzuli Xeber", "Stepanakert Chronicle", "Tabriz Province News": a local paper
 * named after its town or province in the conflict's region is that place's own press, so its
 * unqualified "district prosecutor's office" or "social security minister" is its state's. A
 * people's name ("The Armenian Weekly") names a readership, not a place.
 */
function localPaperSide(outlet: string, gazetteer: Gazetteer): Side | null {
  // ("The Yerevan Observer": the article before the name is no word of it.)
  // ("Tabriz Frontier Bulletin (English edition)": the edition in brackets is no word of the name.)
  const words = outlet
    .trim()
    .replace(/\s*\([^)]*\)$/, "")
    .replace(/^the\s+/i, "")
    .split(/\s+/);
  if (words.length < 2 || words.length > 4 || !LOCAL_PAPER_WORD.test(words.at(-1) ?? "") || /(?:ian|ani|ish|ese|ians|anis)$/i.test(words[0] ?? "")) return null;
  // The place is the name before the paper's word ("Nakhchivan Regional" of "Nakhchivan Regional Herald").
  const place = firstEntryOf(words.slice(0, -1).join(" "), gazetteer);
  if (place?.entry.kind !== "country" || place.start !== 0 || !place.entry.side) return null;
  return REGION_SIDES.has(place.entry.side) ? (place.entry.side as Side) : null;
}

const LOCAL_PAPER_WORD =
  /^(?:herald|chronicle|today|bulletin|xeber|xəbər|xəbərləri|news|post|courier|gazette|times|weekly|daily|local|tribune|voice|echo|star|express|observer|journal|mirror|review|record|dispatch|messenger|telegraph|standard|sentinel|reporter)$/i;

/** The states of the conflict's region whose towns' papers speak from home. */
const REGION_SIDES: ReadonlySet<string> = new Set(["armenia", "azerbaijan", "nagorno-karabakh", "iran"]);

/**
 * "YEREVAN, NOVEMBER 17. … the Ministry of Defence said": a story filed from a capital with no
 * agency credited in its dateline is that capital's own press, and its unqualified ministry is its
 * state's. A wire's dateline credits the agency ("BAKU, Oct 4 (Reuters) -"), which is no state's.
 */
function datelineHome(article: ParsedArticle, gazetteer: Gazetteer): Side | null {
  const city = article.structure.filedFrom;
  return city ? capitalSide(city, gazetteer) : null;
}

/** The side a victim phrase names ("Karabakh Armenian soldiers" → nagorno-karabakh), if any. */
export function gazetteerSideOf(phrase: string, gazetteer: Gazetteer = defaultGazetteer): Side | null {
  for (const m of gazetteer.match(tokenize(phrase))) {
    // An unresolved body ("Soviet troops") names no side of the victims.
    if (m.entry.kind === "country" || m.entry.kind === "actor") return m.entry.side === UNCLEAR ? null : m.entry.side;
  }
  return null;
}

/** A sentence of a dated feed item that names no time of its own happened on the item's day. */
function itemDay(iso: string): DateRef {
  return { text: "", start: iso, end: iso, precision: "day" };
}
