// The knowledge core's extraction, as the library calls it (replaceable in tests).
import type { ArticleSource, CorpusKnowledge } from "../../core/types.ts";
export { extractCorpus } from "../../core/knowledge/extractCorpus.ts";

export interface Extraction {
  knowledge: CorpusKnowledge;
  errors: { file: string; reason: string }[];
}

export type Extract = (sources: ArticleSource[]) => Extraction;
