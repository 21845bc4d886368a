// One measured process of the scale bench (bench/scale.ts): "build" re-indexes a corpus (as
// `npm run reindex` does: the re-index worker, the extraction workers, the save), "serve" loads
// the saved index as the bot does at start and answers questions. Each prints one JSON line,
// with the process's peak RSS (every thread counted), so builds and serving are measured apart.
import { readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { createLibrary } from "../src/adapters/library/library.ts";
import type { Progress } from "../src/adapters/library/reindexing.ts";
import { percentile } from "./stats.ts";

const [mode, corpusDir, indexDir, questionsFile] = process.argv.slice(2);
if (!corpusDir || !indexDir || (mode !== "build" && mode !== "serve")) throw new Error("usage: scaleChild build|serve CORPUS INDEX [QUESTIONS.json]");

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/**
 * A full build (no saved index yet) is timed as `npm run reindex` runs it, from the start; an
 * incremental one as the bot's /reindex does it: on a library already serving the saved index,
 * from the call until the new index answers (the initial load is the serving row's number);
 * `settledMs` until its incidents, grouped after that on a large corpus, are in too.
 */
async function build(dir: string, index: string): Promise<void> {
  const loadAverage = loadavg()[0] ?? 0;
  let started = performance.now();
  let cpuAt = process.cpuUsage();
  // When each stage of the re-index was reached, ms from its start (for reading where the time goes).
  const stages: Record<string, number> = {};
  const onProgress = (p: Progress) => {
    stages[p.stage] ??= Math.round(p.elapsedMs);
  };
  const library = await createLibrary({ corpusDir: dir, indexDir: index, serveStale: true, onProgress });
  if (library.origin === "loaded") {
    // Serving the saved index; the corpus changed, so the library re-indexes in the background
    // from here (or is asked to, as /reindex would).
    started = performance.now();
    cpuAt = process.cpuUsage();
    await (library.rebuilding ?? library.reindex());
  }
  const ms = performance.now() - started;
  // Every thread's CPU time until the new index answers: steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpuAt);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  // The incidents, grouped after the new index is served on a large corpus, saved before closing.
  await library.settled();
  const settledMs = performance.now() - started;
  const report = library.lastReport;
  library.close();
  if (!report?.ok) throw new Error(`re-index failed: ${JSON.stringify(report?.errors.slice(0, 3))}`);
  console.log(
    JSON.stringify({
      ms,
      cpuMs,
      settledMs,
      loadAverage,
      stages,
      peakRssMb: peakRssMb(),
      articles: report.articles,
      passages: report.passages,
      savedBytes: library.savedBytes,
    }),
  );
}

async function serve(dir: string, index: string, questions: string[]): Promise<void> {
  const loadAverage = loadavg()[0] ?? 0;
  const started = performance.now();
  const cpuAt = process.cpuUsage();
  const library = await createLibrary({ corpusDir: dir, indexDir: index, serveStale: true });
  library.ask(questions[0] ?? "ceasefire");
  const firstAnswerMs = performance.now() - started;
  // Every thread's CPU time to the first answer (the checksum's and the stats' threads too): steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpuAt);
  const firstAnswerCpuMs = (cpu.user + cpu.system) / 1000;
  if (library.origin !== "loaded") throw new Error("the saved index was not loaded");
  const times = questions.map((q) => {
    const at = performance.now();
    library.ask(q);
    return performance.now() - at;
  });
  console.log(
    JSON.stringify({
      firstAnswerMs,
      firstAnswerCpuMs,
      loadAverage,
      askP50: percentile(times, 50),
      askP95: percentile(times, 95),
      rssMb: process.memoryUsage().rss / 1024 / 1024,
      peakRssMb: peakRssMb(),
    }),
  );
  library.close();
}

if (mode === "build") await build(corpusDir, indexDir);
else await serve(corpusDir, indexDir, JSON.parse(await readFile(questionsFile ?? "", "utf8")) as string[]);
