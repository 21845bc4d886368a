import { generateCorpus } from "../generate.ts";
import { extractCorpus } from "../../src/adapters/library/extractor.ts";
const { articles } = generateCorpus(3300, []);
console.log(articles.length);
for (let i = 0; i < 3; i++) { const t = performance.now(); extractCorpus(articles.slice(0, 250)); console.log("250 articles", performance.now() - t); }
