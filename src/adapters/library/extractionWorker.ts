// An extraction worker: started by the re-index worker (parallelExtract.ts) on each spare core,
// it extracts the chunks of articles it is sent and sends back what it extracted. Pure work:
// no files, no index; per-file failures come back with their file and reason like on one thread.
import { parentPort } from "node:worker_threads";
import { reasonOf } from "../corpus/loadCorpus.ts";
import type { ChunkMessage, ExtractionMessage } from "./extractionProtocol.ts";
import { extractCorpus } from "./extractor.ts";

const port = parentPort;
if (!port) throw new Error("extractionWorker.ts runs as a worker thread, not on its own");
const post = (message: ExtractionMessage) => port.postMessage(message);

port.on("message", (message: ChunkMessage) => {
  try {
    const { knowledge, errors } = extractCorpus(message.sources);

    post({ type: "extracted", id: message.id, articles: knowledge.articles, errors });
  } catch (error) {
    post({ type: "failed", id: message.id, reason: reasonOf(error) });
  }
});
post({ type: "ready" });
