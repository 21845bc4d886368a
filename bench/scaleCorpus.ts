// `npx tsx bench/scaleCorpus.ts WORKDIR PASSAGES`: writes the scale bench's generated corpus
// (WORKDIR/corpus) and its 300 questions (WORKDIR/questions.json) once, so a 1M-passage build
// and its serving runs can be measured again and again without regenerating them
// (`node --import tsx bench/scaleChild.ts build|serve WORKDIR/corpus WORKDIR/index …`).
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateCorpus } from "./generate.ts";

const [workDir, sizeArg] = process.argv.slice(2);
if (!workDir || !sizeArg) throw new Error("usage: scaleCorpus.ts WORKDIR PASSAGES");
const ROOT = new URL("..", import.meta.url).pathname;
const corpusDir = join(workDir, "corpus");
const questionsFile = join(workDir, "questions.json");

if (existsSync(questionsFile)) {
  console.error(`${workDir} already holds a corpus`);
} else {
  const seedsDir = join(ROOT, "corpus");
  const files = (await readdir(seedsDir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const seeds = await Promise.all(files.map(async (file) => ({ file, text: await readFile(join(seedsDir, file), "utf8") })));
  const { articles, questions } = generateCorpus(Number(sizeArg), seeds);
  await mkdir(corpusDir, { recursive: true });
  for (const a of articles) await writeFile(join(corpusDir, a.file), a.text);
  // Written last: its presence says the corpus is complete.
  await writeFile(questionsFile, JSON.stringify(questions.slice(0, 300).map((q) => q.q)));
  console.error(`${articles.length} articles written to ${corpusDir}`);
}
