import { Worker } from "node:worker_threads";
export function spawn(entry: URL): Promise<unknown> {
  return new Promise((res, rej) => {
    const w = new Worker(new URL("./boot.mjs", import.meta.url), { workerData: { entry: entry.href } });
    w.on("message", (m) => { res(m); void w.terminate(); });
    w.on("error", rej);
  });
}
