// The live library behind the bot, the console and the CLI: answers from the current index,
// loads the saved index at start (re-indexing only when the corpus changed or the file is bad),
// and swaps a fresh index in atomically on reindex, keeping the old one if anything goes wrong.
// A re-index runs in a worker thread, so queries keep being answered (from the old index)
// while it reads, extracts and indexes; only decoding its result and the swap happen here.
// On a large corpus the worker then groups the new index's incidents and saves them beside it
// (after a patch a few tenths of a second at 100k articles: incidentRegroup.ts), while this thread
// decodes the new index; the index and its own incidents are swapped in together, so no answer
// ever comes from a new index whose incidents are not yet its own.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type AnswerIndex, answerIndexFrom } from "../../core/answers/answerIndex.ts";
import * as answers from "../../core/answers/index.ts";
import { CounterclaimError } from "../../core/errors.ts";
import type { AnswerService, FileError, ReindexReport, Side } from "../../core/types.ts";
import { reasonOf } from "../corpus/loadCorpus.ts";
import { buildSnapshot } from "./buildSnapshot.ts";
import { countOf, ReindexFailure, refuseEmptied, type Progress, type StepProgress } from "./reindexing.ts";
import { extractCorpus, type Extract } from "./extractor.ts";
import { incidentsFrom, incidentsPath } from "./incidentsFile.ts";
import { readShared } from "./parallelHash.ts";
import { SAVED_INCIDENTS_FROM } from "./saveIncidents.ts";
import { shapeOf } from "./knowledgeCodec.ts";
import { compareFingerprints, type CorpusStamp, fingerprintOf, stampCorpus, unchangedSince } from "./fingerprint.ts";
import type { ReindexCoordinator } from "./replicaCoordinator.ts";
import { REINDEX_WORKER, runReindexWorker, type StandbyWorker, startStandbyWorker, WorkerStartError, type WorkerRun } from "./runReindexWorker.ts";
import { decodeIndex, encodeIndex, loadIndex, OTHER_PIPELINE, savedIndexPath, writeIndexFile, type IndexSnapshot, type LoadResult } from "./savedIndex.ts";

export interface LibraryOptions {
  corpusDir: string;
  /** Where the saved index lives; default `.counterclaim/` under the project root. */
  indexDir?: string;
  onProgress?: (p: Progress) => void;
  /** The extraction step; tests replace it to simulate failures. A custom one runs on this thread. */
  extract?: Extract;
  /** Re-index at start even when the saved index is current (`cli reindex`). */
  rebuild?: boolean;
  /**
   * When the saved index loads but is out of date, answer from it at once and rebuild in the
   * background (the bot: it logs in without waiting); otherwise wait for the rebuild (the CLI).
   */
  serveStale?: boolean;
  /** Let a corpus with no articles replace an index that has some (otherwise the old is kept). */
  allowEmpty?: boolean;
  /**
   * Where re-indexing runs: a worker thread (the default), or this thread when false.
   * Tests may pass their own worker entry to simulate a crashing or lying worker.
   */
  reindexWorker?: URL | false;
  /**
   * Extraction workers the re-index worker starts beside itself; default one per spare core
   * (at most 3) when the corpus is large enough. Tests set it, and `extractionWorker`, the
   * workers' entry, to check that results do not depend on it and that a crash fails cleanly.
   */
  extractionWorkers?: number;
  extractionWorker?: URL;
  /** Where processes share the corpus: one re-indexes at a time, the others swap to its index (replicaCoordinator.ts). */
  coordinator?: ReindexCoordinator;
  /** Indexes of this many passages or more have their incidents grouped by the worker and saved (saveIncidents.ts); tests lower it. */
  savedIncidentsFrom?: number;
}

export interface Library extends AnswerService {
  close(): void;
  /** How the current index was obtained: loaded from disk or built from the corpus. */
  readonly origin: "loaded" | "built";
  /** Bytes of the saved index file after the last save, if any. */
  readonly savedBytes: number | null;
  /** The report of the last re-index this library ran (including one at start), if any. */
  readonly lastReport: ReindexReport | null;
  /** How the start went: what is served, why the saved index was not, what was skipped. */
  readonly startup: StartupReport;
  /** The re-index started at start in the background (serveStale), until it settles; else null. */
  readonly rebuilding: Promise<ReindexReport> | null;
  /** The saved index file of this corpus. */
  readonly savedPath: string;
  /** Loads the index another process saved and swaps it in; a failed load keeps the current one. */
  reload(): Promise<ReindexReport>;
  /**
   * Settles when the last re-index has nothing left running. Now at once: a re-index returns only
   * once its incidents are saved and swapped in with its index (or given up, then grouped on first
   * use). Kept so that callers (the CLI, the bench) need not know. Never rejects.
   */
  settled(): Promise<void>;
}

