// The incidents file a re-index writes after patching the index: grouped from the previous file
// (only the incidents an added, changed or removed article touches made again), it reads back as
// exactly the incidents a full grouping of the new index gives, and the same incident for every
// sentence; when the previous file cannot be grouped from, the re-index groups in full.
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIncrementally } from "../../src/adapters/library/incrementalBuild.ts";
import { incidentsFrom, incidentsPath } from "../../src/adapters/library/incidentsFile.ts";
import { groupAndSaveIncidents, type GroupingStats } from "../../src/adapters/library/saveIncidents.ts";
import { loadIndex, writeEncodedIndex } from "../../src/adapters/library/savedIndex.ts";
import { buildIncidents } from "../../src/core/answers/incidents.ts";
import { report, wireReport } from "./wireReports.ts";

let root: string;
let corpusDir: string;
let savePath: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-regroup-"));
  corpusDir = join(root, "corpus");
  savePath = join(root, "index", "index.bin");
  await mkdir(corpusDir, { recursive: true });
  for (let n = 0; n < 80; n++) {
    const { file, text } = wireReport(n);
    await writeFile(join(corpusDir, file), text);
  }
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A re-index as the re-index worker runs it: build (patching when it can), save, commit, then group and save the incidents. */
async function reindex(): Promise<{ patched: boolean; stats: GroupingStats }> {
  const built = await buildIncrementally(corpusDir, savePath, () => undefined, { workers: 0 });
  const { sha256 } = await writeEncodedIndex(savePath, built.encoded);
  built.commit(sha256);
  return { patched: built.patched, stats: await groupAndSaveIncidents(savePath, built.patch) };
}

/** The saved incidents read back, against a full grouping of the saved index. */
async function expectSavedEqualFullGrouping(): Promise<void> {
  const loaded = await loadIndex(savePath, { incidents: false });
  if (!loaded.ok || !loaded.snapshot.sha256) throw new Error("the index did not load");
  const { index, sha256 } = loaded.snapshot;
  const saved = incidentsFrom(await readFile(incidentsPath(savePath)), sha256, index);
  if (!saved.ok) throw new Error(saved.reason);
  const lookups = saved.lookups(index.passageById);
  const full = buildIncidents(index.knowledge);
  expect(lookups.list).toEqual(full);
  const lastOf = new Map<string, number>();
  full.forEach((incident, k) => {
    for (const item of [...incident.claims, ...incident.figures]) lastOf.set(item.sentenceId, k);
  });
  for (const [sentenceId, k] of lastOf) expect(lookups.bySentence.get(sentenceId)).toBe(lookups.list[k]);
  for (const incident of full) {
    for (const id of incident.passageIds) expect(lookups.byPassage.get(id)?.map((i) => i.id)).toContain(incident.id);
  }
}

describe("the incidents saved after a patched re-index", () => {
  it("are grouped from the previous file for an article added, one changed and one removed, and equal a full grouping", async () => {
    expect((await reindex()).stats.full).toBe("no patch");
    await expectSavedEqualFullGrouping();
    await writeFile(join(corpusDir, "0-front.txt"), report(600, "Tartar", 4));
    await writeFile(join(corpusDir, "z-end.txt"), report(601, "Martuni", 8, { place: "Fuzuli", offset: 13 }));
    await appendFile(join(corpusDir, wireReport(30).file), `\n${report(602, "Fuzuli", 20).split("\n\n")[1]}`);
    await rm(join(corpusDir, wireReport(3).file));
    const { patched, stats } = await reindex();
    expect(patched).toBe(true);
    expect(stats.full).toBeNull();
    expect(stats.made).toBeGreaterThan(0);
    expect(stats.kept).toBeGreaterThan(stats.made);
    await expectSavedEqualFullGrouping();
  });

  it("stay equal to a full grouping over re-indexes in a row, each grouped from the last", async () => {
    await reindex();
    for (let step = 0; step < 3; step++) {
      await writeFile(join(corpusDir, `m-step-${step}.txt`), report(700 + step, step === 1 ? null : "Tartar", 4 * step));
      await rm(join(corpusDir, wireReport(10 + step).file));
      const { stats } = await reindex();
      expect(stats.full).toBeNull();
      await expectSavedEqualFullGrouping();
    }
  });

  it("do not grow when nothing changed: the kept incidents and the grouping reuse the previous file's strings", async () => {
    await reindex();
    await writeFile(join(corpusDir, "z-end.txt"), report(900, "Fuzuli", 16));
    await reindex();
    const bodyBytes = async () => (await readFile(incidentsPath(savePath))).byteLength;
    const before = await bodyBytes();
    for (let step = 0; step < 2; step++) {
      const { patched, stats } = await reindex();
      expect(patched).toBe(true);
      expect(stats).toEqual({ kept: expect.any(Number), made: 0, full: null });
      // The header names the new index and its counts: within a few bytes.
      expect(Math.abs((await bodyBytes()) - before)).toBeLessThan(40);
    }
    await expectSavedEqualFullGrouping();
  });

  it("are grouped in full when the previous file is not the patched index's", async () => {
    await reindex();
    await writeFile(incidentsPath(savePath), "not an incidents file");
    await writeFile(join(corpusDir, "z-end.txt"), report(800, "Fuzuli", 16));
    const { patched, stats } = await reindex();
    expect(patched).toBe(true);
    expect(stats.full).not.toBeNull();
    expect(stats.kept).toBe(0);
    await expectSavedEqualFullGrouping();
  });
});
