// The knowledge core's extraction, as the library calls it (replaceable in tests).
import type { ArticleSource } from "../../core/types.ts";
import type { Extraction } from "../../core/knowledge/extractCorpus.ts";
export { extractCorpus } from "../../core/knowledge/extractCorpus.ts";
export type { Extraction };

export type Extract = (sources: ArticleSource[]) => Extraction;
