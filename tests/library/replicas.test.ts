// Several processes over one corpus and one saved index (HTTP replicas, gateway shards): one
// re-indexes at a time, a crashed holder's lock is taken over, the others swap to the saved index
// without a restart and never to a damaged one, and every report says who re-indexed.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractCorpus, type Extract } from "../../src/adapters/library/extractor.ts";
import { ReindexLock } from "../../src/adapters/library/reindexLock.ts";
import { createCoordinator } from "../../src/adapters/library/replicaCoordinator.ts";
import type { ReindexReport } from "../../src/core/types.ts";
import { openSharedLibrary, type SharedLibrary } from "../../src/adapters/library/sharedLibrary.ts";
import { ARTICLES } from "./articles.ts";

let root: string;
let corpusDir: string;
let indexDir: string;
const opened: SharedLibrary[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-replicas-"));
  corpusDir = join(root, "corpus");
  indexDir = join(root, "index");
  await mkdir(corpusDir, { recursive: true });
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(corpusDir, file), text);
});
afterEach(async () => {
  for (const shared of opened.splice(0)) shared.stop();
  await rm(root, { recursive: true, force: true });
});

const SHUSHA = "Drone strike near Shusha\n\nThe Defense Army said a drone struck a checkpoint near Shusha.\n";

/** An extraction that counts its runs across every replica of the test. */
function countingExtract() {
  const state = { runs: 0 };
  const extract: Extract = (sources) => {
    state.runs++;
    return extractCorpus(sources);
  };
  return { extract, state };
}

async function replica(name: string, extract?: Extract): Promise<SharedLibrary> {
  const shared = await openSharedLibrary({ corpusDir, indexDir, reindexWorker: false, replica: name, watchMs: 20, ...(extract ? { extract } : {}) });
  opened.push(shared);
  return shared;
}

async function eventually(check: () => boolean, timeoutMs = 3000): Promise<void> {
  for (const start = Date.now(); !check(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() - start > timeoutMs) throw new Error("condition never held");
  }
}

const lockPath = () => `${indexDir}/lock-test.lock`;

describe("the re-index lock", () => {
  beforeEach(async () => mkdir(indexDir, { recursive: true }));

  it("is held by one process at a time and names its holder to the others", async () => {
    const a = new ReindexLock(lockPath(), { replica: "a" });
    const b = new ReindexLock(lockPath(), { replica: "b" });
    const held = await a.tryAcquire();
    expect("release" in held).toBe(true);
    expect(await b.tryAcquire()).toMatchObject({ heldBy: { replica: "a", pid: process.pid } });
    if ("release" in held) await held.release();
    expect("release" in (await b.tryAcquire())).toBe(true);
  });

  it("is taken over when its holder's process on this machine is gone (a crash)", async () => {
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    await writeFile(lockPath(), JSON.stringify({ replica: "crashed", host: (await import("node:os")).hostname(), pid: dead, token: "t", since: "2024-01-01" }));
    const taken = await new ReindexLock(lockPath(), { replica: "b" }).tryAcquire();
    expect("release" in taken && taken.holder.replica).toBe("b");
  });

  it("is taken over when another machine's holder stopped touching it, and not before", async () => {
    await writeFile(lockPath(), JSON.stringify({ replica: "far", host: "elsewhere.invalid", pid: 1, token: "t", since: "2024-01-01" }));
    const lock = new ReindexLock(lockPath(), { replica: "b", staleMs: 60_000 });
    expect(await lock.tryAcquire()).toMatchObject({ heldBy: { replica: "far" } });
    const old = new Date(Date.now() - 120_000);
    await utimes(lockPath(), old, old);
    expect("release" in (await lock.tryAcquire())).toBe(true);
  });

  it("is also taken over when a crash left it half-written", async () => {
    await writeFile(lockPath(), '{"replica":"cra');
    const old = new Date(Date.now() - 120_000);
    await utimes(lockPath(), old, old);
    expect("release" in (await new ReindexLock(lockPath(), { replica: "b", staleMs: 60_000 }).tryAcquire())).toBe(true);
  });

  it("is kept fresh by its holder, and a holder that lost it does not remove the new holder's lock", async () => {
    const a = new ReindexLock(lockPath(), { replica: "a", staleMs: 60, refreshMs: 10 });
    const held = await a.tryAcquire();
    await new Promise((r) => setTimeout(r, 150));
    expect(await new ReindexLock(lockPath(), { replica: "b", staleMs: 60 }).tryAcquire()).toMatchObject({ heldBy: { replica: "a" } });
    // Another machine takes it over (as if a had stalled past staleMs): a's release leaves it alone.
    await writeFile(lockPath(), JSON.stringify({ replica: "c", host: "elsewhere.invalid", pid: 1, token: "c", since: "2024-01-01" }));
    if ("release" in held) await held.release();
    expect(JSON.parse(await readFile(lockPath(), "utf8")).replica).toBe("c");
  });
});

