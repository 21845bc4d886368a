// Everything the answer functions read: the search index plus lookups from passages and
// sentences to claims, casualty figures and incidents. None is built up front: a saved index of
// a million passages decodes its articles on demand, and a lookup that walked every claim at
// load would decode them all. A passage id is `${file}#p${n}` and a sentence id
// `${passageId}.s${k}` (ingest/parseArticle.ts), so a lookup finds the one article to read from
// the id, and groups that article's claims and figures on first use. An id that does not follow
// the pattern, or an article whose claims name another article's sentences (neither happens with
// ids made by ingest), switches that lookup to a full map built once, as it was before. The lists of all claims and
// figures and the incidents are built on first use.
import type { ArticleKnowledge, CasualtyFigure, Claim, CorpusKnowledge } from "../types.ts";
import { buildSearchIndex, type PassageRecord, type SearchIndex } from "../search/searchIndex.ts";
import { buildIncidents, type Incident } from "./incidents.ts";

export interface AnswerIndex {
  knowledge: CorpusKnowledge;
  search: SearchIndex;
  passageById: Map<string, PassageRecord>;
  articleByFile: Map<string, ArticleKnowledge>;
  readonly allClaims: Claim[];
  readonly allFigures: CasualtyFigure[];
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

/** The incidents and their lookups: grouped here on first use, or given (read from a saved index's incidents file). */
export interface IncidentLookups {
  list: Incident[];
  bySentence: Map<string, Incident>;
  byPassage: Map<string, Incident[]>;
  byPlace: Map<string, Incident[]>;
}

/** Derives the lookups around an existing (e.g. freshly loaded) search index. */
export function answerIndexFrom(knowledge: CorpusKnowledge, search: SearchIndex, savedIncidents?: () => IncidentLookups): AnswerIndex {
  const articleByFile = new Map(knowledge.articles.map((a) => [a.meta.file, a]));
  const locate = articleLocator(articleByFile);
  const passageById = passageLookup(search.passages, locate);
  const claims = itemLookups(knowledge, locate, (a) => a.claims);
  const figures = itemLookups(knowledge, locate, (a) => a.casualties);
  let allClaims: Claim[] | null = null;
  let allFigures: CasualtyFigure[] | null = null;
  let lookups: IncidentLookups | null = null;
  const incidents = () => (lookups ??= savedIncidents ? savedIncidents() : incidentLookups(knowledge));
  return {
    knowledge,
    search,
    passageById,
    articleByFile,
    get allClaims() {
      return (allClaims ??= knowledge.articles.flatMap((a) => a.claims));
    },
    get allFigures() {
      return (allFigures ??= knowledge.articles.flatMap((a) => a.casualties));
    },
    claimsBySentence: claims.bySentence,
    claimsByPassage: claims.byPassage,
    figuresBySentence: figures.bySentence,
    figuresByPassage: figures.byPassage,
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

/**
 * A Map whose entries are found when asked for (`find`), or, once `full` is called (the shortcut
 * failed, or someone iterates it), all built at once by `all`. Only `get` and `has` are used by the
 * answers; every other read builds the full map first, so it behaves as the map it stands for.
 */
export class LookupMap<V> extends Map<string, V> {
  private built = false;

  constructor(
    private readonly find: (key: string, lookup: LookupMap<V>) => V | undefined,
    private readonly all: () => Map<string, V>,
  ) {
    super();
  }

  /** Switches to the full map (built once). */
  full(): this {
    if (!this.built) {
      this.built = true;
      for (const [key, value] of this.all()) super.set(key, value);
    }
    return this;
  }

  override get(key: string): V | undefined {
    return this.built ? super.get(key) : this.find(key, this);
  }
  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  override get size(): number {
    return this.full().mapSize();
  }
  private mapSize(): number {
    return super.size;
  }
  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    this.full();
    super.forEach(callback, thisArg);
  }
  override entries(): MapIterator<[string, V]> {
    this.full();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.full();
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.full();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

const PASSAGE_ID = /^(.*)#p(\d+)$/;
const SENTENCE_ID = /^(.*)\.s\d+$/;

/** Where an id points: its article and the passage's number in it, or undefined when the id does not follow the pattern. */
type Locate = (passageId: string) => { article: ArticleKnowledge; n: number } | undefined;

function articleLocator(articleByFile: Map<string, ArticleKnowledge>): Locate {
  return (passageId) => {
    const match = PASSAGE_ID.exec(passageId);
    const article = match ? articleByFile.get(match[1] as string) : undefined;
    return article ? { article, n: Number(match?.[2]) } : undefined;
  };
}

/** The passage id a sentence id is made from (`${passageId}.s${k}`), or undefined. */
export const passageOfSentence = (sentenceId: string) => SENTENCE_ID.exec(sentenceId)?.[1];
/** The file a passage id is made from (`${file}#p${n}`), or undefined. */
export const fileOfPassage = (passageId: string) => PASSAGE_ID.exec(passageId)?.[1];

/** Passage id → record: the record at the article's first doc plus the passage's number, checked against its id. */
function passageLookup(records: PassageRecord[], locate: Locate): Map<string, PassageRecord> {
  // Each article's first doc, from the records (their articles are known without their passages).
  const firstDoc = new Map<ArticleKnowledge, number>();
  for (const record of records) if (!firstDoc.has(record.article)) firstDoc.set(record.article, record.doc);
  const all = () => new Map(records.map((r) => [r.passage.id, r]));
  return new LookupMap<PassageRecord>((id, lookup) => {
    const at = locate(id);
    const first = at ? firstDoc.get(at.article) : undefined;
    if (!at || first === undefined) return lookup.full().get(id);
    const record = records[first + at.n];
    // The id names this article's passage n: anything else means ids that break the pattern.
    if (record?.article === at.article && record.passage.id === id) return record;
    const inArticle = at.article.passages.some((p) => p.id === id);
    return inArticle ? lookup.full().get(id) : undefined;
  }, all);
}

interface Located {
  sentenceId: string;
  passageId: string;
}

/** Sentence id and passage id → an article's items (claims or figures), grouped per article on first use. */
function itemLookups<T extends Located>(
  knowledge: CorpusKnowledge,
  locate: Locate,
  itemsOf: (article: ArticleKnowledge) => T[],
): { bySentence: LookupMap<T[]>; byPassage: LookupMap<T[]> } {
  interface Groups {
    bySentence: Map<string, T[]>;
    byPassage: Map<string, T[]>;
    /** Every item names a passage of this article by the pattern. */
    regular: boolean;
  }
  const groups = new WeakMap<ArticleKnowledge, Groups>();
  const groupsOf = (article: ArticleKnowledge): Groups => {
    let found = groups.get(article);
    if (!found) {
      found = { bySentence: new Map(), byPassage: new Map(), regular: true };
      for (const item of itemsOf(article)) {
        push(found.bySentence, item.sentenceId, item);
        push(found.byPassage, item.passageId, item);
        const home = locate(item.passageId)?.article;
        if (home !== article || locate(passageOfSentence(item.sentenceId) ?? "")?.article !== article) found.regular = false;
      }
      groups.set(article, found);
    }
    return found;
  };
  const everything = (keyOf: (item: T) => string) => {
    const map = new Map<string, T[]>();
    for (const article of knowledge.articles) for (const item of itemsOf(article)) push(map, keyOf(item), item);
    return map;
  };
  const lookup = (passageIdOf: (key: string) => string | undefined, keyOf: (item: T) => string, pick: (g: Groups) => Map<string, T[]>) =>
    new LookupMap<T[]>(
      (key, self) => {
        const at = locate(passageIdOf(key) ?? "");
        if (!at) return self.full().get(key);
        const found = groupsOf(at.article);
        // An item filed under another article's id: only the full map finds everything.
        if (!found.regular) return self.full().get(key);
        return pick(found).get(key);
      },
      () => everything(keyOf),
    );
  return {
    bySentence: lookup(
      passageOfSentence,
      (item) => item.sentenceId,
      (g) => g.bySentence,
    ),
    byPassage: lookup(
      (id) => id,
      (item) => item.passageId,
      (g) => g.byPassage,
    ),
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
