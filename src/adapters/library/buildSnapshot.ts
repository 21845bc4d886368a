// One full re-index: read the corpus folder, extract every article, build the index.
// The same steps run in the re-index worker (the default) and, for tests that inject their
// own extractor, on the main thread. Per-file failures are collected, not thrown; only a
// failure of the whole build throws, as a ReindexFailure carrying the per-file reasons.
import { loadCorpus } from "../corpus/loadCorpus.ts";
import { buildAnswerIndex } from "../../core/answers/answerIndex.ts";
import type { ArticleSource, CorpusKnowledge } from "../../core/types.ts";
import { extractCorpus, type Extract, type Extraction } from "./extractor.ts";
import { fingerprintCorpus } from "./fingerprint.ts";
import type { IndexSnapshot } from "./savedIndex.ts";

export type ProgressStage = "read" | "extract" | "index" | "save";

export interface Progress {
  /** The step under way: reading files, extracting claims, indexing, saving. */
  stage: ProgressStage;
  files: number;
  passages: number;
  claims: number;
  elapsedMs: number;
}

export type StepProgress = Omit<Progress, "elapsedMs">;

export interface FileError {
  file: string;
  reason: string;
}

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

/** Articles extracted between two progress reports (and, on the main thread, two breaths). */
const BATCH = 250;

export async function buildSnapshot(corpusDir: string, extract: Extract, onProgress: (p: StepProgress) => void): Promise<IndexSnapshot> {
  const fingerprint = await fingerprintCorpus(corpusDir);
  const corpus = await loadCorpus(corpusDir);
  const files = corpus.sources.length;
  onProgress({ stage: "read", files, passages: 0, claims: 0 });
  await breathe();
  const { knowledge, errors } = await extractAll(corpus.sources, extract, (passages, claims) => onProgress({ stage: "extract", files, passages, claims }));
  const allErrors = [...corpus.errors, ...errors];
  if (knowledge.articles.length === 0 && allErrors.length > 0) {
    throw new ReindexFailure(`no article could be read (${allErrors.length} failed)`, allErrors);
  }
  const { passages, claims } = countOf(knowledge);
  onProgress({ stage: "index", files, passages, claims });
  await breathe();
  const index = buildAnswerIndex(knowledge);
  return { index, fingerprint, errors: allErrors };
}

/**
 * The knowledge core extracts each article on its own, so the corpus can go through it in
 * batches, with progress after each. An injected extractor (tests) gets the whole corpus at once.
 */
async function extractAll(sources: ArticleSource[], extract: Extract, onBatch: (passages: number, claims: number) => void): Promise<Extraction> {
  if (extract !== extractCorpus) {
    const extraction = extract(sources);
    const { passages, claims } = countOf(extraction.knowledge);
    onBatch(passages, claims);
    return extraction;
  }
  const articles: CorpusKnowledge["articles"] = [];
  const errors: FileError[] = [];
  let passages = 0;
  let claims = 0;
  for (let start = 0; start < sources.length; start += BATCH) {
    const batch = extractCorpus(sources.slice(start, start + BATCH));
    articles.push(...batch.knowledge.articles);
    errors.push(...batch.errors);
    const counted = countOf(batch.knowledge);
    passages += counted.passages;
    claims += counted.claims;
    onBatch(passages, claims);
    await breathe();
  }
  return { knowledge: { articles }, errors };
}

export function countOf(knowledge: CorpusKnowledge): { passages: number; claims: number } {
  let passages = 0;
  let claims = 0;
  for (const article of knowledge.articles) {
    passages += article.passages.length;
    claims += article.claims.length;
  }
  return { passages, claims };
}

/** Lets queries waiting on the event loop run between long synchronous steps (main thread only). */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
