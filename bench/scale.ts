// The scale points of `npm run bench`: a full re-index and serving at a corpus size, each in its
// own process (bench/scaleChild.ts) so its peak RSS is its own, then the incremental re-index on
// the same corpus: one article added, a hundred added, one changed, one removed.
// BENCH_SCALE_SIZES=1000000 runs the 1M-passage point (about 100k articles; tens of minutes here).
import { execFile } from "node:child_process";
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { type GeneratedArticle, generateCorpus } from "./generate.ts";

const run = promisify(execFile);
const ROOT = new URL("..", import.meta.url).pathname;
const CHILD = join(ROOT, "bench/scaleChild.ts");

const buildSchema = z.object({
  ms: z.number(),
  settledMs: z.number().optional(),
  // Every thread's CPU and the machine's load at the start: on a shared machine the wall time alone says little.
  cpuMs: z.number().optional(),
  loadAverage: z.number().optional(),
  stages: z.record(z.string(), z.number()).optional(),
  peakRssMb: z.number(),
  articles: z.number(),
  passages: z.number(),
  savedBytes: z.number().nullable(),
});
const serveSchema = z.object({
  firstAnswerMs: z.number(),
  firstAnswerCpuMs: z.number().optional(),
  loadAverage: z.number().optional(),
  askP50: z.number(),
  askP95: z.number(),
  rssMb: z.number(),
  peakRssMb: z.number(),
});
type BuildResult = z.infer<typeof buildSchema>;
type ServeResult = z.infer<typeof serveSchema>;

export interface ScaleRow {
  passages: number;
  articles: number;
  full: BuildResult;
  serve: ServeResult;
  incremental: { name: string; result: BuildResult }[];
}

async function child(args: string[]): Promise<unknown> {
  // Node's default heap limits: the point is that a build fits in them.
  const { stdout } = await run(process.execPath, ["--import", "tsx", CHILD, ...args], { cwd: ROOT, maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
}

const buildIn = async (corpusDir: string, indexDir: string) => buildSchema.parse(await child(["build", corpusDir, indexDir]));

export async function measureScale(size: number, seeds: GeneratedArticle[]): Promise<ScaleRow> {
  const work = await mkdtemp(join(tmpdir(), `counterclaim-scale-${size}-`));
  const corpusDir = join(work, "corpus");
  const indexDir = join(work, "index");
  await mkdir(corpusDir);
  try {
    const { articles, questions } = generateCorpus(size, seeds);
    for (const a of articles) await writeFile(join(corpusDir, a.file), a.text);
    const questionsFile = join(work, "questions.json");
    await writeFile(questionsFile, JSON.stringify(questions.slice(0, 300).map((q) => q.q)));
    console.error(`bench: scale ${size}: full re-index of ${articles.length} articles…`);
    const full = await buildIn(corpusDir, indexDir);
    console.error(`bench: scale ${size}: serving…`);
    const serve = serveSchema.parse(await child(["serve", corpusDir, indexDir, questionsFile]));

    // New articles from the same generator, under names of their own.
    const extra = generateCorpus(2000, [], 11).articles.map((a, i) => ({ file: `zz-added-${i}.txt`, text: a.text }));
    const incremental: ScaleRow["incremental"] = [];
    const step = async (name: string, change: () => Promise<void>) => {
      await change();
      console.error(`bench: scale ${size}: ${name}…`);
      incremental.push({ name, result: await buildIn(corpusDir, indexDir) });
    };
    await step("add 1 article", () => writeFile(join(corpusDir, extra[0]?.file ?? "x.txt"), extra[0]?.text ?? ""));
    await step("add 100 articles", async () => {
      for (const a of extra.slice(1, 101)) await writeFile(join(corpusDir, a.file), a.text);
    });
    const target = articles.at(-1)?.file ?? "";
    await step("change 1 article", () => appendFile(join(corpusDir, target), "\nThe defence ministry said two more soldiers were wounded near Hadrut.\n"));
    await step("remove 1 article", () => rm(join(corpusDir, target)));
    return { passages: full.passages, articles: full.articles, full, serve, incremental };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export function scaleTable(rows: ScaleRow[]): string {
  const names = rows[0]?.incremental.map((i) => i.name) ?? [];
  const header = [
    "passages",
    "articles",
    "full re-index s",
    "its peak RSS MB",
    "index MB",
    "load to first answer s",
    "serving RSS MB (peak)",
    "ask p50/p95 ms",
    ...names.map((n) => `${n}: s, incidents in s (peak RSS MB)`),
  ];
  const lines = rows.map((r) => [
    String(r.passages),
    String(r.articles),
    (r.full.ms / 1000).toFixed(1),
    r.full.peakRssMb.toFixed(0),
    ((r.full.savedBytes ?? 0) / 1024 / 1024).toFixed(1),
    (r.serve.firstAnswerMs / 1000).toFixed(2),
    `${r.serve.rssMb.toFixed(0)} (${r.serve.peakRssMb.toFixed(0)})`,
    `${r.serve.askP50.toFixed(1)} / ${r.serve.askP95.toFixed(1)}`,
    ...r.incremental.map(
      (i) => `${(i.result.ms / 1000).toFixed(2)}, ${((i.result.settledMs ?? i.result.ms) / 1000).toFixed(2)} (${i.result.peakRssMb.toFixed(0)})`,
    ),
  ]);
  return [`| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`, ...lines.map((l) => `| ${l.join(" | ")} |`)].join("\n");
}

/** For running one point alone: `npx tsx bench/scale.ts 100000`. */
if (process.argv[1]?.endsWith("scale.ts") && process.argv[2]) {
  const seedsDir = join(ROOT, "corpus");
  const { readdir } = await import("node:fs/promises");
  const files = (await readdir(seedsDir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const seeds = await Promise.all(files.map(async (file) => ({ file, text: await readFile(join(seedsDir, file), "utf8") })));
  const row = await measureScale(Number(process.argv[2]), seeds);
  console.log(scaleTable([row]));
  // Each step's CPU, load average and stages, which the table leaves out, for reading a slow step.
  console.error(JSON.stringify(row));
}
