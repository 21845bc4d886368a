// On a large corpus the re-index worker hands the patched index over before it groups its
// incidents (seconds at 100k articles, longer than the patch): the library serves the new index
// at once with the previous incidents that no change touched, then swaps in the new index's own.
// What is acceptable in between: every incident served is one of the previous index's whose
// articles are all still there, unchanged, so it names no passage, claim or figure the served
// index does not hold as it is; sentences of added or changed articles belong to no incident yet.
// Once the incidents are in, every answer equals a full re-index's.
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as answers from "../../src/core/answers/index.ts";
import { type AnswerIndex, answerIndexFrom, buildAnswerIndex, fileOfPassage } from "../../src/core/answers/answerIndex.ts";
import type { Incident } from "../../src/core/answers/incidents.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";
import type { AnswerService } from "../../src/core/types.ts";
import { incidentsPath } from "../../src/adapters/library/incidentsFile.ts";
import { createLibrary, type Library } from "../../src/adapters/library/library.ts";
import { provisionalIncidents } from "../../src/adapters/library/provisionalIncidents.ts";
import { loadIndex, savedIndexPath } from "../../src/adapters/library/savedIndex.ts";
import { generateCorpus } from "../../bench/generate.ts";
import { ARTICLES } from "./articles.ts";

let root: string;
let corpusDir: string;
let indexDir: string;
const opened: Library[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-deferred-"));
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
/** Every corpus here is small: saving its incidents from 0 passages up takes the path a 100k corpus takes. */
const SMALL = { savedIncidentsFrom: 0 };

async function open(options: Parameters<typeof createLibrary>[0]): Promise<Library> {
  const library = await createLibrary(options);
  opened.push(library);
  return library;
}

/** The files of the saved index's incidents that hold claims, most incidents first. */
async function filesWithIncidents(dir: string, corpus: string): Promise<string[]> {
  const library = await open({ corpusDir: corpus, indexDir: dir, ...SMALL });
  const loaded = await loadIndex(library.savedPath);
  if (!loaded.ok) throw new Error(loaded.reason);
  const count = new Map<string, number>();
  for (const incident of loaded.snapshot.index.incidents) for (const f of incident.files) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1]).map(([f]) => f);
}

const ADDED = "zz_added_marnik.txt";
const ADDED_TEXT = `Drone strike reported near Marnik
Published: 14 Dec 2020 09:00 GMT
BAKU (Reuters) - Azerbaijan's defence ministry said on Monday that three of its soldiers were killed by an Armenian drone near the village of Marnik.

Armenia's defence ministry denied the report and said its forces had not fired near Marnik.
`;

/** One article added, one changed (a casualty claim appended), one removed: all three touching incidents. */
async function changeCorpus(touched: string[]): Promise<{ modified: string; removed: string }> {
  const [modified, removed] = touched;
  if (!modified || !removed) throw new Error("the corpus has too few incidents");
  await writeFile(join(corpusDir, ADDED), ADDED_TEXT);
  await appendFile(join(corpusDir, modified), "\nThe defence ministry said 7 more soldiers were wounded near Hadrut on 12 October 2020.\n");
  await rm(join(corpusDir, removed));
  return { modified, removed };
}

const QUESTIONS = ["Marnik", "drone strike near Marnik", "soldiers killed near Hadrut", "Hadrut", "Talish", "shelling", "ceasefire", "Stepanakert", "Shusha"];

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

