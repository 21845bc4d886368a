// Re-indexing in a worker thread (the library's default): results, progress and every kind of
// failure cross the thread intact, and the main thread keeps answering while the worker works.
import { once } from "node:events";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLibrary, type LibraryOptions } from "../../src/adapters/library/library.ts";
import type { Progress } from "../../src/adapters/library/reindexing.ts";
import { REINDEX_WORKER, runReindexWorker, startStandbyWorker } from "../../src/adapters/library/runReindexWorker.ts";
import { loadIndex, savedIndexPath } from "../../src/adapters/library/savedIndex.ts";
import { generateCorpus } from "../../bench/generate.ts";
import { ARTICLES } from "./articles.ts";

let root: string;
let corpusDir: string;
let indexDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-worker-"));
  corpusDir = join(root, "corpus");
  indexDir = join(root, "index");
  await mkdir(corpusDir, { recursive: true });
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(corpusDir, file), text);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const fakeWorker = (name: string) => new URL(`./workers/${name}`, import.meta.url);
const files = (answer: { sources: { file: string }[] }) => answer.sources.map((s) => s.file);

/** A library serving a saved index of the two small articles (built on this thread: faster). */
async function servingOldIndex(options: Partial<LibraryOptions> = {}) {
  await createLibrary({ corpusDir, indexDir, reindexWorker: false });
  const library = await createLibrary({ corpusDir, indexDir, ...options });
  expect(library.origin).toBe("loaded");
  return library;
}

describe("re-indexing in a worker thread", () => {
  it("builds and saves the index, forwards progress and per-file errors, and the next start loads it", async () => {
    await writeFile(join(corpusDir, "broken.txt"), Buffer.from([0x41, 0x00, 0xff]));
    const seen: Progress[] = [];
    const first = await createLibrary({ corpusDir, indexDir, onProgress: (p) => seen.push(p) });
    expect(first.origin).toBe("built");
    expect(first.lastReport).toMatchObject({ ok: true, articles: 2 });
    expect(first.lastReport?.errors).toEqual([{ file: "broken.txt", reason: expect.stringMatching(/NUL/) }]);
    expect(new Set(seen.map((p) => p.stage))).toEqual(new Set(["read", "extract", "index", "save"]));
    expect(seen.at(-1)).toMatchObject({ stage: "save", files: 2 });
    expect(seen.at(-1)?.claims).toBeGreaterThan(1);
    expect(first.savedBytes).toBeGreaterThan(0);

    const second = await createLibrary({ corpusDir, indexDir });
    expect(second.origin).toBe("loaded");
    expect(second.ask("soldiers killed near Hadrout")).toEqual(first.ask("soldiers killed near Hadrout"));
  });

  it("keeps answering from the old index, without blocking, until the worker's index is swapped in", async () => {
    const library = await servingOldIndex();
    // ~180 articles: a few hundred ms of extraction, which on this thread would block for all of it.
    const { articles, questions } = generateCorpus(2000, []);
    for (const a of articles) await writeFile(join(corpusDir, a.file), a.text);
    const question = questions[0]!;
    const before = library.ask(question.q);
    expect(files(before)).not.toContain(question.file);

    let settled = false;
    const pending = library.reindex().finally(() => (settled = true));
    const answeredMeanwhile: unknown[] = [];
    // The event loop keeps turning while the worker extracts: questions are answered meanwhile.
    // (How long the main thread pauses is measured by `npm run bench`, not asserted here.)
    const timer = setInterval(() => {
      if (!settled) answeredMeanwhile.push(library.ask(question.q));
    }, 5);
    const report = await pending;
    clearInterval(timer);

    expect(report.ok).toBe(true);
    expect(report.articles).toBe(articles.length + 2);
    expect(answeredMeanwhile.length).toBeGreaterThan(10);
    for (const answer of answeredMeanwhile) expect(answer).toEqual(before);
    expect(files(library.ask(question.q))).toContain(question.file);
  });

  it("starts on an out-of-date saved index, answering from it while the worker rebuilds, then swaps", async () => {
    await createLibrary({ corpusDir, indexDir, reindexWorker: false });
    await writeFile(join(corpusDir, "new_shusha.txt"), "Drone strike near Shusha\n\nThe Defense Army said a drone struck a checkpoint near Shusha.\n");

    const library = await createLibrary({ corpusDir, indexDir, serveStale: true });
    expect(library.origin).toBe("loaded");
    expect(library.startup.rebuildReason).toMatch(/corpus changed/);
    expect(files(library.ask("drone strike Shusha"))).not.toContain("new_shusha.txt");
    const report = await library.rebuilding;
    expect(report).toMatchObject({ ok: true, articles: 3 });
    expect(files(library.ask("drone strike Shusha"))[0]).toBe("new_shusha.txt");
  });

  it("keeps a full saved index when the worker finds the corpus emptied", async () => {
    const library = await servingOldIndex();
    for (const file of Object.keys(ARTICLES)) await rm(join(corpusDir, file));
    const report = await library.reindex();
    expect(report).toMatchObject({ ok: false, articles: 2 });
    expect(report.errors[0]?.reason).toMatch(/no articles now/);
    const next = await createLibrary({ corpusDir, indexDir, reindexWorker: false });
    expect(next.startup.articles).toBe(2);
  });

  it("keeps the old index and says why when the worker cannot read the corpus", async () => {
    const library = await servingOldIndex();
    const before = library.ask("Talish shelling");
    await rm(corpusDir, { recursive: true, force: true });
    const report = await library.reindex();
    expect(report).toMatchObject({ ok: false, articles: 2 });
    expect(report.errors[0]?.reason).toMatch(/ENOENT/);
    expect(library.ask("Talish shelling")).toEqual(before);
  });

  it.each([
    ["crashes", "crashingWorker.ts", /exit code 3/],
    ["hands back a bad file", "garbageWorker.ts", /unusable index: saved index is (invalid|unreadable|truncated)/],
    ["sends nonsense", "nonsenseWorker.ts", /makes no sense/],
  ])("keeps the old index when the worker %s", async (_what, worker, reason) => {
    const library = await servingOldIndex({ reindexWorker: fakeWorker(worker) });
    const before = library.ask("Talish shelling");
    const report = await library.reindex();
    expect(report).toMatchObject({ ok: false, articles: 2 });
    expect(report.errors[0]?.reason).toMatch(reason);
    expect(library.ask("Talish shelling")).toEqual(before);
  });

  it("re-indexes on the main thread, and says so, when the worker cannot start at all", async () => {
    const library = await servingOldIndex({ reindexWorker: fakeWorker("noSuchWorker.ts") });
    await writeFile(join(corpusDir, "new_shusha.txt"), "Drone strike near Shusha\n\nThe Defense Army said a drone struck a checkpoint near Shusha.\n");
    const report = await library.reindex();
    expect(report.ok).toBe(true);
    expect(report.changed.added).toEqual(["new_shusha.txt"]);
    expect(report.errors).toEqual([{ file: expect.stringMatching(/noSuchWorker/), reason: expect.stringMatching(/could not start .* main thread/) }]);
    expect(files(library.ask("drone strike Shusha"))[0]).toBe("new_shusha.txt");
  });

  it("stops the worker when the library is closed mid-re-index", async () => {
    const library = await servingOldIndex();
    const pending = library.reindex();
    library.close();
    const report = await pending;
    expect(report.ok).toBe(false);
    expect(() => library.ask("Talish")).toThrow(/closed/);
  });
});