export interface StartupReport {
  origin: "loaded" | "built";
  articles: number;
  /** Why the saved index was rebuilt (missing, refused, out of date, asked), or null when it was current. */
  rebuildReason: string | null;
  /** The saved index existed but was refused: why (a bad checksum, another version…). */
  rejected: string | null;
  /** Files the served index skipped, with their reasons. */
  skipped: FileError[];
}

export const DEFAULT_INDEX_DIR = resolve(fileURLToPath(import.meta.url), "../../../../.counterclaim");

interface Built {
  snapshot: IndexSnapshot;
  /** Problems that did not stop the build: a file that could not be saved, a worker that would not start. */
  notes: FileError[];
  savedBytes: number | null;
  /** When the worker groups and saves the incidents after handing the index over: settles with null once saved, or why not. */
  incidents: Promise<string | null> | null;
}

export async function createLibrary(options: LibraryOptions): Promise<Library> {
  const corpusDir = resolve(options.corpusDir);
  const path = savedIndexPath(options.indexDir ?? DEFAULT_INDEX_DIR, corpusDir);
  const extract = options.extract ?? extractCorpus;
  // Functions cannot cross into a worker: an injected extractor runs here.
  const workerEntry = options.extract || options.reindexWorker === false ? null : (options.reindexWorker ?? REINDEX_WORKER);
  let current: IndexSnapshot | null = null;
  let origin: Library["origin"] = "built";
  let savedBytes: number | null = null;
  let running: Promise<ReindexReport> | null = null;
  let lastReport: ReindexReport | null = null;
  let worker: WorkerRun | null = null;
  /** The re-index's worker while it groups the incidents of the index it handed over. */
  let grouping: WorkerRun | null = null;
  /**
   * Until the last re-index's worker has ended: after its incidents it writes the extraction cache's
   * manifest and patch state, which the next re-index reads (so that one waits for this, not the swap).
   */
  let lastWorkerExited: Promise<void> = Promise.resolve();
  /**
   * The next re-index's worker, its modules already loaded (runReindexWorker.ts): kept by a serving
   * library (the bot), which re-indexes again and again, from its start and after each re-index,
   * when its corpus is large enough (as for saving incidents) that half a second counts.
   */
  let standby: StandbyWorker | null = null;
  const large = () => (current?.index.search.passages.length ?? 0) >= (options.savedIncidentsFrom ?? SAVED_INCIDENTS_FROM);
  const prepareStandby = () => {
    if (options.serveStale && !closed && !standby && workerEntry?.href === REINDEX_WORKER.href && large()) standby = startStandbyWorker(workerEntry);
  };
  let closed = false;

  async function buildHere(progress: (p: StepProgress) => void, refuseEmpty: boolean): Promise<Built> {
    let files = 0;
    const snapshot = await buildSnapshot(corpusDir, extract, (p) => {
      files = p.files;
      progress(p);
    });
    refuseEmptied(snapshot.index.knowledge.articles.length, refuseEmpty);
    progress({ stage: "save", files, ...countOf(snapshot.index.knowledge) });
    try {
      const file = encodeIndex(corpusDir, snapshot);
      await writeIndexFile(path, file);
      return { snapshot, notes: [], savedBytes: file.byteLength, incidents: null };
    } catch (error) {
      return { snapshot, notes: [{ file: path, reason: `could not save the index: ${reasonOf(error)}` }], savedBytes, incidents: null };
    }
  }

  async function buildInWorker(entry: URL, progress: (p: StepProgress) => void, refuseEmpty: boolean): Promise<Built> {
    const input = {
      corpusDir,
      savePath: path,
      refuseEmpty,
      ...(options.extractionWorkers === undefined ? {} : { extractionWorkers: options.extractionWorkers }),
      ...(options.extractionWorker ? { extractionEntry: options.extractionWorker.href } : {}),
      ...(options.savedIncidentsFrom === undefined ? {} : { savedIncidentsFrom: options.savedIncidentsFrom }),
    };
    await lastWorkerExited;
    const run = runReindexWorker(input, progress, entry, standby ?? undefined);
    standby = null;
    worker = run;
    lastWorkerExited = run.exited;
    try {
      const { file, bytes, saveError, incidents } = await run.result;
      // The worker goes on grouping the incidents: close() stops it.
      if (incidents) grouping = run;
      // Saved: read back from the file the worker just wrote and sealed (no checksum pass needed).
      // The worker's code is the newest: if src/core changed since this thread hashed it, its index still counts.
      const fresh = { verify: false, acceptOtherPipeline: true };
      // Without the incidents file: the one there now is the previous index's (the new one's follow: withSavedIncidents).
      const decoded = file === null ? await loadIndex(path, { ...fresh, incidents: false }) : decodeIndex(file, fresh);
      if (!decoded.ok) throw new ReindexFailure(`the re-index worker produced an unusable index: ${decoded.reason}`);
      if (saveError !== null) {
        return { snapshot: decoded.snapshot, notes: [{ file: path, reason: `could not save the index: ${saveError}` }], savedBytes, incidents: null };
      }
      return { snapshot: decoded.snapshot, notes: [], savedBytes: bytes, incidents };
    } catch (error) {
      // Nor any incidents to group for an index that is not served.
      run.stop();
      grouping = null;
      if (!(error instanceof WorkerStartError) || closed) throw error;
      // No worker at all (e.g. its TypeScript loader is missing): slower, blocking, but still a re-index.
      const built = await buildHere(progress, refuseEmpty);
      return {
        ...built,
        notes: [{ file: entry.pathname, reason: `the re-index worker could not start (${error.message}); re-indexed on the main thread` }, ...built.notes],
      };
    } finally {
      worker = null;
    }
  }

  /**
   * The new index with the incidents the worker saved beside it, once it has (null: the worker
   * could not, or they belong to another index; it then groups them on first use, as before).
   */
  async function withSavedIncidents(snapshot: IndexSnapshot, saving: Promise<string | null>): Promise<{ snapshot: IndexSnapshot; note: FileError | null }> {
    const { knowledge, search } = snapshot.index;
    const error = await saving;
    const file = error === null ? await readShared(incidentsPath(path)).catch(() => null) : null;
    // Just written by the worker, like the index read back with verify: false.
    const saved = file && snapshot.sha256 ? incidentsFrom(file, snapshot.sha256, { knowledge, search }, { verify: false }) : null;
    const index: AnswerIndex = answerIndexFrom(knowledge, search, saved?.ok ? () => saved.lookups(index.passageById) : undefined);
    const reason = error ?? (saved === null ? "the incidents file cannot be read" : saved.ok ? null : saved.reason);
    return {
      snapshot: { ...snapshot, index },
      note: reason === null ? null : { file: incidentsPath(path), reason: `could not save the incidents: ${reason}` },
    };
  }

  async function rebuild(): Promise<ReindexReport> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const progress = (p: StepProgress) => options.onProgress?.({ ...p, elapsedMs: elapsed() });
    const before = current;
    try {
      // A non-empty index is only replaced by an empty one when asked (reindexing.ts).
      const refuseEmpty = !options.allowEmpty && (before?.index.knowledge.articles.length ?? 0) > 0;
      const built = workerEntry ? await buildInWorker(workerEntry, progress, refuseEmpty) : await buildHere(progress, refuseEmpty);
      if (closed) throw new Error("the library was closed during the re-index");
      const changed = compareFingerprints(before?.fingerprint ?? {}, built.snapshot.fingerprint);
      const notes = [...built.snapshot.errors, ...built.notes];
      let next = built.snapshot;
      if (built.incidents) {
        // Patched or built in full, the new index is swapped in with its own incidents only: the old
        // index and its incidents answer until the worker has saved them (incidentsFollow). Replicas,
        // which read both once the re-index lock is released, find both saved too.
        const own = await withSavedIncidents(next, built.incidents);
        grouping = null;
        if (closed) throw new Error("the library was closed during the re-index");
        next = own.snapshot;
        if (own.note) notes.push(own.note);
      }
      current = next; // the swap: one assignment, so no query ever sees half an index, nor an index without its incidents
      origin = "built";
      savedBytes = built.savedBytes;
      return report(true, next, changed, notes, elapsed());
    } catch (error) {
      // The reason first (what /reindex shows), then the file-by-file reasons behind it.
      const errors = [{ file: corpusDir, reason: reasonOf(error) }, ...(error instanceof ReindexFailure ? error.errors : [])];
      return report(false, before, { added: [], removed: [], modified: [] }, errors, elapsed());
    } finally {
      // Not before: loading its modules would compete for the cores with the swap and the incidents.
      prepareStandby();
    }
  }

  /** The saved file as another process left it, swapped in like a re-index of our own. */
  async function reload(): Promise<ReindexReport> {
    const started = performance.now();
    const before = current;
    const loaded = await loadIndex(path);
    const elapsed = Math.round(performance.now() - started);
    if (!loaded.ok) return report(false, before, { added: [], removed: [], modified: [] }, [{ file: path, reason: loaded.reason }], elapsed);
    if (closed) throw new Error("the library was closed during the reload");
    current = loaded.snapshot;
    origin = "loaded";
    const next = loaded.snapshot;
    return report(true, next, compareFingerprints(before?.fingerprint ?? {}, next.fingerprint), next.errors, elapsed);
  }

  /** Nothing of a re-index runs on once it has returned (its incidents are in before the swap): kept for callers that await it. */
  function settled(): Promise<void> {
    return Promise.resolve();
  }

  /** Under another process's eyes the lock is held until the worker has written what the next re-index reads. */
  async function rebuildAndFinish(): Promise<ReindexReport> {
    const report = await rebuild();
    await lastWorkerExited;
    return report;
  }

  function reindex(): Promise<ReindexReport> {
    // Two reindex requests at once share one run rather than racing to swap.
    running ??= (options.coordinator ? options.coordinator.run(rebuildAndFinish, reload) : rebuild())
      .then((r) => (lastReport = r))
      .finally(() => {
        running = null;
      });
    return running;
  }

  // The corpus's stats run on libuv's threads while the saved index is read and decoded here.
  const stamping = stampCorpus(corpusDir).catch(() => null);
  // An index built by other extraction code still answers while everything is re-extracted.
  const loaded = await loadIndex(path, { acceptOtherPipeline: true });
  const stamp = await stamping;
  if (loaded.ok) {
    // Serve the saved index right away; a stale one is only replaced once the new one is built.
    current = loaded.snapshot;
    origin = "loaded";
  }
  const rebuildReason = options.rebuild ? "asked to rebuild" : whyRebuild(loaded, stamp);
  let rebuilding: Promise<ReindexReport> | null = rebuildReason === null ? null : reindex();
  if (rebuilding && current && options.serveStale) {
    // Answer from the saved index meanwhile: the rebuilt one is swapped in when it is done.
    void rebuilding.finally(() => {
      rebuilding = null;
    });
  } else if (rebuilding) {
    // Waited for (the CLI): with its incidents too, so they are saved for the next start.
    const built = await rebuilding;
    rebuilding = null;
    if (!current) throw new CounterclaimError(`cannot build the index: ${built.errors.map((e) => `${e.file}: ${e.reason}`).join("; ")}`);
  }
  if (!current) throw new CounterclaimError("the library was closed while it started");
  // Not at once: loading the standby worker's modules takes seconds of CPU, which the first answers need more.
  if (!rebuilding) setTimeout(prepareStandby, STANDBY_AFTER_START_MS).unref();
  const startup: StartupReport = {
    origin,
    articles: current.index.knowledge.articles.length,
    rebuildReason,
    rejected: loaded.ok || loaded.missing ? null : loaded.reason,
    skipped: current.errors,
  };

  const index = () => {
    if (!current) throw new CounterclaimError("the library is closed");
    return current.index;
  };
  return {
    ask: (question: string) => answers.ask(index(), question),
    incident: (query: string) => answers.incident(index(), query),
    claims: (side?: Side, topic?: string) => answers.claims(index(), side, topic),
    casualties: (query?: string) => answers.casualties(index(), query),
    mediators: (query?: string) => answers.mediators(index(), query),
    sources: () => answers.sources(index()),
    suggestIncidents: (prefix: string, limit?: number) => answers.suggestIncidents(index(), prefix, limit),
    reindex,
    settled,
    close: () => {
      closed = true;
      current = null;
      worker?.stop();
      grouping?.stop();
      standby?.stop();
    },
    get origin() {
      return origin;
    },
    get savedBytes() {
      return savedBytes;
    },
    get lastReport() {
      return lastReport;
    },
    startup,
    get rebuilding() {
      return rebuilding;
    },
    savedPath: path,
    reload,
  };
}

