import { readdirSync, statSync, stat } from "node:fs";
import { join } from "node:path";
const dir = "/tmp/ccprof/corpus100000";
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const names = readdirSync(dir);
  for (const n of names) statSync(join(dir, n));
  const a = performance.now() - t;
  t = performance.now();
  await Promise.all(names.map((n) => new Promise((res) => stat(join(dir, n), res))));
  const b = performance.now() - t;
  t = performance.now();
  for (const n of names) statSync(join(dir, n), { throwIfNoEntry: false });
  console.log("sync", a.toFixed(0), "cb parallel", b.toFixed(0), "sync2", (performance.now() - t).toFixed(0));
}
