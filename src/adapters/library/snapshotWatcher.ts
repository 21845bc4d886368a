// Replicas see an index another replica saved and swap to it without a restart. The saved file only
// ever changes by a rename of a complete file into place (savedIndex.ts), and its seal is checked
// when it is read, so a half-written index is never served. Polling stat() rather than fs.watch:
// watch events do not cross a network file system or a container's shared volume; a stat every few
// seconds costs nothing.
import { stat } from "node:fs/promises";

export const DEFAULT_WATCH_MS = 2_000;

export interface SnapshotWatcher {
  /** Takes the file as it is now as seen (after this process saved or loaded it itself). */
  markSeen(): Promise<void>;
  stop(): void;
}

export interface WatchOptions {
  intervalMs?: number;
  /** While true (this process is re-indexing or waiting for another's), changes wait for the next look. */
  holdOff?: () => boolean;
}

/** Calls `changed` (never twice at once) when the file at `path` is replaced. */
export async function watchSnapshot(path: string, changed: () => Promise<void>, options: WatchOptions = {}): Promise<SnapshotWatcher> {
  let seen = await version(path);
  let checking = false;
  const timer = setInterval(() => {
    if (checking || options.holdOff?.()) return;
    checking = true;
    void (async () => {
      try {
        const now = await version(path);
        if (now === null || now === seen) return;
        seen = now;
        await changed();
      } finally {
        checking = false;
      }
    })().catch(() => undefined);
  }, options.intervalMs ?? DEFAULT_WATCH_MS);
  timer.unref();
  return {
    async markSeen() {
      seen = await version(path);
    },
    stop: () => clearInterval(timer),
  };
}

/** A new file (renamed into place) has a new inode; size and time tell a rewrite in place too. */
async function version(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}
