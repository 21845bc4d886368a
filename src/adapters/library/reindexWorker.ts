// The re-index worker thread: reads the corpus, extracts what changed (incrementalBuild.ts),
// builds and saves the index, and tells the main thread, which loads and swaps it in. All the
// CPU-heavy work of a re-index happens here, so the bot keeps answering from the old index.
// Extraction, most of the work, is shared with one extraction worker per spare core (parallelExtract.ts).
// Started by runReindexWorker.ts through reindexWorkerBoot.mjs (which loads TypeScript), with its
// input, or as a standby that loads its modules first and waits for the input as its first message.
import { parentPort, workerData } from "node:worker_threads";
import { reasonOf } from "../corpus/loadCorpus.ts";
import { extractCorpus } from "./extractor.ts";
import { buildIncrementally } from "./incrementalBuild.ts";
import { ReindexFailure, refuseEmptied, type StepProgress } from "./reindexing.ts";
import { type WorkerInput, workerInputSchema, type WorkerMessage } from "./reindexProtocol.ts";
import { groupAndSaveIncidents, SAVED_INCIDENTS_FROM } from "./saveIncidents.ts";
import { sealedFile, writeEncodedIndex } from "./savedIndex.ts";

type Counts = Omit<StepProgress, "stage">;

if (!parentPort) throw new Error("reindexWorker.ts runs as a worker thread, not on its own");
const port = parentPort;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/**
 * Builds and saves the index; returns what "done" says, the files, passages and claims saved, and the commit of the
 * extraction cache's manifest and patch state (to run once the index is handed over), once nothing holds the built index any more.
 */
async function buildAndSave(input: WorkerInput): Promise<{ done: Extract<WorkerMessage, { type: "done" }>; counts: Counts; commit: () => void } | null> {
  const { corpusDir, savePath, extractionWorkers, extractionEntry, refuseEmpty } = input;
  post({ type: "ready" });
  let counts: Counts = { files: 0, passages: 0, claims: 0 };
  const build = await buildIncrementally(
    corpusDir,
    savePath,
    (p) => {
      counts = { files: p.files, passages: p.passages, claims: p.claims };
      post({ type: "progress", ...p });
    },
    { workers: extractionWorkers ?? "auto", ...(extractionEntry ? { entry: new URL(extractionEntry) } : {}) },
  );
  refuseEmptied(build.articles, refuseEmpty === true);
  post({ type: "progress", stage: "save", ...counts });
  try {
    const { bytes, sha256 } = await writeEncodedIndex(savePath, build.encoded);
    const { commit } = build;
    return {
      done: { type: "done", file: null, bytes, saveError: null, extracted: build.extracted, patch: build.patch },
      counts,
      commit: () => commit(sha256),
    };
  } catch (error) {
    // Not saved: the bytes themselves cross to the main thread, so the re-index still counts.
    const file = ownBuffer(sealedFile(build.encoded));
    post({ type: "done", file, bytes: file.byteLength, saveError: reasonOf(error), extracted: build.extracted, patch: build.patch }, [file.buffer]);
    return null;
  }
}

/** The input: given at start, or, for a standby worker, the first message it is sent. */
function inputOf(): Promise<WorkerInput> {
  if ((workerData as { standby?: unknown }).standby !== true) return Promise.resolve(workerInputSchema.parse(workerData));
  const input = new Promise<WorkerInput>((resolve, reject) => {
    port.once("message", (raw: unknown) => {
      const parsed = workerInputSchema.safeParse(raw);
      if (parsed.success) resolve(parsed.data);
      else reject(new Error(`the re-index worker was sent an input that makes no sense: ${parsed.error.issues[0]?.message ?? "?"}`));
    });
  });
  // Listening first: an input sent meanwhile waits in the port until the warm-up is done.
  warmUp();
  return input;
}

/**
 * A standby worker runs the pipeline once on an article of its own before it waits. The first
 * article a thread extracts costs about 1.5 s of CPU and the next about 0.06 s (bench/results.md,
 * 2026-12-03): V8 compiles each rule's regular expression on its first uses (twice, with its
 * tier-up), the Unicode classes of the case-insensitive ones dearly. Warmed here, that cost is not
 * on the path of the /add or /reindex that takes this worker. The result is dropped: extraction is pure.
 */
function warmUp(): void {
  try {
    extractCorpus([{ file: "warm-up.txt", text: WARM_UP_ARTICLE }]);
  } catch {
    // Only a warm-up: the real extraction reports its own failures.
  }
}

/** Lines of the kinds every article has (headline, byline, date, dateline, quotes, a toll, furniture). */
const WARM_UP_ARTICLE = [
  "Shelling near Hadrut kills three soldiers, ministry says",
  "By Anna Petrosyan, Caspian Wire",
  "Published 12 October 2020, 14:10",
  "STEPANAKERT, Oct 12 (Caspian Wire) - Armenia's Defence Ministry said on Monday that three soldiers were killed and five wounded when Azerbaijani forces shelled positions near Hadrut overnight.",
  '"We repelled the attack and the enemy suffered losses," spokeswoman Shushan Stepanyan told reporters. Azerbaijan\'s Foreign Ministry denied the report and accused the other side of violating the ceasefire.',
  "The OSCE Minsk Group co-chairs called on both sides to respect the truce agreed in Moscow last week.",
  "Share this article",
  "© 2020 Caspian Wire. All rights reserved.",
].join("\n\n");

async function run(): Promise<void> {
  const input = await inputOf();
  const saved = await buildAndSave(input);
  if (!saved) return;
  const { savePath, savedIncidentsFrom = SAVED_INCIDENTS_FROM } = input;
  // Without saved incidents (a small corpus) the main thread groups them on first use.
  const follow = saved.counts.passages >= savedIncidentsFrom;
  // The main thread reads the file it was saved to (one copy of the index in memory, not three)
  // and decodes it while the incidents are grouped here and saved beside the index, so that no
  // start of a large corpus has to group them before its first answer; it swaps the index in with
  // them, once they are saved. After a patch only the incidents the changed articles touch are made
  // again (incidentRegroup.ts: ~0.4 s of CPU at 100k passages, against ~3 s for all of them), the
  // rest kept from the previous incidents file.
  // The manifest and patch state are for the next re-index only: written after "incidents" when the
  // worker goes on (off the path of the swap; the main thread waits for this worker's exit before it
  // starts the next re-index), before "done" when it does not (the main thread stops the worker at
  // "done"). Unwritten, the next re-index rebuilds from the extraction cache instead of patching:
  // slower, the same index.
  const commit = () => {
    try {
      saved.commit();
    } catch {
      // As if unwritten (above).
    }
  };
  if (!follow) commit();
  post({ ...saved.done, incidentsFollow: follow });
  if (!follow) return;
  post({ type: "progress", stage: "incidents", ...saved.counts });
  const error = await groupAndSaveIncidents(savePath, saved.done.patch ?? null).then(
    () => null,
    (failure: unknown) => reasonOf(failure),
  );
  post({ type: "incidents", error });
  commit();
}

/** Bytes that own their whole ArrayBuffer: only those can be transferred instead of copied. */
function ownBuffer(bytes: Buffer): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return new Uint8Array(buffer);
  return new Uint8Array(bytes);
}

run().catch((error: unknown) => {
  post({ type: "failed", reason: reasonOf(error), errors: error instanceof ReindexFailure ? error.errors : [] });
});
