import { parentPort } from "node:worker_threads";
import { foldText } from "/work/main/src/core/search/fold.ts";
const x: number = 1;
parentPort?.postMessage(foldText("Hadrüt") + x);
