// Everything the answer functions read: the search index plus lookups from passages and
// sentences to claims, casualty figures and incidents. The lookups are one cheap pass; the
// incidents are grouped on first use, since `ask` (the commonest question) never needs them
// and loading a saved index of 100k passages should not wait for them.
import type { ArticleKnowledge, CasualtyFigure, Claim, CorpusKnowledge } from "../types.ts";
import { buildSearchIndex, type PassageRecord, type SearchIndex } from "../search/searchIndex.ts";
import { buildIncidents, type Incident } from "./incidents.ts";

export interface AnswerIndex {
  knowledge: CorpusKnowledge;
  search: SearchIndex;
  passageById: Map<string, PassageRecord>;
  articleByFile: Map<string, ArticleKnowledge>;
  allClaims: Claim[];
  allFigures: CasualtyFigure[];
  claimsBySentence: Map<string, Claim[]>;
  claimsByPassage: Map<string, Claim[]>;
  figuresBySentence: Map<string, CasualtyFigure[]>;
  figuresByPassage: Map<string, CasualtyFigure[]>;
  readonly incidents: Incident[];
  /** Sentence id → the incident it belongs to. */
  readonly incidentOfSentence: Map<string, Incident>;
  /** Passage id → the incidents its sentences belong to. */
  readonly incidentsOfPassage: Map<string, Incident[]>;
  /** Place name → the incidents at that place. */
  readonly incidentsAtPlace: Map<string, Incident[]>;
}

export function buildAnswerIndex(knowledge: CorpusKnowledge): AnswerIndex {
  return answerIndexFrom(knowledge, buildSearchIndex(knowledge));
}

interface IncidentLookups {
  list: Incident[];
  bySentence: Map<string, Incident>;
  byPassage: Map<string, Incident[]>;
  byPlace: Map<string, Incident[]>;
}

/** Derives the lookups around an existing (e.g. freshly loaded) search index. */
export function answerIndexFrom(knowledge: CorpusKnowledge, search: SearchIndex): AnswerIndex {
  const passageById = new Map(search.passages.map((r) => [r.passage.id, r]));
  const articleByFile = new Map(knowledge.articles.map((a) => [a.meta.file, a]));
  const claimsBySentence = new Map<string, Claim[]>();
  const claimsByPassage = new Map<string, Claim[]>();
  const figuresBySentence = new Map<string, CasualtyFigure[]>();
  const figuresByPassage = new Map<string, CasualtyFigure[]>();
  const allClaims: Claim[] = [];
  const allFigures: CasualtyFigure[] = [];
  for (const article of knowledge.articles) {
    for (const claim of article.claims) {
      allClaims.push(claim);
      push(claimsBySentence, claim.sentenceId, claim);
      push(claimsByPassage, claim.passageId, claim);
    }
    for (const figure of article.casualties) {
      allFigures.push(figure);
      push(figuresBySentence, figure.sentenceId, figure);
      push(figuresByPassage, figure.passageId, figure);
    }
  }
  let lookups: IncidentLookups | null = null;
  const incidents = () => (lookups ??= incidentLookups(knowledge));
  return {
    knowledge,
    search,
    passageById,
    articleByFile,
    allClaims,
    allFigures,
    claimsBySentence,
    claimsByPassage,
    figuresBySentence,
    figuresByPassage,
    get incidents() {
      return incidents().list;
    },
    get incidentOfSentence() {
      return incidents().bySentence;
    },
    get incidentsOfPassage() {
      return incidents().byPassage;
    },
    get incidentsAtPlace() {
      return incidents().byPlace;
    },
  };
}

function incidentLookups(knowledge: CorpusKnowledge): IncidentLookups {
  const list = buildIncidents(knowledge);
  const bySentence = new Map<string, Incident>();
  const byPassage = new Map<string, Incident[]>();
  const byPlace = new Map<string, Incident[]>();
  for (const incident of list) {
    for (const item of [...incident.claims, ...incident.figures]) bySentence.set(item.sentenceId, incident);
    for (const id of incident.passageIds) push(byPassage, id, incident);
    for (const place of incident.places) push(byPlace, place, incident);
  }
  return { list, bySentence, byPassage, byPlace };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
