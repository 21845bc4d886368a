// The live library behind the bot, the console and the CLI: answers from the current index,
// loads the saved index at start (re-indexing only when the corpus changed or the file is bad),
// and swaps a fresh index in atomically on reindex, keeping the old one if anything goes wrong.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as answers from "../../core/answers/index.ts";
import { CounterclaimError } from "../../core/errors.ts";
import type { AnswerService, ReindexReport, Side } from "../../core/types.ts";
import { reasonOf } from "../corpus/loadCorpus.ts";
import { buildSnapshot, type Progress } from "./buildSnapshot.ts";
import { extractCorpus, type Extract } from "./extractor.ts";
import { compareFingerprints, fingerprintCorpus, sameFingerprint } from "./fingerprint.ts";
import { loadIndex, saveIndex, savedIndexPath, type IndexSnapshot } from "./savedIndex.ts";

export interface LibraryOptions {
  corpusDir: string;
  /** Where the saved index lives; default `.counterclaim/` under the project root. */
  indexDir?: string;
  onProgress?: (p: Progress) => void;
  /** The extraction step; tests replace it to simulate failures. */
  extract?: Extract;
  /** Re-index at start even when the saved index is current (`cli reindex`). */
  rebuild?: boolean;
}

export interface Library extends AnswerService {
  close(): void;
  /** How the current index was obtained: loaded from disk or built from the corpus. */
  readonly origin: "loaded" | "built";
  /** Bytes of the saved index file after the last save, if any. */
  readonly savedBytes: number | null;
  /** The report of the last re-index this library ran (including one at start), if any. */
  readonly lastReport: ReindexReport | null;
}

export const DEFAULT_INDEX_DIR = resolve(fileURLToPath(import.meta.url), "../../../../.counterclaim");

export async function createLibrary(options: LibraryOptions): Promise<Library> {
  const corpusDir = resolve(options.corpusDir);
  const path = savedIndexPath(options.indexDir ?? DEFAULT_INDEX_DIR, corpusDir);
  const extract = options.extract ?? extractCorpus;
  let current: IndexSnapshot | null = null;
  let origin: Library["origin"] = "built";
  let savedBytes: number | null = null;
  let running: Promise<ReindexReport> | null = null;
  let lastReport: ReindexReport | null = null;

  async function rebuild(): Promise<ReindexReport> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const before = current;
    try {
      const next = await buildSnapshot(corpusDir, extract, (p) => options.onProgress?.({ ...p, elapsedMs: elapsed() }));
      const errors = [...next.errors];
      try {
        savedBytes = await saveIndex(path, corpusDir, next);
      } catch (error) {
        errors.push({ file: path, reason: `could not save the index: ${reasonOf(error)}` });
      }
      current = next; // the swap: one assignment, so no query ever sees half an index
      origin = "built";
      return report(true, next, compareFingerprints(before?.fingerprint ?? {}, next.fingerprint), errors, elapsed());
    } catch (error) {
      const reason = reasonOf(error);
      return report(false, before, { added: [], removed: [], modified: [] }, [{ file: corpusDir, reason }], elapsed());
    }
  }

  function reindex(): Promise<ReindexReport> {
    // Two reindex requests at once share one run rather than racing to swap.
    running ??= rebuild()
      .then((r) => (lastReport = r))
      .finally(() => {
        running = null;
      });
    return running;
  }

  const loaded = await loadIndex(path);
  const stamp = await fingerprintCorpus(corpusDir).catch(() => null);
  if (loaded.ok) {
    // Serve the saved index right away; a stale one is only replaced once the new one is built.
    current = loaded.snapshot;
    origin = "loaded";
  }
  const fresh = loaded.ok && stamp !== null && sameFingerprint(loaded.snapshot.fingerprint, stamp);
  if (options.rebuild || !fresh) {
    const built = await reindex();
    if (!current) throw new CounterclaimError(`cannot build the index: ${built.errors.map((e) => `${e.file}: ${e.reason}`).join("; ")}`);
  }

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
    close: () => {
      current = null;
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
  };
}

function report(ok: boolean, snapshot: IndexSnapshot | null, changed: ReindexReport["changed"], errors: ReindexReport["errors"], elapsedMs: number): ReindexReport {
  const articles = snapshot?.index.knowledge.articles ?? [];
  return {
    ok,
    articles: articles.length,
    passages: articles.reduce((n, a) => n + a.passages.length, 0),
    claims: articles.reduce((n, a) => n + a.claims.length, 0),
    changed,
    errors,
    elapsedMs,
  };
}
