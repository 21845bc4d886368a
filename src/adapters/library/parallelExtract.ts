// Extraction across the machine's cores. Inside the re-index worker, one extraction worker per
// spare core takes chunks of articles while the re-index thread extracts chunks itself. Chunks
// are handed out on demand (work stealing) rather than as fixed shares: articles differ in
// length, a worker starts ~0.4 s late (tsx loads the pipeline), and the re-index thread also
// spends time receiving results, so any fixed split would leave one thread idle at the end.
// Each chunk's result is kept under its number and the chunks are joined in corpus order, so
// the knowledge and the per-file errors are exactly those of extractCorpus on one thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleSource, CorpusKnowledge, FileError } from "../../core/types.ts";
import { countOf, ReindexFailure } from "./reindexing.ts";
import { type ChunkStore, storeExtraction } from "./extractionCache.ts";
import { extractionMessageSchema, type ChunkMessage, type ExtractionMessage } from "./extractionProtocol.ts";
import type { Extract, Extraction } from "./extractor.ts";

export const EXTRACTION_WORKER = new URL("./extractionWorker.ts", import.meta.url);
const BOOT = new URL("./reindexWorkerBoot.mjs", import.meta.url);

/** Articles per chunk: ~60 ms of extraction, small enough to balance the threads at the end. */
const CHUNK = 25;
/** Chunks queued per worker, so it never waits while the re-index thread is busy extracting. */
const IN_FLIGHT = 2;
/** A worker is only worth starting for ~0.4 s of extraction or more: about as long as its start. */
const ARTICLES_PER_WORKER = 200;

/** Extraction workers for a corpus on this machine: one per spare core, at most 3, none for small corpora. */
export function workersFor(articles: number): number {
  const spare = Math.min(3, Math.max(0, availableParallelism() - 1));
  return Math.min(spare, Math.floor(articles / ARTICLES_PER_WORKER));
}

/** One extraction: its chunks, which is next, and what came back so far. */
class Job {
  readonly results: Extraction[];
  next = 0;
  completed = 0;
  passages = 0;
  claims = 0;
  failure: ReindexFailure | null = null;
  private wake: (() => void) | null = null;

  constructor(
    readonly chunks: ArticleSource[][],
    private readonly onChunk: (passages: number, claims: number) => void,
    /** Each chunk's place in the extraction cache, when its articles go there rather than back. */
    readonly stores: ChunkStore[] | null,
  ) {
    this.results = new Array<Extraction>(chunks.length);
  }

  take(): number | null {
    return this.next < this.chunks.length ? this.next++ : null;
  }

  done(id: number, extraction: Extraction): void {
    this.count(id, extraction, countOf(extraction.knowledge));
  }

  /** A chunk written to the extraction cache (by whichever thread extracted it): only its errors stay. */
  stored(id: number, counted: { passages: number; claims: number }, errors: FileError[]): void {
    this.count(id, { knowledge: { articles: [] }, errors }, counted);
  }

  private count(id: number, result: Extraction, counted: { passages: number; claims: number }): void {
    this.results[id] = result;
    this.completed += 1;
    this.passages += counted.passages;
    this.claims += counted.claims;
    this.onChunk(this.passages, this.claims);
    this.settle();
  }

  fail(reason: string): void {
    this.failure ??= new ReindexFailure(reason);
    this.settle();
  }

