// Paired CPU comparison of two trees' extraction: `npx tsx scripts/extraction-pair.ts TREE_A TREE_B
// [--pairs P] [--articles N] [--warmup W] [--rounds R] [--corpus DIR] [--worker-loader]`.
//
// A shared, loaded machine makes wall time and single runs meaningless, so this alternates
// processes (A, B, A, B, … P pairs), each importing `parseArticle` and `extractArticle` from its own
// tree (a snapshot, e.g. `git archive COMMIT | tar -x -C DIR` with node_modules linked), extracting
// the same N articles of the scale corpus (every k-th .txt of DIR, default /tmp/sc/corpus/corpus,
// made by `npx tsx bench/scaleCorpus.ts /tmp/sc/corpus 100000`) W times to warm up and then R
// times, and reporting its CPU time (process.cpuUsage: time waiting for a core is not counted) per
// article for parse and extract, the median of its rounds. Prints each pair and the medians.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

interface ChildResult {
  parse: number;
  extract: number;
  load: number;
  /** A hash of every article's extraction (JSON) in the last round: the two trees' must agree. */
  output: string;
}

const arg = (argv: string[], name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function child(argv: string[]): Promise<void> {
  const tree = resolve(arg(argv, "--child", "."));
  const corpus = arg(argv, "--corpus", "/tmp/sc/corpus/corpus");
  const count = Number(arg(argv, "--articles", "1000"));
  const warmup = Number(arg(argv, "--warmup", "1"));
  const rounds = Number(arg(argv, "--rounds", "3"));
  const { parseArticle } = await import(pathToFileURL(join(tree, "src/core/ingest/parseArticle.ts")).href);
  const { extractArticle } = await import(pathToFileURL(join(tree, "src/core/knowledge/extractArticle.ts")).href);
  const files = (await readdir(corpus)).filter((f) => f.endsWith(".txt")).sort();
  const step = Math.max(1, Math.floor(files.length / count));
  const picked = files.filter((_, i) => i % step === 0).slice(0, count);
  const sources = await Promise.all(picked.map(async (file) => ({ file, text: await readFile(join(corpus, file), "utf8") })));
  const parses: number[] = [];
  const extracts: number[] = [];
  const output = createHash("sha256");
  for (let r = 0; r < warmup + rounds; r++) {
    let parse = 0;
    let extract = 0;
    const last = r === warmup + rounds - 1;
    for (const source of sources) {
      const c0 = cpu();
      const parsed = parseArticle(source);
      const c1 = cpu();
      const extracted = extractArticle(parsed);
      parse += c1 - c0;
      extract += cpu() - c1;
      if (last) output.update(JSON.stringify(extracted));
    }
    if (r >= warmup) {
      parses.push(parse / sources.length);
      extracts.push(extract / sources.length);
    }
  }
  const result: ChildResult = { parse: median(parses), extract: median(extracts), load: loadavg()[0] ?? 0, output: output.digest("hex").slice(0, 16) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(tree: string, argv: string[]): ChildResult {
  const passOn = ["--articles", "--warmup", "--rounds", "--corpus"].flatMap((name) => (argv.includes(name) ? [name, arg(argv, name, "")] : []));
  const out = spawnSync(process.execPath, ["--import", "tsx", ...workerLoader(tree, argv), import.meta.filename, "--child", tree, ...passOn], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (out.status !== 0) throw new Error(`child for ${tree} failed: ${out.stderr}`);
  const last = out.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(last) as ChildResult;
}

/**
 * With --worker-loader, the child loads the tree's modules as the build's re-index and extraction
 * workers do (reindexWorkerBoot.mjs): tsx, then the tree's own loader hooks after it, if it has them.
 */
function workerLoader(tree: string, argv: string[]): string[] {
  const hooks = join(resolve(tree), "src/adapters/library/namelessHooks.mjs");
  if (!argv.includes("--worker-loader") || !existsSync(hooks)) return [];
  const registration = `import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(hooks).href)});`;
  return ["--import", `data:text/javascript,${encodeURIComponent(registration)}`];
}

function main(argv: string[]): void {
  const [a, b] = argv.filter((x, i) => !x.startsWith("--") && !argv[i - 1]?.startsWith("--"));
  if (!a || !b) throw new Error("usage: extraction-pair.ts TREE_A TREE_B [--pairs P] [--articles N] [--warmup W] [--rounds R]");
  const pairs = Number(arg(argv, "--pairs", "3"));
  const results: { a: ChildResult; b: ChildResult }[] = [];
  const f = (x: number) => x.toFixed(2);
  console.log(`A = ${a}\nB = ${b}\n| pair | load A / B | parse A → B ms | extract A → B ms | total A → B ms |\n| --- | --- | --- | --- | --- |`);
  for (let p = 0; p < pairs; p++) {
    // Alternate which goes first, so neither always runs on the warmer (or busier) machine.
    const [first, second] = p % 2 === 0 ? [a, b] : [b, a];
    const r1 = runChild(first, argv);
    const r2 = runChild(second, argv);
    const pair = first === a ? { a: r1, b: r2 } : { a: r2, b: r1 };
    results.push(pair);
    if (pair.a.output !== pair.b.output) console.log(`| ${p + 1} | OUTPUTS DIFFER: ${pair.a.output} vs ${pair.b.output} | | | |`);
    console.log(
      `| ${p + 1} | ${pair.a.load.toFixed(1)} / ${pair.b.load.toFixed(1)} | ${f(pair.a.parse)} → ${f(pair.b.parse)} | ${f(pair.a.extract)} → ${f(pair.b.extract)} | ${f(pair.a.parse + pair.a.extract)} → ${f(pair.b.parse + pair.b.extract)} |`,
    );
  }
  const m = (pick: (r: ChildResult) => number, side: "a" | "b") => median(results.map((r) => pick(r[side])));
  const total = (r: ChildResult) => r.parse + r.extract;
  const ratio = median(results.map((r) => total(r.b) / total(r.a)));
  console.log(
    `| median | | ${f(m((r) => r.parse, "a"))} → ${f(m((r) => r.parse, "b"))} | ${f(m((r) => r.extract, "a"))} → ${f(m((r) => r.extract, "b"))} | ${f(m(total, "a"))} → ${f(m(total, "b"))} (B/A per pair, median ${ratio.toFixed(3)}) |`,
  );
  console.log(
    results.every((r) => r.a.output === r.b.output && r.a.output === results[0]?.a.output)
      ? `Extractions identical in every run (${results[0]?.a.output}).`
      : "Extractions DIFFER between the trees.",
  );
}

if (process.argv.includes("--child")) await child(process.argv.slice(2));
else main(process.argv.slice(2));
