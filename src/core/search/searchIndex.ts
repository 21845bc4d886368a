// The search index over a corpus: BM25 postings for every passage, the vocabulary for
// spelling correction, and per-passage places and dates for the boosts. Built once from
// CorpusKnowledge at re-index time; the saved index (adapters/library/searchCodec.ts) keeps it as built.
import type { ArticleKnowledge, CorpusKnowledge, Passage } from "../types.ts";
import { analyze, analyzeWords, termOf } from "./analyze.ts";
import { type Bm25Index, Bm25Builder } from "./bm25.ts";
import { type ShortField, type ShortFieldIndex, ShortFieldCollector, buildShortFieldIndex } from "./shortFields.ts";
import { type Vocabulary, buildVocabulary } from "./spelling.ts";
import { searchTerms } from "./tokenize.ts";
import { findDateRef } from "../dates/resolveDate.ts";

export interface PassageRecord {
  doc: number;
  passage: Passage;
  article: ArticleKnowledge;
}

export interface DateSpan {
  start: string;
  end: string;
}

export interface PlaceName {
  name: string;
  /** The place's terms, in order ("Nagorno-Karabakh" → nagorno, =karabakh). */
  terms: string[];
}

export interface SearchIndex {
  passages: PassageRecord[];
  bm25: Bm25Index;
  vocabulary: Vocabulary;
  /** Folded surface word → its indexed term, for deciding whether a typed word is known. */
  knownWords: Set<string>;
  /** Places named in each passage (doc order), from the knowledge core's gazetteer. */
  passagePlaces: string[][];
  /**
   * Dates a passage gives itself: its claims' and figures' dates and the dates its sentences name.
   * Empty when it names none; the search then falls back on its article's publication day.
   */
  passageDates: DateSpan[][];
  places: PlaceName[];
  shortFields: ShortFieldIndex;
  /**
   * Each passage's heading flag (1: a headline or cross-heading), doc order, when the index knows
   * them apart from the passages (a saved index decoded lazily): reading them here decodes no passage.
   */
  passageHeadings?: Uint8Array;
}

/**
 * A passage record whose passage is its article's, read when first asked for: with an article
 * that builds its passages on first read (a saved index decoded lazily), a million records cost
 * a million small objects, and an answer decodes only the articles of the passages it reads.
 */
class ArticlePassageRecord implements PassageRecord {
  constructor(
    readonly doc: number,
    readonly article: ArticleKnowledge,
    private readonly at: number,
  ) {}

  get passage(): Passage {
    const passage = this.article.passages[this.at];
    if (!passage) throw new Error(`passage ${this.at} of ${this.article.meta.file} is missing`);
    return passage;
  }
}

/** The records of articles whose passage counts are known without reading their passages (`ends`: cumulative counts). */
export function lazyPassageRecords(articles: readonly ArticleKnowledge[], ends: ArrayLike<number>): PassageRecord[] {
  const records: PassageRecord[] = [];
  articles.forEach((article, a) => {
    const end = ends[a] ?? 0;
    for (let at = 0; records.length < end; at++) records.push(new ArticlePassageRecord(records.length, article, at));
  });
  return records;
}

export function passageRecords(knowledge: CorpusKnowledge): PassageRecord[] {
  const records: PassageRecord[] = [];
  for (const article of knowledge.articles) {
    for (const passage of article.passages) records.push({ doc: records.length, passage, article });
  }
  return records;
}

export function buildSearchIndex(knowledge: CorpusKnowledge): SearchIndex {
  const builder = new SearchIndexBuilder();
  for (const article of knowledge.articles) builder.add(article);
  return searchIndexFrom(passageRecords(knowledge), builder.finish());
}

/** What the search index holds besides the passages themselves: what the saved index stores. */
export interface SearchParts {
  bm25: Bm25Index;
  vocabulary: Vocabulary;
  passagePlaces: string[][];
  passageDates: DateSpan[][];
  places: PlaceName[];
  shortFields: ShortField[];
}

export function searchIndexFrom(passages: PassageRecord[], parts: SearchParts): SearchIndex {
  const { bm25, vocabulary, passagePlaces, passageDates, places } = parts;
  return {
    passages,
    bm25,
    vocabulary,
    knownWords: new Set(vocabulary.words),
    passagePlaces,
    passageDates,
    places,
    shortFields: buildShortFieldIndex(parts.shortFields),
  };
}

/**
 * What one article adds to the search index, passage by passage: the slow part of building it
 * (tokens, stems, synonyms, the dates its sentences name). Kept beside the article's extraction,
 * so an incremental re-index rebuilds the index from these without reading any text again.
 */
