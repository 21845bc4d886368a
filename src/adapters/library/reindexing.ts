// What every step of a re-index shares (the library, the re-index worker, the extraction pool):
// its progress, its failure and the counts it reports. A leaf module, so none of them imports another for these.
import { z } from "zod";
import type { CorpusKnowledge, FileError } from "../../core/types.ts";

/** A FileError crossing a boundary (a thread, the saved index's header): checked like any input. */
export const fileErrorSchema: z.ZodType<FileError> = z.object({ file: z.string(), reason: z.string() });

export type ProgressStage = "read" | "extract" | "index" | "save" | "incidents";

export interface Progress {
  /** The step under way: reading files, extracting claims, indexing, saving, grouping the incidents (a large corpus). */
  stage: ProgressStage;
  files: number;
  passages: number;
  claims: number;
  elapsedMs: number;
}

export type StepProgress = Omit<Progress, "elapsedMs">;

/** A re-index that produced nothing usable: why, and what went wrong file by file. */
export class ReindexFailure extends Error {
  constructor(
    message: string,
    readonly errors: FileError[] = [],
  ) {
    super(message);
    this.name = "ReindexFailure";
  }
}

/** `known`: the counts when they are known without reading every article (a lazily decoded index's, knowledgeCodec.ts). */
export function countOf(knowledge: CorpusKnowledge, known?: { passages: number; claims: number }): { passages: number; claims: number } {
  if (known) return { passages: known.passages, claims: known.claims };
  let passages = 0;
  let claims = 0;
  for (const article of knowledge.articles) {
    passages += article.passages.length;
    claims += article.claims.length;
  }
  return { passages, claims };
}

/**
 * An emptied corpus (every article deleted, a folder unmounted) must not silently replace a
 * full index with an empty one: the re-index fails, so the old index stays, unless asked.
 */
export function refuseEmptied(articles: number, refuseEmpty: boolean): void {
  if (articles === 0 && refuseEmpty) {
    throw new ReindexFailure("the corpus has no articles now; kept the previous index (re-index with --allow-empty to replace it with an empty one)");
  }
}
