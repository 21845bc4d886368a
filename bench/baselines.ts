// The baselines the issue compares against, on the same passages and questions:
// MiniSearch (BM25 with fuzzy and prefix matching) and FlexSearch (forward tokenizer, suggest).
import MiniSearch from "minisearch";
import FlexSearch from "flexsearch";

export interface BaselinePassage {
  id: number;
  text: string;
}

export interface Baseline {
  name: string;
  buildMs: number;
  /** Ids of the best passages for a question, best first. */
  search(question: string, limit: number): number[];
}

export function miniSearchBaseline(passages: BaselinePassage[]): Baseline {
  const start = performance.now();
  const index = new MiniSearch<BaselinePassage>({ fields: ["text"], searchOptions: { fuzzy: 0.2, prefix: true } });
  index.addAll(passages);
  return {
    name: "MiniSearch",
    buildMs: performance.now() - start,
    search: (question, limit) =>
      index
        .search(question)
        .slice(0, limit)
        .map((r) => Number(r.id)),
  };
}

export function flexSearchBaseline(passages: BaselinePassage[]): Baseline {
  const start = performance.now();
  const index = new FlexSearch.Index({ tokenize: "forward" });
  for (const p of passages) index.add(p.id, p.text);
  return {
    name: "FlexSearch",
    buildMs: performance.now() - start,
    search: (question, limit) => (index.search(question, { limit, suggest: true }) as number[]).map(Number),
  };
}
