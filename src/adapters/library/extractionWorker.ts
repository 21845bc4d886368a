// An extraction worker: started by the re-index worker (parallelExtract.ts) on each spare core,
// it extracts the chunks of articles it is sent and sends back what it extracted, or, when the
// chunk says where, writes it to the extraction cache and sends back only the counts (so the
// articles are serialized once, to the disk, and not cloned back to the re-index thread too).
// No index; per-file failures come back with their file and reason like on one thread.
// Its imports are the pipeline's and nothing more: the corpus reader (for `reasonOf`) pulls in the
// HTML stack (linkedom, Readability), about as much to load as the pipeline itself, and is only
// needed when a chunk fails, so it is imported then.
import { parentPort } from "node:worker_threads";
import { storeExtraction } from "./extractionCache.ts";
import type { ChunkMessage, ExtractionMessage } from "./extractionProtocol.ts";
import { extractCorpus } from "./extractor.ts";

const port = parentPort;
if (!port) throw new Error("extractionWorker.ts runs as a worker thread, not on its own");
const post = (message: ExtractionMessage) => port.postMessage(message);

port.on("message", (message: ChunkMessage) => {
  try {
    const { knowledge, errors } = extractCorpus(message.sources);
    if (message.store) post({ type: "stored", id: message.id, ...storeExtraction(message.store, message.sources, knowledge), errors });
    else post({ type: "extracted", id: message.id, articles: knowledge.articles, errors });
  } catch (error) {
    void import("../corpus/loadCorpus.ts").then(({ reasonOf }) => post({ type: "failed", id: message.id, reason: reasonOf(error) }));
  }
});
post({ type: "ready" });
