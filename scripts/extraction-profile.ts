// Where extraction's time goes, per article: `npx tsx scripts/extraction-profile.ts [--bench N]
// [--rounds R] [--profile [FILE.cpuprofile]] [--top K] [--only bench|fixtures]`.
//
// Extracts every article of corpus/ and tests/fixtures/*/ plus N articles (default 400) of the
// scale bench's generated 100k-passage corpus (bench/generate.ts, as bench/scale.ts builds it),
// R rounds after one warm-up round, timing each article's parse (src/core/ingest) and extraction
// (attribution, casualties, dates) apart. Prints the median ms per article of each sample and the
// rounds' totals. With --profile, one more round runs under V8's CPU profiler (node:inspector,
// the same sampler as `node --cpu-prof`) and the self time is summed per src/core folder, per
// file and per function; the raw profile is written to FILE for Chrome's DevTools if one is given.
// Not a test: timings depend on the machine and its load (printed first).
import { writeFile } from "node:fs/promises";
import { readdir, readFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { loadavg } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "../bench/generate.ts";
import { percentile } from "../bench/stats.ts";
import { loadCorpus } from "../src/adapters/corpus/loadCorpus.ts";
import { extractArticle } from "../src/core/knowledge/extractArticle.ts";
import { parseArticle } from "../src/core/ingest/parseArticle.ts";
import type { ArticleSource } from "../src/core/types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

interface Options {
  bench: number;
  rounds: number;
  profile: boolean;
  profileFile: string | null;
  top: number;
  /** Only this sample ("bench" or "fixtures"), e.g. to profile what the 100k build extracts. */
  only: string | null;
}

function options(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const p = argv.indexOf("--profile");
  const next = p >= 0 ? argv[p + 1] : undefined;
  return {
    bench: value("--bench", 400),
    rounds: value("--rounds", 3),
    profile: p >= 0,
    profileFile: next && !next.startsWith("--") ? next : null,
    top: value("--top", 40),
    only: argv.includes("--only") ? (argv[argv.indexOf("--only") + 1] ?? null) : null,
  };
}

interface Sample {
  name: string;
  sources: ArticleSource[];
}

/** Every `step`-th article of the scale bench's 100k-passage corpus, `count` in all. */
async function benchSample(count: number): Promise<Sample> {
  const seedsDir = join(ROOT, "corpus");
  const files = (await readdir(seedsDir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const seeds = await Promise.all(files.map(async (file) => ({ file, text: await readFile(join(seedsDir, file), "utf8") })));
  const { articles } = generateCorpus(100_000, seeds);
  const step = Math.max(1, Math.floor(articles.length / Math.max(1, count)));
  return { name: `bench (every ${step}th of ${articles.length})`, sources: articles.filter((_, i) => i % step === 0).slice(0, count) };
}

/** corpus/ and every tests/fixtures set folder, read as the CLI reads a corpus (HTML included). */
async function fixtureSample(): Promise<Sample> {
  const fixtures = join(ROOT, "tests/fixtures");
  const sets = (await readdir(fixtures, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => join(fixtures, d.name));
  const sources: ArticleSource[] = [];
  for (const dir of [join(ROOT, "corpus"), ...sets.sort()]) {
    const loaded = await loadCorpus(dir);
    sources.push(...loaded.sources.map((s) => ({ file: `${relative(ROOT, dir)}/${s.file}`, text: s.text })));
  }
  return { name: "corpus/ + tests/fixtures/*/", sources };
}

/** Each article's wall and CPU ms (this process's, all threads: GC included) for each stage. */
interface Timing {
  parse: number[];
  extract: number[];
  parseCpu: number[];
  extractCpu: number[];
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** One round over a sample: each article's parse and extraction ms. A failing article is skipped, as the CLI does. */
function round(sample: Sample): Timing {
  const timing: Timing = { parse: [], extract: [], parseCpu: [], extractCpu: [] };
  for (const source of sample.sources) {
    try {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const parsed = parseArticle(source);
      const t1 = performance.now();
      const c1 = process.cpuUsage();
      extractArticle(parsed);
      const t2 = performance.now();
      timing.extractCpu.push(cpuMs(c1));
      timing.parseCpu.push((c1.user + c1.system - c0.user - c0.system) / 1000);
      timing.parse.push(t1 - t0);
      timing.extract.push(t2 - t1);
    } catch {
      // Counted nowhere: the same articles fail in every round.
    }
  }
  return timing;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const ms = (x: number) => x.toFixed(2);

/**
 * Per article its median over the rounds, then the median and p90 over the articles, and their
 * sum. CPU time is steadier than wall time on a shared machine (waiting for a core is not counted).
 */
function report(sample: Sample, rounds: Timing[]): void {
  const perArticle = (pick: (t: Timing) => number[]) =>
    sample.sources
      .map((_, i) =>
        percentile(
          rounds.map((r) => pick(r)[i] ?? 0),
          50,
        ),
      )
      .filter((x) => Number.isFinite(x));
  const both = (a: number[], b: number[]) => a.map((x, i) => x + (b[i] ?? 0));
  const [parse, extract, parseCpu, extractCpu] = [
    perArticle((t) => t.parse),
    perArticle((t) => t.extract),
    perArticle((t) => t.parseCpu),
    perArticle((t) => t.extractCpu),
  ];
  console.log(`\n${sample.name}: ${sample.sources.length} articles, ${rounds.length} rounds, load average ${(loadavg()[0] ?? 0).toFixed(2)}`);
  console.log("| stage | median ms/article | p90 ms/article | sum of medians ms | median CPU ms/article | sum of CPU medians ms |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, wall, cpu] of [
    ["parse (ingest)", parse, parseCpu],
    ["extract (attribution, casualties, dates)", extract, extractCpu],
    ["both", both(parse, extract), both(parseCpu, extractCpu)],
  ] as const) {
    console.log(
      `| ${name} | ${ms(percentile(wall, 50))} | ${ms(percentile(wall, 90))} | ${sum(wall).toFixed(0)} | ${ms(percentile(cpu, 50))} | ${sum(cpu).toFixed(0)} |`,
    );
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time per node id, from the sample deltas (µs). */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] ?? 0;
    // A sample's time is the delta to the next one.
    self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0));
  }
  return self;
}

function where(url: string): { folder: string; file: string } {
  if (!url) return { folder: "(V8: GC, regex, builtins)", file: "(V8)" };
  const path = url.startsWith("file://") ? relative(ROOT, fileURLToPath(url)) : url;
  if (path.startsWith("src/core/")) return { folder: path.split("/").slice(0, 3).join("/"), file: path };
  if (path.startsWith("node:")) return { folder: "node internals", file: path };
  return { folder: path.startsWith("node_modules/") ? "node_modules" : "other", file: path };
}

function table(title: string, totals: Map<string, number>, all: number, top: number): void {
  console.log(`\n${title}\n| | self ms | % |\n| --- | ---: | ---: |`);
  for (const [key, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`| ${key} | ${(us / 1000).toFixed(0)} | ${((100 * us) / all).toFixed(1)} |`);
  }
}

/**
 * A function's name and file. tsx hands V8 each module on one line, so a line number says nothing:
 * an anonymous function is named by the named function it was called from ("anon in matchesRule").
 */
function namer(profile: CpuProfile): (node: ProfileNode) => string {
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  return (node) => {
    const { url, functionName } = node.callFrame;
    if (!url) return functionName;
    let name = functionName;
    for (let up = parent.get(node.id); !name && up; up = parent.get(up.id)) {
      if (up.callFrame.functionName) name = `anon in ${up.callFrame.functionName}`;
    }
    return `${name || "(anonymous)"} ${where(url).file}`;
  };
}

function summarize(profile: CpuProfile, top: number): void {
  const self = selfTimes(profile);
  const nameOf = namer(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byFolder = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let all = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0) continue;
    all += us;
    const { folder, file } = where(node.callFrame.url);
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + us);
    // Inclusive: the sample counts once for every function on its stack (once however deep it recurses).
    const seen = new Set<string>();
    for (let up: ProfileNode | undefined = node; up; up = byId.get(parent.get(up.id) ?? -1)) {
      const name = nameOf(up);
      if (!up.callFrame.url.includes("/src/core/") || seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  console.log(`\nCPU profile of one round: ${(all / 1000).toFixed(0)} ms sampled`);
  table("self time per folder", byFolder, all, top);
  table("self time per file", byFile, all, top);
  table("self time per function", byFunction, all, top);
  table("inclusive time per src/core function (with what it calls)", inclusive, all, top);
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}; node ${process.version}`,
  );
  const samples = [...(opts.only === "bench" ? [] : [await fixtureSample()]), ...(opts.only === "fixtures" ? [] : [await benchSample(opts.bench)])];
  for (const sample of samples) round(sample); // warm-up: compile and optimise first
  for (const sample of samples) {
    const rounds = Array.from({ length: opts.rounds }, () => round(sample));
    report(sample, rounds);
  }
  if (!opts.profile) return;
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  for (const sample of samples) round(sample);
  const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
  session.disconnect();
  if (opts.profileFile) await writeFile(opts.profileFile, JSON.stringify(profile));
  summarize(profile, opts.top);
}

await main();
