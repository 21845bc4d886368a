// The add service the bot's /add uses: the corpus folder and fetch limits fixed at start, the
// corpus's addresses and texts read afresh on each call (articles may have been dropped in by hand).
import { addArticles, type AddOutcome } from "./addArticles.ts";
import type { FetchLimits } from "./fetchLimited.ts";
import type { ArticleInput } from "./readInput.ts";

export interface ArticleAdder {
  add(inputs: readonly ArticleInput[]): Promise<AddOutcome[]>;
}

export function createArticleAdder(corpusDir: string, limits: FetchLimits): ArticleAdder {
  return { add: (inputs) => addArticles(inputs, { corpusDir, limits }) };
}