describe("a re-index worker started before it is needed", () => {
  const input = () => ({ corpusDir, savePath: savedIndexPath(indexDir, corpusDir) });

  it("takes the corpus as it is when the re-index starts, not when the worker started", async () => {
    const standby = startStandbyWorker();
    await writeFile(join(corpusDir, "new_shusha.txt"), "Drone strike near Shusha\n\nThe Defense Army said a drone struck a checkpoint near Shusha.\n");
    const { saveError, file } = await runReindexWorker(input(), () => undefined, REINDEX_WORKER, standby).result;
    expect(saveError).toBeNull();
    expect(file).toBeNull();
    const loaded = await loadIndex(input().savePath);
    expect(loaded.ok && loaded.snapshot.index.knowledge.articles.map((a) => a.meta.file)).toContain("new_shusha.txt");
  });

  it("re-indexes in a fresh worker when the one on standby stopped while it waited", async () => {
    const standby = startStandbyWorker();
    standby.stop();
    await once(standby.worker, "exit");
    expect(standby.failure).toMatch(/exit code/);
    const { saveError } = await runReindexWorker(input(), () => undefined, REINDEX_WORKER, standby).result;
    expect(saveError).toBeNull();
    expect((await loadIndex(input().savePath)).ok).toBe(true);
  });

  it("is kept by a serving library, which re-indexes again and again with the corpus as it is each time", async () => {
    // Kept from 0 passages up: these small corpora take the path a 100k one takes.
    const library = await servingOldIndex({ serveStale: true, savedIncidentsFrom: 0 });
    for (const name of ["one", "two"]) {
      await writeFile(join(corpusDir, `new_${name}.txt`), `Drone strike near Shusha\n\nThe Defense Army said drone ${name} struck a checkpoint near Shusha.\n`);
      const report = await library.reindex();
      expect(report).toMatchObject({ ok: true, changed: { added: [`new_${name}.txt`] } });
      expect(files(library.ask(`drone ${name} Shusha`))).toContain(`new_${name}.txt`);
    }
    library.close();
  }, 60_000);
});
