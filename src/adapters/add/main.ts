// `npm run add -- [--corpus DIR] [--feed URL …] [--json] PATH_OR_URL …`: stores each article in the
// corpus folder as Markdown with front matter, then re-indexes through the library (the same
// re-index as `npm run reindex`). Progress goes to stderr one line per article; the summary (or
// with --json the outcomes and the re-index report) to stdout. Exit code 1 when any input failed.
import { parseArgs } from "node:util";
import { maxArticleBytes } from "../config/loadConfig.ts";
import { createLibrary } from "../library/library.ts";
import { type AddOutcome, addArticles } from "./addArticles.ts";
import { addFeed } from "./addFeed.ts";
import type { FetchLimits } from "./fetchLimited.ts";
import { outcomeLine } from "./formatOutcome.ts";
import { readLedger } from "./ledger.ts";
import type { ArticleInput } from "./readInput.ts";

const USAGE = "usage: npm run add -- [--corpus DIR] [--index-dir DIR] [--feed URL …] [--json] PATH_OR_URL …";

/** How long one web address may take, whole: long enough for a slow site, short enough for cron. */
const FETCH_TIMEOUT_MS = 15_000;

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    console.error(`counterclaim: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const feeds = values.feed ?? [];
  if (positionals.length === 0 && feeds.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const corpusDir = values.corpus ?? process.env.CORPUS_DIR ?? "corpus";
  // Whoever runs the CLI has the machine's shell already: local and private addresses are theirs to fetch.
  const limits: FetchLimits = { maxBytes: maxArticleBytes(), timeoutMs: FETCH_TIMEOUT_MS, allowPrivate: true };
  const started = performance.now();
  const ledger = await readLedger(corpusDir);
  const onOutcome = (outcome: AddOutcome, done: number, total: number) => console.error(`[${done}/${total}] ${outcomeLine(outcome)}`);
  const options = { corpusDir, limits, ledger, onOutcome };
  const outcomes = await addArticles(positionals.map(toInput), options);
  const feedRuns = [];
  for (const feed of feeds) {
    try {
      const run = await addFeed(feed, options);
      console.error(`feed ${feed}: ${run.items} items, ${run.seenBefore} seen before, ${run.outcomes.length} read now`);
      feedRuns.push({ feed, items: run.items, seenBefore: run.seenBefore });
      outcomes.push(...run.outcomes);
    } catch (error) {
      outcomes.push({ input: feed, status: "failed", reason: error instanceof Error ? error.message : String(error), retry: true });
      console.error(`failed     ${feed}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const added = outcomes.filter((o) => o.status === "added").length;
  console.error(`re-indexing ${corpusDir} …`);
  const library = await createLibrary({
    corpusDir,
    ...(values["index-dir"] ? { indexDir: values["index-dir"] } : {}),
    onProgress: (p) => console.error(`reindex: ${p.stage} ${p.files} files, ${p.passages} passages, ${p.claims} claims, ${p.elapsedMs} ms`),
  });
  const report = library.lastReport;
  library.close();
  const elapsedMs = Math.round(performance.now() - started);
  const count = (status: AddOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ outcomes, feeds: feedRuns, reindex: report, elapsedMs }, null, 2)}\n`);
  } else {
    const reindexed = report
      ? `re-indexed: ${report.articles} articles, ${report.passages} passages, ${report.claims} claims in ${report.elapsedMs} ms${report.ok ? "" : ` — FAILED, the previous index is kept: ${report.errors[0]?.reason ?? ""}`}`
      : `the index was already current: ${library.startup.articles} articles`;
    console.log(`added ${added}, duplicates ${count("duplicate")}, failed ${count("failed")}; ${reindexed}; ${elapsedMs} ms in all`);
  }
  return count("failed") > 0 || (report !== null && !report.ok) ? 1 : 0;
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      corpus: { type: "string" },
      "index-dir": { type: "string" },
      feed: { type: "string", multiple: true },
      json: { type: "boolean" },
    },
  });
}

function toInput(word: string): ArticleInput {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(word) ? { kind: "url", url: word } : { kind: "path", path: word };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`counterclaim: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
