// One full re-index: read the corpus folder, extract every article, build the index.
// Per-file failures are collected, not thrown; only a failure of the whole build throws.
import { loadCorpus } from "../corpus/loadCorpus.ts";
import { buildAnswerIndex } from "../../core/answers/answerIndex.ts";
import { CounterclaimError } from "../../core/errors.ts";
import type { Extract } from "./extractor.ts";
import { fingerprintCorpus } from "./fingerprint.ts";
import type { IndexSnapshot } from "./savedIndex.ts";

export interface Progress {
  files: number;
  passages: number;
  claims: number;
  elapsedMs: number;
}

export async function buildSnapshot(corpusDir: string, extract: Extract, onProgress: (p: Omit<Progress, "elapsedMs">) => void): Promise<IndexSnapshot> {
  const fingerprint = await fingerprintCorpus(corpusDir);
  const corpus = await loadCorpus(corpusDir);
  onProgress({ files: corpus.sources.length, passages: 0, claims: 0 });
  await breathe();
  const { knowledge, errors } = extract(corpus.sources);
  const passages = knowledge.articles.reduce((n, a) => n + a.passages.length, 0);
  const claims = knowledge.articles.reduce((n, a) => n + a.claims.length, 0);
  onProgress({ files: corpus.sources.length, passages, claims });
  const allErrors = [...corpus.errors, ...errors];
  if (knowledge.articles.length === 0 && allErrors.length > 0) {
    throw new CounterclaimError(`no article could be read (${allErrors.length} failed)`);
  }
  await breathe();
  const index = buildAnswerIndex(knowledge);
  onProgress({ files: corpus.sources.length, passages, claims });
  return { index, fingerprint, errors: allErrors };
}

/** Lets queries waiting on the event loop run between the long synchronous steps. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
