import { readFileSync } from "node:fs";
import { decodeIndex } from "../../src/adapters/library/savedIndex.ts";
const file = readFileSync("/tmp/ccprof/new100k.bin");
for (let i = 0; i < 4; i++) { const t = performance.now(); const d = decodeIndex(file); console.log("decode", (performance.now() - t).toFixed(0), d.ok); }
