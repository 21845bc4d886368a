// The real re-index worker, except that once it has said its incidents are saved it is held for
// three seconds before it goes on (to write the extraction cache's manifest and patch state for the
// next re-index, then exit): so a test can check that the next re-index waits for those, however
// fast they are written.
import { parentPort } from "node:worker_threads";

const port = parentPort;
if (!port) throw new Error("a worker thread");
const post = port.postMessage.bind(port);
port.postMessage = (message: unknown, transfer?: readonly ArrayBuffer[]) => {
  post(message, transfer);
  const incidents = typeof message === "object" && message !== null && "type" in message && message.type === "incidents";
  // Blocks this thread, so nothing after the message runs meanwhile.
  if (incidents) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3000);
};
await import("../../../src/adapters/library/reindexWorker.ts");
