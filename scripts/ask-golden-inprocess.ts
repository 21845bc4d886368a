// `ask --json` of every annotated set's questions (the seeds' and tests/fixtures/*-gold.json), in one
// process: `npx tsx scripts/ask-golden-inprocess.ts TREE OUTDIR [SET…]`, one OUTDIR/NAME.json per set,
// the answers as `ask --corpus DIR --json Q…` prints them (what ../shared/eval/score.mjs reads), so a
// change to the answers can be measured on every set in a few minutes rather than 20–40.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CliArgs, CliOptions } from "../src/adapters/cli/args.ts";
import type { CliCommand } from "../src/adapters/cli/command.ts";

const [treeArg, outArg, ...wanted] = process.argv.slice(2);
if (!treeArg || !outArg) throw new Error("usage: ask-golden-inprocess.ts TREE OUTDIR [SET…]");
const tree = resolve(treeArg);
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
const { answerCommands } = (await import(pathToFileURL(join(tree, "src/adapters/cli/answerCommands.ts")).href)) as {
  answerCommands: Record<string, CliCommand>;
};
const ask = answerCommands.ask;
if (!ask) throw new Error("no ask command");
const { parseCliArgs } = (await import(pathToFileURL(join(tree, "src/adapters/cli/args.ts")).href)) as {
  parseCliArgs: (argv: string[], options?: CliOptions) => CliArgs;
};
const fixtures = join(tree, "tests/fixtures");
const seeds = resolve(tree, "..", "shared", "gold", "seeds.json");
const sets: [string, string, string][] = [
  ...(existsSync(seeds) ? [["seeds", seeds, join(tree, "corpus")] as [string, string, string]] : []),
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith("-gold.json"))
    .sort()
    .map((f): [string, string, string] => {
      const name = f.replace(/-gold\.json$/, "");
      return [name, join(fixtures, f), join(fixtures, name)];
    }),
].filter(([name]) => wanted.length === 0 || wanted.includes(name));
const { log, error } = console;
const write = process.stdout.write.bind(process.stdout);
for (const [name, goldPath, dir] of sets) {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { questions?: { q: string }[] };
  const questions = (gold.questions ?? []).map((q) => q.q);
  if (questions.length === 0 || !existsSync(dir)) continue;
  let stdout = "";
  process.stdout.write = ((chunk: string) => {
    stdout += chunk;
    return true;
  }) as typeof process.stdout.write;
  console.error = () => {};
  try {
    await ask.run(parseCliArgs(["--corpus", dir, "--json", ...questions], ask.options));
  } finally {
    process.stdout.write = write;
    console.log = log;
    console.error = error;
  }
  writeFileSync(join(out, `${name}.json`), stdout);
}
log(`${sets.length} sets written to ${out}`);
