// Plain JavaScript on purpose: a worker thread does not inherit tsx's loader from the main
// thread (nor does `execArgv: ["--import", "tsx"]` install it for the worker's own entry on
// Node 20), so this file registers tsx in the worker and then imports the TypeScript entry.
import { register } from "node:module";
import { workerData } from "node:worker_threads";
import { register as registerTsx } from "tsx/esm/api";

registerTsx();
// After tsx, so that its hooks see tsx's output: the workers' closures without keepNames' cost.
register(new URL("./namelessHooks.mjs", import.meta.url));
await import(workerData.entry);
