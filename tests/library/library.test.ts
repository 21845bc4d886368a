import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLibrary, type LibraryOptions } from "../../src/adapters/library/library.ts";
import { extractCorpus } from "../../src/adapters/library/extractor.ts";
import { ARTICLES, damageSavedIndex } from "./articles.ts";

let root: string;
let corpusDir: string;
let indexDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-library-"));
  corpusDir = join(root, "corpus");
  indexDir = join(root, "index");
  await writeCorpus(ARTICLES);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeCorpus(articles: Record<string, string>): Promise<void> {
  await rm(corpusDir, { recursive: true, force: true });
  const { mkdir } = await import("node:fs/promises");
  await mkdir(corpusDir, { recursive: true });
  for (const [file, text] of Object.entries(articles)) await writeFile(join(corpusDir, file), text);
}

const firstSource = (answer: { sources: { file: string }[] }) => answer.sources[0]?.file;

/**
 * These tests re-index on this thread: each worker costs ~0.4 s to start (it loads the whole
 * pipeline through tsx), and the worker has its own tests in reindexWorker.test.ts.
 */
const open = (options: Partial<LibraryOptions> = {}) => createLibrary({ corpusDir, indexDir, reindexWorker: false, ...options });

describe("the live library", () => {
  it("builds the index from the corpus, saves it, and loads it at the next start", async () => {
    const first = await open();
    expect(first.origin).toBe("built");
    expect(firstSource(first.ask("soldiers killed near Hadrout"))).toBe("wire_hadrut.txt");
    expect(await readdir(indexDir)).toHaveLength(1);

    const second = await open();
    expect(second.origin).toBe("loaded");
    expect(second.ask("soldiers killed near Hadrout")).toEqual(first.ask("soldiers killed near Hadrout"));
  });

  it("notices that the corpus changed and re-indexes instead of loading a stale index", async () => {
    await open();
    await writeFile(join(corpusDir, "new_shusha.txt"), "Drone strike near Shusha\n\nThe Defense Army said a drone struck a checkpoint near Shusha.\n");
    const library = await open();
    expect(library.origin).toBe("built");
    expect(library.lastReport?.changed.added).toEqual(["new_shusha.txt"]);
    expect(firstSource(library.ask("drone strike Shusha"))).toBe("new_shusha.txt");
  });

  it("rebuilds a corrupt saved index rather than crashing", async () => {
    await open();
    const [saved] = await readdir(indexDir);
    await writeFile(join(indexDir, saved ?? "x"), '{"format":"counterclaim-index","version":1,"knowledge":');
    const library = await open();
    expect(library.origin).toBe("built");
    expect(firstSource(library.ask("Talish shelling"))).toBe("daily_talish.md");
  });

  it("reports a file that cannot be read by name and still indexes the others", async () => {
    await writeFile(join(corpusDir, "broken.txt"), Buffer.from([0x41, 0x00, 0xff, 0xfe]));
    const library = await open();
    const report = await library.reindex();
    expect(report.ok).toBe(true);
    expect(report.articles).toBe(2);
    expect(report.errors.map((e) => e.file)).toEqual(["broken.txt"]);
    expect(report.errors[0]?.reason).toMatch(/NUL|text/);
  });

  it("keeps answering from the old index while a re-index runs and after it fails", async () => {
    const library = await open();
    const before = library.ask("soldiers killed near Hadrut");
    await rm(corpusDir, { recursive: true, force: true });

    const pending = library.reindex();
    expect(library.ask("soldiers killed near Hadrut")).toEqual(before);
    const report = await pending;

    expect(report.ok).toBe(false);
    expect(report.errors[0]?.reason).toMatch(/corpus folder|ENOENT/);
    expect(report.articles).toBe(2);
    expect(library.ask("soldiers killed near Hadrut")).toEqual(before);
  });

  it("keeps the old index when building the new one throws", async () => {
    let fail = false;
    const library = await open({
      extract: (sources) => {
        if (fail) throw new Error("extractor exploded");
        return extractCorpus(sources);
      },
    });
    fail = true;
    const report = await library.reindex();
    expect(report).toMatchObject({ ok: false, articles: 2 });
    expect(report.errors[0]?.reason).toBe("extractor exploded");
    expect(firstSource(library.ask("Talish shelling"))).toBe("daily_talish.md");
  });

  it("reports progress while re-indexing", async () => {
    const seen: { files: number; passages: number; claims: number }[] = [];
    const library = await open({ onProgress: (p) => seen.push(p) });
    await library.reindex();
    expect(seen.at(-1)?.files).toBe(2);
    expect(seen.at(-1)?.passages).toBeGreaterThan(3);
    expect(seen.at(-1)?.claims).toBeGreaterThan(1);
  });

  it("suggests incident places for autocomplete", async () => {
    const library = await open();
    expect(library.suggestIncidents("Tal")).toContain("Talish");
  });
});

