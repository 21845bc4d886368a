// ask(question): the sentence that answers first (the lead), then one line per other side where
// the belligerents disagree, then the most relevant sentences of the best passages, each named
// by its side.
import { MEDIATOR_SIDES, type Answer, type AnswerLead, type AnswerLine, type Sentence } from "../types.ts";
import { analyze } from "../search/analyze.ts";
import { idf } from "../search/bm25.ts";
import { searchPassages, type SearchHit, type SearchResult } from "../search/search.ts";
import type { AbsentPlace, SearchQuery } from "../search/query.ts";
import type { SearchIndex } from "../search/searchIndex.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { chooseLead, recordCandidate, type LeadCandidate } from "./lead.ts";
import { figuresFromRecords } from "./recordAnswer.ts";
import { sentenceLines } from "./lines.ts";
import { understandQuestion, type Question } from "./question.ts";
import { withText } from "./render.ts";
import { createSourceList, type SourceList } from "./sourceList.ts";
import { shortDay } from "./shortDay.ts";
import { outOfTimeNote } from "./timeNote.ts";
import { firstPartOf, secondPartQuery } from "./secondPart.ts";
import { leadSpeaker } from "./leadSpeaker.ts";
import { escapeRegExp } from "../rules/rule.ts";

export const NOTHING_RELIABLE = "I found nothing reliable on that.";
/** Sources shown per answer; the first three are what a reader (and the scorer) looks at. */
const MAX_SOURCES = 5;
/** Passages whose sentences may lead the answer: the sources and a few more. */
const LEAD_DEPTH = 8;
/** A passage scoring under this share of the best one is noise, not a source. */
const MIN_RELATIVE_SCORE = 0.2;
const SENTENCES_PER_PASSAGE = 2;
/** A second part whose best passage is among the first sources is covered by their lines. */
const SECOND_PART_COVERED = 3;
export const ANSWER_GROUP = "Answer";
export const OTHER_SIDES_GROUP = "Other sides";
export const MORE_GROUP = "More from the sources";
export const RECORDS_GROUP = "Other figures of that time and place";

export function ask(index: AnswerIndex, question: string): Answer {
  const asked = searchQuestion(index, question);
  const title = question.trim().slice(0, 200) || "(empty question)";
  const { absentSpeaker, absentPlaces, places } = asked.query;
  if (absentSpeaker) return withoutNamed(index, question, title, [absentSpeaker], `No source here names ${absentSpeaker}, so none gives their words`);
  // Every place the question names is absent: passages from elsewhere would read as its answer.
  if (absentPlaces.length > 0 && places.length === 0)
    return withoutNamed(
      index,
      question,
      title,
      absentPlaces.map((p) => p.typed),
      absentPlaceNote(absentPlaces),
    );
  // "Barda and Tovuz" where only Barda is mentioned: the question is answered for Barda alone.
  const result =
    absentPlaces.length > 0
      ? searchQuestion(
          index,
          withoutWords(
            question,
            absentPlaces.map((p) => p.typed),
          ),
        )
      : asked;
  if (result.weak)
    return (
      fromRecords(index, question, title, result.query) ??
      withText({ kind: "ask", query: question, title, lead: null, lines: [], sources: [], note: NOTHING_RELIABLE })
    );
  const best = result.hits[0]?.score ?? 0;
  const deep = result.hits.filter((h) => h.score >= best * MIN_RELATIVE_SCORE);
  const bodies = withoutRestatedHeadings(deep);
  const hits = bodies.slice(0, MAX_SOURCES);
  const sources = createSourceList();
  const understood = understandQuestion(asCorrected(question, result.query));
  // The answer may stand a little further down than the sources shown: its sentence is sought deeper.
  const choice = chooseLead(index, understood, result.query, deep);
  // The answer's own passage is source [1]: the lead line cites it first, then the search's order.
  if (choice.lead) sources.cite(choice.lead.record);
  // Then the passage whose sentence answers best after it (the search ranks by the question's words,
  // not by what it asks: a toll, a denial, a reason), then the search's order.
  const answering = bestAnswering(bodies, choice.passageScores, choice.lead?.record.passage.id);
  if (answering) sources.cite(answering.record);
  for (const hit of hits) sources.cite(hit.record);
  const lead = choice.lead ? leadOf(index, choice.lead, understood, sources) : null;
  const shown = new Set([choice.lead, ...choice.otherSides].map((c) => c?.sentence.id));
  const lines: AnswerLine[] = choice.lead ? leadLines(index, choice.lead, understood, sources) : [];
  lines.push(...choice.otherSides.flatMap((c) => candidateLines(index, c, sources, OTHER_SIDES_GROUP)));
  const more = supportingLines(index, result.query, hits, sources, shown);
  more.push(...secondPartLines(index, question, hits, sources, shown, more));
  lines.push(...(lines.length > 0 ? more.map((l) => ({ ...l, group: MORE_GROUP })) : more));
  const unmentioned = absentPlaces.length > 0 ? `${absentPlaceNote(absentPlaces)}.` : null;
  const notes = [correctionNote(result.query), outOfTimeNote(understood, choice.lead), unmentioned].filter((n): n is string => Boolean(n));
  const note = notes.length > 0 ? notes.join(" ") : undefined;
  return withText({ kind: "ask", query: question, title, lead, lines, sources: sources.refs(), ...(note ? { note } : {}) });
}

