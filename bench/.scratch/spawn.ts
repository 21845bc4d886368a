import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
export function spawn(entry: URL): Promise<unknown> {
  const api = createRequire(import.meta.url).resolve("tsx/esm/api");
  const code = `require(${JSON.stringify(api)}).register(); import(${JSON.stringify(entry.href)}).catch((e) => { throw e; });`;
  return new Promise((res, rej) => {
    const w = new Worker(code, { eval: true });
    w.on("message", (m) => { res(m); void w.terminate(); });
    w.on("error", rej);
  });
}
