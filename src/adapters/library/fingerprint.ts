// What the corpus folder looked like when it was indexed: file names, sizes and mtimes.
// Cheap to take (one stat per file), so every start can tell whether the saved index is stale.
import { stat } from "node:fs";
import { Worker } from "node:worker_threads";
import { type CorpusListing, walkCorpus } from "../corpus/walkCorpus.ts";
import type { SectionReader, SectionWriter } from "./sections.ts";
import type { StringInterner, StringTable } from "./stringTable.ts";

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

/**
 * The stats run on a thread of their own (plain CommonJS, evaluated: no TypeScript loader to
 * start), which hands back each file's size and mtime in one array: issued from this thread, the
 * callbacks and Stats objects of 90k files cost a second of this thread's time at a million
 * passages, while it decodes the saved index.
 */
const STATTER = `
const { parentPort, workerData } = require("node:worker_threads");
const { statSync } = require("node:fs");
const paths = workerData.paths;
const out = new Float64Array(paths.length * 2);
paths.forEach((path, i) => {
  // NaN when deleted between listing and stat: it is simply not part of the corpus.
  const s = statSync(path, { throwIfNoEntry: false });
  out[2 * i] = s ? s.size : Number.NaN;
  out[2 * i + 1] = s ? Math.floor(s.mtimeMs) : Number.NaN;
});
parentPort.postMessage(out, [out.buffer]);
`;

export async function fingerprintCorpus(dir: string): Promise<CorpusFingerprint> {
  return fingerprintOf(await stampCorpus(dir));
}

/** The corpus's files in name order and each one's size and mtime (two numbers a file, NaN when it went missing meanwhile). */
export interface CorpusStamp {
  files: string[];
  stamps: Float64Array;
  /** The walk the files come from, which a re-index reads the corpus by (loadCorpus) instead of walking it again. */
  listing?: CorpusListing;
}

/** The fingerprint's facts as two arrays: a start compares them with the saved columns (unchangedSince) without making 90,000 objects. */
/**
 * `meanwhile`: work of the caller's to run while the stats are taken (once they are issued): on a
 * large corpus they run on a thread of their own, so a re-index reads its manifest then.
 */
export async function stampCorpus(dir: string, meanwhile?: () => void): Promise<CorpusStamp> {
  // The same files the reader reads, subfolders included, so an edit in one marks the index stale.
  const listing = await walkCorpus(dir);
  const { entries } = listing;
  const paths = entries.map((e) => e.path);
  const stamping = paths.length < STAT_THREAD_FROM ? statHere(paths) : statElsewhere(paths);
  meanwhile?.();
  const stamps = await stamping;
  return { files: entries.map((e) => e.file), stamps, listing };
}

export function fingerprintOf({ files, stamps }: CorpusStamp): CorpusFingerprint {
  // Assembled in name order, so two fingerprints of the same folder serialise identically;
  // prototype-less, as decodeFingerprint's, since a key per file would cost a hidden-class transition each.
  const fingerprint = Object.create(null) as CorpusFingerprint;
  files.forEach((file, i) => {
    const size = stamps[2 * i] as number;
    if (!Number.isNaN(size)) fingerprint[file] = { size, mtimeMs: stamps[2 * i + 1] as number };
  });
  return fingerprint;
}

/** Below this many files the stats are issued from this thread: starting a thread would cost more than they do. */
const STAT_THREAD_FROM = 5_000;

/** Size and mtime of each file, two numbers each (NaN when it is gone), all stats in flight at once. */
async function statHere(paths: string[]): Promise<Float64Array> {
  const out = new Float64Array(paths.length * 2);
  await Promise.all(
    paths.map(
      (path, i) =>
        new Promise<void>((resolve) => {
          stat(path, (error, s) => {
            out[2 * i] = error ? Number.NaN : s.size;
            out[2 * i + 1] = error ? Number.NaN : Math.floor(s.mtimeMs);
            resolve();
          });
        }),
    ),
  );
  return out;
}

function statElsewhere(paths: string[]): Promise<Float64Array> {
  if (paths.length === 0) return Promise.resolve(new Float64Array(0));
  const worker = new Worker(STATTER, { eval: true, workerData: { paths } });
  return new Promise<Float64Array>((resolve, reject) => {
    worker.once("message", (out: unknown) => (out instanceof Float64Array ? resolve(out) : reject(new Error("the stat thread answered nonsense"))));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the stat thread stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
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

// --- in the saved index: three columns (name, size, mtime) --------------------------------

export function encodeFingerprint(fingerprint: CorpusFingerprint, strings: StringInterner, out: SectionWriter): void {
  const names = Object.keys(fingerprint);
  out.add(
    "fp.names",
    "u32",
    Uint32Array.from(names, (n) => strings.id(n)),
  );
  out.add(
    "fp.sizes",
    "f64",
    Float64Array.from(names, (n) => fingerprint[n]?.size ?? 0),
  );
  out.add(
    "fp.mtimes",
    "f64",
    Float64Array.from(names, (n) => fingerprint[n]?.mtimeMs ?? 0),
  );
}

/** The saved fingerprint's columns, checked, undecoded. */
export interface SavedFingerprint {
  names: Uint32Array;
  sizes: Float64Array;
  mtimes: Float64Array;
  strings: StringTable;
}

export function readFingerprint(input: SectionReader, strings: StringTable): SavedFingerprint {
  const names = input.u32("fp.names");
  const sizes = input.f64("fp.sizes");
  const mtimes = input.f64("fp.mtimes");
  if (sizes.length !== names.length || mtimes.length !== names.length) throw new Error("the saved fingerprint is inconsistent");
  return { names, sizes, mtimes, strings };
}

/**
 * Whether the folder is as saved, read off the columns: the same files in the same order, with
 * the same sizes and mtimes. False also when only the order differs (compareFingerprints then
 * says what changed, if anything): a start then decodes the fingerprint, as it always did.
 */
export function unchangedSince(saved: SavedFingerprint, { files, stamps }: CorpusStamp): boolean {
  let row = 0;
  for (let i = 0; i < files.length; i++) {
    const size = stamps[2 * i] as number;
    if (Number.isNaN(size)) continue; // gone since it was listed: not part of the corpus
    if (row >= saved.names.length) return false;
    if (saved.sizes[row] !== size || saved.mtimes[row] !== stamps[2 * i + 1]) return false;
    if (!saved.strings.equals(saved.names[row] as number, files[i] as string)) return false;
    row++;
  }
  return row === saved.names.length;
}

export function decodeFingerprint(input: SectionReader, strings: StringTable): CorpusFingerprint {
  return fingerprintFrom(readFingerprint(input, strings));
}

export function fingerprintFrom({ names, sizes, mtimes, strings }: SavedFingerprint): CorpusFingerprint {
  // Prototype-less: one unique key per file would otherwise cost a hidden-class transition each.
  const fingerprint = Object.create(null) as CorpusFingerprint;
  for (let i = 0; i < names.length; i++) fingerprint[strings.shared(names[i] as number)] = { size: sizes[i] as number, mtimeMs: mtimes[i] as number };
  return fingerprint;
}
