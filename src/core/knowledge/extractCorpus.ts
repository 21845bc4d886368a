// The whole corpus: parse and extract every article; one that fails is reported with its
// reason and the rest are still read.
import type { ArticleSource, CorpusKnowledge, FileError } from "../types.ts";
import { parseArticle } from "../ingest/parseArticle.ts";
import { extractArticle } from "./extractArticle.ts";
import type { Gazetteer } from "../attribution/gazetteer.ts";

export interface Extraction {
  knowledge: CorpusKnowledge;
  errors: FileError[];
}

export function extractCorpus(sources: ArticleSource[], gazetteer?: Gazetteer): Extraction {
  const articles: CorpusKnowledge["articles"] = [];
  const errors: FileError[] = [];
  for (const source of sources) {
    try {
      articles.push(extractArticle(parseArticle(source), gazetteer));
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^counterclaim: /, "") : String(error);
      errors.push({ file: source.file, reason });
    }
  }
  return { knowledge: { articles }, errors };
}