describe("a re-index whose incidents are grouped after the index is served", () => {
  it("serves the new articles at once, with no incident naming a removed article, then answers exactly as a full re-index", async () => {
    await open({ corpusDir, indexDir, ...SMALL });
    const touched = await filesWithIncidents(indexDir, corpusDir);
    const library = await open({ corpusDir, indexDir, ...SMALL, reindexWorker: heldWorker });
    expect(library.origin).toBe("loaded");
    const { modified, removed } = await changeCorpus(touched);

    // Resolves while the worker still holds its incidents: the new index is served without them.
    const report = await library.reindex();
    expect(report).toMatchObject({ ok: true, changed: { added: [ADDED], removed: [removed], modified: [modified] } });
    expect(library.ask("drone strike near Marnik").sources.map((s) => s.file)).toContain(ADDED);
    for (const q of QUESTIONS) {
      for (const answer of [library.incident(q), library.ask(q), library.casualties(q), library.claims(undefined, q)]) {
        expect(answer.sources.map((s) => s.file)).not.toContain(removed);
      }
    }
    const served = await loadIndex(library.savedPath, { verify: false });
    if (!served.ok) throw new Error(served.reason);

    await writeFile(`${library.savedPath}.release`, "");
    await library.settled();
    const full = await open({ corpusDir, indexDir: join(root, "full"), ...SMALL });
    expect(full.origin).toBe("built");
    expect(answersOf(library)).toEqual(answersOf(full));

    // The incidents were saved beside the index they belong to, and the next start loads both.
    const header = JSON.parse((await readFile(incidentsPath(library.savedPath), "utf8")).split("\n")[1] ?? "{}") as { index?: string };
    expect(header.index).toBe(served.snapshot.sha256);
    const next = await open({ corpusDir, indexDir, ...SMALL });
    expect(next.origin).toBe("loaded");
    expect(answersOf(next)).toEqual(answersOf(full));
  }, 120_000);

  it("waits for the incidents at start when it is not serving a stale index, and settles at once after a close", async () => {
    await open({ corpusDir, indexDir, ...SMALL });
    await changeCorpus(await filesWithIncidents(indexDir, corpusDir));
    // Created up front: the held worker lets its incidents through at once.
    const starting = open({ corpusDir, indexDir, ...SMALL, reindexWorker: heldWorker });
    await writeFile(`${savedIndexPath(indexDir, corpusDir)}.release`, "");
    const library = await starting;
    expect(library.origin).toBe("built");
    const full = await open({ corpusDir, indexDir: join(root, "full"), ...SMALL });
    expect(answersOf(library)).toEqual(answersOf(full));

    // A re-index whose incidents are held, then a close: nothing is left waiting.
    await writeFile(join(corpusDir, "zz_more.txt"), ADDED_TEXT.replaceAll("Marnik", "Taghavard"));
    await rm(`${library.savedPath}.release`);
    expect((await library.reindex()).ok).toBe(true);
    library.close();
    await library.settled();
  }, 120_000);
});

describe("the incidents served until the new index's own are grouped", () => {
  it("are the previous index's incidents that no added, changed or removed article touches, and hold only what the new index holds", async () => {
    const files = (await readdir(corpusDir)).sort();
    const texts = new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(corpusDir, file), "utf8")] as const)));
    const indexOf = (corpus: Map<string, string>): AnswerIndex =>
      buildAnswerIndex(extractCorpus([...corpus].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, text]) => ({ file, text }))).knowledge);
    const previous = indexOf(texts);
    const count = new Map<string, number>();
    for (const incident of previous.incidents) for (const f of incident.files) count.set(f, (count.get(f) ?? 0) + 1);
    const [modified, removed] = [...count].sort((a, b) => b[1] - a[1]).map(([f]) => f);
    if (!modified || !removed) throw new Error("the corpus has too few incidents");
    const changed = new Map(texts);
    changed.delete(removed);
    changed.set(modified, `${texts.get(modified)}\nThe defence ministry said 7 more soldiers were wounded near Hadrut on 12 October 2020.\n`);
    changed.set(ADDED, ADDED_TEXT);
    const stale = new Set([modified, removed, ADDED]);
    const next = indexOf(changed);
    const lookups = provisionalIncidents(previous, stale);
    const served = answerIndexFrom(next.knowledge, next.search, () => lookups);

    const untouched = (incident: Incident) => incident.files.every((f) => !stale.has(f));
    expect(previous.incidents.some((i) => !untouched(i))).toBe(true);
    expect(served.incidents).toEqual(previous.incidents.filter(untouched));
    expect(served.incidents.length).toBeGreaterThan(0);
    // Everything an incident served names is in the new index, as the new index has it.
    for (const incident of served.incidents) {
      for (const id of incident.passageIds) expect(next.passageById.get(id)?.passage).toEqual(previous.passageById.get(id)?.passage);
      for (const claim of [...incident.claims, ...incident.reactions]) expect(next.claimsBySentence.get(claim.sentenceId)).toContainEqual(claim);
      for (const figure of incident.figures) expect(next.figuresBySentence.get(figure.sentenceId)).toContainEqual(figure);
    }
    // Each sentence: its previous incident if untouched, else none (added and changed articles' sentences: none).
    for (const item of [...next.allClaims, ...next.allFigures]) {
      const before = previous.incidentOfSentence.get(item.sentenceId);
      const expected = before && untouched(before) ? before : undefined;
      expect(served.incidentOfSentence.get(item.sentenceId)).toBe(expected);
      if (stale.has(fileOfPassage(item.passageId) ?? "")) expect(expected).toBeUndefined();
    }
    for (const [passageId, list] of served.incidentsOfPassage) {
      expect(list).toEqual((previous.incidentsOfPassage.get(passageId) ?? []).filter(untouched));
      expect(list.every(untouched)).toBe(true);
    }
    for (const [place, list] of served.incidentsAtPlace) expect(list).toEqual((previous.incidentsAtPlace.get(place) ?? []).filter(untouched));
    // Lookups one by one agree with the full maps they stand for.
    const fresh = provisionalIncidents(previous, stale);
    for (const [id, incident] of lookups.bySentence) expect(fresh.bySentence.get(id)).toBe(incident);
    for (const q of QUESTIONS) expect(() => answers.incident(served, q)).not.toThrow();
  }, 60_000);
});
