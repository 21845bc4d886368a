// ask(question): the passages that best answer a question, each sentence named by its side.
import type { Answer, AnswerLine, Sentence } from "../types.ts";
import { analyze } from "../search/analyze.ts";
import { idf } from "../search/bm25.ts";
import { searchPassages } from "../search/search.ts";
import type { SearchQuery } from "../search/query.ts";
import type { SearchIndex } from "../search/searchIndex.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { sentenceLines } from "./lines.ts";
import { withText } from "./render.ts";
import { createSourceList } from "./sourceList.ts";

export const NOTHING_RELIABLE = "I found nothing reliable on that.";
/** Sources shown per answer; the first three are what a reader (and the scorer) looks at. */
const MAX_SOURCES = 5;
/** A passage scoring under this share of the best one is noise, not a source. */
const MIN_RELATIVE_SCORE = 0.2;
const SENTENCES_PER_PASSAGE = 2;

export function ask(index: AnswerIndex, question: string): Answer {
  const result = searchPassages(index.search, question, { limit: MAX_SOURCES });
  const title = question.trim().slice(0, 200) || "(empty question)";
  if (result.weak) return withText({ kind: "ask", query: question, title, lines: [], sources: [], note: NOTHING_RELIABLE });
  const best = result.hits[0]?.score ?? 0;
  const sources = createSourceList();
  const lines: AnswerLine[] = [];
  for (const hit of result.hits) {
    if (hit.score < best * MIN_RELATIVE_SCORE) break;
    const n = sources.cite(hit.record);
    for (const sentence of relevantSentences(index.search, result.query, hit.record.passage.sentences)) {
      lines.push(...sentenceLines(index, sentence, hit.record, n));
    }
  }
  const note = correctionNote(result.query);
  return withText({ kind: "ask", query: question, title, lines, sources: sources.refs(), ...(note ? { note } : {}) });
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
  const chosen = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score).slice(0, max);
  const picked = chosen.length > 0 ? chosen : scored.slice(0, 1);
  return picked.sort((a, b) => a.position - b.position).map((s) => s.sentence);
}

function correctionNote(query: SearchQuery): string | undefined {
  if (query.corrections.length === 0) return undefined;
  return `Read ${query.corrections.map((c) => `"${c.typed}" as "${c.corrected}"`).join(", ")}.`;
}
