// The real re-index worker, except that its "incidents" message (the incidents grouped and saved
// after the index was handed over) is held until the test creates `<savePath>.release`: so a test
// can look at what the library serves while the worker has saved the new index and its incidents
// but not said so yet, however fast the grouping is. `<savePath>.held` is created when it holds.
import { existsSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

const port = parentPort;
if (!port) throw new Error("a worker thread");
const { savePath } = workerData as { savePath: string };
const release = `${savePath}.release`;
const post = port.postMessage.bind(port);
port.postMessage = (message: unknown, transfer?: readonly ArrayBuffer[]) => {
  const held = typeof message === "object" && message !== null && "type" in message && message.type === "incidents";
  if (!held) return post(message, transfer);
  writeFileSync(`${savePath}.held`, "");
  const timer = setInterval(() => {
    if (!existsSync(release)) return;
    clearInterval(timer);
    post(message, transfer);
  }, 10);
};
await import("../../../src/adapters/library/reindexWorker.ts");