export interface ArticleSearchParts {
  /** Each passage's indexed terms (its words' terms, then its speakers' missing ones). */
  terms: string[][];
  /** Each passage's distinct surface words, for the spelling vocabulary. */
  words: string[][];
  places: string[][];
  dates: DateSpan[][];
}

export function articleSearchParts(article: ArticleKnowledge): ArticleSearchParts {
  // A claim's passage is one of its own article's, so its speakers are the article's business.
  const speakers = speakersByPassage({ articles: [article] });
  const dates = new Map<string, DateSpan[]>();
  collectDates(article, dates);
  const parts: ArticleSearchParts = { terms: [], words: [], places: [], dates: [] };
  // An article's speakers recur passage after passage: each name is analysed once.
  const nameTerms = new Map<string, string[]>();
  for (const passage of article.passages) {
    const tokens = searchTerms(passage.text);
    parts.words.push([...new Set(tokens)]);
    const terms = analyzeWords(tokens);
    const names = speakers.get(passage.id);
    parts.terms.push(names ? [...terms, ...termsNotIn(terms, names, nameTerms)] : terms);
    parts.places.push(placesOf(passage, article));
    parts.dates.push(dates.get(passage.id) ?? []);
  }
  return parts;
}

/**
 * The search index built one article at a time, in corpus order, so a re-index can feed it
 * articles as they are extracted (or read back from the extraction cache) and let each go:
 * the same index as building from the whole corpus at once (buildSearchIndex uses it too).
 * Everything it keeps is per passage or per term, never the articles themselves.
 */
export class SearchIndexBuilder {
  private readonly bm25 = new Bm25Builder();
  private readonly words = new Map<string, number>();
  private readonly shortFields = new ShortFieldCollector();
  private readonly placeNames = new Set<string>();
  private readonly passagePlaces: string[][] = [];
  private readonly passageDates: DateSpan[][] = [];

  add(article: ArticleKnowledge, prepared: ArticleSearchParts = articleSearchParts(article)): void {
    prepared.terms.forEach((terms, i) => {
      for (const w of prepared.words[i] ?? []) this.words.set(w, (this.words.get(w) ?? 0) + 1);
      this.bm25.add(terms);
      const places = prepared.places[i] ?? [];
      for (const place of places) this.placeNames.add(place);
      this.passagePlaces.push(places);
      this.passageDates.push(prepared.dates[i] ?? []);
    });
    this.shortFields.add(article);
  }

  finish(): SearchParts {
    const vocabularyWords = [...this.words.keys()];
    const vocabulary = buildVocabulary(
      vocabularyWords,
      vocabularyWords.map((w) => this.words.get(w) ?? 0),
    );
    const places = [...this.placeNames].map((name) => ({ name, terms: analyze(name) })).filter((p) => p.terms.length > 0);
    return {
      bm25: this.bm25.finish(),
      vocabulary,
      passagePlaces: this.passagePlaces,
      passageDates: this.passageDates,
      places,
      shortFields: this.shortFields.fields,
    };
  }
}

/** Who speaks in each passage (claims' speakers and sides), by passage id. */
function speakersByPassage(knowledge: CorpusKnowledge): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const article of knowledge.articles) {
    for (const claim of article.claims) {
      const names = speakerNames(claim.speaker, claim.side);
      if (names.length === 0) continue;
      const list = out.get(claim.passageId) ?? [];
      for (const name of names) if (!list.includes(name)) list.push(name);
      out.set(claim.passageId, list);
    }
  }
  return out;
}

/** Side labels as a question names them ("what did the Red Cross say"). */
const SIDE_WORDS: Readonly<Record<string, string>> = {
  azerbaijan: "Azerbaijan",
  armenia: "Armenia",
  "nagorno-karabakh": "Karabakh",
  russia: "Russia",
  "osce-minsk-group": "OSCE Minsk Group",
  turkey: "Turkey",
  iran: "Iran",
  "united-states": "United States",
  france: "France",
  "european-union": "European Union",
  "united-nations": "United Nations",
  icrc: "Red Cross",
};
/** A speaker's name longer than this, or holding a separator, is site furniture, not a name. */
const MAX_SPEAKER_CHARS = 80;

/** The words that name a claim's speaker: its name as extracted, and its side's name. */
export function speakerNames(speaker: string | null | undefined, side: string): string[] {
  const names: string[] = [];
  if (speaker && speaker.length <= MAX_SPEAKER_CHARS && !/[|\n]/.test(speaker)) names.push(speaker);
  const label = SIDE_WORDS[side];
  if (label) names.push(label);
  return names;
}

/**
 * A passage is also found by who speaks in it: a press release or a transcript gives its speaker
 * once ("Maria Zakharova:", the issuing ministry), and news resolves "he said" to a name. The
 * speakers' words the passage does not already hold are indexed with it, once each.
 */
