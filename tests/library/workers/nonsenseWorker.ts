// A re-index worker that sends a message outside the protocol.
import { parentPort } from "node:worker_threads";

parentPort?.postMessage({ type: "ready" });
parentPort?.postMessage({ type: "done", file: "not bytes" });
