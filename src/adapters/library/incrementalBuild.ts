// A re-index that extracts only what changed, streaming every article through the disk.
// 1. Stat the corpus; a file whose size and time match the extraction cache's manifest is not
//    read at all; the others are read and keyed by the hash of their name and text.
// 2. Extract the articles whose key the cache lacks (added, changed, or after a change of the
//    extraction code, which keys a new cache folder: everything), across the extraction pool,
//    writing each to the cache as its chunk arrives; nothing accumulates.
// 3. Read every article back in corpus order, one at a time, into the knowledge's columns and the
//    search index's builder, and let it go: the heap holds the index being built, never the corpus.
// The index is rebuilt from the kept extractions rather than patched: the same bytes as a
// full build (the order of the articles decides doc numbers), and at 100k passages it costs a
// second or two. Per-file failures are collected; only a failure of the whole build throws.
import type { ArticleSource, FileError } from "../../core/types.ts";
import { articleSearchParts, SearchIndexBuilder } from "../../core/search/searchIndex.ts";
import { corpusLimits, loadCorpus, type LoadedCorpus } from "../corpus/loadCorpus.ts";
import type { Parallelism } from "./buildSnapshot.ts";
import { articleKey, type CachedArticle, cacheDirFor, ExtractionCache, type Manifest } from "./extractionCache.ts";
import { extractCorpus } from "./extractor.ts";
import { type CorpusFingerprint, fingerprintCorpus } from "./fingerprint.ts";
import { KnowledgeEncoder } from "./knowledgeCodec.ts";
import { startExtractionPool, workersFor } from "./parallelExtract.ts";
import { pipelineVersion } from "./pipelineVersion.ts";
import { ReindexFailure, type StepProgress } from "./reindexing.ts";
import { encodeIndexParts, type EncodedIndex } from "./savedIndex.ts";
import { encodeSearch } from "./searchCodec.ts";

export interface StreamedBuild {
  encoded: EncodedIndex;
  fingerprint: CorpusFingerprint;
  errors: FileError[];
  articles: number;
  /** Articles extracted by this build; the others came from the cache. */
  extracted: number;
  /** Files the build read (the others were unchanged by size and time). */
  read: number;
  /** Saves the cache's manifest and drops extractions no article uses any more: call once the index is saved. */
  commit(): void;
}

export async function buildIncrementally(
  corpusDir: string,
  savePath: string,
  onProgress: (p: StepProgress) => void,
  parallel: Parallelism = { workers: "auto" },
): Promise<StreamedBuild> {
  const cache = new ExtractionCache(cacheDirFor(savePath), pipelineVersion());
  const first = await attempt(corpusDir, cache, onProgress, parallel, new Set());
  if (first.missing.length === 0) return first.build;
  // A cached extraction that could not be read back (deleted, damaged): read and extract those again.
  const second = await attempt(corpusDir, cache, onProgress, parallel, new Set(first.missing));
  if (second.missing.length > 0) throw new ReindexFailure(`the extraction cache cannot be read back (${second.missing.length} articles)`);
  return second.build;
}

interface Attempt {
  build: StreamedBuild;
  /** Articles whose cached extraction was missing when read back. */
  missing: string[];
}

async function attempt(
  corpusDir: string,
  cache: ExtractionCache,
  onProgress: (p: StepProgress) => void,
  parallel: Parallelism,
  reread: Set<string>,
): Promise<Attempt> {
  const previous = cache.manifest();
  const fingerprint = await fingerprintCorpus(corpusDir);
  const stored = cache.keys();
  const unchanged = (file: string) => {
    const entry = previous[file];
    const stamp = fingerprint[file];
    const same = entry && stamp && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs && stored.has(entry.key) && !reread.has(file);
    return same ? entry.identity : undefined;
  };
  const corpus = await loadCorpus(corpusDir, corpusLimits(), unchanged);
  const keys = new Map<string, string>();
  for (const file of corpus.order) {
    const entry = previous[file];
    if (entry) keys.set(file, entry.key);
  }
  const toExtract: ArticleSource[] = [];
  for (const source of corpus.sources) {
    const key = articleKey(source.file, source.text);
    keys.set(source.file, key);
    if (!stored.has(key) || reread.has(source.file)) toExtract.push(source);
  }
  const files = corpus.order.length;
  const read = corpus.sources.length;
  onProgress({ stage: "read", files, passages: 0, claims: 0 });
  const extracted = toExtract.length;
  const extractErrors = await extractInto(cache, keys, toExtract, (passages, claims) => onProgress({ stage: "extract", files, passages, claims }), parallel);
  // The texts are in the cache now: let them go before the index is built.
  corpus.sources.length = 0;
  toExtract.length = 0;
  const failed = new Set(extractErrors.map((e) => e.file));
  const errors = [...corpus.errors, ...extractErrors];
  const articles = corpus.order.filter((file) => !failed.has(file));
  if (articles.length === 0 && errors.length > 0) throw new ReindexFailure(`no article could be read (${errors.length} failed)`, errors);

  const missing: string[] = [];
  let passages = 0;
  let claims = 0;
  const encoded = encodeIndexParts(corpusDir, fingerprint, errors, (strings, sections) => {
    const knowledge = new KnowledgeEncoder(strings);
    const search = new SearchIndexBuilder();
    for (const file of articles) {
      const cached = readBack(cache, keys.get(file));
      if (!cached) {
        missing.push(file);
        continue;
      }
      const { article } = cached;
      knowledge.add(article);
      search.add(article, cached.search);
      passages += article.passages.length;
      claims += article.claims.length;
    }
    onProgress({ stage: "index", files, passages, claims });
    return { enums: knowledge.finish(sections), search: encodeSearch(search.finish(), strings, sections) };
  });
  const manifest = manifestOf(articles, keys, fingerprint, corpus);
  return {
    missing,
    build: {
      encoded,
      fingerprint,
      errors,
      articles: articles.length,
      extracted,
      read,
      commit: () => cache.commit(manifest),
    },
  };
}

/** Extracts the sources, writing each article to the cache as its chunk comes back; returns the per-file errors. */
async function extractInto(
  cache: ExtractionCache,
  keys: Map<string, string>,
  sources: ArticleSource[],
  onChunk: (passages: number, claims: number) => void,
  parallel: Parallelism,
): Promise<FileError[]> {
  if (sources.length === 0) return [];
  const workers = parallel.workers === "auto" ? workersFor(sources.length) : parallel.workers;
  const pool = startExtractionPool(workers, parallel.entry);
  try {
    const { errors } = await pool.extract(sources, extractCorpus, onChunk, ({ knowledge }) => {
      for (const article of knowledge.articles) {
        const key = keys.get(article.meta.file);
        if (key === undefined) throw new ReindexFailure(`extraction returned an article that was not asked for (${article.meta.file})`);
        cache.write(key, { article, search: articleSearchParts(article) });
      }
    });
    return errors;
  } finally {
    pool.stop();
  }
}

function readBack(cache: ExtractionCache, key: string | undefined): CachedArticle | null {
  return key === undefined ? null : cache.read(key);
}

function manifestOf(articles: string[], keys: Map<string, string>, fingerprint: CorpusFingerprint, corpus: LoadedCorpus): Manifest {
  const manifest: Manifest = {};
  for (const file of articles) {
    const key = keys.get(file);
    const stamp = fingerprint[file];
    const identity = corpus.identities.get(file);
    if (key && stamp && identity) manifest[file] = { size: stamp.size, mtimeMs: stamp.mtimeMs, key, identity };
  }
  return manifest;
}