/**
 * The search for a question. A two-part question ("Who shelled the bridge, and what did the insurers
 * promise?") is covered as a whole only by a passage that answers both parts; where none holds
 * enough of it to be trusted, its first part is searched alone, and answers if it is covered.
 */
function searchQuestion(index: AnswerIndex, question: string): SearchResult {
  const whole = searchPassages(index.search, question, { limit: LEAD_DEPTH });
  const first = whole.weak ? firstPartOf(question) : null;
  const part = first ? searchPassages(index.search, first, { limit: LEAD_DEPTH }) : null;
  return part && !part.weak ? part : whole;
}

/**
 * The hits less each headline whose article's body is also found: a headline says in short what
 * its body says, and as a source it would push a body passage (where the answer is told in full,
 * with its speaker and date) out of the first three. A headline found alone stays.
 */
function withoutRestatedHeadings(hits: SearchHit[]): SearchHit[] {
  const bodyFiles = new Set(hits.filter((h) => !isHeadline(h)).map((h) => h.record.passage.file));
  return hits.filter((h) => !isHeadline(h) || !bodyFiles.has(h.record.passage.file));
}

/** A headline: marked as one, or a paragraph repeating the article's title (a page that sets its title again over the body). */
function isHeadline(hit: SearchHit): boolean {
  const { passage, article } = hit.record;
  return passage.heading || (article.meta.title !== null && article.meta.title !== undefined && passage.text.trim() === article.meta.title.trim());
}

/** The searched passage, other than the lead's, whose best sentence answers the question best. */
function bestAnswering(hits: SearchHit[], scores: ReadonlyMap<string, number>, leadPassage: string | undefined): SearchHit | undefined {
  let best: SearchHit | undefined;
  let bestScore = 0;
  for (const hit of hits) {
    const score = scores.get(hit.record.passage.id) ?? 0;
    if (hit.record.passage.id !== leadPassage && score > bestScore) {
      best = hit;
      bestScore = score;
    }
  }
  return best;
}

/**
 * "What did Macron say about the ceasefire?" where no article names Macron, "who attacked Tovuz?"
 * where none mentions Tovuz: no sentence is that answer, and another voice's words or another
 * place's fighting set first would read as it. The answer says so (`said`) and shows what the
 * sources hold on the rest of the question, each line under its own side.
 */
function withoutNamed(index: AnswerIndex, question: string, title: string, typed: readonly string[], said: string): Answer {
  // The rest of the question is searched without the names, whose weight as unknown words would
  // otherwise sink every passage on the matter.
  const rest = searchPassages(index.search, withoutWords(question, typed), { limit: MAX_SOURCES });
  const sources = createSourceList();
  const lines = rest.weak ? [] : supportingLines(index, rest.query, rest.hits, sources, new Set()).map((l) => ({ ...l, group: MORE_GROUP }));
  const below = lines.length > 0 ? "; below, what the sources say on the rest of the question." : ".";
  const note = [`${said}${below}`, correctionNote(rest.query)].filter(Boolean).join(" ");
  return withText({ kind: "ask", query: question, title, lead: null, lines, sources: sources.refs(), note });
}

