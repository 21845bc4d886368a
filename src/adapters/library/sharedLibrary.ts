// The library of a process that shares its corpus and saved index with others (HTTP replicas,
// gateway shards): re-indexing is coordinated through the lock, and an index another process saved
// is swapped in when it appears.
import { mkdir } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, resolve } from "node:path";
import type { ReindexReport } from "../../core/types.ts";
import { createLibrary, DEFAULT_INDEX_DIR, type Library, type LibraryOptions } from "./library.ts";
import { ReindexLock } from "./reindexLock.ts";
import { createCoordinator } from "./replicaCoordinator.ts";
import { savedIndexPath } from "./savedIndex.ts";
import { watchSnapshot, type SnapshotWatcher } from "./snapshotWatcher.ts";

export interface SharedLibraryOptions extends LibraryOptions {
  /** This process's name in reports and logs; default host:pid. */
  replica?: string;
  watchMs?: number;
  staleMs?: number;
  /** Told of every swap to an index another process saved. */
  onReload?: (report: ReindexReport) => void;
}

export interface SharedLibrary {
  library: Library;
  replica: string;
  stop(): void;
}

export function defaultReplicaName(): string {
  return `${hostname()}:${process.pid}`;
}

export async function openSharedLibrary(options: SharedLibraryOptions): Promise<SharedLibrary> {
  const replica = options.replica ?? defaultReplicaName();
  const path = savedIndexPath(options.indexDir ?? DEFAULT_INDEX_DIR, resolve(options.corpusDir));
  await mkdir(dirname(path), { recursive: true });
  let watcher: SnapshotWatcher | null = null;
  const coordinator = createCoordinator({
    lock: new ReindexLock(`${path}.lock`, { replica, ...(options.staleMs ? { staleMs: options.staleMs } : {}) }),
    replica,
    reportPath: `${path}.last-reindex.json`,
    settled: async () => watcher?.markSeen(),
  });
  const library = await createLibrary({ ...options, coordinator });
  watcher = await watchSnapshot(
    path,
    async () => {
      const report = await library.reload();
      options.onReload?.(report);
    },
    { holdOff: () => coordinator.busy, ...(options.watchMs ? { intervalMs: options.watchMs } : {}) },
  );
  return {
    library,
    replica,
    stop() {
      watcher?.stop();
      library.close();
    },
  };
}
