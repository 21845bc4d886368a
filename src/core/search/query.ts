// Turns a question as typed into weighted search terms, a date and places:
// stop words dropped, unknown words corrected against the corpus vocabulary, synonyms merged.
import { analyze, analyzeWords, termOf } from "./analyze.ts";
import { type WeightedTerm, idf, maxIdf } from "./bm25.ts";
import { parseQuestionDate, type QuestionDate } from "./questionDate.ts";
import { findEvents } from "../events/events.ts";
import { isEnglishWord, oneVowelApart } from "./englishWords.ts";
import { type SearchIndex, isKnownWord } from "./searchIndex.ts";
import { sameNameSpellings } from "./nameSpellings.ts";
import { type Correction as SpellingCandidate, type Vocabulary, buildVocabulary, correctionCandidates, editDistance } from "./spelling.ts";
import { QUESTION_ALSO, SYNONYM_GROUPS, withPhrasesRead } from "./synonyms.ts";
import { searchTerms } from "./tokenize.ts";
import { PLACE_NAMES, SEAT_PLACES, defaultGazetteer } from "../attribution/gazetteer.ts";
import { tokenize } from "../attribution/tokens.ts";
import { periodPhase } from "./periodPhase.ts";
import { isStopWord, onlyAsks, withoutHowPhrases } from "./stopWords.ts";

/** Longer questions are cut: the first words say what is asked, and scoring stays bounded. */
export const MAX_QUESTION_CHARS = 1_000;
export const MAX_QUERY_TERMS = 24;
/** A corrected word counts for less than one typed as found in the corpus. */
const MIN_CORRECTED_WEIGHT = 0.5;

export interface Correction {
  typed: string;
  corrected: string;
  /** How far apart the two are (Fuse: 0 the same, 1 nothing alike). */
  score: number;
}

export interface AbsentPlace {
  /** The gazetteer's name for it ("Ganja"). */
  place: string;
  /** The words as typed ("gyanja"). */
  typed: string;
}

export interface SearchQuery {
  terms: WeightedTerm[];
  corrections: Correction[];
  date: QuestionDate | null;
  /** "How many …", "how much …", "the number of …": the answer is a count. */
  countAsked: boolean;
  /** "Where …", "which towns …": the answer is a place, so passages naming places are lifted. */
  placeAsked: boolean;
  /**
   * "What did Grachev say …", "how did the envoy answer …": the terms of whoever is asked to have
   * spoken. A passage where they are the speaker holds their words, not only the topic's.
   */
  speakerAsked: string[];
  /**
   * The asked speaker's name as typed, where no passage names them and no spelling of the corpus
   * fits ("what did Macron say" over articles without him): nobody here can give their words.
   */
  absentSpeaker: string | null;
  /**
   * Places the question names, in any spelling the gazetteer knows, that no passage names ("who
   * attacked Tovuz?" over articles that never mention Tovuz): nothing here is about them.
   */
  absentPlaces: AbsentPlace[];
  /** Known place names the question mentions. */
  places: string[];
  /** Terms that say which part of the period is meant ("first", "days"): they rank, but are no evidence. */
  timeTerms: string[];
  /** Sum of the terms' idf as if all were found: the yardstick for "weak evidence". */
  evidenceMass: number;
  /** idf of each term in the index (maxIdf for a term the corpus lacks). */
  termIdf: number[];
  /**
   * Which typed word each term stands for: alternative corrections of one typo share a slot,
   * so together they count as one word of evidence.
   */
  slots: number[];
}

const UNKNOWN_WORD_SHARE = 0.5;
/** The share of a rightly spelt English word that the corpus lacks (see evidenceOf in planQuery). */
const SPELLED_RIGHT_SHARE = 0.2;

const COUNT_QUESTION = /\bhow\s+(?:many|much|large|big)\b|\bnumber\s+of\b|\bsize\s+of\b/i;
const PLACE_QUESTION =
  /\bwhere\b|\b(?:which|what)\s+(?:\w+\s+)?(?:towns?|villages?|cit(?:y|ies)|settlements?|places?|locations?|regions?|districts?|areas?)\b/i;

