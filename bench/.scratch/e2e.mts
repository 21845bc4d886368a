import { createLibrary } from "../../src/adapters/library/library.ts";
const corpusDir = "/tmp/ccprof/corpus100000", indexDir = "/tmp/ccprof/idx4";
if (process.argv[2] === "build") {
  const t = performance.now();
  const lib = await createLibrary({ corpusDir, indexDir, rebuild: true, onProgress: (p) => { if (p.stage !== "extract" || p.passages % 10000 < 3000) console.log(JSON.stringify(p)); } });
  console.log("build", performance.now() - t, lib.savedBytes, lib.lastReport?.passages);
  lib.close();
}
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const lib = await createLibrary({ corpusDir, indexDir });
  console.log("load", lib.origin, (performance.now() - t).toFixed(0));
  lib.close();
}
