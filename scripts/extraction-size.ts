// Extraction time against article size: one generated article of 1, 5, 10 and 20 MB is parsed and
// extracted (parseArticle + extractArticle, what `cli extract` runs per file), so that a
// super-linear step shows as a growing time per MB. Run with `npm run bench:size`
// (add `-- 1 2 4` for other sizes in MB). Not a test: timings depend on the machine.
import { pathToFileURL } from "node:url";
import { extractCorpus } from "../src/core/knowledge/extractCorpus.ts";
import { generateCorpus } from "../bench/generate.ts";

const MB = 1024 * 1024;

/** One article of about `bytes` bytes: a headline, then generated wire reports' paragraphs. */
export function bigArticle(bytes: number): string {
  const { articles } = generateCorpus(Math.ceil(bytes / 120), [], 11);
  const parts = ["Fighting flares along the line of contact", ""];
  let size = 0;
  for (const article of articles) {
    // Each generated article's own headline and byline lines become paragraphs of the big one.
    for (const paragraph of article.text.split(/\n\s*\n/)) {
      parts.push(paragraph.trim(), "");
      size += paragraph.length + 2;
      if (size >= bytes) return parts.join("\n");
    }
  }
  return parts.join("\n");
}

function measure(mb: number): { mb: number; seconds: number; passages: number; claims: number } {
  const text = bigArticle(mb * MB);
  const started = performance.now();
  const { knowledge, errors } = extractCorpus([{ file: `big-${mb}mb.txt`, text }]);
  const seconds = (performance.now() - started) / 1000;
  if (errors.length > 0) throw new Error(`extraction failed: ${errors.map((e) => e.reason).join("; ")}`);
  const article = knowledge.articles[0];
  return { mb, seconds, passages: article?.passages.length ?? 0, claims: article?.claims.length ?? 0 };
}

function main(): void {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  console.log("| size | seconds | s per MB | passages | claims |\n|---:|---:|---:|---:|---:|");
  for (const mb of sizes.length > 0 ? sizes : [1, 5, 10, 20]) {
    const row = measure(mb);
    console.log(`| ${row.mb} MB | ${row.seconds.toFixed(2)} | ${(row.seconds / row.mb).toFixed(2)} | ${row.passages} | ${row.claims} |`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