describe("the library at start", () => {
  const SHUSHA = "Drone strike near Shusha\n\nThe Defense Army said a drone struck a checkpoint near Shusha.\n";

  it("answers from the out-of-date saved index at once and swaps the rebuilt one in when it is done", async () => {
    const first = await open();
    const before = first.ask("drone strike Shusha");
    await writeFile(join(corpusDir, "new_shusha.txt"), SHUSHA);

    const library = await open({ serveStale: true });
    expect(library.origin).toBe("loaded");
    expect(library.startup.rebuildReason).toMatch(/corpus changed.*1 added/);
    expect(library.rebuilding).not.toBeNull();
    expect(library.ask("drone strike Shusha")).toEqual(before);

    const report = await library.rebuilding;
    expect(report?.changed.added).toEqual(["new_shusha.txt"]);
    expect(library.origin).toBe("built");
    expect(library.rebuilding).toBeNull();
    expect(firstSource(library.ask("drone strike Shusha"))).toBe("new_shusha.txt");
  });

  it("waits for the rebuild when it is not asked to serve a stale index", async () => {
    await open();
    await writeFile(join(corpusDir, "new_shusha.txt"), SHUSHA);
    const library = await open();
    expect(library.rebuilding).toBeNull();
    expect(firstSource(library.ask("drone strike Shusha"))).toBe("new_shusha.txt");
  });

  it("says why it refused the saved index and which files it skipped", async () => {
    await writeFile(join(corpusDir, "broken.txt"), Buffer.from([0x41, 0x00, 0xff, 0xfe]));
    await open();
    await damageSavedIndex(indexDir);

    const library = await open({ serveStale: true });
    expect(library.origin).toBe("built");
    expect(library.startup.rejected).toMatch(/corrupt/);
    expect(library.startup.skipped.map((e) => e.file)).toEqual(["broken.txt"]);
    expect(library.startup.articles).toBe(2);
  });

  it("says nothing was refused on a first start, when there was no saved index", async () => {
    const library = await open();
    expect(library.startup).toMatchObject({ origin: "built", rejected: null, rebuildReason: "no saved index" });
  });
});

describe("an emptied corpus", () => {
  const emptyCorpus = async () => {
    for (const file of await readdir(corpusDir)) await rm(join(corpusDir, file));
  };

  it("does not replace a full index with an empty one: the re-index fails with its reason and the old answers stay", async () => {
    const library = await open();
    const before = library.ask("Talish shelling");
    await emptyCorpus();
    const report = await library.reindex();
    expect(report.ok).toBe(false);
    expect(report.errors[0]?.reason).toMatch(/no articles now; kept the previous index .*--allow-empty/);
    expect(library.ask("Talish shelling")).toEqual(before);

    // The saved index was not overwritten either: the next start still has the articles.
    const next = await open();
    expect(next.startup.articles).toBe(2);
    expect(next.lastReport?.ok).toBe(false);
    expect(firstSource(next.ask("Talish shelling"))).toBe("daily_talish.md");
  });

  it("replaces it when asked to", async () => {
    await open();
    await emptyCorpus();
    const library = await open({ allowEmpty: true });
    expect(library.lastReport?.ok).toBe(true);
    expect(library.startup.articles).toBe(0);
    expect(library.sources().sources).toEqual([]);
  });
});
