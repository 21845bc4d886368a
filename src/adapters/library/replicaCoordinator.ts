// Re-indexing where several processes share one corpus and its saved index: the one that gets the
// lock (reindexLock.ts) rebuilds and saves; the others wait for it, then swap to what it saved, and
// report who did it. Whoever re-indexes leaves its report beside the index for the waiters, since a
// failed re-index saves no index to read.
import { readFile, rename, writeFile } from "node:fs/promises";
import { z } from "zod";
import type { ReindexReport } from "../../core/types.ts";
import { fileErrorSchema } from "./reindexing.ts";
import type { ReindexLock } from "./reindexLock.ts";

/** How long a replica waits for another's re-index before giving up on it (it keeps touching its lock). */
export const DEFAULT_WAIT_LIMIT_MS = 15 * 60_000;

export interface ReindexCoordinator {
  /**
   * Runs `rebuild` under the lock, or waits for the process holding it and calls `adopt` (load the
   * index it saved and swap to it). Either way the report says who re-indexed.
   */
  run(rebuild: () => Promise<ReindexReport>, adopt: () => Promise<ReindexReport>): Promise<ReindexReport>;
  /** While true, this process is re-indexing or waiting for another's: the snapshot watcher holds off. */
  readonly busy: boolean;
}

const reportSchema = z.object({
  replica: z.string(),
  at: z.number(),
  report: z.object({
    ok: z.boolean(),
    articles: z.number(),
    passages: z.number(),
    claims: z.number(),
    changed: z.object({ added: z.array(z.string()), removed: z.array(z.string()), modified: z.array(z.string()) }),
    errors: z.array(fileErrorSchema),
    elapsedMs: z.number(),
  }),
});

type LastReport = z.infer<typeof reportSchema>;

export interface CoordinatorOptions {
  lock: ReindexLock;
  replica: string;
  /** Where the last re-index's report is left: `<index>.last-reindex.json`. */
  reportPath: string;
  pollMs?: number;
  waitLimitMs?: number;
  /** Called when a run ends, while still busy: the watcher takes the file this run saved or adopted as seen. */
  settled?: () => Promise<void>;
}

export function createCoordinator(options: CoordinatorOptions): ReindexCoordinator {
  const { lock, replica, reportPath } = options;
  const pollMs = options.pollMs ?? 250;
  const waitLimitMs = options.waitLimitMs ?? DEFAULT_WAIT_LIMIT_MS;
  let busy = 0;

  async function run(rebuild: () => Promise<ReindexReport>, adopt: () => Promise<ReindexReport>): Promise<ReindexReport> {
    const asked = Date.now();
    for (;;) {
      const attempt = await lock.tryAcquire();
      if ("release" in attempt) {
        try {
          const report = await rebuild();
          await leaveReport(reportPath, { replica, at: Date.now(), report });
          return { ...report, reindexedBy: { replica, self: true } };
        } finally {
          await attempt.release();
        }
      }
      const outcome = await waitForRelease(lock, pollMs, asked + waitLimitMs);
      if (outcome === "stale") continue; // its holder died: take it over on the next turn
      if (outcome === "timeout") return stillRunning(attempt.heldBy?.replica ?? "another replica", Date.now() - asked);
      const last = await readReport(reportPath);
      // Released without a report since we asked (its holder gave it up): try ourselves.
      if (!last || last.at < asked) continue;
      const by = { replica: last.replica, self: false };
      if (!last.report.ok) return { ...last.report, reindexedBy: by };
      const adopted = await adopt();
      // An index this process cannot load (built by other extraction code, in a rolling deploy): build its own.
      if (!adopted.ok) continue;
      return { ...adopted, elapsedMs: last.report.elapsedMs, reindexedBy: by };
    }
  }

  return {
    async run(rebuild, adopt) {
      busy++;
      try {
        return await run(rebuild, adopt);
      } finally {
        await options.settled?.().catch(() => undefined);
        busy--;
      }
    },
    get busy() {
      return busy > 0;
    },
  };
}

async function waitForRelease(lock: ReindexLock, pollMs: number, deadline: number): Promise<"released" | "stale" | "timeout"> {
  for (;;) {
    const holder = await lock.holder();
    if (!holder && !(await lockFileExists(lock))) return "released";
    if (await lock.isStale(holder)) return "stale";
    if (Date.now() > deadline) return "timeout";
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

async function lockFileExists(lock: ReindexLock): Promise<boolean> {
  try {
    await readFile(lock.path);
    return true;
  } catch {
    return false;
  }
}

function stillRunning(replica: string, elapsedMs: number): ReindexReport {
  return {
    ok: false,
    articles: 0,
    passages: 0,
    claims: 0,
    changed: { added: [], removed: [], modified: [] },
    errors: [{ file: "", reason: `${replica} is still re-indexing; the current index keeps answering. Try again later.` }],
    elapsedMs,
    reindexedBy: { replica, self: false },
  };
}

async function leaveReport(path: string, last: LastReport): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(last));
  await rename(temporary, path);
}

async function readReport(path: string): Promise<LastReport | null> {
  try {
    const parsed = reportSchema.safeParse(JSON.parse(await readFile(path, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