  /** Resolves at the next result or failure. */
  waitForWorkers(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private settle(): void {
    this.wake?.();
    this.wake = null;
  }
}

/**
 * Where the articles go instead of coming back: the extraction cache's folder and each source's
 * key there (in the sources' order). Each chunk is written by the thread that extracted it.
 */
export interface ArticleStore {
  dir: string;
  keys: readonly string[];
}

export interface ExtractionPool {
  /**
   * Extracts on this thread and the pool's workers; a worker's failure fails it (ReindexFailure).
   * Given a store, the articles are written there chunk by chunk (storeExtraction) and the result
   * holds only the errors.
   */
  extract(sources: ArticleSource[], extract: Extract, onChunk: (passages: number, claims: number) => void, store?: ArticleStore): Promise<Extraction>;
  stop(): void;
}

/**
 * Starts `workers` extraction workers now, so that they load while the corpus is read.
 * `entry` is the workers' TypeScript entry; tests point at their own to simulate a crash.
 */
export function startExtractionPool(workers: number, entry: URL = EXTRACTION_WORKER): ExtractionPool {
  let job: Job | null = null;
  // A failure before the job (a worker that cannot start) waits for it, so it is not lost.
  let early: string | null = null;
  const fail = (reason: string) => (job ? job.fail(reason) : (early ??= reason));
  const pool = Array.from({ length: Math.max(0, workers) }, () => startWorker(entry, () => job, fail));
  const stop = () => {
    for (const worker of pool) worker.stop();
  };
  return {
    stop,
    async extract(sources, extract, onChunk, store) {
      const chunks: ArticleSource[][] = [];
      const stores: ChunkStore[] = [];
      for (let start = 0; start < sources.length; start += CHUNK) {
        chunks.push(sources.slice(start, start + CHUNK));
        if (store) stores.push({ dir: store.dir, keys: store.keys.slice(start, start + CHUNK) });
      }
      const current = new Job(chunks, onChunk, store ? stores : null);
      job = current;
      if (early !== null) current.fail(early);
      for (const worker of pool) worker.feed();
      try {
        for (;;) {
          if (current.failure) throw current.failure;
          const id = current.take();
          if (id !== null) {
            const chunk = chunks[id] ?? [];
            const extraction = extract(chunk);
            const chunkStore = current.stores?.[id];
            if (chunkStore) current.stored(id, storeExtraction(chunkStore, chunk, extraction.knowledge), extraction.errors);
            else current.done(id, extraction);
            await breathe(); // receive the workers' results and feed them more
          } else if (current.completed === chunks.length) {
            break;
          } else {
            await current.waitForWorkers();
          }
        }
      } finally {
        stop();
      }
      return joined(current.results);
    },
  };
}

function joined(results: Extraction[]): Extraction {
  const articles: CorpusKnowledge["articles"] = [];
  const errors: FileError[] = [];
  for (const result of results) {
    for (const article of result.knowledge.articles) articles.push(article);
    for (const error of result.errors) errors.push(error);
  }
  return { knowledge: { articles }, errors };
}

function startWorker(entry: URL, currentJob: () => Job | null, fail: (reason: string) => void): { feed(): void; stop(): void } {
  const worker = new Worker(BOOT, { workerData: { entry: entry.href } });
  const inFlight = new Set<number>();
  let stopped = false;
  const feed = () => {
    const job = currentJob();
    while (job && !stopped && inFlight.size < IN_FLIGHT) {
      const id = job.take();
      if (id === null) return;
      inFlight.add(id);
      const store = job.stores?.[id];
      worker.postMessage({ type: "chunk", id, sources: job.chunks[id] ?? [], ...(store ? { store } : {}) } satisfies ChunkMessage);
    }
  };
  const failed = (reason: string) => {
    if (stopped) return;
    stopped = true;
    fail(reason);
  };
  worker.on("message", (raw: unknown) => {
    const parsed = extractionMessageSchema.safeParse(raw);
    if (!parsed.success) return failed(`an extraction worker sent a message that makes no sense: ${parsed.error.issues[0]?.message ?? "?"}`);
    const message = parsed.data as ExtractionMessage;
    if (message.type === "failed") return failed(`an extraction worker failed: ${message.reason}`);
    if (message.type === "extracted" || message.type === "stored") {
      const job = currentJob();
      if (!job || !inFlight.delete(message.id)) return failed(`an extraction worker returned chunk ${message.id}, which it was not given`);
      if (message.type === "stored" && !job.stores) return failed(`an extraction worker stored chunk ${message.id}, which it was to send back`);
      if (message.type === "stored") job.stored(message.id, message, message.errors);
      else job.done(message.id, { knowledge: { articles: message.articles }, errors: message.errors });
    }
    feed();
  });
  worker.on("error", (error) => failed(`an extraction worker failed: ${error.message}`));
  worker.on("exit", (code) => failed(`an extraction worker stopped (exit code ${code}) before it finished`));
  return {
    feed,
    stop: () => {
      stopped = true;
      void worker.terminate();
    },
  };
}

/** Lets this thread's event loop deliver the workers' results between chunks. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
