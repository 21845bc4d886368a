// On a large corpus the re-index worker groups the new index's incidents after it has saved the
// index (after a patch, from the previous incidents: incidentRegroup.ts). The library swaps the new
// index in only with those incidents, in one assignment: until then the old index answers with its
// own incidents, and no answer ever comes from the new index with incidents that are not yet its
// own (an added article that is found by /ask but belongs to no incident, a removed one still named).
// Once swapped, every answer equals a full re-index's.
import { existsSync } from "node:fs";
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnswerService } from "../../src/core/types.ts";
import { incidentsPath } from "../../src/adapters/library/incidentsFile.ts";
import { createLibrary, type Library } from "../../src/adapters/library/library.ts";
import { loadIndex, savedIndexPath } from "../../src/adapters/library/savedIndex.ts";
import { generateCorpus } from "../../bench/generate.ts";
import { ARTICLES } from "./articles.ts";

let root: string;
let corpusDir: string;
let indexDir: string;
const opened: Library[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-one-swap-"));
  corpusDir = join(root, "corpus");
  indexDir = join(root, "index");
  await mkdir(corpusDir, { recursive: true });
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(corpusDir, file), text);
  // ~70 articles: enough that changing three patches the saved index instead of rebuilding it.
  for (const a of generateCorpus(800, []).articles) await writeFile(join(corpusDir, a.file), a.text);
});
afterEach(async () => {
  for (const library of opened.splice(0)) library.close();
  await rm(root, { recursive: true, force: true });
});

const heldWorker = new URL("./workers/heldIncidentsWorker.ts", import.meta.url);
const slowCommitWorker = new URL("./workers/slowCommitWorker.ts", import.meta.url);
/** Every corpus here is small: saving its incidents from 0 passages up takes the path a 100k corpus takes. */
const SMALL = { savedIncidentsFrom: 0 };

async function open(options: Parameters<typeof createLibrary>[0]): Promise<Library> {
  const library = await createLibrary(options);
  opened.push(library);
  return library;
}

/** The files of the saved index's incidents, most incidents first, each with the label of one of its incidents. */
async function filesWithIncidents(dir: string, corpus: string): Promise<{ file: string; label: string }[]> {
  const library = await open({ corpusDir: corpus, indexDir: dir, ...SMALL });
  const loaded = await loadIndex(library.savedPath);
  if (!loaded.ok) throw new Error(loaded.reason);
  const found = new Map<string, { count: number; label: string }>();
  for (const incident of loaded.snapshot.index.incidents) {
    for (const file of incident.files) {
      const seen = found.get(file);
      found.set(file, { count: (seen?.count ?? 0) + 1, label: seen?.label ?? incident.label });
    }
  }
  return [...found].sort((a, b) => b[1].count - a[1].count).map(([file, { label }]) => ({ file, label }));
}

// A place no other article names: the added article's claims can only form an incident of their own.
const ADDED = "zz_added_marnik.txt";
const ADDED_TEXT = `Drone strike reported near Marnik
Published: 14 Dec 2020 09:00 GMT
BAKU (Reuters) - Azerbaijan's defence ministry said on Monday that three of its soldiers were killed by an Armenian drone near the village of Marnik.

Armenia's defence ministry denied the report and said its forces had not fired near Marnik.
`;
const ADDED_QUESTION = "drone strike near Marnik";

/**
 * One article added, one changed (a casualty claim appended), one removed: all three touching
 * incidents. `removed.label`: an incident of the removed article, which /incident finds there before.
 */
async function changeCorpus(touched: { file: string; label: string }[]): Promise<{ modified: string; removed: Removed }> {
  const modified = touched[0]?.file;
  const removed = touched[1];
  if (!modified || !removed) throw new Error("the corpus has too few incidents");
  await writeFile(join(corpusDir, ADDED), ADDED_TEXT);
  await appendFile(join(corpusDir, modified), "\nThe defence ministry said 7 more soldiers were wounded near Hadrut on 12 October 2020.\n");
  await rm(join(corpusDir, removed.file));
  return { modified, removed };
}

const QUESTIONS = ["Marnik", ADDED_QUESTION, "soldiers killed near Hadrut", "Hadrut", "Talish", "shelling", "ceasefire", "Stepanakert", "Shusha"];

/** Every answer that could differ between two libraries of the same corpus, /incident included. */
function answersOf(service: Pick<AnswerService, "ask" | "incident" | "casualties" | "mediators" | "claims" | "sources" | "suggestIncidents">) {
  return {
    perQuestion: QUESTIONS.map((q) => ({
      ask: service.ask(q),
      incident: service.incident(q),
      casualties: service.casualties(q),
      mediators: service.mediators(q),
      claims: service.claims(undefined, q),
    })),
    claims: service.claims(),
    casualties: service.casualties(),
    sources: service.sources(),
    suggest: service.suggestIncidents("", 1000),
  };
}

/** What one look at the library shows: whether /ask finds the added article, whether /incident does, whether anything names the removed one. */
interface Look {
  askFindsAdded: boolean;
  incidentFindsAdded: boolean;
  namesRemoved: boolean;
}

