// The re-index worker thread: reads the corpus, extracts, builds and encodes the index, saves
// it, and hands the file's bytes to the main thread, which decodes and swaps them in. All the
// CPU-heavy work of a re-index happens here, so the bot keeps answering from the old index.
// Extraction, most of the work, is shared with one extraction worker per spare core (parallelExtract.ts).
// Started by runReindexWorker.ts through reindexWorkerBoot.mjs (which loads TypeScript).
import { parentPort, workerData } from "node:worker_threads";
import { reasonOf } from "../corpus/loadCorpus.ts";
import { buildSnapshot } from "./buildSnapshot.ts";
import { ReindexFailure, refuseEmptied } from "./reindexing.ts";
import { extractCorpus } from "./extractor.ts";
import { workerInputSchema, type WorkerMessage } from "./reindexProtocol.ts";
import { encodeIndex, writeIndexFile } from "./savedIndex.ts";

const port = parentPort;
if (!port) throw new Error("reindexWorker.ts runs as a worker thread, not on its own");
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

async function run(): Promise<void> {
  const { corpusDir, savePath, extractionWorkers, extractionEntry, refuseEmpty } = workerInputSchema.parse(workerData);
  post({ type: "ready" });
  let counts = { files: 0, passages: 0, claims: 0 };
  const snapshot = await buildSnapshot(
    corpusDir,
    extractCorpus,
    (p) => {
      counts = { files: p.files, passages: p.passages, claims: p.claims };
      post({ type: "progress", ...p });
    },
    { workers: extractionWorkers ?? "auto", ...(extractionEntry ? { entry: new URL(extractionEntry) } : {}) },
  );
  refuseEmptied(snapshot.index.knowledge.articles.length, refuseEmpty === true);
  post({ type: "progress", stage: "save", ...counts });
  const file = ownBuffer(encodeIndex(corpusDir, snapshot));
  let saveError: string | null = null;
  try {
    await writeIndexFile(savePath, file);
  } catch (error) {
    saveError = reasonOf(error);
  }
  post({ type: "done", file, saveError }, [file.buffer]);
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
