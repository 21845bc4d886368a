// The main thread's side of a re-index in a worker: start it, forward its progress, and
// settle with the saved index's bytes, or with why it failed (its own report, an exception,
// a crash, a message that makes no sense). On a large corpus the worker goes on after that,
// grouping the new index's incidents (reindexWorker.ts): `incidents` settles when it is done;
// the worker then writes the extraction cache's manifest for the next re-index and exits (`exited`).
import { Worker } from "node:worker_threads";
import { ReindexFailure, type StepProgress } from "./reindexing.ts";
import { workerMessageSchema, type WorkerInput } from "./reindexProtocol.ts";

/** The worker's TypeScript entry; tests point at their own to simulate crashes. */
export const REINDEX_WORKER = new URL("./reindexWorker.ts", import.meta.url);
const BOOT = new URL("./reindexWorkerBoot.mjs", import.meta.url);

export interface WorkerResult {
  /** The index's bytes when it could not be saved; null when it is at the save path. */
  file: Buffer | null;
  bytes: number;
  saveError: string | null;
  /** Articles extracted (the others came from the extraction cache). */
  extracted: number;
  /** The index patched and the files spliced in, when the saved index was patched. */
  patch: { base: string; fresh: string[] } | null;
  /**
   * When the worker groups the index's incidents after handing it over: settles once they are
   * saved beside it (null) or could not be (why: a failure, a crash, a stop). Never rejects.
   * Null when none follow (a small corpus, an index that could not be saved).
   */
  incidents: Promise<string | null> | null;
}

/** The worker could not even start (its modules failed to load): the caller may build in-process. */
export class WorkerStartError extends Error {
  override name = "WorkerStartError";
}

export interface WorkerRun {
  result: Promise<WorkerResult>;
  /**
   * Settles when the worker thread has ended: after its incidents, once it has written what the
   * next re-index reads (the extraction cache's manifest and patch state). Never rejects.
   */
  exited: Promise<void>;
  /** Stops the worker: a result not yet settled fails with "stopped", incidents not yet grouped settle with "stopped". */
  stop(): void;
}

/**
 * How long a worker may take, after its incidents, to write the manifest and exit before it is
 * stopped (then the next re-index rebuilds from the extraction cache: slower, the same index).
 * It takes tens of milliseconds at 100k passages, 2–3 s at a million (bench/results.md, 2026-12-04).
 */
const EXIT_AFTER_INCIDENTS_MS = 30_000;

/**
 * The re-index worker's young generation, larger than V8's default (16 MB semi-spaces, grown from
 * 1 MB): a patch at a million passages makes maps and lists of a few hundred thousand strings and
 * numbers that live for the whole patch, and scavenging them again and again was a fifth of its
 * CPU. With 64 MB semi-spaces one patch's steps took 7–10 % less CPU (bench/results.md is the
 * lead's; scripts/patch-steps.ts under `--max-semi-space-size=64`, 2026-12-07). Only the young
 * generation is set: the old generation keeps Node's default limit (the memory bound of a full build).
 */
const REINDEX_LIMITS = { maxYoungGenerationSizeMb: 192 };

/**
 * A re-index worker started before it is needed: it loads its modules (tsx compiling the pipeline,
 * about half a second) and waits for its input, so the next re-index does not wait for that.
 * Unreferenced while it waits: it never keeps the process alive.
 */
export interface StandbyWorker {
  readonly worker: Worker;
  readonly entry: string;
  /** Why it stopped while waiting (then a fresh worker is started instead), or null. */
  readonly failure: string | null;
  stop(): void;
}

export function startStandbyWorker(entry: URL = REINDEX_WORKER): StandbyWorker {
  const worker = new Worker(BOOT, { workerData: { entry: entry.href, standby: true }, resourceLimits: REINDEX_LIMITS });
  worker.unref();
  let failure: string | null = null;
  const died = (reason: string) => {
    failure ??= reason;
  };
  worker.on("error", (error) => died(error.message));
  worker.on("exit", (code) => died(`exit code ${code}`));
  return {
    worker,
    entry: entry.href,
    get failure() {
      return failure;
    },
    stop: () => void worker.terminate(),
  };
}

/** Runs the re-index in `standby` when it is this entry's and still waiting, else in a new worker. */
export function runReindexWorker(input: WorkerInput, onProgress: (p: StepProgress) => void, entry: URL = REINDEX_WORKER, standby?: StandbyWorker): WorkerRun {
  const usable = standby && standby.failure === null && standby.entry === entry.href ? standby.worker : null;
  if (standby && !usable) standby.stop();
  const worker = usable ?? new Worker(BOOT, { workerData: { ...input, entry: entry.href }, resourceLimits: REINDEX_LIMITS });
  if (usable) {
    // Checked and listened to in this same turn of the event loop: an exit after the check still reaches the listeners below.
    usable.ref();
    usable.postMessage(input);
  }
  let started = false;
  let settled = false;
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  // Settles the incidents' promise once. Grouped: the worker writes the manifest and exits on its
  // own (given EXIT_AFTER_INCIDENTS_MS); otherwise it has nothing left to do worth waiting for.
  let grouped: (error: string | null, finishing?: "finishing") => void = () => undefined;
  const incidents = new Promise<string | null>((resolve) => {
    grouped = (error, finishing) => {
      grouped = () => undefined;
      resolve(error);
      if (finishing) setTimeout(() => void worker.terminate(), EXIT_AFTER_INCIDENTS_MS).unref();
      else void worker.terminate();
    };
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    const fail = (error: Error) => {
      grouped(`the re-index worker stopped before grouping the incidents: ${error.message}`);
      if (settled) return;
      settled = true;
      reject(error);
      void worker.terminate();
    };
    const failed = (reason: string) => fail(started ? new ReindexFailure(reason) : new WorkerStartError(reason));
    worker.on("message", (raw: unknown) => {
      const parsed = workerMessageSchema.safeParse(raw);
      if (!parsed.success) return fail(new ReindexFailure(`the re-index worker sent a message that makes no sense: ${parsed.error.issues[0]?.message ?? "?"}`));
      const message = parsed.data;
      if (message.type === "ready") started = true;
      else if (message.type === "progress") onProgress({ stage: message.stage, files: message.files, passages: message.passages, claims: message.claims });
      else if (message.type === "failed") fail(new ReindexFailure(message.reason, message.errors));
      else if (message.type === "incidents") grouped(message.error, "finishing");
      else if (!settled) {
        settled = true;
        const { file } = message;
        const bytes = file === null ? null : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
        const follow = message.incidentsFollow === true;
        resolve({
          file: bytes,
          bytes: message.bytes,
          saveError: message.saveError,
          extracted: message.extracted,
          patch: message.patch ?? null,
          incidents: follow ? incidents : null,
        });
        if (!follow) grouped(null);
      }
    });
    worker.on("error", (error) => failed(`the re-index worker failed: ${error.message}`));
    worker.on("exit", (code) => failed(`the re-index worker stopped (exit code ${code}) before it finished`));
  });
  return {
    result,
    exited,
    stop: () => {
      grouped("stopped");
      if (!settled) void worker.terminate();
    },
  };
}