interface Removed {
  file: string;
  label: string;
}

function look(library: Library, removed: Removed): Look {
  const files = (answer: { sources: { file: string }[] }) => answer.sources.map((s) => s.file);
  return {
    askFindsAdded: files(library.ask(ADDED_QUESTION)).includes(ADDED),
    incidentFindsAdded: files(library.incident(ADDED_QUESTION)).includes(ADDED),
    namesRemoved: files(library.incident(removed.label)).includes(removed.file),
  };
}

/** Looks at the library every few milliseconds, as people asking would, until `stop` says so; then the looks. */
async function lookWhile(library: Library, removed: Removed, stop: () => boolean): Promise<Look[]> {
  const looks: Look[] = [];
  while (!stop()) {
    looks.push(look(library, removed));
    await new Promise((done) => setTimeout(done, 2));
  }
  looks.push(look(library, removed));
  return looks;
}

/** The old index with its incidents (the added article nowhere, the removed one still there) or the new one with its own: nothing in between. */
function expectOldOrNew(looks: Look[]): void {
  const old: Look = { askFindsAdded: false, incidentFindsAdded: false, namesRemoved: true };
  const fresh: Look = { askFindsAdded: true, incidentFindsAdded: true, namesRemoved: false };
  for (const seen of looks) expect([old, fresh]).toContainEqual(seen);
}

