// Everything the answer functions read: the search index plus lookups from passages and
// sentences to claims, casualty figures and incidents. Derived from CorpusKnowledge in one pass.
import type { ArticleKnowledge, CasualtyFigure, Claim, CorpusKnowledge } from "../types.ts";
import { buildSearchIndex, type PassageRecord, type SearchIndex } from "../search/searchIndex.ts";
import { buildIncidents, type Incident } from "./incidents.ts";

export interface AnswerIndex {
  knowledge: CorpusKnowledge;
  search: SearchIndex;
  passageById: Map<string, PassageRecord>;
  articleByFile: Map<string, ArticleKnowledge>;
  claimsBySentence: Map<string, Claim[]>;
  figuresBySentence: Map<string, CasualtyFigure[]>;
  incidents: Incident[];
  /** Sentence id → the incident it belongs to. */
  incidentOfSentence: Map<string, Incident>;
}

export function buildAnswerIndex(knowledge: CorpusKnowledge): AnswerIndex {
  return answerIndexFrom(knowledge, buildSearchIndex(knowledge));
}

/** Derives the lookups around an existing (e.g. freshly loaded) search index. */
export function answerIndexFrom(knowledge: CorpusKnowledge, search: SearchIndex): AnswerIndex {
  const passageById = new Map(search.passages.map((r) => [r.passage.id, r]));
  const articleByFile = new Map(knowledge.articles.map((a) => [a.meta.file, a]));
  const claimsBySentence = new Map<string, Claim[]>();
  const figuresBySentence = new Map<string, CasualtyFigure[]>();
  for (const article of knowledge.articles) {
    for (const claim of article.claims) push(claimsBySentence, claim.sentenceId, claim);
    for (const figure of article.casualties) push(figuresBySentence, figure.sentenceId, figure);
  }
  const incidents = buildIncidents(knowledge);
  const incidentOfSentence = new Map<string, Incident>();
  for (const incident of incidents) {
    for (const item of [...incident.claims, ...incident.figures]) incidentOfSentence.set(item.sentenceId, incident);
  }
  return { knowledge, search, passageById, articleByFile, claimsBySentence, figuresBySentence, incidents, incidentOfSentence };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