function withoutWords(question: string, typed: readonly string[]): string {
  return typed.reduce((text, words) => text.replace(new RegExp(escapeRegExp(words), "g"), " "), question);
}

/** "No source here mentions Tovuz", "… mentions Ganja or Barda". */
function absentPlaceNote(absent: readonly AbsentPlace[]): string {
  return `No source here mentions ${absent.map((p) => p.place).join(" or ")}`;
}

/** A figure question the passages do not cover, answered from the casualty records (or null). */
function fromRecords(index: AnswerIndex, question: string, title: string, query: SearchQuery): Answer | null {
  const understood = understandQuestion(asCorrected(question, query));
  const candidates = figuresFromRecords(index, understood).flatMap((f) => {
    const record = index.passageById.get(f.passageId);
    const sentence = record?.passage.sentences.find((s) => s.id === f.sentenceId);
    return record && sentence ? [recordCandidate(index, understood, query, record, sentence)] : [];
  });
  const [first, ...rest] = candidates;
  if (!first) return null;
  const sources = createSourceList();
  const lines = [...leadLines(index, first, understood, sources), ...rest.flatMap((c) => candidateLines(index, c, sources, RECORDS_GROUP))];
  const note = "No passage matches the question's words; these figures match its time, place and sides.";
  return withText({ kind: "ask", query: question, title, lead: leadOf(index, first, understood, sources), lines, sources: sources.refs(), note });
}

function supportingLines(index: AnswerIndex, query: SearchQuery, hits: SearchHit[], sources: SourceList, shown: Set<string | undefined>): AnswerLine[] {
  const lines: AnswerLine[] = [];
  // A headline says in short what its article's body says: shown only when no body passage of that article is.
  const bodyFiles = new Set(hits.filter((h) => !h.record.passage.heading).map((h) => h.record.passage.file));
  for (const hit of hits) {
    const n = sources.cite(hit.record);
    if (hit.record.passage.heading && bodyFiles.has(hit.record.passage.file)) continue;
    for (const sentence of relevantSentences(index.search, query, hit.record.passage.sentences)) {
      // The lead and the other sides' lines are already shown: no line twice.
      if (shown.has(sentence.id)) continue;
      const date = sentenceDay(index, sentence.id, hit.record.article.meta.published);
      lines.push(...sentenceLines(index, sentence, hit.record, n, date ? { date } : {}));
    }
  }
  return lines;
}

/**
 * Lines answering a two-part question's second part, when the lines already shown do not: the
 * best passage of its own search, cited after the sources (it does not reorder them).
 */
function secondPartLines(
  index: AnswerIndex,
  question: string,
  hits: SearchHit[],
  sources: SourceList,
  shown: Set<string | undefined>,
  more: AnswerLine[],
): AnswerLine[] {
  const second = secondPartQuery(question);
  if (!second) return [];
  const result = searchPassages(index.search, second, { limit: 1 });
  const [top] = result.hits;
  if (result.weak || !top || hits.slice(0, SECOND_PART_COVERED).some((h) => h.record.passage.id === top.record.passage.id)) return [];
  const n = sources.cite(top.record);
  const shownTexts = new Set(more.map((l) => l.text));
  return relevantSentences(index.search, result.query, top.record.passage.sentences)
    .filter((sentence) => !shown.has(sentence.id) && !shownTexts.has(sentence.text))
    .flatMap((sentence) => {
      const date = sentenceDay(index, sentence.id, top.record.article.meta.published);
      return sentenceLines(index, sentence, top.record, n, date ? { date } : {});
    });
}

/** The lead as a line (first, so every surface shows it first); its side as in `leadOf`. */
function leadLines(index: AnswerIndex, c: LeadCandidate, question: Question, sources: SourceList): AnswerLine[] {
  const lines = candidateLines(index, c, sources, ANSWER_GROUP);
  const first = lines.findIndex((l) => l.side === question.claimant);
  const chosen = lines[Math.max(0, first)];
  // The line keeps the extraction's side: the side `leadOf` infers for an unresolved speaker is the
  // lead's reading, not a claim the extraction found, and is not shown as one.
  return chosen ? [{ ...chosen, lead: true }] : [];
}