describe("a re-index swaps in the new index with its own incidents, at once", () => {
  it("answers from the old index and its incidents while the worker has not said its incidents are saved, then from the new one with its own", async () => {
    await open({ corpusDir, indexDir, ...SMALL });
    const touched = await filesWithIncidents(indexDir, corpusDir);
    const library = await open({ corpusDir, indexDir, ...SMALL, reindexWorker: heldWorker });
    expect(library.origin).toBe("loaded");
    const { modified, removed } = await changeCorpus(touched);
    expect(look(library, removed)).toEqual({ askFindsAdded: false, incidentFindsAdded: false, namesRemoved: true });

    let done = false;
    const reindexing = library.reindex().finally(() => {
      done = true;
    });
    // The worker has saved the new index and its incidents and holds the message that says so:
    // looked at for a while, the library must still answer from the old index (the new one without
    // its incidents was served here, before the swap of both became one).
    const held = `${library.savedPath}.held`;
    let heldSince: number | null = null;
    const whileHeld = await lookWhile(library, removed, () => {
      if (heldSince === null && existsSync(held)) heldSince = performance.now();
      return done || (heldSince !== null && performance.now() - heldSince > 300);
    });
    expect(whileHeld.length).toBeGreaterThan(1);
    expect(whileHeld.filter((seen) => seen.askFindsAdded || !seen.namesRemoved)).toEqual([]);
    expect(done).toBe(false);

    await writeFile(`${library.savedPath}.release`, "");
    const afterRelease = await lookWhile(library, removed, () => done);
    expectOldOrNew(afterRelease);
    const report = await reindexing;
    expect(report).toMatchObject({ ok: true, changed: { added: [ADDED], removed: [removed.file], modified: [modified] } });
    expect(look(library, removed)).toEqual({ askFindsAdded: true, incidentFindsAdded: true, namesRemoved: false });

    const full = await open({ corpusDir, indexDir: join(root, "full"), ...SMALL });
    expect(full.origin).toBe("built");
    expect(answersOf(library)).toEqual(answersOf(full));
    // The incidents were saved beside the index they belong to, and the next start loads both.
    const served = await loadIndex(library.savedPath, { verify: false });
    if (!served.ok) throw new Error(served.reason);
    const header = JSON.parse((await readFile(incidentsPath(library.savedPath), "utf8")).split("\n")[1] ?? "{}") as {
      index?: string;
      grouping?: { kept?: number };
    };
    expect(header.index).toBe(served.snapshot.sha256);
    // Grouped from the previous incidents (the patch path), not in full.
    expect(header.grouping?.kept).toBeGreaterThan(0);
    const next = await open({ corpusDir, indexDir, ...SMALL });
    expect(next.origin).toBe("loaded");
    expect(answersOf(next)).toEqual(answersOf(full));
  }, 120_000);

  it("swaps a full re-index in with its own incidents too: the old index answers while they are grouped from scratch", async () => {
    await open({ corpusDir, indexDir, ...SMALL });
    const touched = await filesWithIncidents(indexDir, corpusDir);
    const library = await open({ corpusDir, indexDir, ...SMALL, reindexWorker: heldWorker });
    // Every article touched (a line added at its end): past a fifth of the corpus changed the saved
    // index is not patched but built in full, its incidents grouped from scratch, as after a change
    // of the extraction code or at a first build.
    for (const file of await readdir(corpusDir)) await appendFile(join(corpusDir, file), "\n");
    const { removed } = await changeCorpus(touched);

    let done = false;
    const reindexing = library.reindex().finally(() => {
      done = true;
    });
    const held = `${library.savedPath}.held`;
    let heldSince: number | null = null;
    const whileHeld = await lookWhile(library, removed, () => {
      if (heldSince === null && existsSync(held)) heldSince = performance.now();
      return done || (heldSince !== null && performance.now() - heldSince > 300);
    });
    expect(done).toBe(false);
    expect(whileHeld.filter((seen) => seen.askFindsAdded || !seen.namesRemoved)).toEqual([]);
    await writeFile(`${library.savedPath}.release`, "");
    expectOldOrNew(await lookWhile(library, removed, () => done));
    expect((await reindexing).ok).toBe(true);
    await library.settled();
    const header = JSON.parse((await readFile(incidentsPath(library.savedPath), "utf8")).split("\n")[1] ?? "{}") as {
      grouping?: { kept?: number; made?: number };
    };
    // Grouped from scratch: nothing kept from the previous incidents.
    expect(header.grouping?.kept).toBe(0);
    expect(header.grouping?.made).toBeGreaterThan(0);
    const full = await open({ corpusDir, indexDir: join(root, "full"), ...SMALL });
    expect(answersOf(library)).toEqual(answersOf(full));
  }, 120_000);

  it("never shows the new index without its incidents during a real re-index, looked at all along", async () => {
    await open({ corpusDir, indexDir, ...SMALL });
    const touched = await filesWithIncidents(indexDir, corpusDir);
    const library = await open({ corpusDir, indexDir, ...SMALL });
    const { removed } = await changeCorpus(touched);

    let done = false;
    const reindexing = library.reindex().finally(() => {
      done = true;
    });
    const looks = await lookWhile(library, removed, () => done);
    expect((await reindexing).ok).toBe(true);
    expectOldOrNew(looks);
    expect(looks[0]).toEqual({ askFindsAdded: false, incidentFindsAdded: false, namesRemoved: true });
    expect(looks.at(-1)).toEqual({ askFindsAdded: true, incidentFindsAdded: true, namesRemoved: false });
  }, 120_000);

  it("starts the next re-index once the last worker has written what it reads after the swap, so that one patches too", async () => {
    await open({ corpusDir, indexDir, ...SMALL });
    const touched = await filesWithIncidents(indexDir, corpusDir);
    // Its worker writes the extraction manifest and patch state three seconds after its incidents.
    const library = await open({ corpusDir, indexDir, ...SMALL, reindexWorker: slowCommitWorker });
    const { removed } = await changeCorpus(touched);
    expect((await library.reindex()).ok).toBe(true);
    expect(look(library, removed)).toEqual({ askFindsAdded: true, incidentFindsAdded: true, namesRemoved: false });

    // Asked at once: read before that manifest, the corpus would look changed against the older one
    // and the saved index would not be the patch state's, so it would be rebuilt and grouped in full.
    await writeFile(join(corpusDir, "zz_more.txt"), ADDED_TEXT.replaceAll("Marnik", "Taghavard"));
    const started = performance.now();
    const report = await library.reindex();
    expect(report).toMatchObject({ ok: true, changed: { added: ["zz_more.txt"], removed: [], modified: [] } });
    // It waited for the last worker's three seconds, not for a worker stopped after EXIT_AFTER_INCIDENTS_MS (30 s).
    expect(performance.now() - started).toBeLessThan(25_000);
    const header = JSON.parse((await readFile(incidentsPath(library.savedPath), "utf8")).split("\n")[1] ?? "{}") as {
      grouping?: { kept?: number };
    };
    // Grouped from the previous incidents: the patch path.
    expect(header.grouping?.kept).toBeGreaterThan(0);
    const full = await open({ corpusDir, indexDir: join(root, "full"), ...SMALL });
    expect(answersOf(library)).toEqual(answersOf(full));
  }, 120_000);

  it("waits for the incidents at start when it is not serving a stale index; a close while they are held ends the re-index, keeping nothing waiting", async () => {
    await open({ corpusDir, indexDir, ...SMALL });
    await changeCorpus(await filesWithIncidents(indexDir, corpusDir));
    // Created up front: the held worker lets its incidents through at once.
    const starting = open({ corpusDir, indexDir, ...SMALL, reindexWorker: heldWorker });
    await writeFile(`${savedIndexPath(indexDir, corpusDir)}.release`, "");
    const library = await starting;
    expect(library.origin).toBe("built");
    const full = await open({ corpusDir, indexDir: join(root, "full"), ...SMALL });
    expect(answersOf(library)).toEqual(answersOf(full));

    // A re-index whose incidents are held, then a close: the re-index ends, unswapped.
    await writeFile(join(corpusDir, "zz_more.txt"), ADDED_TEXT.replaceAll("Marnik", "Taghavard"));
    await rm(`${library.savedPath}.release`);
    await rm(`${library.savedPath}.held`, { force: true });
    const reindexing = library.reindex();
    while (!existsSync(`${library.savedPath}.held`)) await new Promise((done) => setTimeout(done, 10));
    library.close();
    expect((await reindexing).ok).toBe(false);
    await library.settled();
  }, 120_000);
});
