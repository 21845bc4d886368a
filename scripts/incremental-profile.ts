// `npx tsx scripts/incremental-profile.ts WORKDIR [PASSAGES]`: where an incremental re-index's
// time goes, step by step. Generates the bench corpus into WORKDIR once (kept between runs),
// builds its index once, then re-indexes on a library serving that index, as the bot's /reindex
// does: three times each for one article added, a hundred added, one changed and one removed
// (each undone before the next), printing each run's stages (elapsed ms when each was reached)
// and the medians, wall and CPU, with the machine's load average before and after. "wall" runs
// until the new index answers (what the target counts), with its own incidents: the worker groups
// them (stage "incidents") before the swap. "settled" (until library.settled()) is kept for
// comparison with builds before 2026-12-04, which swapped the new index in first and its incidents after.
// `--check`: after each run (outside its timing), the incidents saved beside the new index are
// compared with a full grouping of that index (buildIncidents): the incremental grouping must equal it.
import { existsSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { incidentsFrom, incidentsPath } from "../src/adapters/library/incidentsFile.ts";
import { createLibrary } from "../src/adapters/library/library.ts";
import { loadIndex, savedIndexPath } from "../src/adapters/library/savedIndex.ts";
import { buildIncidents } from "../src/core/answers/incidents.ts";
import type { Progress } from "../src/adapters/library/reindexing.ts";
import { generateCorpus } from "../bench/generate.ts";
import { percentile } from "../bench/stats.ts";

const args = process.argv.slice(2).filter((a) => a !== "--check");
const check = process.argv.includes("--check");
const [workDir, sizeArg] = args;
if (!workDir) throw new Error("usage: incremental-profile.ts WORKDIR [PASSAGES]");
const size = Number(sizeArg ?? 100_000);
const ROOT = new URL("..", import.meta.url).pathname;
const corpusDir = join(workDir, "corpus");
const indexDir = join(workDir, "index");

if (!existsSync(corpusDir)) {
  const seedsDir = join(ROOT, "corpus");
  const files = (await readdir(seedsDir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const seeds = await Promise.all(files.map(async (file) => ({ file, text: await readFile(join(seedsDir, file), "utf8") })));
  await mkdir(corpusDir, { recursive: true });
  for (const a of generateCorpus(size, seeds).articles) await writeFile(join(corpusDir, a.file), a.text);
}

let stages: Record<string, number> = {};
const onProgress = (p: Progress) => {
  stages[p.stage] ??= p.elapsedMs;
};
const started = performance.now();
// Serving, as the bot's library does (it keeps a re-index worker on standby).
const library = await createLibrary({ corpusDir, indexDir, onProgress, serveStale: true });
await library.rebuilding;
// A start that built the index (no saved one): its stages too, "incidents" being the full grouping's start.
const built = library.origin === "built" ? `; stages reached at ${JSON.stringify(stages)}` : "";
console.log(`start (${library.origin}): ${Math.round(performance.now() - started)} ms, ${library.startup.articles} articles${built}`);
// A re-index with nothing changed first: an index saved before patching existed has no patch state yet.
const warm = performance.now();
await library.reindex();
await library.settled();
console.log(`re-index with nothing changed: ${Math.round(performance.now() - warm)} ms`);

const extra = generateCorpus(5000, [], 11).articles;
const target = (await readdir(corpusDir)).sort().at(-1) ?? "";
const original = await readFile(join(corpusDir, target), "utf8");
const steps: Record<string, { do: (i: number) => Promise<void>; undo: (i: number) => Promise<void> }> = {
  "add 1": {
    do: (i) => writeFile(join(corpusDir, `zz-profile-${i}.txt`), extra[i]?.text ?? ""),
    undo: (i) => rm(join(corpusDir, `zz-profile-${i}.txt`)),
  },
  "add 100": {
    do: async (i) => {
      for (let k = 0; k < 100; k++) await writeFile(join(corpusDir, `zz-hundred-${i}-${k}.txt`), extra[100 + i * 100 + k]?.text ?? "");
    },
    undo: async (i) => {
      for (let k = 0; k < 100; k++) await rm(join(corpusDir, `zz-hundred-${i}-${k}.txt`));
    },
  },
  "change 1": {
    do: (i) => appendFile(join(corpusDir, target), `\nThe defence ministry said ${i + 2} more soldiers were wounded near Hadrut.\n`),
    undo: () => writeFile(join(corpusDir, target), original),
  },
  "remove 1": { do: () => rm(join(corpusDir, target)), undo: () => writeFile(join(corpusDir, target), original) },
};

console.log(
  `load average at the start: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")}`,
);
const totals: Record<string, number[]> = {};
const settledTotals: Record<string, number[]> = {};
// CPU time of every thread of this process: on a shared machine, steadier than wall time.
const cpuTotals: Record<string, number[]> = {};
for (const [name, step] of Object.entries(steps)) {
  for (let i = 0; i < 3; i++) {
    // Re-indexes come from people (/add, /reindex), not back to back: two seconds between them,
    // in which a serving library's standby re-index worker loads its modules.
    await new Promise((done) => setTimeout(done, 2000));
    await step.do(i);
    stages = {};
    const at = performance.now();
    const cpuAt = process.cpuUsage();
    const report = await library.reindex();
    const ms = performance.now() - at;
    await library.settled();
    const settledMs = performance.now() - at;
    (settledTotals[name] ??= []).push(settledMs);
    const cpu = process.cpuUsage(cpuAt);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    (cpuTotals[name] ??= []).push(cpuMs);
    if (!report.ok) throw new Error(JSON.stringify(report.errors.slice(0, 3)));
    (totals[name] ??= []).push(ms);
    console.log(
      `${name} #${i + 1}: ${Math.round(ms)} ms, settled ${Math.round(settledMs)} ms (CPU ${Math.round(cpuMs)} ms); stages reached at ${JSON.stringify(stages)}`,
    );
    if (check) console.log(`  ${await savedIncidentsMatchFullGrouping()}`);
    await step.undo(i);
    await library.reindex();
    await library.settled();
  }
}
console.log(
  `load average at the end: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")}`,
);
for (const [name, values] of Object.entries(totals)) {
  const median = (list: number[] | undefined) => Math.round(percentile(list ?? [], 50));
  console.log(`${name}: median ${median(values)} ms wall, ${median(settledTotals[name])} ms settled, ${median(cpuTotals[name])} ms CPU`);
}
library.close();

/** Whether the incidents saved beside the index equal a full grouping of it: the same list, and the same incident for every sentence. */
async function savedIncidentsMatchFullGrouping(): Promise<string> {
  const path = savedIndexPath(join(workDir ?? "", "index"), corpusDir);
  const loaded = await loadIndex(path, { incidents: false });
  if (!loaded.ok || !loaded.snapshot.sha256) return `check: cannot load the index (${loaded.ok ? "no seal" : loaded.reason})`;
  const { index, sha256 } = loaded.snapshot;
  const file = await readFile(incidentsPath(path));
  const saved = incidentsFrom(file, sha256, index);
  if (!saved.ok) return `check: the saved incidents cannot be read (${saved.reason})`;
  const lookups = saved.lookups(index.passageById);
  const full = buildIncidents(index.knowledge);
  const sameList = isDeepStrictEqual(lookups.list, full);
  const numberOf = new Map(lookups.list.map((incident, k) => [incident, k]));
  // The last incident of a sentence wins, in a full grouping's map as in the saved lookups.
  const fullOf = new Map<string, number>();
  full.forEach((incident, k) => {
    for (const item of [...incident.claims, ...incident.figures]) fullOf.set(item.sentenceId, k);
  });
  let wrong = 0;
  for (const [sentenceId, k] of fullOf) {
    const found = lookups.bySentence.get(sentenceId);
    if ((found === undefined ? -1 : numberOf.get(found)) !== k) wrong++;
  }
  const sentences = fullOf.size;
  // The header line after the seal's: how many incidents the worker made anew, how many it kept.
  const header = JSON.parse(file.toString("utf8").split("\n", 2)[1] ?? "{}") as { grouping?: { made?: number; kept?: number } };
  const { made = "?", kept = "?" } = header.grouping ?? {};
  return `check: ${full.length} incidents (${made} made anew, ${kept} kept), saved list ${sameList ? "equal to" : "DIFFERENT from"} a full grouping's; ${sentences - wrong} of ${sentences} sentences find the same incident`;
}
