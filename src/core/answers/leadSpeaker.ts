// Who speaks in the lead. Most leads carry their speaker's claim; some report speech whose speaker
// the extraction could not resolve ("officials told CWS", "the ministry reported", "the official
// news agency Tass said"). The sentence before may name that speaker's side.
import type { CasualtyFigure, Claim, Sentence } from "../types.ts";
import type { PassageRecord } from "../search/searchIndex.ts";
import { UNCLEAR } from "../sides/sides.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import type { Question } from "./question.ts";
import { relayedSide, sentenceDoer } from "./doer.ts";
import { escapeRegExp } from "../rules/rule.ts";

export interface LeadSpeaker {
  side: Claim["side"] | "outlet";
  speaker: string | null;
}

/**
 * A sentence that reports what someone said: its words are a speaker's, not the outlet's own. So does
 * one naming the dead as a source gave them: "The victims were named as …", "the dead were identified as …".
 */
const REPORTS_SPEECH =
  /\b(?:said|says|told|tells|reported|reports|announced|announces|stated|states|according\s+to|confirmed|added|declared|quoted)\b|\b(?:was|were|been)\s+(?:named|identified)\s+as\b/i;
/** Words quoted within a sentence: '… "until Armenia takes full responsibility for the provocation"'. */
const QUOTES_WORDS = /["“«][^"“”«»]{8,}["”»]/;
/** How many sentences before the lead, in its paragraph, may name its speaker. */
const SPEAKER_REACH = 2;
/**
 * A speaker named only by a title or a pronoun that points back ("according to the diplomat", "the
 * minister added", "she said"): the one named in the sentences before, maybe the paragraph before.
 */
const POINTS_BACK =
  /\baccording\s+to\s+(?:the|this|that)\s+(?:diplomat|minister|spokes(?:man|woman|person)|official|ambassador|envoy|president|premier|general|commander|ombudsman|prosecutor|lawmaker|deputy|senator)\b|\b(?:the|this)\s+(?:diplomat|minister|spokes(?:man|woman|person)|official|ambassador|envoy|premier|ombudsman|prosecutor)\s+(?:said|says|added|noted|stressed|told|warned|argued|insisted|went\s+on)\b/i;

/**
 * The lead's side and speaker: its claim's (the one of the side asked about first); else its
 * figure's claimant; else, when the sentence reports speech, the speaker of the sentence just
 * before it ("Separately, the authorities reported … Eleven citizens have been killed by mines
 * this year, officials told CWS."); else the outlet. Never the side the question asks about: a
 * side comes from the text, and one the text leaves unclear (Tass in 1988) stays unclear.
 */
export function leadSpeaker(
  index: AnswerIndex,
  lead: { sentence: Sentence; record: PassageRecord; claims: Claim[]; figures: CasualtyFigure[] },
  question: Question,
): LeadSpeaker {
  const claim = lead.claims.find((x) => x.side === question.claimant) ?? lead.claims.find((x) => x.side !== UNCLEAR) ?? lead.claims[0];
  if (claim && claim.side !== UNCLEAR) return { side: claim.side, speaker: claim.speaker };
  const figure = lead.figures.find((f) => f.claimedBy !== "unattributed");
  if (figure && figure.claimedBy !== "unattributed") return { side: figure.claimedBy, speaker: claim?.speaker ?? null };
  const reported = REPORTS_SPEECH.test(lead.sentence.text);
  const before = reported
    ? (speakerBefore(index, lead.sentence, lead.record) ?? pointedBack(index, lead.sentence, lead.record))
    : (introducedQuotation(index, lead.sentence, lead.record) ?? quotationGoingOn(index, lead.sentence, lead.record));
  if (before) return { side: before.side, speaker: before.speaker };
  // "Azerbaijan's foreign ministry called her remarks 'unfair'": a side that opens the sentence as its
  // speaker is named by the text itself, though the extraction recorded no claim of it.
  // So does one a reporter narrates ("Armenia's government says …" in a correspondent's piece): the
  // extraction gave it to the reporter, unclear, whose name the sentence does not hold.
  const opening = claim && namedInSentence(claim.speaker, lead.sentence.text) ? null : relayedSide(lead.sentence.text);
  if (opening) return { side: opening, speaker: null };
  // 'Azerbaijan then suspended all movement "until Armenia takes full responsibility …"': the side doing
  // the act, with its own words quoted on it; the outlet tells the act, the words are the side's.
  const doer = claim ? null : QUOTES_WORDS.test(lead.sentence.text) ? sentenceDoer(lead.sentence.text) : null;
  if (doer) return { side: doer, speaker: null };
  if (claim) return { side: claim.side, speaker: claim.speaker };
  return { side: "outlet", speaker: lead.record.article.meta.outlet };
}

/** The resolved claim of the nearest sentence before the lead in its paragraph, or null. */
function speakerBefore(index: AnswerIndex, sentence: Sentence, record: PassageRecord): Claim | null {
  const sentences = record.passage.sentences;
  const at = sentences.findIndex((s) => s.id === sentence.id);
  for (let back = 1; back <= SPEAKER_REACH && at - back >= 0; back++) {
    const earlier = sentences[at - back];
    const claim = earlier ? (index.claimsBySentence.get(earlier.id) ?? []).find((c) => c.side !== UNCLEAR) : undefined;
    if (claim) return claim;
  }
  return null;
}

/**
 * The speaker a sentence with no claim of its own points back to ("According to the diplomat, the
 * new road must …" after "She said Moscow was in close contact …"): the resolved claim of the
 * sentences before it in its paragraph, else of the last sentences of the paragraph before.
 */
export function pointedBack(index: AnswerIndex, sentence: Sentence, record: PassageRecord): Claim | null {
  if (!POINTS_BACK.test(sentence.text)) return null;
  return claimBefore(index, sentence, record);
}

/** A sentence (or paragraph) that opens with a quotation mark: words quoted as they were said or written. */
const OPENS_QUOTED = /^\W{0,3}["“«]/;
/** A sentence that ends by introducing what follows: "…has issued a statement, which we quote:", "He said:". */
const INTRODUCES = /:\s*$/;

/**
 * The speaker of a quotation that a colon introduced ("The press service of the council has issued a
 * statement, which we quote:" and then the statement, as its own paragraph): the resolved claim of
 * the introducing sentence, just before the quotation in its paragraph or closing the paragraph before.
 */
function introducedQuotation(index: AnswerIndex, sentence: Sentence, record: PassageRecord): Claim | null {
  if (!OPENS_QUOTED.test(sentence.text)) return null;
  const sentences = record.passage.sentences;
  const at = sentences.findIndex((s) => s.id === sentence.id);
  const previous = index.search.passages[record.doc - 1];
  const before =
    at > 0 ? sentences[at - 1] : previous && previous.article === record.article && !previous.passage.heading ? previous.passage.sentences.at(-1) : undefined;
  if (!before || !INTRODUCES.test(before.text)) return null;
  const own = (index.claimsBySentence.get(before.id) ?? []).find((c) => c.side !== UNCLEAR);
  if (own) return own;
  // "By Wednesday morning the ministry had revised those numbers in a further post:": a speaker named
  // by a bare title is the one the sentences before name, in their paragraph or the one before.
  if (!BARE_TITLE.test(before.text)) return null;
  const introducer = at > 0 ? record : previous;
  return introducer ? claimBefore(index, before, introducer) : null;
}

/** A speaker named by a title the reader knows from before: "the ministry", "the same office", "the spokesman". */
const BARE_TITLE =
  /\b(?:the|this)\s+(?:same\s+)?(?:ministry|office|service|department|agency|committee|council|government|spokes(?:man|woman|person)|minister|president|ombudsman)\b/i;

/** The resolved claim nearest before a sentence: in its paragraph, else among the last sentences of the paragraph before. */
function claimBefore(index: AnswerIndex, sentence: Sentence, record: PassageRecord): Claim | null {
  const own = speakerBefore(index, sentence, record);
  if (own) return own;
  if (record.passage.sentences.findIndex((s) => s.id === sentence.id) >= SPEAKER_REACH) return null;
  const previous = index.search.passages[record.doc - 1];
  if (!previous || previous.article !== record.article || previous.passage.heading) return null;
  for (const earlier of [...previous.passage.sentences].reverse().slice(0, SPEAKER_REACH)) {
    const claim = (index.claimsBySentence.get(earlier.id) ?? []).find((c) => c.side !== UNCLEAR);
    if (claim) return claim;
  }
  return null;
}

/**
 * After its quotation, a pronoun for the speaker just named ('"…," it began', '"…," she went on'), or
 * nothing: the quotation goes on with the word of the sentence before it.
 */
const QUOTE_GOES_ON = /["”»]\s*[.!?]?\s*$|["”»],?\s+(?:he|she|they|it)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*[.!?]?\s*$/u;

/**
 * The speaker of a quotation that goes on from the sentence before it in its paragraph ("The three
 * envoys issued a joint statement on Monday. \"Ten years on, we call on …,\" it began."): the
 * resolved claim of that sentence. The extraction gives the quotation no claim of its own, its speaker
 * being only "it".
 */
export function quotationGoingOn(index: AnswerIndex, sentence: Sentence, record: PassageRecord): Claim | null {
  if (!OPENS_QUOTED.test(sentence.text) || !QUOTE_GOES_ON.test(sentence.text)) return null;
  const sentences = record.passage.sentences;
  const before = sentences[sentences.findIndex((s) => s.id === sentence.id) - 1];
  if (!before) return null;
  return (index.claimsBySentence.get(before.id) ?? []).find((c) => c.side !== UNCLEAR) ?? null;
}

/** Whether a speaker's name (its last word: "Reinholt", "Armenians", "he") stands in the sentence as a word. */
function namedInSentence(speaker: string, text: string): boolean {
  const last = speaker.trim().split(/\s+/).pop() ?? "";
  return last !== "" && new RegExp(`(?<!\\p{L})${escapeRegExp(last)}(?!\\p{L})`, "iu").test(text);
}
