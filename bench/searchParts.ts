// Where a question's search time goes, on a saved index: planning the query (spelling
// correction included), the exhaustive BM25 scorer and the pruned one (bm25TopK.ts), each timed
// alone over the same questions, alternating so that load on a shared machine hits both alike.
// Also checks that the two scorers return the same documents, scores and masks for every question.
//   npx tsx bench/searchParts.ts INDEX.bin QUESTIONS.json [--rounds 3]
import { readFile } from "node:fs/promises";
import { loadIndex } from "../src/adapters/library/savedIndex.ts";
import { scoreBm25Exhaustive } from "../src/core/search/bm25.ts";
import { scoreBm25TopK } from "../src/core/search/bm25TopK.ts";
import { planQuery } from "../src/core/search/query.ts";
import { SEARCH_DEFAULTS } from "../src/core/search/search.ts";
import { percentile } from "./stats.ts";

const [indexFile, questionsFile, ...rest] = process.argv.slice(2);
if (!indexFile || !questionsFile) throw new Error("usage: searchParts INDEX.bin QUESTIONS.json [--rounds N]");
const rounds = Number(rest[rest.indexOf("--rounds") + 1] ?? 3) || 3;
const questions = JSON.parse(await readFile(questionsFile, "utf8")) as string[];
const loaded = await loadIndex(indexFile, { acceptOtherPipeline: true });
if (!loaded.ok) throw new Error(loaded.reason);
const search = loaded.snapshot.index.search;
const limit = SEARCH_DEFAULTS.candidates;

const timedMs = (run: () => unknown) => {
  const at = performance.now();
  run();
  return performance.now() - at;
};
const plans = questions.map((q) => planQuery(search, q));
let differing = 0;
for (const plan of plans) {
  const a = JSON.stringify(scoreBm25Exhaustive(search.bm25, plan.terms, limit));
  const b = JSON.stringify(scoreBm25TopK(search.bm25, plan.terms, limit));
  if (a !== b) differing++;
}
const times: Record<string, number[]> = { plan: [], exhaustive: [], topK: [] };
for (let round = 0; round < rounds; round++) {
  questions.forEach((q, i) => {
    const plan = plans[i] as (typeof plans)[number];
    times.plan?.push(timedMs(() => planQuery(search, q)));
    times.exhaustive?.push(timedMs(() => scoreBm25Exhaustive(search.bm25, plan.terms, limit)));
    times.topK?.push(timedMs(() => scoreBm25TopK(search.bm25, plan.terms, limit)));
  });
}
const summary = Object.fromEntries(
  Object.entries(times).map(([name, t]) => [
    name,
    { p50: +percentile(t, 50).toFixed(2), p95: +percentile(t, 95).toFixed(2), mean: +(t.reduce((s, x) => s + x, 0) / t.length).toFixed(2) },
  ]),
);
console.log(JSON.stringify({ questions: questions.length, passages: search.bm25.docCount, differing, ...summary }));
