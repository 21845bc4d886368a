// `npx tsx scripts/patch-steps.ts WORKDIR [ADD]`: the steps of one incremental re-index, on this
// thread, each timed on its own: WORKDIR is an `incremental-profile.ts` folder (its corpus and
// its saved index, patch state and extraction cache). ADD generated articles (default 1) are
// written into the corpus, the index is built incrementally (patched) and written to a file of
// its own beside the saved one, its incidents grouped from the saved ones, then loaded as the
// main thread does; the saved index, its incidents, patch state and manifest are left as they
// were, and the added files removed. Run it under `node --cpu-prof` to see inside a step.
import { copyFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { incidentsPath } from "../src/adapters/library/incidentsFile.ts";
import { buildIncrementally } from "../src/adapters/library/incrementalBuild.ts";
import { groupAndSaveIncidents } from "../src/adapters/library/saveIncidents.ts";
import { loadIndex, savedIndexPath, writeEncodedIndex } from "../src/adapters/library/savedIndex.ts";
import { generateCorpus } from "../bench/generate.ts";

const [workDir, addArg] = process.argv.slice(2);
if (!workDir) throw new Error("usage: patch-steps.ts WORKDIR [ADD]");
const add = Number(addArg ?? 1);
const corpusDir = join(workDir, "corpus");
const saved = savedIndexPath(join(workDir, "index"), corpusDir);
const trial = saved.replace(/\.bin$/, ".steps.bin");
const added = generateCorpus(add * 12, [], 17)
  .articles.slice(0, add)
  .map((a, i) => ({ file: `zz-steps-${i}.txt`, text: a.text }));
for (const a of added) await writeFile(join(corpusDir, a.file), a.text);

const times: [string, number][] = [];
let last = performance.now();
const lap = (name: string) => {
  const now = performance.now();
  times.push([name, Math.round(now - last)]);
  last = now;
};
try {
  const build = await buildIncrementally(corpusDir, saved, (p) => lap(`stage ${p.stage}`));
  lap("build returned");
  if (!build.patched) console.log("not patched: a full build from the extraction cache");
  const { sha256 } = await writeEncodedIndex(trial, build.encoded);
  lap("index written");
  await copyFile(incidentsPath(saved), incidentsPath(trial));
  lap("(incidents copied aside)");
  const grouping = await groupAndSaveIncidents(trial, build.patch);
  lap(`incidents grouped (${grouping.made} made, ${grouping.kept} kept${grouping.full ? `; ${grouping.full}` : ""})`);
  const loaded = await loadIndex(trial, { verify: false, acceptOtherPipeline: true });
  if (!loaded.ok) throw new Error(loaded.reason);
  lap("loaded on the main thread");
  const answer = loaded.snapshot.index && (await import("../src/core/answers/index.ts")).ask(loaded.snapshot.index, "What happened near Hadrut?");
  lap(`first answer (${String(answer).length} characters)`);
  console.log(`index ${sha256.slice(0, 12)}: ${build.articles} articles, ${build.extracted} extracted, ${build.read} read`);
} finally {
  for (const a of added) await rm(join(corpusDir, a.file), { force: true });
  await rm(trial, { force: true });
  await rm(incidentsPath(trial), { force: true });
}
for (const [name, ms] of times) console.log(`${String(ms).padStart(7)} ms  ${name}`);
const cpu = process.cpuUsage();
console.log(`CPU of all threads: ${Math.round((cpu.user + cpu.system) / 1000)} ms`);