describe("replicas sharing a corpus", () => {
  it("re-index one at a time when asked at once; the other swaps to the saved index and both say who did it", async () => {
    const { extract, state } = countingExtract();
    const a = await replica("replica-a", extract);
    const b = await replica("replica-b", extract);
    state.runs = 0;
    await writeFile(join(corpusDir, "new_shusha.txt"), SHUSHA);
    const [ra, rb] = await Promise.all([a.library.reindex(), b.library.reindex()]);
    expect(state.runs).toBe(1);
    const doer = ra.reindexedBy?.self ? ra : rb;
    const waiter = doer === ra ? rb : ra;
    expect(doer.reindexedBy).toEqual({ replica: doer === ra ? "replica-a" : "replica-b", self: true });
    expect(waiter.reindexedBy).toEqual({ replica: doer.reindexedBy?.replica, self: false });
    expect(waiter).toMatchObject({ ok: true, changed: { added: ["new_shusha.txt"] } });
    for (const r of [a, b]) expect(r.library.ask("drone strike Shusha").sources[0]?.file).toBe("new_shusha.txt");
  });

  it("swap to an index another replica saved, without a restart", async () => {
    const a = await replica("replica-a");
    const b = await replica("replica-b");
    expect(b.library.ask("drone strike Shusha").sources[0]?.file).not.toBe("new_shusha.txt");
    await writeFile(join(corpusDir, "new_shusha.txt"), SHUSHA);
    expect((await a.library.reindex()).reindexedBy).toEqual({ replica: "replica-a", self: true });
    await eventually(() => b.library.ask("drone strike Shusha").sources[0]?.file === "new_shusha.txt");
  });

  it("never swap to a damaged or half-written index: the current one keeps answering", async () => {
    const b = await replica("replica-b");
    const reports: { ok: boolean }[] = [];
    const c = await openSharedLibrary({ corpusDir, indexDir, reindexWorker: false, replica: "replica-c", watchMs: 20, onReload: (r) => reports.push(r) });
    opened.push(c);
    const saved = await readFile(c.library.savedPath);
    // Written in place and cut short, as a copy that died half-way would leave it.
    await writeFile(c.library.savedPath, saved.subarray(0, Math.floor(saved.length / 2)));
    await eventually(() => reports.length > 0);
    expect(reports[0]).toMatchObject({ ok: false });
    expect(c.library.ask("soldiers killed near Hadrout").sources[0]?.file).toBe("wire_hadrut.txt");
    expect(b.library.ask("soldiers killed near Hadrout").sources[0]?.file).toBe("wire_hadrut.txt");
  });

  it("re-index after a replica crashed holding the lock", async () => {
    const a = await replica("replica-a");
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    const { hostname } = await import("node:os");
    await writeFile(`${a.library.savedPath}.lock`, JSON.stringify({ replica: "crashed", host: hostname(), pid: dead, token: "t", since: "2024-01-01" }));
    await writeFile(join(corpusDir, "new_shusha.txt"), SHUSHA);
    const report = await a.library.reindex();
    expect(report).toMatchObject({ ok: true, reindexedBy: { replica: "replica-a", self: true }, changed: { added: ["new_shusha.txt"] } });
  });
});

describe("a replica that waited for another's re-index", () => {
  const report = (ok: boolean): ReindexReport => ({
    ok,
    articles: 2,
    passages: 4,
    claims: 3,
    changed: { added: [], removed: [], modified: [] },
    errors: [],
    elapsedMs: 5,
  });

  it("re-indexes itself when it cannot load the index the other saved (built by other extraction code)", async () => {
    await mkdir(indexDir, { recursive: true });
    const lock = new ReindexLock(lockPath(), { replica: "old" });
    const held = await lock.tryAcquire();
    if (!("release" in held)) throw new Error("the test could not take the lock");
    const coordinator = createCoordinator({
      lock: new ReindexLock(lockPath(), { replica: "new" }),
      replica: "new",
      reportPath: `${lockPath()}.last.json`,
      pollMs: 10,
    });
    const calls: string[] = [];
    const running = coordinator.run(
      async () => {
        calls.push("rebuild");
        return report(true);
      },
      async () => {
        calls.push("adopt");
        return { ...report(false), errors: [{ file: "index", reason: "saved index was built by other extraction code" }] };
      },
    );
    await new Promise((r) => setTimeout(r, 50));
    // The other replica finishes: it leaves its report and lets go of the lock.
    await writeFile(`${lockPath()}.last.json`, JSON.stringify({ replica: "old", at: Date.now(), report: report(true) }));
    await held.release();
    expect(await running).toMatchObject({ ok: true, reindexedBy: { replica: "new", self: true } });
    expect(calls).toEqual(["adopt", "rebuild"]);
  });
});
