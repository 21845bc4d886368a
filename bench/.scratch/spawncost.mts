import { runReindexWorker } from "../../src/adapters/library/runReindexWorker.ts";
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  let ready = 0;
  const run = runReindexWorker({ corpusDir: "/nonexistent", savePath: "/tmp/x.bin" }, () => {});
  await run.result.catch((e) => console.log(String(e).slice(0, 100)));
  console.log("total", (performance.now() - t).toFixed(0));
}
