// `extract --json` of a tree's corpus/, every tests/fixtures/*/ set and any further corpus folders,
// in one process: `npx tsx scripts/extract-golden-inprocess.ts TREE OUTDIR [CORPUS…]`, one
// OUTDIR/NAME.json (stdout) and NAME.err (stderr and a non-zero exit code) per set, as
// scripts/extract-golden.sh writes them with one CLI process per set (~1 min instead of 15–30 at
// load 10–20; on 2026-12-06 the two wrote identical folders for main 009c5be). TREE is a snapshot
// with node_modules linked (`git archive COMMIT | tar -x -C TREE`); two trees' OUTDIRs compared
// with `diff -r` show whether a change moved any extraction output. The CLI's command runs as it
// is; only console.log and console.error are caught.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CliArgs, CliOptions } from "../src/adapters/cli/args.ts";
import type { CliCommand } from "../src/adapters/cli/command.ts";

const [treeArg, outArg, ...extra] = process.argv.slice(2);
if (!treeArg || !outArg) throw new Error("usage: extract-golden-inprocess.ts TREE OUTDIR [CORPUS…]");
const tree = resolve(treeArg);
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
const { extractCommand } = (await import(pathToFileURL(join(tree, "src/adapters/cli/extract.ts")).href)) as { extractCommand: CliCommand };
// The tree's own argument parser, so the command gets what `extract --corpus DIR --json` gives it there.
const { parseCliArgs } = (await import(pathToFileURL(join(tree, "src/adapters/cli/args.ts")).href)) as {
  parseCliArgs: (argv: string[], options?: CliOptions) => CliArgs;
};
const fixtures = join(tree, "tests/fixtures");
const sets: [string, string][] = [
  ["corpus", join(tree, "corpus")],
  ...readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name): [string, string] => [name, join(fixtures, name)]),
  ...extra.map((dir): [string, string] => [`extra-${basename(resolve(dir))}`, resolve(dir)]),
];
const { log, error } = console;
for (const [name, dir] of sets) {
  let stdout = "";
  let stderr = "";
  console.log = (text: unknown) => {
    stdout += `${String(text)}\n`;
  };
  console.error = (text: unknown) => {
    stderr += `${String(text)}\n`;
  };
  let code: number;
  try {
    code = await extractCommand.run(parseCliArgs(["--corpus", dir, "--json"], extractCommand.options));
  } finally {
    console.log = log;
    console.error = error;
  }
  writeFileSync(join(out, `${name}.json`), stdout);
  writeFileSync(join(out, `${name}.err`), stderr + (code === 0 ? "" : `exit ${code}\n`));
}
log(`${sets.length} sets written to ${out}`);