/** How long after a start a serving library starts the next re-index's worker (see `standby`). */
const STANDBY_AFTER_START_MS = 10_000;

/** Why the saved index cannot be served as it is, or null when it is current. */
function whyRebuild(loaded: LoadResult, stamp: CorpusStamp | null): string | null {
  if (!loaded.ok) return loaded.reason;
  if (loaded.otherPipeline) return OTHER_PIPELINE;
  if (stamp === null) return "the corpus folder cannot be read";
  // The usual start: the folder as saved, told from the saved columns without decoding the fingerprint.
  const saved = loaded.snapshot.savedFingerprint;
  if (saved && unchangedSince(saved, stamp)) return null;
  const { added, removed, modified } = compareFingerprints(loaded.snapshot.fingerprint, fingerprintOf(stamp));
  if (added.length + removed.length + modified.length === 0) return null;
  return `the corpus changed since it was saved (${added.length} added, ${removed.length} removed, ${modified.length} modified)`;
}

function report(
  ok: boolean,
  snapshot: IndexSnapshot | null,
  changed: ReindexReport["changed"],
  errors: ReindexReport["errors"],
  elapsedMs: number,
): ReindexReport {
  const knowledge = snapshot?.index.knowledge ?? { articles: [] };
  // Counted from the columns when decoded from them: counting article by article would decode every one.
  return { ok, articles: knowledge.articles.length, ...countOf(knowledge, shapeOf(knowledge)), changed, errors, elapsedMs };
}
