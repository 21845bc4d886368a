// Ask latency from a saved index, without the library around it: loads the index file as the
// bot does (an index built by other core code is accepted, as the library serves one while it
// re-extracts), answers every question `rounds` times and prints one JSON line with the
// p50/p95 of each round (wall and CPU time). `--answers FILE` also writes every answer (first round), so two
// versions of the search can be compared answer for answer on the same saved index.
//   npx tsx bench/askLatency.ts INDEX.bin QUESTIONS.json [--rounds 3] [--answers out.json]
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { loadIndex } from "../src/adapters/library/savedIndex.ts";
import { ask } from "../src/core/answers/index.ts";
import { percentile } from "./stats.ts";

const [indexFile, questionsFile, ...rest] = process.argv.slice(2);
if (!indexFile || !questionsFile) throw new Error("usage: askLatency INDEX.bin QUESTIONS.json [--rounds N] [--answers FILE]");
const option = (name: string) => {
  const at = rest.indexOf(name);
  return at >= 0 ? rest[at + 1] : undefined;
};
const rounds = Number(option("--rounds") ?? 3);
const answersFile = option("--answers");

const questions = JSON.parse(await readFile(questionsFile, "utf8")) as string[];
const loaded = await loadIndex(indexFile, { acceptOtherPipeline: true });
if (!loaded.ok) throw new Error(loaded.reason);
const index = loaded.snapshot.index;
// The first answer pays for what is built on first use (the spelling index, headline places).
const firstAt = performance.now();
ask(index, questions[0] ?? "ceasefire");
const firstAskMs = performance.now() - firstAt;

const answers: unknown[] = [];
const results = [];
for (let round = 0; round < rounds; round++) {
  const loadAverage = loadavg()[0] ?? 0;
  // CPU time beside wall time: on a shared machine, waiting for a core inflates the wall time only.
  const cpuTimes: number[] = [];
  const times = questions.map((q) => {
    const at = performance.now();
    const cpuAt = process.cpuUsage();
    const answer = ask(index, q);
    const cpu = process.cpuUsage(cpuAt);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    const ms = performance.now() - at;
    if (round === 0) answers.push(answer);
    return ms;
  });
  results.push({
    p50: round2(percentile(times, 50)),
    p95: round2(percentile(times, 95)),
    cpuP50: round2(percentile(cpuTimes, 50)),
    cpuP95: round2(percentile(cpuTimes, 95)),
    loadAverage,
  });
}
const serialized = JSON.stringify(answers);
if (answersFile) await writeFile(answersFile, serialized);
console.log(
  JSON.stringify({
    questions: questions.length,
    firstAskMs: round2(firstAskMs),
    rounds: results,
    answersSha256: createHash("sha256").update(serialized).digest("hex").slice(0, 16),
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
  }),
);

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
