// A re-index that extracts only what changed, streaming every article through the disk.
// 1. Stat the corpus; a file whose size and time match the extraction cache's manifest is not
//    read at all; the others are read and keyed by the hash of their name and text.
// 2. Extract the articles whose key the cache lacks (added, changed, or after a change of the
//    extraction code, which keys a new cache folder: everything), across the extraction pool,
//    writing each to the cache as its chunk arrives; nothing accumulates.
// 3. Patch the previous saved index when its patch state (patchState.ts) says which article each
//    of its rows came from: the unchanged articles' columns are kept and the changed ones, read
//    from the cache, are spliced in (indexPatch.ts): work in proportion to typed arrays, not to
//    articles. Otherwise (a first build, another pipeline, a fifth of the corpus changed since the
//    last full build) read every article back in corpus order, one at a time, into the knowledge's
//    columns and the search index's builder, and let it go: the heap holds the index being built,
//    never the corpus. Either way the index decodes to the same thing (tests/library/indexPatch.test.ts).
// Per-file failures are collected; only a failure of the whole build throws.
import { closeSync, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import type { ArticleSource, FileError } from "../../core/types.ts";
import { SearchIndexBuilder } from "../../core/search/searchIndex.ts";
import { corpusLimits, loadCorpus, type LoadedCorpus } from "../corpus/loadCorpus.ts";
import { MAX_FOLDER_DEPTH } from "../corpus/walkCorpus.ts";
import type { Parallelism } from "./buildSnapshot.ts";
import { articleKey, type CachedArticle, cacheDirFor, ExtractionCache, type Manifest } from "./extractionCache.ts";
import { extractCorpus } from "./extractor.ts";
import { type CorpusFingerprint, fingerprintOf, stampCorpus } from "./fingerprint.ts";
import { KnowledgeEncoder } from "./knowledgeCodec.ts";
import { type ExtractionPool, startExtractionPool, workersFor } from "./parallelExtract.ts";
import { pipelineVersion } from "./pipelineVersion.ts";
import { ReindexFailure, type StepProgress } from "./reindexing.ts";
import { type PatchedBody, PatchRefused, type PatchSource, patchBody, type Pick } from "./indexPatch.ts";
import { type PatchState, readPatchState, removePatchState, type SavedFileStat, WordListsBuilder, writePatchState } from "./patchState.ts";
import { encodeIndexParts, type EncodedIndex } from "./savedIndex.ts";
import { headerSchema, type Header } from "./savedIndexSchema.ts";
import { unseal } from "./seal.ts";
import { encodeSearch } from "./searchCodec.ts";
import { SectionReader, SectionWriter } from "./sections.ts";
import { StringInterner, StringTable } from "./stringTable.ts";

export interface StreamedBuild {
  encoded: EncodedIndex;
  fingerprint: CorpusFingerprint;
  errors: FileError[];
  articles: number;
  /** Articles extracted by this build; the others came from the cache. */
  extracted: number;
  /** Files the build read (the others were unchanged by size and time). */
  read: number;
  /** Whether the previous saved index was patched (indexPatch.ts) rather than rebuilt from the cache. */
  patched: boolean;
  /** When patched: the SHA-256 of the index patched, and the files spliced in anew (the others' rows are the old ones). */
  patch: { base: string; fresh: string[] } | null;
  /**
   * Saves the cache's manifest and drops extractions no article uses any more: call once the
   * index is saved, with the SHA-256 of its seal, so the next re-index can patch it.
   */
  commit(indexSha256?: string): void;
}

export async function buildIncrementally(
  corpusDir: string,
  savePath: string,
  onProgress: (p: StepProgress) => void,
  parallel: Parallelism = { workers: "auto" },
): Promise<StreamedBuild> {
  const cache = new ExtractionCache(cacheDirFor(savePath), pipelineVersion());
  const first = await attempt(corpusDir, savePath, cache, onProgress, parallel, new Set());
  if (first.missing.length === 0) return first.build;
  // A cached extraction that could not be read back (deleted, damaged): read and extract those again.
  const second = await attempt(corpusDir, savePath, cache, onProgress, parallel, new Set(first.missing));
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
  savePath: string,
  cache: ExtractionCache,
  onProgress: (p: StepProgress) => void,
  parallel: Parallelism,
  reread: Set<string>,
): Promise<Attempt> {
  let previous: Manifest = {};
  // The manifest (a JSON of 100,000 entries at a million passages) is parsed while the stat thread works.
  const stamp = await stampCorpus(corpusDir, () => {
    previous = cache.manifest();
  });
  const fingerprint = fingerprintOf(stamp);
  // A file unchanged by size and time is not read again, its extraction taken as stored: one that
  // is missing after all is found when read back (a full build), and read and extracted again then.
  const unchanged = (file: string) => {
    const entry = previous[file];
    const stamp = fingerprint[file];
    const same = entry && stamp && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs && !reread.has(file);
    return same ? entry.identity : undefined;
  };
  // The files to read are (nearly) those to extract: the extraction workers are started now, so
  // that they load their modules (half a second or more) while the corpus is read, not after.
  const toRead = Object.keys(fingerprint).filter((file) => unchanged(file) === undefined).length;
  const pool = startExtractionPool(parallel.workers === "auto" ? workersFor(toRead) : parallel.workers, parallel.entry);
  let corpus: LoadedCorpus;
  const keys = new Map<string, string>();
  const toExtract: ArticleSource[] = [];
  let extractErrors: FileError[];
  let files: number;
  try {
    const limits = corpusLimits();
    // Read by the walk the stats were taken from (the same depth limit): one walk of the folder, not two.
    // A file gone before its stat is not part of the corpus (as a second walk would not have listed it).
    const walked = stamp.listing && { ...stamp.listing, entries: stamp.listing.entries.filter((e) => fingerprint[e.file] !== undefined) };
    corpus = await loadCorpus(corpusDir, limits, unchanged, limits.maxDepth === MAX_FOLDER_DEPTH ? walked : undefined);
    for (const file of corpus.order) {
      const entry = previous[file];
      if (entry) keys.set(file, entry.key);
    }
    for (const source of corpus.sources) {
      const key = articleKey(source.file, source.text);
      keys.set(source.file, key);
      if (!cache.has(key) || reread.has(source.file)) toExtract.push(source);
    }
    files = corpus.order.length;
    const count = files;
    onProgress({ stage: "read", files, passages: 0, claims: 0 });
    extractErrors = await extractInto(pool, cache, keys, toExtract, (passages, claims) => onProgress({ stage: "extract", files: count, passages, claims }));
  } finally {
    pool.stop();
  }
  const read = corpus.sources.length;
  const extracted = toExtract.length;
  // The texts are in the cache now: let them go before the index is built.
  corpus.sources.length = 0;
  toExtract.length = 0;
  const failed = new Set(extractErrors.map((e) => e.file));
  const errors = [...corpus.errors, ...extractErrors];
  const articles = corpus.order.filter((file) => !failed.has(file));
  if (articles.length === 0 && errors.length > 0) throw new ReindexFailure(`no article could be read (${errors.length} failed)`, errors);

  const counts = { passages: 0, claims: 0 };
  const progress = () => onProgress({ stage: "index", files, ...counts });
  const patch = patchedIndex({ corpusDir, savePath, cache, fingerprint, errors, articles, keys });
  const built = patch ?? fullIndex({ corpusDir, cache, fingerprint, errors, articles, keys }, counts, progress);
  if (patch) {
    counts.passages = patch.passages;
    counts.claims = patch.claims;
    progress();
  }
  const { encoded, state } = built;
  return {
    missing: built.missing,
    build: {
      encoded,
      fingerprint,
      errors,
      articles: articles.length,
      extracted,
      read,
      patched: patch !== null,
      patch: patch ? { base: patch.base, fresh: patch.fresh } : null,
      commit: (indexSha256) => {
        // Made here, after the hand-over: a hundred thousand entries are off the path of the swap.
        cache.commit(manifestOf(articles, keys, fingerprint, corpus));
        if (indexSha256) writePatchState(cache.dir, { ...state, index: indexSha256, ...savedFileStat(savePath) });
        else removePatchState(cache.dir);
      },
    },
  };
}

interface IndexInputs {
  corpusDir: string;
  cache: ExtractionCache;
  fingerprint: CorpusFingerprint;
  errors: FileError[];
  /** The index's articles in corpus order. */
  articles: string[];
  keys: Map<string, string>;
}

interface BuiltIndex {
  encoded: EncodedIndex;
  state: Omit<PatchState, "index">;
  /** Articles whose cached extraction was missing when read back. */
  missing: string[];
}

/** Every article read back from the cache, in corpus order, into a new index. */
function fullIndex(inputs: IndexInputs, counts: { passages: number; claims: number }, progress: () => void): BuiltIndex {
  const { corpusDir, cache, fingerprint, errors, articles, keys } = inputs;
  const missing: string[] = [];
  const kept: string[] = [];
  const words = new WordListsBuilder();
  const encoded = encodeIndexParts(corpusDir, fingerprint, errors, (strings, sections) => {
    const knowledge = new KnowledgeEncoder(strings);
    const search = new SearchIndexBuilder();
    for (const file of articles) {
      const key = keys.get(file);
      const cached = readBack(cache, key);
      if (!cached || key === undefined) {
        missing.push(file);
        continue;
      }
      const { article } = cached;
      knowledge.add(article);
      search.add(article, cached.search);
      for (const list of cached.search.words) words.addPassage(list);
      kept.push(key);
      counts.passages += article.passages.length;
      counts.claims += article.claims.length;
    }
    progress();
    return { enums: knowledge.finish(sections), search: encodeSearch(search.finish(), strings, sections) };
  });
  return { encoded, missing, state: { patched: 0, keys: kept, words: words.finish() } };
}

/** Articles changed since the last full build, past which share of the corpus the next build is full (it drops their strings). */
const PATCH_SHARE = 0.2;

/**
 * The previous saved index with the changed articles spliced in and the removed ones out
 * (indexPatch.ts), or null when it cannot be: no saved index or patch state, or they do not
 * match each other or this pipeline, or too much has changed since the last full build.
 */
function patchedIndex(inputs: IndexInputs & { savePath: string }): (BuiltIndex & { passages: number; claims: number; base: string; fresh: string[] }) | null {
  const { corpusDir, savePath, cache, fingerprint, errors, articles, keys } = inputs;
  const state = readPatchState(cache.dir);
  if (!state) return null;
  const previous = readSaved(savePath, state.index, state.file);
  if (!previous) return null;
  const { input, header, strings } = previous;
  const oldFiles = input.u32("k.aFile");
  if (oldFiles.length !== state.keys.length) return null;
  const oldRow = new Map(Array.from(oldFiles, (id, row) => [strings.get(id), row]));
  const picks: Pick[] = [];
  const fresh: string[] = [];
  for (const file of articles) {
    const row = oldRow.get(file);
    if (row !== undefined && state.keys[row] === keys.get(file)) picks.push({ source: 0, article: row });
    else picks.push({ source: 1, article: fresh.push(file) - 1 });
  }
  const changes = fresh.length + (oldFiles.length - (articles.length - fresh.length));
  if (state.patched + changes > PATCH_SHARE * articles.length) return null;

  const interner = new StringInterner(strings);
  teach(interner, strings, input, ["fp.names", "s.terms", "s.words", "s.bigrams.keys", "s.placeNames", "s.fieldValues"]);
  const added = encodeArticles(fresh, keys, cache, interner);
  if (added.missing.length > 0) {
    return { ...added, encoded: { header: Buffer.alloc(0), pieces: [] }, state: { ...state, patched: 0 }, passages: 0, claims: 0, base: state.index, fresh };
  }
  const sources: PatchSource[] = [{ input, enums: header.enums, search: header.search, words: state.words }, added.source];
  let body: PatchedBody | null = null;
  try {
    const encoded = encodeIndexParts(
      corpusDir,
      fingerprint,
      errors,
      (shared, sections) => {
        body = patchBody(sources, picks, shared, sections);
        return { enums: body.enums, search: body.search };
      },
      interner,
    );
    const done = body as PatchedBody | null;
    if (!done) return null;
    const keyOf = (pick: Pick) => (pick.source === 0 ? state.keys[pick.article] : keys.get(fresh[pick.article] ?? "")) ?? "";
    return {
      encoded,
      missing: [],
      state: { patched: state.patched + changes, keys: picks.map(keyOf), words: done.words },
      passages: done.search.docCount,
      claims: done.claims,
      base: state.index,
      fresh,
    };
  } catch (error) {
    if (error instanceof PatchRefused) return null;
    throw error;
  }
}

/** The saved file's size, time and inode now (just written: the patch state keeps them), or nothing when it cannot be read. */
function savedFileStat(path: string): { file?: SavedFileStat } {
  try {
    const { size, mtimeMs, ino } = statSync(path);
    return { file: { size, mtimeMs, ino } };
  } catch {
    return {};
  }
}

/**
 * The saved index the patch state describes, opened, or null. Its checksum is checked unless the
 * file still has the size, time and inode it had when it was written and sealed (`written`).
 */
function readSaved(path: string, sha256: string, written?: SavedFileStat): { input: SectionReader; header: Header; strings: StringTable } | null {
  let file: Buffer;
  let same = false;
  try {
    const fd = openSync(path, "r");
    try {
      const { size, mtimeMs, ino } = fstatSync(fd);
      same = written !== undefined && written.size === size && written.mtimeMs === mtimeMs && written.ino === ino;
      file = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  const seal = file.toString("latin1", 0, Math.max(0, file.indexOf(10)));
  if (!seal.endsWith(`sha256:${sha256}`)) return null;
  const unsealed = unseal(file, { verify: !same });
  if (!unsealed.ok) return null;
  const content = unsealed.content;
  const newline = content.indexOf(10);
  const parsed = headerSchema.safeParse(JSON.parse(content.toString("utf8", 0, newline)));
  if (!parsed.success || parsed.data.pipeline !== pipelineVersion()) return null;
  const body = content.subarray(newline + 1);
  if (body.byteLength !== parsed.data.body.bytes) return null;
  const input = new SectionReader(body, parsed.data.sections);
  return { input, header: parsed.data, strings: new StringTable(input) };
}

/** Lets the interner find these columns' strings under their saved ids (so patching does not store them again); a column the file lacks is skipped. */
function teach(interner: StringInterner, strings: StringTable, input: SectionReader, columns: string[]): void {
  for (const name of columns) if (input.has(name)) for (const id of input.u32(name)) interner.know(strings.get(id), id);
}

/** The changed articles alone, encoded as an index of their own with the shared strings. */
function encodeArticles(
  files: string[],
  keys: Map<string, string>,
  cache: ExtractionCache,
  strings: StringInterner,
): { source: PatchSource; missing: string[] } {
  const sections = new SectionWriter();
  const knowledge = new KnowledgeEncoder(strings);
  const search = new SearchIndexBuilder();
  const words = new WordListsBuilder();
  const missing: string[] = [];
  for (const file of files) {
    const cached = readBack(cache, keys.get(file));
    if (!cached) {
      missing.push(file);
      continue;
    }
    knowledge.add(cached.article);
    search.add(cached.article, cached.search);
    for (const list of cached.search.words) words.addPassage(list);
  }
  const enums = knowledge.finish(sections);
  const header = encodeSearch(search.finish(), strings, sections);
  const input = new SectionReader(sections.body(), sections.sections);
  return { source: { input, enums, search: header, words: words.finish() }, missing };
}

/**
 * Extracts the sources, each chunk written to the cache by the thread that extracted it (so the
 * articles are not cloned back here first); returns the per-file errors.
 */
async function extractInto(
  pool: ExtractionPool,
  cache: ExtractionCache,
  keys: Map<string, string>,
  sources: ArticleSource[],
  onChunk: (passages: number, claims: number) => void,
): Promise<FileError[]> {
  if (sources.length === 0) return [];
  const sourceKeys = sources.map((source) => keys.get(source.file) ?? "");
  try {
    const { errors } = await pool.extract(sources, extractCorpus, onChunk, { dir: cache.dir, keys: sourceKeys });
    return errors;
  } finally {
    // Whatever was written, this cache object knows it (a failed article's key names no file: harmless).
    cache.noteStored(sourceKeys);
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