export function speakerTerms(names: readonly string[] | undefined, tokens: readonly string[]): string[] {
  if (!names || names.length === 0) return [];
  return termsNotIn(analyzeWords(tokens), names, new Map());
}

/** speakerTerms with the passage's own terms already analysed, and the names' terms remembered in `analysed`. */
function termsNotIn(terms: readonly string[], names: readonly string[], analysed: Map<string, string[]>): string[] {
  if (names.length === 0) return [];
  const present = new Set(terms);
  const added: string[] = [];
  for (const name of names) {
    let nameTerms = analysed.get(name);
    if (nameTerms === undefined) {
      nameTerms = analyze(name);
      analysed.set(name, nameTerms);
    }
    for (const term of nameTerms) {
      if (present.has(term)) continue;
      present.add(term);
      added.push(term);
    }
  }
  return added;
}

const NO_PLACES: string[] = [];
/** Body passages, from the top, read as the article's lead for its headline places. */
const LEAD_PASSAGES = 2;
const headlineCache = new WeakMap<SearchIndex, string[][]>();

/**
 * Places each passage's article names in its headline or lead (doc order): a passage deep in a
 * report headlined "Syunik villages on edge" is about Syunik even when it never repeats the name.
 * The lead counts too, since a headline is not always recognised as one. Derived from the
 * passages' places on first use (one pass), so saved indexes need nothing new.
 */
export function headlinePlaces(index: SearchIndex): string[][] {
  const cached = headlineCache.get(index);
  if (cached) return cached;
  const { passages, passagePlaces, passageHeadings } = index;
  const byArticle = new Map<ArticleKnowledge, Set<string>>();
  const leadSeen = new Map<ArticleKnowledge, number>();
  // The headings' flags when the index has them: reading every record's passage would decode them all.
  const isHeading = (record: PassageRecord) => (passageHeadings ? passageHeadings[record.doc] === 1 : record.passage.heading);
  passages.forEach((record, doc) => {
    const { article } = record;
    if (!isHeading(record)) {
      const seen = leadSeen.get(article) ?? 0;
      leadSeen.set(article, seen + 1);
      if (seen >= LEAD_PASSAGES) return;
    }
    const set = byArticle.get(article) ?? new Set<string>();
    for (const place of passagePlaces[doc] ?? []) set.add(place);
    byArticle.set(article, set);
  });
  const shared = new Map([...byArticle].map(([article, set]) => [article, [...set]]));
  const lists = passages.map(({ article }) => shared.get(article) ?? NO_PLACES);
  headlineCache.set(index, lists);
  return lists;
}

function placesOf(passage: Passage, article: ArticleKnowledge): string[] {
  const names = new Set<string>();
  for (const sentence of passage.sentences) for (const place of article.places[sentence.id] ?? []) names.add(place);
  return [...names];
}

/**
 * Each passage's own dates: those of its claims and figures, and those its sentences name
 * ("late on November 16", resolved against the publication day). The publication day itself
 * is not among them: it is the fallback for a passage that names no date of its own.
 */
function collectDates(article: ArticleKnowledge, into: Map<string, DateSpan[]>): void {
  const published = article.meta.published ?? null;
  for (const passage of article.passages) {
    const spans: DateSpan[] = [];
    if (!passage.heading) {
      for (const sentence of passage.sentences) {
        const ref = sentenceDate(sentence.text, published);
        addSpan(spans, ref?.start, ref?.end);
      }
    }
    into.set(passage.id, spans);
  }
  for (const item of [...article.claims, ...article.casualties]) {
    if (!item.date?.start) continue;
    const spans = into.get(item.passageId);
    if (spans && !spans.some((s) => s.start === item.date?.start && s.end === (item.date?.end ?? item.date?.start))) {
      spans.push({ start: item.date.start, end: item.date.end ?? item.date.start });
    }
  }
}

/** Adds a span unless it holds it already (a module function: a closure per passage costs a `__name` call under tsx). */
function addSpan(spans: DateSpan[], start: string | null | undefined, end: string | null | undefined): void {
  if (!start) return;
  const span = { start, end: end ?? start };
  if (!spans.some((s) => s.start === span.start && s.end === span.end)) spans.push(span);
}

/** Sentences too long to hold one date worth finding are not scanned (they are noise, and slow). */
const MAX_DATED_SENTENCE = 2_000;

function sentenceDate(text: string, published: string | null) {
  if (text.length > MAX_DATED_SENTENCE) return null;
  const ref = findDateRef(text, published);
  return ref && ref.precision !== "unknown" ? ref : null;
}

export function isKnownWord(index: SearchIndex, word: string): boolean {
  if (index.knownWords.has(word)) return true;
  const term = termOf(word);
  return term !== null && index.bm25.postings.has(term);
}
