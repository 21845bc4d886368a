// `npm run bench`: scales the corpus to 1k, 10k and 100k passages and measures re-index time,
// saved index size, load time, heap, per-query latency for every answer kind, and hit@3 for
// ours against MiniSearch and FlexSearch on the same passages and typo'd questions.
// BENCH_SIZES=1000,10000 npm run bench   skips the 100k step while developing.
// Then the scale points (bench/scale.ts): a full re-index, serving and incremental re-indexes,
// each in its own process with its peak RSS, at BENCH_SCALE_SIZES (default 100000 passages;
// BENCH_SCALE_SIZES=100000,1000000 adds the 1M-passage point, about half an hour here;
// BENCH_SCALE_SIZES=0 skips them).
// A full run (neither variable set) rewrites the tables at the top of bench/results.md and keeps the
// hand-written sections below them; a run with other sizes only prints its tables.
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { join } from "node:path";
import { createLibrary, type Library } from "../src/adapters/library/library.ts";
import { loadIndex, savedIndexPath } from "../src/adapters/library/savedIndex.ts";
import { foldText } from "../src/core/search/fold.ts";
import type { Side } from "../src/core/types.ts";
import { flexSearchBaseline, miniSearchBaseline, type Baseline, type BaselinePassage } from "./baselines.ts";
import { type BenchQuestion, generateCorpus, random, typo } from "./generate.ts";
import { measureScale, type ScaleRow, scaleTable } from "./scale.ts";
import { latencies, mb, ms, pct, percentile, timed, timedAsync } from "./stats.ts";
import { withHandWrittenSections } from "./resultsFile.ts";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const SCALE_SIZES = (process.env.BENCH_SCALE_SIZES ?? "100000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const ROOT = new URL("..", import.meta.url).pathname;
const LOADS = 5;

/** Each load starts from a collected heap; `gc` exposed at run time, so `npm run bench` needs no flag. */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
const median = (values: number[]) => percentile(values, 50);

async function loadKnowledge(indexDir: string, corpusDir: string) {
  const saved = await loadIndex(savedIndexPath(indexDir, corpusDir));
  if (!saved.ok) throw new Error(saved.reason);
  return saved.snapshot.index.knowledge;
}

interface Row {
  passages: number;
  reindexMs: number;
  indexBytes: number;
  /** Median of LOADS loads of the saved index (createLibrary: read, check, decode, stat the corpus). */
  loadMs: number;
  /** Median JSON.parse of the same knowledge as plain JSON, timed between the loads. */
  parseMs: number;
  heapMb: number;
  /** Longest the main thread was busy (no timer tick) during the re-index. */
  stallMs: number;
  kinds: Record<string, { p50: number; p95: number }>;
  hits: Record<string, number>;
  baselineP50: Record<string, number>;
}

async function seedArticles(): Promise<{ file: string; text: string }[]> {
  const dir = join(ROOT, "corpus");
  const files = (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(join(dir, file), "utf8") })));
}

async function seedQuestions(): Promise<BenchQuestion[]> {
  try {
    const gold = JSON.parse(await readFile(join(ROOT, "../shared/gold/seeds.json"), "utf8")) as {
      questions: { q: string; expect: { file: string; fragment: string }[] }[];
    };
    return gold.questions.map((q) => ({ q: q.q, file: q.expect[0]?.file ?? "", fragment: q.expect[0]?.fragment ?? "" }));
  } catch {
    return [];
  }
}

const contains = (text: string, fragment: string) => foldText(text).includes(foldText(fragment));

function hitAt3(questions: BenchQuestion[], top3: (q: string) => { file: string; text: string }[]): number {
  const hits = questions.filter((q) => top3(q.q).some((s) => s.file === q.file && contains(s.text, q.fragment)));
  return questions.length ? hits.length / questions.length : 0;
}

