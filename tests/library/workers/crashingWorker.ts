// A re-index worker that starts, reports some progress, then dies mid-build.
import { parentPort } from "node:worker_threads";

parentPort?.postMessage({ type: "ready" });
parentPort?.postMessage({ type: "progress", stage: "read", files: 2, passages: 0, claims: 0 });
setTimeout(() => process.exit(3), 20);
