// What the corpus folder looked like when it was indexed: file names, sizes and mtimes.
// Cheap to take (one stat per file), so every start can tell whether the saved index is stale.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export type CorpusFingerprint = Record<string, FileStamp>;

export interface CorpusChanges {
  added: string[];
  removed: string[];
  modified: string[];
}

const ARTICLE_FILE = /\.(txt|md)$/i;

export async function fingerprintCorpus(dir: string): Promise<CorpusFingerprint> {
  const names = (await readdir(dir)).filter((n) => ARTICLE_FILE.test(n)).sort();
  const stamps: CorpusFingerprint = {};
  for (const name of names) {
    try {
      const s = await stat(join(dir, name));
      stamps[name] = { size: s.size, mtimeMs: Math.floor(s.mtimeMs) };
    } catch {
      // Deleted between readdir and stat: it is simply not part of the corpus.
    }
  }
  return stamps;
}

export function compareFingerprints(before: CorpusFingerprint, after: CorpusFingerprint): CorpusChanges {
  const added = Object.keys(after).filter((f) => !(f in before));
  const removed = Object.keys(before).filter((f) => !(f in after));
  const modified = Object.keys(after).filter((f) => {
    const a = before[f];
    const b = after[f];
    return a !== undefined && b !== undefined && (a.size !== b.size || a.mtimeMs !== b.mtimeMs);
  });
  return { added, removed, modified };
}

export function sameFingerprint(a: CorpusFingerprint, b: CorpusFingerprint): boolean {
  const changes = compareFingerprints(a, b);
  return changes.added.length + changes.removed.length + changes.modified.length === 0;
}
