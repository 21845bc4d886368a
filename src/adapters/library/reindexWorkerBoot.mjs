// Plain JavaScript on purpose: a worker thread does not inherit tsx's loader from the main
// thread (nor does `execArgv: ["--import", "tsx"]` install it for the worker's own entry on
// Node 20), so this file registers tsx in the worker and then imports the TypeScript entry.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
