// `npm run bench:add`: the target for adding articles, measured: `npm run add` of 100 web
// pages served from 127.0.0.1 in one call, into a copy of the bundled corpus, re-index included.
// Prints the wall time and the add command's own summary; exit code 1 when over 30 s.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newsPage, startServer } from "../tests/add/localServer.ts";

const PAGES = 100;
const TARGET_MS = 30_000;
const root = new URL("..", import.meta.url).pathname;

const routes = Object.fromEntries(
  Array.from({ length: PAGES }, (_, i) => [`/news/${i}`, { body: newsPage(i, { title: `Shelling report number ${i} from the line of contact` }) }]),
);
const server = await startServer(routes);
const work = mkdtempSync(join(tmpdir(), "counterclaim-add-bench-"));
const corpus = join(work, "corpus");
cpSync(join(root, "corpus"), corpus, { recursive: true });
const urls = Array.from({ length: PAGES }, (_, i) => server.url(`/news/${i}`));

const started = performance.now();
const child = spawn(
  process.execPath,
  ["--import", "tsx", join(root, "src/adapters/add/main.ts"), "--corpus", corpus, "--index-dir", join(work, "index"), ...urls],
  {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  },
);
let summary = "";
let progressLines = 0;
child.stdout.on("data", (chunk: Buffer) => {
  summary += chunk.toString();
});
child.stderr.on("data", (chunk: Buffer) => {
  progressLines += chunk
    .toString()
    .split("\n")
    .filter((line) => line.startsWith("[")).length;
});
const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
const elapsed = Math.round(performance.now() - started);
await server.close();
const stored = readdirSync(join(corpus, "added")).length;
rmSync(work, { recursive: true, force: true });

console.log(`npm run add of ${PAGES} pages from 127.0.0.1: ${elapsed} ms wall (target < ${TARGET_MS} ms), exit ${code}`);
console.log(`progress lines: ${progressLines}; files stored: ${stored}`);
console.log(summary.trim());
process.exitCode = code === 0 && elapsed < TARGET_MS && stored === PAGES ? 0 : 1;
