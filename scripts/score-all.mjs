#!/usr/bin/env node
// Scores every annotated set with ../shared/eval/score.mjs and prints one table row per set:
//   node scripts/score-all.mjs [SET …]      (npm run score)
// Sets: the seeds, tests/fixtures/<set>-gold.json, and the question sets in tests/fixtures/questions.
// --misses prints each set's misses after the table. Two sets are scored at a time.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
// ../shared when the checkout has it beside it, else the copies in tests/scores/shared.
const shared = (path, copy) =>
  existsSync(join(root, "..", "shared", path)) ? join(root, "..", "shared", path) : join(root, "tests", "scores", "shared", copy);
const scorer = shared("eval/score.mjs", "score.mjs");
const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
const wanted = args.filter((a) => !a.startsWith("--"));

const fixtures = join(root, "tests", "fixtures");
const sets = [{ name: "seeds", gold: shared("gold/seeds.json", "seeds.json"), corpus: "corpus" }];
for (const f of readdirSync(fixtures)
  .filter((f) => f.endsWith("-gold.json"))
  .sort()) {
  const name = f.replace(/-gold\.json$/, "");
  sets.push({ name, gold: join(fixtures, f), corpus: `tests/fixtures/${name}` });
}
const questions = join(fixtures, "questions");
for (const f of existsSync(questions)
  ? readdirSync(questions)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : []) {
  const gold = join(questions, f);
  sets.push({ name: `questions/${f.replace(/\.json$/, "")}`, gold, corpus: JSON.parse(readFileSync(gold, "utf8")).corpus });
}
const chosen = wanted.length > 0 ? sets.filter((s) => wanted.includes(s.name)) : sets;

async function score(set) {
  const { stdout } = await run(process.execPath, [scorer, "--gold", set.gold, "--corpus", set.corpus, "--json"], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  return { set, ...JSON.parse(stdout) };
}

const results = [];
for (let i = 0; i < chosen.length; i += 2) results.push(...(await Promise.all(chosen.slice(i, i + 2).map(score))));

const pc = (x) => (x === undefined ? "–" : (100 * x).toFixed(1));
console.log("| set | claims P / R / F1 | unclear claims | casualties F1 | metadata | leaks | hit@3 | lead | wrong side | unclear side |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const { set, report: r } of results) {
  const claims = Object.keys(JSON.parse(readFileSync(set.gold, "utf8")).articles).length > 0;
  console.log(
    `| ${set.name} | ${claims ? `${pc(r.claims.precision)} / ${pc(r.claims.recall)} / ${pc(r.claims.f1)}` : "–"} | ${claims ? r.claims.unclear : "–"} | ${claims ? pc(r.casualties.f1) : "–"} | ${claims ? pc(r.metadata.accuracy) : "–"} | ${r.boilerplate.leaks} | ${pc(r.questions?.hitAt3)} | ${pc(r.questions?.answerAt1)} | ${pc(r.questions?.wrongSide)} | ${pc(r.questions?.unclearSide)} |`,
  );
}
if (showMisses) for (const { set, misses } of results) console.log(`\n== ${set.name}\n${misses.join("\n")}`);
