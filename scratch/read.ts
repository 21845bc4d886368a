import { readFileSync } from "node:fs";
import { articleText } from "../src/adapters/corpus/articleText.ts";
for (const f of process.argv.slice(2)) {
  const t = performance.now();
  const text = articleText(f, readFileSync(f));
  console.log(`== ${f} ${(performance.now() - t).toFixed(1)} ms\n${text}`);
}