function candidateLines(index: AnswerIndex, c: LeadCandidate, sources: SourceList, group: string): AnswerLine[] {
  const date = dayOf(c);
  return sentenceLines(index, c.sentence, c.record, sources.cite(c.record), { group, ...(date ? { date } : {}) });
}

/**
 * The lead as the answer shows it. A sentence holding two sides' claims ("Armenia and Azerbaijan
 * accused each other") is led by the side the question asks about, else by its first claim; a
 * figure with no claim on its sentence speaks for its claimant.
 */
function leadOf(index: AnswerIndex, c: LeadCandidate, question: Question, sources: SourceList): AnswerLead {
  const { side, speaker } = leadSpeaker(index, c, question);
  return {
    text: c.sentence.text,
    side,
    speaker,
    file: c.record.passage.file,
    passageId: c.record.passage.id,
    sources: [sources.cite(c.record)],
    date: dayOf(c),
    ...(mediatorSide(side) ? { mediator: true } : {}),
  };
}

/** Written over strings so it still holds when claims may carry an "unclear" side. */
function mediatorSide(side: string): boolean {
  return (MEDIATOR_SIDES as readonly string[]).includes(side);
}

/** The day a sentence is about: its claim's or figure's day, else when the article reported it. */
function dayOf(c: LeadCandidate): string | null {
  const own = [...c.claims, ...c.figures].map((x) => x.date).find((d) => d?.start && d.precision === "day");
  if (own?.start) return shortDay(own.start);
  const published = shortDay(c.published);
  return published ? `reported ${published}` : null;
}

/** A supporting line's day: its claim's or figure's, else when its article reported it (lines may come from other incidents). */
function sentenceDay(index: AnswerIndex, sentenceId: string, published: string | null): string | null {
  const own = [...(index.claimsBySentence.get(sentenceId) ?? []), ...(index.figuresBySentence.get(sentenceId) ?? [])]
    .map((x) => x.date)
    .find((d) => d?.start && d.precision === "day");
  if (own?.start) return shortDay(own.start);
  const day = shortDay(published);
  return day ? `reported ${day}` : null;
}

/** The sentences of a passage that hold the most of the question's terms, in reading order. */
export function relevantSentences(search: SearchIndex, query: SearchQuery, sentences: Sentence[], max = SENTENCES_PER_PASSAGE): Sentence[] {
  const wanted = new Map(query.terms.map((t) => [t.term, idf(search.bm25, t.term) * t.weight]));
  const scored = sentences.map((sentence, position) => {
    const terms = new Set(analyze(sentence.text));
    let score = 0;
    for (const [term, weight] of wanted) if (terms.has(term)) score += weight;
    return { sentence, position, score };
  });
  const chosen = scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, max);
  const picked = chosen.length > 0 ? chosen : scored.slice(0, 1);
  return picked.sort((a, b) => a.position - b.position).map((s) => s.sentence);
}

/**
 * The question with the words the search corrected in their corrected spelling ("did bakou deny"
 * → "did baku deny"), so that a mistyped side, place or verb is read as the search read it. A
 * correction as far off as "justify" → "justice" (a real word the corpus happens not to use) is
 * searched with, at a lower weight, but does not rewrite what is asked.
 */
function asCorrected(question: string, query: SearchQuery): string {
  let text = question;
  for (const { typed, corrected, score } of query.corrections)
    if (score <= UNDERSTOOD_CORRECTION) text = text.replace(new RegExp(`\\b${escapeRegExp(typed)}\\b`, "gi"), corrected);
  return text;
}

/** The farthest correction that still rewrites the question understood: typos ("refugess", "Stepanakret") are nearer. */
const UNDERSTOOD_CORRECTION = 0.22;

function correctionNote(query: SearchQuery): string | undefined {
  if (query.corrections.length === 0) return undefined;
  return `Read ${query.corrections.map((c) => `"${c.typed}" as "${c.corrected}"`).join(", ")}.`;
}