async function measure(size: number, seeds: { file: string; text: string }[], seedQs: BenchQuestion[]): Promise<Row> {
  const { articles, questions } = generateCorpus(size, seeds);
  const allQuestions = [...seedQs, ...questions];
  const work = await mkdtemp(join(tmpdir(), `counterclaim-bench-${size}-`));
  const corpusDir = join(work, "corpus");
  const indexDir = join(work, "index");
  await mkdir(corpusDir);
  for (const a of articles) await writeFile(join(corpusDir, a.file), a.text);
  try {
    // While the worker re-indexes, this thread should stay free: the longest gap between ticks
    // of a 10 ms timer is how long a query could have waited. The longest is decoding the
    // worker's index on this thread at the end (objects cannot cross threads).
    let last = performance.now();
    let stallMs = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      stallMs = Math.max(stallMs, now - last);
      last = now;
    }, 10);
    const built = await timedAsync(() => createLibrary({ corpusDir, indexDir, rebuild: true })).finally(() => {
      clearInterval(ticker);
      // The last stretch (decoding the worker's index, the swap) ends right here, before any tick.
      stallMs = Math.max(stallMs, performance.now() - last);
    });
    const report = built.value.lastReport;
    let knowledgeJson = JSON.stringify(await loadKnowledge(indexDir, corpusDir));
    built.value.close();
    const indexBytes = (await stat(savedIndexPath(indexDir, corpusDir))).size;

    // Load time is a median of several loads in this process; the machine is shared and noisy,
    // so it is also given as a ratio to JSON.parse of the same knowledge, timed alongside.
    const loads: number[] = [];
    const parses: number[] = [];
    let library: Library | null = null;
    for (let i = 0; i < LOADS; i++) {
      library?.close();
      library = null;
      collectGarbage();
      parses.push(timed(() => JSON.parse(knowledgeJson)).ms);
      collectGarbage();
      const loaded = await timedAsync(() => createLibrary({ corpusDir, indexDir }));
      if (loaded.value.origin !== "loaded") throw new Error("the saved index was not loaded");
      loads.push(loaded.ms);
      if (process.env.BENCH_VERBOSE) console.error(`load ${i}: ${loaded.ms.toFixed(0)} ms, JSON.parse ${parses.at(-1)?.toFixed(0)} ms`);
      library = loaded.value;
    }
    if (!library) throw new Error("no load");
    knowledgeJson = "";
    collectGarbage();
    const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

    const rnd = random(size);
    const places = ["Hadrut", "Shusha", "Martuni", "Lachin", "Fuzuli", "Agdam", "Talish", "Tovuz"];
    const placeQueries = Array.from({ length: 40 }, (_, i) => (i % 2 ? typo(rnd, places[i % places.length] ?? "") : (places[i % places.length] ?? "")));
    const sides: Side[] = ["azerbaijan", "armenia", "nagorno-karabakh"];
    const topics = ["drone strike", "ceasefire violation", "shelling near Shusha", "civilians wounded", "provocation", "talks"];
    const kinds: Row["kinds"] = {};
    const record = (kind: string, values: number[]) => {
      kinds[kind] = { p50: percentile(values, 50), p95: percentile(values, 95) };
    };
    library.ask("warm up the caches");
    record(
      "ask",
      latencies(
        allQuestions.map((q) => q.q),
        (q) => library.ask(q),
      ),
    );
    record(
      "incident",
      latencies(placeQueries, (q) => library.incident(q)),
    );
    record(
      "claims",
      latencies(
        Array.from({ length: 30 }, (_, i) => `${i}`),
        (i) => library.claims(sides[Number(i) % 3], topics[Number(i) % topics.length]),
      ),
    );
    record(
      "casualties",
      latencies(placeQueries.slice(0, 30), (q) => library.casualties(q)),
    );
    record(
      "mediators",
      latencies(topics.concat(placeQueries.slice(0, 24)), (q) => library.mediators(q)),
    );

    const hits: Row["hits"] = { ours: hitAt3(allQuestions, (q) => library.ask(q).sources.slice(0, 3)) };
    library.close();

    const saved = await loadIndex(savedIndexPath(indexDir, corpusDir));
    if (!saved.ok) throw new Error(saved.reason);
    const records = saved.snapshot.index.search.passages;
    const passages: BaselinePassage[] = records.map((r) => ({ id: r.doc, text: r.passage.text }));
    const baselineP50: Row["baselineP50"] = {};
    for (const make of [miniSearchBaseline, flexSearchBaseline]) {
      const baseline: Baseline = make(passages);
      const top3 = (q: string) => baseline.search(q, 3).map((id) => ({ file: records[id]?.passage.file ?? "", text: records[id]?.passage.text ?? "" }));
      hits[baseline.name] = hitAt3(allQuestions, top3);
      baselineP50[baseline.name] = percentile(
        latencies(
          allQuestions.map((q) => q.q),
          (q) => baseline.search(q, 3),
        ),
        50,
      );
    }
    return {
      passages: report?.passages ?? records.length,
      reindexMs: built.ms,
      indexBytes,
      loadMs: median(loads),
      parseMs: median(parses),
      stallMs,
      heapMb,
      kinds,
      hits,
      baselineP50,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function table(rows: Row[]): string {
  const kinds = ["ask", "incident", "claims", "casualties", "mediators"];
  const header = [
    "passages",
    "re-index s",
    "main thread's longest stall during re-index ms",
    "index MB",
    "load ms (median)",
    "JSON.parse ms",
    "load ÷ JSON.parse",
    "heap MB",
    ...kinds.map((k) => `${k} p50/p95 ms`),
    "hit@3 ours",
    "hit@3 MiniSearch",
    "hit@3 FlexSearch",
    "MiniSearch p50 ms",
    "FlexSearch p50 ms",
    "ask p50 ÷ MiniSearch",
    "ask p50 ÷ FlexSearch",
  ];
  const lines = rows.map((r) => [
    String(r.passages),
    (r.reindexMs / 1000).toFixed(1),
    ms(r.stallMs),
    mb(r.indexBytes),
    ms(r.loadMs),
    ms(r.parseMs),
    (r.loadMs / r.parseMs).toFixed(2),
    r.heapMb.toFixed(0),
    ...kinds.map((k) => `${ms(r.kinds[k]?.p50 ?? NaN)} / ${ms(r.kinds[k]?.p95 ?? NaN)}`),
    pct(r.hits.ours ?? 0),
    pct(r.hits.MiniSearch ?? 0),
    pct(r.hits.FlexSearch ?? 0),
    ms(r.baselineP50.MiniSearch ?? NaN),
    ms(r.baselineP50.FlexSearch ?? NaN),
    ((r.kinds.ask?.p50 ?? NaN) / (r.baselineP50.MiniSearch ?? NaN)).toFixed(2),
    ((r.kinds.ask?.p50 ?? NaN) / (r.baselineP50.FlexSearch ?? NaN)).toFixed(2),
  ]);
  return [`| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`, ...lines.map((l) => `| ${l.join(" | ")} |`)].join("\n");
}

async function main(): Promise<void> {
  const seeds = await seedArticles();
  const seedQs = await seedQuestions();
  const rows: Row[] = [];
  for (const size of SIZES) {
    console.error(`bench: ${size} passages…`);
    rows.push(await measure(size, seeds, seedQs));
    console.error(table(rows.slice(-1)));
  }
  const scaleRows: ScaleRow[] = [];
  for (const size of SCALE_SIZES) {
    scaleRows.push(await measureScale(size, seeds));
    console.error(scaleTable(scaleRows.slice(-1)));
  }
  const output = [
    "# Benchmark",
    "",
    `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Synthetic conflict-news corpus plus the ${seeds.length} seed articles;`,
    `questions: the ${seedQs.length} seed questions plus generated ones with typos (same questions for every engine).`,
    `Re-index = read + extract (attribution) + index + save, in the re-index worker thread (extraction shared with one extraction worker per spare core; ${availableParallelism()} cores here), plus decoding its result here.`,
    `Load = createLibrary over the saved index (read, checksum, decode, stat the corpus): the median of ${LOADS} loads in one process,`,
    "next to the median JSON.parse of the same knowledge as plain JSON (the bulk of the old format's load), timed alongside.",
    "Latencies are medians (p50) and p95 over each query set;",
    "the last two columns are our ask p50 divided by the baseline's p50, measured in the same process.",
    "",
    table(rows),
    "",
    ...(scaleRows.length === 0
      ? []
      : [
          "## Scale: full and incremental re-index, serving, peak RSS",
          "",
          "Each build and the serving run in their own process (`bench/scaleChild.ts`) with Node's default heap limits; peak RSS is the process's",
          "(`process.resourceUsage().maxRSS`: the main thread, the re-index worker and the extraction workers together; for a build it includes",
          "loading the new index on the main thread, as `npm run reindex` does). Serving: load the saved index as the bot does at start, answer",
          "one question (load to first answer), then 300 generated questions (ask p50/p95). The incremental steps run in order on the same corpus:",
          "one article added, then a hundred, then one changed, then one removed, each a `reindex` that extracts only what changed:",
          "first the seconds until the new index answers, then until its incidents, grouped after that on a large corpus, are in too.",
          "MiniSearch and FlexSearch are compared in the table above only (up to 100k passages): at the scale points they are not run.",
          "",
          scaleTable(scaleRows),
          "",
        ]),
  ].join("\n");
  console.log(output);
  // Only a full run replaces the file's tables; its hand-written sections stay below them either way.
  if (process.env.BENCH_SIZES !== undefined || process.env.BENCH_SCALE_SIZES !== undefined) {
    console.error("bench: BENCH_SIZES or BENCH_SCALE_SIZES set, so bench/results.md is left as it is (the tables are above)");
    return;
  }
  const resultsPath = join(ROOT, "bench/results.md");
  const previous = await readFile(resultsPath, "utf8").catch(() => "");
  await writeFile(resultsPath, withHandWrittenSections(output, previous));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
