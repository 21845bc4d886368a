// An extraction worker that starts, then dies on the first chunk it is given.
import { parentPort } from "node:worker_threads";

parentPort?.postMessage({ type: "ready" });
parentPort?.on("message", () => process.exit(3));
