// One re-index at a time across every process that shares a corpus and its saved index (replicas,
// shards, a CLI): a lock file beside the index, created with O_EXCL (atomic on a local disk and on
// NFSv3+), holding who took it. Its holder touches it while it works; a lock nobody has touched
// for `staleMs`, or whose holder's process is gone from this machine, is stale and taken over,
// so a replica that crashed mid-re-index never blocks the others for good.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { link, open, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import { z } from "zod";

export const DEFAULT_STALE_MS = 30_000;

const holderSchema = z.object({
  replica: z.string(),
  host: z.string(),
  pid: z.number().int(),
  token: z.string(),
  since: z.string(),
});

export type LockHolder = z.infer<typeof holderSchema>;

export interface HeldLock {
  holder: LockHolder;
  release(): Promise<void>;
}

export interface LockOptions {
  /** The name this process reports as the one who re-indexed (REPLICA_ID, or host:pid). */
  replica: string;
  staleMs?: number;
  /** How often the holder touches the lock; a third of staleMs by default. */
  refreshMs?: number;
}

export class ReindexLock {
  private readonly staleMs: number;
  private readonly refreshMs: number;

  constructor(
    readonly path: string,
    private readonly options: LockOptions,
  ) {
    this.staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    this.refreshMs = options.refreshMs ?? Math.max(10, Math.floor(this.staleMs / 3));
  }

  /** Takes the lock when it is free or stale; null (with who holds it) when another process holds it. */
  async tryAcquire(): Promise<HeldLock | { heldBy: LockHolder | null }> {
    const held = await this.create();
    if (held) return held;
    const holder = await readHolder(this.path);
    if (holder === "gone") return this.tryAcquireOnce();
    if (!(await this.isStale(holder))) return { heldBy: holder };
    // Set the stale lock aside under a name of our own: of several processes taking it over, one rename wins.
    const aside = `${this.path}.stale-${randomUUID()}`;
    try {
      await rename(this.path, aside);
    } catch {
      return { heldBy: holder };
    }
    const moved = await readHolder(aside);
    const same = moved !== "gone" && (moved === null ? holder === null : moved.token === holder?.token);
    if (!same) {
      // A fresh lock slipped in between the look and the rename: put it back (unless yet another exists).
      await link(aside, this.path).catch(() => undefined);
      await rm(aside, { force: true });
      return { heldBy: moved === "gone" ? holder : moved };
    }
    await rm(aside, { force: true });
    return this.tryAcquireOnce();
  }

  private async tryAcquireOnce(): Promise<HeldLock | { heldBy: LockHolder | null }> {
    const held = await this.create();
    if (held) return held;
    const holder = await readHolder(this.path);
    return { heldBy: holder === "gone" ? null : holder };
  }

  /** Whether the lock file is there at all (another process is re-indexing, or died doing it). */
  async holder(): Promise<LockHolder | null> {
    const holder = await readHolder(this.path);
    return holder === "gone" ? null : holder;
  }

  async isStale(holder: LockHolder | null): Promise<boolean> {
    if (holder && holder.host === hostname() && !processAlive(holder.pid)) return true;
    try {
      const { mtimeMs } = await stat(this.path);
      return Date.now() - mtimeMs > this.staleMs;
    } catch {
      return false;
    }
  }

  private async create(): Promise<HeldLock | null> {
    const holder: LockHolder = { replica: this.options.replica, host: hostname(), pid: process.pid, token: randomUUID(), since: new Date().toISOString() };
    let file: Awaited<ReturnType<typeof open>>;
    try {
      file = await open(this.path, "wx");
    } catch (error) {
      if (isCode(error, "EEXIST")) return null;
      throw error;
    }
    try {
      await file.writeFile(JSON.stringify(holder));
    } finally {
      await file.close();
    }
    const touch = setInterval(() => {
      const now = new Date();
      utimes(this.path, now, now).catch(() => undefined);
    }, this.refreshMs);
    touch.unref();
    return {
      holder,
      release: async () => {
        clearInterval(touch);
        // Only our own lock is removed: if it was taken over (we stalled past staleMs), it is not ours.
        const current = await readHolder(this.path);
        if (current !== "gone" && current?.token === holder.token) await rm(this.path, { force: true });
      },
    };
  }
}

/** The lock's holder; null for a file that is not a lock (half-written by a crash); "gone" when there is none. */
async function readHolder(path: string): Promise<LockHolder | null | "gone"> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (isCode(error, "ENOENT")) return "gone";
    return null;
  }
  try {
    const parsed = holderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return isCode(error, "EPERM");
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
