// Extraction shared with extraction workers gives exactly what one thread gives (same
// articles, ids, order, per-file errors), and a crashing extraction worker fails the
// re-index cleanly: the old index stays and the reason is reported.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLibrary } from "../../src/adapters/library/library.ts";
import { extractCorpus } from "../../src/adapters/library/extractor.ts";
import { articleKey, ExtractionCache } from "../../src/adapters/library/extractionCache.ts";
import { startExtractionPool } from "../../src/adapters/library/parallelExtract.ts";
import { articleSearchParts } from "../../src/core/search/searchIndex.ts";
import { countOf } from "../../src/adapters/library/reindexing.ts";
import { generateCorpus } from "../../bench/generate.ts";
import { ARTICLES } from "./articles.ts";

const BAD_DATE = { file: "bad_date.md", text: "---\ntitle: Bad date\npublished: 2021-13-45\n---\n\nShelling hit Martuni.\n" };

describe("extraction across worker threads", () => {
  it("gives the same knowledge and per-file errors as one thread, in corpus order", async () => {
    // ~90 generated articles (4 chunks), with a failing file in the middle.
    const generated = generateCorpus(1000, []).articles;
    const sources = [...Object.entries(ARTICLES).map(([file, text]) => ({ file, text })), ...generated.slice(0, 40), BAD_DATE, ...generated.slice(40)];
    const alone = extractCorpus(sources);
    expect(alone.errors).toEqual([{ file: "bad_date.md", reason: expect.stringMatching(/published/) }]);

    const totals: [number, number][] = [];
    const shared = await startExtractionPool(2).extract(sources, extractCorpus, (passages, claims) => totals.push([passages, claims]));
    expect(shared).toStrictEqual(alone);
    const { passages, claims } = countOf(alone.knowledge);
    expect(totals.at(-1)).toEqual([passages, claims]);
    expect(totals.length).toBeGreaterThan(1); // progress after every chunk, not once at the end
  });

  it("writes each article to the extraction cache from whichever thread extracted it, as one thread would", async () => {
    const root = await mkdtemp(join(tmpdir(), "counterclaim-store-"));
    try {
      const generated = generateCorpus(1000, []).articles;
      const sources = [...generated.slice(0, 60), BAD_DATE, ...generated.slice(60)];
      const alone = extractCorpus(sources);
      const cache = new ExtractionCache(root, "pipeline");
      const keys = sources.map((s) => articleKey(s.file, s.text));

      const totals: [number, number][] = [];
      const stored = await startExtractionPool(2).extract(sources, extractCorpus, (passages, claims) => totals.push([passages, claims]), {
        dir: cache.dir,
        keys,
      });
      // Only the errors come back; the articles are in the cache, each under its own key.
      expect(stored).toStrictEqual({ knowledge: { articles: [] }, errors: alone.errors });
      for (const article of alone.knowledge.articles) {
        const key = keys[sources.findIndex((s) => s.file === article.meta.file)] ?? "";
        expect(cache.read(key)).toStrictEqual({ article, search: articleSearchParts(article) });
      }
      expect(cache.read(articleKey(BAD_DATE.file, BAD_DATE.text))).toBeNull();
      const { passages, claims } = countOf(alone.knowledge);
      expect(totals.at(-1)).toEqual([passages, claims]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("fails the re-index cleanly, keeping the old index, when an extraction worker crashes", async () => {
    const root = await mkdtemp(join(tmpdir(), "counterclaim-extract-"));
    try {
      const corpusDir = join(root, "corpus");
      const indexDir = join(root, "index");
      await mkdir(corpusDir);
      for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(corpusDir, file), text);
      await createLibrary({ corpusDir, indexDir, reindexWorker: false });
      const library = await createLibrary({
        corpusDir,
        indexDir,
        extractionWorkers: 1,
        extractionWorker: new URL("./workers/crashingExtractionWorker.ts", import.meta.url),
      });
      expect(library.origin).toBe("loaded");
      const before = library.ask("Talish shelling");

      const report = await library.reindex();
      expect(report).toMatchObject({ ok: false, articles: 2 });
      expect(report.errors[0]?.reason).toMatch(/extraction worker stopped \(exit code 3\)/);
      expect(library.ask("Talish shelling")).toEqual(before);
      library.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