/**
 * A question that asks what someone said: the subject between the auxiliary and the verb of
 * speech ("what did [the US co-chair] say", "how did [Baku] justify", "how many people did [the
 * State Department] say …"), up to a few words.
 */
const SPEECH_QUESTION =
  /\b(?:what|how|why|when|where|which)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:did|does|do|has|have|had|would|will)\s+((?:[\p{L}'’.-]+\s+){1,6}?)((?:say|said|tell|told|call|called|describe|answer|reply|respond|react|complain|demand|want|propose|warn|claim|threaten|announce|write|argue|explain|justify|insist|promise|admit|deny|accuse|blame|urge)\b)/iu;

/**
 * The verb of speech a question asks about, unless it only says that someone spoke: "what did
 * Aliyev demand" asks for the demand, and a passage about the crash that demands nothing does
 * not answer it, however many of the topic's words it holds.
 */
function focusVerbTerm(text: string): string | null {
  const verb = SPEECH_QUESTION.exec(text)?.[2]?.toLowerCase() ?? SPEECH_NOUN.exec(text)?.[1]?.toLowerCase();
  return verb && !PLAIN_SAYING.has(verb) ? termOf(verb) : null;
}

/** "tehran warning to both sides over …", "baku's denial of …": the speech act a question names by its noun. */
const SPEECH_NOUN = /\b(warnings?|denials?|accusations?|demands?|appeals?|threats?|condemnations?|apolog(?:y|ies)|protests?|ultimatums?)\b/i;

const PLAIN_SAYING = new Set(["say", "said", "tell", "told", "claim"]);

/** The focus verb weighs this much more than a word of the topic. */
export const FOCUS_VERB_WEIGHT = 1.5;

/** "according to the Kremlin, …", "… according to Amnesty?": the source named after the phrase, up to a few words. */
const ACCORDING_TO = /\baccording\s+to\s+((?:[\p{L}'’.-]+\s*){1,4})/iu;

/**
 * The asked speaker's name where the corpus never names it: every capitalised word of the speaker
 * phrase is unknown to the index and was read as no corpus word. A known word in the name ("Minister
 * Grigoryan" where only "Grigoryan" is known) means some passage may still be theirs.
 */
function absentSpeakerName(index: SearchIndex, text: string, corrections: readonly Correction[]): string | null {
  const phrase = SPEECH_QUESTION.exec(text)?.[1] ?? ACCORDING_TO.exec(text)?.[1];
  // "the Zurich insurers": a name that only qualifies a common noun names no one; the phrase must end in it.
  if (!phrase || !/(?<!\p{L})\p{Lu}[\p{L}'’.-]*\s*$/u.test(phrase)) return null;
  // A side's country or seat ("Baku", "the Kremlin") speaks through every ministry and spokesman of
  // its side, whether or not a passage uses that word for them.
  const names = [...phrase.matchAll(CAPITALISED_WORD)].map((m) => m[0]).filter((name) => !namesSideSeat(name));
  const words = names.flatMap((name) => searchTerms(name)).filter((w) => analyzeWords([w]).length > 0);
  if (words.length === 0) return null;
  const known = (w: string) => isKnownWord(index, w) || corrections.some((c) => c.typed === w);
  return words.some(known) ? null : names.join(" ");
}

/**
 * The question's places that no passage names. A capital or the conflict zone (a gazetteer "seat":
 * "Baku", "Karabakh") is never absent: asking about it asks about a side or the war.
 */
function absentPlaceNames(index: SearchIndex, text: string): AbsentPlace[] {
  const named = new Set(index.places.map((p) => p.name));
  // A place is there when the passages' places hold it, or when every word of one of its names is a
  // corpus word (a passage may name it where no place was read).
  const written = (place: string) =>
    (PLACE_NAMES.get(place) ?? []).some((name) => {
      const words = searchTerms(name);
      return words.length > 0 && words.every((w) => isKnownWord(index, w));
    });
  const tokens = tokenize(text);
  const absent = new Map<string, AbsentPlace>();
  for (const { entry, start, end } of defaultGazetteer.matchPlaces(tokens)) {
    const place = entry.place;
    const [first, last] = [tokens[start], tokens[end - 1]];
    if (!place || !first || !last || SEAT_PLACES.has(place) || named.has(place) || absent.has(place) || written(place)) continue;
    absent.set(place, { place, typed: text.slice(first.start, last.end) });
  }
  return [...absent.values()];
}

function namesSideSeat(name: string): boolean {
  return defaultGazetteer.match(tokenize(name.replace(/['’]s$/, ""))).some((m) => m.entry.kind === "country");
}

function speakerAskedTerms(text: string, corrections: readonly Correction[]): string[] {
  const subject = SPEECH_QUESTION.exec(text)?.[1];
  if (!subject) return [];
  // "What did Aliev say": the name as the corpus spells it ("Aliyev").
  const corrected = searchTerms(subject).map((word) => corrections.find((c) => c.typed === word)?.corrected ?? word);
  return [...new Set(analyzeWords(corrected))].filter((t) => !COUNTRY_TERMS.has(t));
}

/**
 * The asked speaker's words that tell one speaker from another: a name or a title few passages
 * hold ("Grachev", "spokeswoman"), not "defence ministry" or "foreign minister", which name many.
 * The bar is below half the rarest word's weight: an interviewee named in every turn of a
 * transcript ("KLAAR: …") is still a name.
 */
const SPEAKER_MIN_IDF_SHARE = 0.4;

/**
 * A country or its capital as the asked speaker ("why does Azerbaijan say …") names every
 * ministry, soldier and spokesman of its side: too many speakers to tell one passage from another.
 */
const COUNTRY_TERMS = new Set(
  analyze("Azerbaijan Armenia Karabakh Russia Turkey Iran France Georgia Baku Yerevan Stepanakert Moscow Ankara Tehran Washington Paris United States"),
);

/** An alternative correction counts for a little less than the best one. */
const ALTERNATIVE_FACTOR = 0.9;

export function planQuery(index: SearchIndex, question: string): SearchQuery {
  const text = question.slice(0, MAX_QUESTION_CHARS).replace(/\s+/g, " ");
  const period = safeDate(text);
  const phase = period ? periodPhase(text, eventWithin(text, period) ?? period) : null;
  const date = phase?.date ?? period;
  const words = searchTerms(withPhrasesRead(withoutHowPhrases(period ? text.replace(period.text, " ") : text))).filter((w) => !isStopWord(w) && !onlyAsks(w));
  const weights = new Map<string, number>();
  const corrections: Correction[] = [];
  const alternatives: { primary: string; term: string; weight: number }[] = [];
  const names = capitalizedWords(text);
  /** Terms of rightly spelt English words the corpus lacks ("against", "count"), left as typed. */
  const spelledRight = new Set<string>();
  const used = words.map((word) => {
    // A word of the synonym table is known even when the corpus only uses its synonyms ("chopper"),
    // and so is a question word with a second reading ("hostages", reported as prisoners).
    if (isKnownWord(index, word) || termOf(word)?.startsWith("=") || QUESTION_ALSO[word]) return word;
    // A correctly spelt English word the corpus lacks ("vote count") is no typo of a corpus word
    // ("court"); it may only be read as its other spelling ("center" as "centre").
    const [fix, ...others] = correctionsOf(index, word).filter((c) => !isEnglishWord(word) || oneVowelApart(word, c.word));
    if (!fix) {
      if (isEnglishWord(word)) spelledRight.add(termOf(word) ?? word);
      return word;
    }
    corrections.push({ typed: word, corrected: fix.word, score: fix.score });
    const term = termOf(fix.word);
    if (!term) return fix.word;
    weights.set(term, correctedWeight(fix.score));
    for (const other of others) {
      const alternative = termOf(other.word);
      if (alternative && alternative !== term)
        alternatives.push({ primary: term, term: alternative, weight: correctedWeight(other.score) * ALTERNATIVE_FACTOR });
    }
    return fix.word;
  });
  for (const word of used) {
    const term = termOf(word);
    if (!term) continue;
    const base = weights.get(term) ?? 1;
    const spellings = names.has(word) ? sameNameSpellings(index.vocabulary, word).slice(0, MAX_OTHER_SPELLINGS) : [];
    for (const other of [...(QUESTION_ALSO[word] ?? []), ...spellings]) {
      const also = termOf(other);
      if (also && also !== term) alternatives.push({ primary: term, term: also, weight: base * ALTERNATIVE_FACTOR });
    }
  }
  const focus = focusVerbTerm(text);
  const weightOf = (term: string) => (weights.get(term) ?? 1) * figureWeight(term) * (term === focus ? FOCUS_VERB_WEIGHT : 1);
  const primary = dedupe(analyzeWords(used).map((term) => ({ term, weight: weightOf(term) }))).slice(0, MAX_QUERY_TERMS);
  const slots = primary.map((_, i) => i);
  const terms = [...primary];
  for (const alt of alternatives) {
    const slot = primary.findIndex((t) => t.term === alt.primary);
    if (slot < 0 || terms.some((t) => t.term === alt.term) || terms.length >= 31) continue;
    terms.push({ term: alt.term, weight: alt.weight });
    slots.push(slot);
  }
  const termIdf = terms.map(({ term }) => (index.bm25.postings.has(term) ? idf(index.bm25, term) : maxIdf(index.bm25)));
  // A word the corpus lacks (and no correction fits) counts as half a rare word of evidence:
  // enough that a question made only of such words is weak, not so much that one unusual
  // word in an otherwise well-matched question ("outage") sinks it.
  const unknownWeight = maxIdf(index.bm25) * UNKNOWN_WORD_SHARE;
  // The phase's words ("first days") still rank a passage that says them, but one that does not
  // is no weaker an answer for it: its date tells the time.
  const phaseTerms = new Set(phase ? analyzeWords(searchTerms(phase.text)) : []);
  // A rightly spelt English word the corpus lacks is most often the question's framing ("so against",
  // "vote count"), not its subject: it weighs less again, though a question of nothing else stays weak.
  const evidenceOf = (t: WeightedTerm, i: number) =>
    phaseTerms.has(t.term)
      ? 0
      : index.bm25.postings.has(t.term)
        ? (termIdf[i] ?? 0)
        : spelledRight.has(t.term)
          ? maxIdf(index.bm25) * SPELLED_RIGHT_SHARE
          : unknownWeight;
  const evidenceMass = primary.reduce((sum, t, i) => sum + evidenceOf(t, i), 0);
  return {
    terms,
    corrections,
    date,
    countAsked: COUNT_QUESTION.test(text),
    placeAsked: PLACE_QUESTION.test(text),
    speakerAsked: speakerAskedTerms(text, corrections).filter(
      (t) => index.bm25.postings.has(t) && idf(index.bm25, t) >= maxIdf(index.bm25) * SPEAKER_MIN_IDF_SHARE,
    ),
    absentSpeaker: absentSpeakerName(index, text, corrections),
    absentPlaces: absentPlaceNames(index, text),
    places: placesNamed(index, primary),
    evidenceMass,
    timeTerms: [...phaseTerms],
    termIdf,
    slots,
  };
}

/**
 * A figure the question quotes ("which MP said 2,700 died", "the 15 detainees") names the very
 * report it was read in: it weighs more than a word, which many passages share. Years and days of
 * the month are dates, read as the question's date (or too common to tell passages apart).
 */
export const FIGURE_WEIGHT = 2;

function figureWeight(term: string): number {
  if (!/^\d+$/.test(term)) return 1;
  const value = Number(term);
  return value > 31 && !(value >= 1900 && value <= 2099) ? FIGURE_WEIGHT : 1;
}

/**
 * The words of the synonym table, as a second vocabulary: "refugess" is corrected to "refugees"
 * even when the corpus only says "displaced" or "fled", since the correction's synonym group is indexed.
 */
const SYNONYM_VOCABULARY = (() => {
  const words = [...new Set(SYNONYM_GROUPS.flat().filter((w) => /^[a-z]+$/.test(w)))];
  return buildVocabulary(words, new Uint32Array(words.length));
})();

function correctionsOf(index: SearchIndex, word: string): SpellingCandidate[] {
  const fromCorpus = correctionCandidates(index.vocabulary, word);
  const asName = nameCorrections(index.vocabulary, word, fromCorpus[0]);
  if (asName.length > 0) return asName;
  if (fromCorpus.length > 0) return fromCorpus;
  return correctionCandidates(SYNONYM_VOCABULARY, word).filter((c) => {
    const term = termOf(c.word);
    return term !== null && index.bm25.postings.has(term);
  });
}

/** A name typed as the corpus spells it also searches its other spellings there, a few at most. */
const MAX_OTHER_SPELLINGS = 2;

/** The folded words typed with a capital: names, whose other spellings are searched too. */
/** A word written with a capital: a name's word, or a sentence's first. */
const CAPITALISED_WORD = /(?<!\p{L})\p{Lu}[\p{L}'’-]*/gu;

function capitalizedWords(text: string): Set<string> {
  return new Set([...text.matchAll(CAPITALISED_WORD)].flatMap((m) => searchTerms(m[0])));
}

/** How sure a transliteration match is: as sure as a typo one slip away. */
const NAME_SPELLING_SCORE = 0.1;

/**
 * The corpus's spelling of a name typed in another transliteration ("Aliev" → "aliyev", not
 * "alive"; "Grigorian" → "grigoryan"): the vocabulary word with the same transliteration key.
 * It wins only a tie with the typo reading ("aliyev" and "alive" are both one edit from
 * "aliev"), so a plain typo still goes to its nearest word. Names only near in key ("Sarkisian"
 * / "Sargsyan") are not matched: on generated corpora of similar names that matched the wrong one.
 */
function nameCorrections(vocabulary: Vocabulary, word: string, typoFix: SpellingCandidate | undefined): SpellingCandidate[] {
  const typoEdits = typoFix ? editDistance(word, typoFix.word) : Number.POSITIVE_INFINITY;
  const [same] = sameNameSpellings(vocabulary, word).filter((w) => editDistance(word, w) <= typoEdits);
  return same === undefined ? [] : [{ word: same, score: NAME_SPELLING_SCORE }];
}

function correctedWeight(score: number): number {
  return Math.max(MIN_CORRECTED_WEIGHT, 1 - score);
}

function safeDate(text: string): QuestionDate | null {
  let date: QuestionDate | null = null;
  try {
    date = parseQuestionDate(text);
  } catch {
    date = null;
  }
  return eventDate(text, date) ?? date;
}

/**
 * A named event ("the four-day war", "Operation Revenge") is a period of its own, sharper than the
 * bare year it may carry ("the 2020 war" is 27 Sep – 10 Nov, not all of 2020). A day or month
 * typed alongside it wins. Only the year's words are taken out of the query: the event's own
 * words ("blockade", "Lachin") still search.
 */
function eventDate(text: string, date: QuestionDate | null): QuestionDate | null {
  if (date && date.precision !== "year") return null;
  const [mention] = findEvents(text);
  if (!mention) return null;
  const { start, end } = mention.event;
  if (date && (end < date.start || start > date.end)) return null;
  return { text: date?.text ?? "", start, end: end > OPEN_SEARCH_END ? OPEN_SEARCH_END : end, precision: "range" };
}

/**
 * The named event a question's month or year holds ("the first day of the April 2016 fighting"):
 * its own period is the one a phase ("the first day") is part of.
 */
function eventWithin(text: string, date: QuestionDate): QuestionDate | null {
  const event = findEvents(text)[0]?.event;
  if (!event || event.start < date.start || event.start > date.end) return null;
  const end = event.end > OPEN_SEARCH_END ? OPEN_SEARCH_END : event.end;
  return { text: date.text, start: event.start, end: end < date.end ? end : date.end, precision: "range" };
}

/** An open event (a blockade still running) searches up to a far but finite day. */
const OPEN_SEARCH_END = "2099-12-31";

function dedupe(terms: WeightedTerm[]): WeightedTerm[] {
  const seen = new Map<string, WeightedTerm>();
  for (const t of terms) {
    const prior = seen.get(t.term);
    if (!prior || prior.weight < t.weight) seen.set(t.term, t);
  }
  return [...seen.values()];
}

function placesNamed(index: SearchIndex, terms: WeightedTerm[]): string[] {
  const present = new Set(terms.map((t) => t.term));
  return index.places.filter((p) => p.terms.every((t) => present.has(t))).map((p) => p.name);
}
