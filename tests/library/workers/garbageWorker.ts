// A re-index worker that claims success but hands back bytes that are no saved index.
import { parentPort } from "node:worker_threads";

parentPort?.postMessage({ type: "ready" });
parentPort?.postMessage({
  type: "done",
  file: new TextEncoder().encode('{"format":"counterclaim-index"}\nnot an index'),
  saveError: null,
  bytes: 40,
  extracted: 0,
});
