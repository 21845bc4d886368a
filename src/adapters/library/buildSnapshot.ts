// One full re-index: read the corpus folder, extract every article, build the index.
// The same steps run in the re-index worker (the default) and, for tests that inject their
// own extractor, on the main thread. Per-file failures are collected, not thrown; only a
// failure of the whole build throws, as a ReindexFailure carrying the per-file reasons.
import { loadCorpus } from "../corpus/loadCorpus.ts";
import { buildAnswerIndex } from "../../core/answers/answerIndex.ts";
import type { ArticleSource, FileError } from "../../core/types.ts";
import { extractCorpus, type Extract, type Extraction } from "./extractor.ts";
import { fingerprintCorpus } from "./fingerprint.ts";
import { startExtractionPool, workersFor } from "./parallelExtract.ts";
import { countOf, ReindexFailure, type StepProgress } from "./reindexing.ts";
import type { IndexSnapshot } from "./savedIndex.ts";

/**
 * Extraction workers to start (parallelExtract.ts): a number, or "auto" for one per spare core
 * when the corpus is large enough. Only the re-index worker starts them; the main thread never does.
 */
export interface Parallelism {
  workers: number | "auto";
  /** The extraction workers' entry (tests). */
  entry?: URL;
}

export async function buildSnapshot(
  corpusDir: string,
  extract: Extract,
  onProgress: (p: StepProgress) => void,
  parallel: Parallelism = { workers: 0 },
): Promise<IndexSnapshot> {
  const fingerprint = await fingerprintCorpus(corpusDir);
  // The fingerprint counts the articles: extraction workers can start loading while they are read.
  const pool = extract === extractCorpus ? startExtractionPool(workerCount(parallel, Object.keys(fingerprint).length), parallel.entry) : null;
  let extraction: Extraction;
  let files: number;
  let readErrors: FileError[];
  try {
    const corpus = await loadCorpus(corpusDir);
    files = corpus.sources.length;
    readErrors = corpus.errors;
    onProgress({ stage: "read", files, passages: 0, claims: 0 });
    await breathe();
    const onBatch = (passages: number, claims: number) => onProgress({ stage: "extract", files, passages, claims });
    extraction = pool ? await pool.extract(corpus.sources, extract, onBatch) : extractWhole(corpus.sources, extract, onBatch);
  } finally {
    pool?.stop();
  }
  const { knowledge, errors } = extraction;
  const allErrors = [...readErrors, ...errors];
  if (knowledge.articles.length === 0 && allErrors.length > 0) {
    throw new ReindexFailure(`no article could be read (${allErrors.length} failed)`, allErrors);
  }
  const { passages, claims } = countOf(knowledge);
  onProgress({ stage: "index", files, passages, claims });
  await breathe();
  const index = buildAnswerIndex(knowledge);
  return { index, fingerprint, errors: allErrors };
}

const workerCount = (parallel: Parallelism, articles: number) => (parallel.workers === "auto" ? workersFor(articles) : parallel.workers);

/**
 * An injected extractor (tests) gets the whole corpus at once; the knowledge core's goes
 * through extraction pools in chunks, with progress after each (parallelExtract.ts).
 */
function extractWhole(sources: ArticleSource[], extract: Extract, onBatch: (passages: number, claims: number) => void): Extraction {
  const extraction = extract(sources);
  const { passages, claims } = countOf(extraction.knowledge);
  onBatch(passages, claims);
  return extraction;
}

/** Lets queries waiting on the event loop run between long synchronous steps (main thread only). */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
