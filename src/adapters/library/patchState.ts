// What patching a saved index needs beyond the index itself, kept beside the extraction cache:
// which cache key each of its articles was built from, and each passage's distinct surface
// words (the spelling vocabulary is ordered by first occurrence, which the saved vocabulary alone
// cannot tell once an article is removed). Tied to one saved index by that file's SHA-256: after
// any other write (another process, a crash between the two files) it no longer matches and the
// next re-index is a full one.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { u32Column } from "./growingColumn.ts";

const FILE = "patch-state.bin";
const headerSchema = z.object({
  format: z.literal("counterclaim-patch-state"),
  version: z.literal(1),
  index: z.string().regex(/^[0-9a-f]{64}$/),
  patched: z.number().int().nonnegative(),
  keys: z.array(z.string()),
  wordBytes: z.number().int().nonnegative(),
  passages: z.number().int().nonnegative(),
  occurrences: z.number().int().nonnegative(),
  file: z.object({ size: z.number(), mtimeMs: z.number(), ino: z.number() }).optional(),
});

/** Each passage's distinct words (doc order) as ids into `words`, numbered by first occurrence. */
export interface WordLists {
  words: string[];
  ends: Uint32Array;
  values: Uint32Array;
}

export interface PatchState {
  /** SHA-256 of the saved index's content (its seal's). */
  index: string;
  /** Articles patched in or out since the last full build (their strings stay in the table). */
  patched: number;
  /** Each article's extraction-cache key, in the index's order. */
  keys: string[];
  words: WordLists;
  /**
   * The saved index file as it was when this state was written (its size, time and inode): a file
   * that still has them is the one whose checksum was computed as it was written, so the next patch
   * reads it without hashing its ~260 MB again (a start still checks it).
   */
  file?: SavedFileStat;
}

export interface SavedFileStat {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** Collects the word lists passage by passage during a full build. */
export class WordListsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly ends = u32Column();
  private readonly values = u32Column();

  addPassage(words: readonly string[]): void {
    for (const word of words) {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.words.push(word);
        this.ids.set(word, id);
      }
      this.values.push(id);
    }
    this.ends.push(this.values.length);
  }

  finish(): WordLists {
    return { words: this.words, ends: this.ends.view().slice(), values: this.values.view().slice() };
  }
}

/** The vocabulary the search index saves: words by first occurrence, and how many passages hold each. */
export function vocabularyOf(lists: WordLists): { words: string[]; frequency: Uint32Array } {
  const frequency = new Uint32Array(lists.words.length);
  for (const id of lists.values) frequency[id] = (frequency[id] ?? 0) + 1;
  return { words: lists.words, frequency };
}

export function writePatchState(dir: string, state: PatchState): void {
  const words = Buffer.from(state.words.words.join("\n"), "utf8");
  const header = {
    format: "counterclaim-patch-state",
    version: 1,
    index: state.index,
    patched: state.patched,
    keys: state.keys,
    wordBytes: words.byteLength,
    passages: state.words.ends.length,
    occurrences: state.words.values.length,
    ...(state.file ? { file: state.file } : {}),
  };
  const { ends, values } = state.words;
  const body = [
    Buffer.from(`${JSON.stringify(header)}\n`),
    words,
    Buffer.from(ends.buffer, ends.byteOffset, ends.byteLength),
    Buffer.from(values.buffer, values.byteOffset, values.byteLength),
  ];
  const path = join(dir, FILE);
  writeFileSync(`${path}.tmp`, Buffer.concat(body));
  renameSync(`${path}.tmp`, path);
}

/** The state, or null when there is none or it cannot be trusted (then the build is a full one). */
export function readPatchState(dir: string): PatchState | null {
  try {
    const file = readFileSync(join(dir, FILE));
    const newline = file.indexOf(10);
    const parsed = headerSchema.safeParse(JSON.parse(file.toString("utf8", 0, newline)));
    if (!parsed.success) return null;
    const h = parsed.data;
    let at = newline + 1;
    const text = file.toString("utf8", at, at + h.wordBytes);
    at += h.wordBytes;
    const ends = copyU32(file, at, h.passages);
    at += h.passages * 4;
    const values = copyU32(file, at, h.occurrences);
    at += h.occurrences * 4;
    if (at !== file.byteLength) return null;
    const words = text === "" ? [] : text.split("\n");
    if (h.passages > 0 && ends[h.passages - 1] !== h.occurrences) return null;
    for (const id of values) if (id >= words.length) return null;
    return { index: h.index, patched: h.patched, keys: h.keys, words: { words, ends, values }, ...(h.file ? { file: h.file } : {}) };
  } catch {
    return null;
  }
}

function copyU32(file: Buffer, at: number, count: number): Uint32Array {
  if (at + count * 4 > file.byteLength) throw new Error("the patch state is truncated");
  const out = new Uint32Array(count);
  new Uint8Array(out.buffer).set(file.subarray(at, at + count * 4));
  return out;
}

/** Forgets the state (the index it described was not saved): the next re-index is a full one. */
export function removePatchState(dir: string): void {
  rmSync(join(dir, FILE), { force: true });
}
