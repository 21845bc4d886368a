// Reads one article file, refusing anything that is not a regular file inside the corpus folder:
// a link to /etc/passwd would put its lines in answers, /dev/zero never ends, and a FIFO blocks
// the reader forever. The type is checked before opening, and again on the open handle, so a
// file swapped for a link or a FIFO in between is refused too.
import { constants, type Stats } from "node:fs";
import { type FileHandle, lstat, open, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";

export interface ReadLimits {
  /** The largest article accepted, in bytes. */
  maxBytes: number;
  /** How long one file's bytes may take to arrive, in milliseconds. */
  timeoutMs: number;
}

/** Opening never follows a link and never waits for a writer (a FIFO opens at once, then is refused). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 1 << 16;

/** The identity of a file read, so that a link to an article already read is not read twice. */
export interface ReadFile {
  bytes: Buffer;
  identity: string;
}

/**
 * The file's bytes, or an error whose message says why it was refused (without the file's name:
 * the caller reports it with the name).
 */
export function readArticleFile(path: string, realCorpus: string, limits: ReadLimits): Promise<ReadFile> {
  return withinTime(readChecked(path, realCorpus, limits), limits.timeoutMs);
}

async function readChecked(path: string, realCorpus: string, limits: ReadLimits): Promise<ReadFile> {
  const target = await followedInside(path, realCorpus);
  refuseUnlessArticle(await stat(target), limits);
  const handle = await open(target, OPEN_FLAGS);
  try {
    const stats = await handle.stat();
    refuseUnlessArticle(stats, limits);
    return { bytes: await readAtMost(handle, limits.maxBytes, stats.size), identity: `${stats.dev}:${stats.ino}` };
  } finally {
    await handle.close();
  }
}

/** The path to open: the file itself, or a link's target when that lies inside the corpus folder. */
async function followedInside(path: string, realCorpus: string): Promise<string> {
  if (!(await lstat(path)).isSymbolicLink()) return path;
  const target = await realpath(path).catch(() => {
    throw new Error("is a link to nothing (its target does not exist)");
  });
  const inside = relative(realCorpus, target);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) throw new Error("is a link to a file outside the corpus folder; not followed");
  return target;
}

function refuseUnlessArticle(stats: Stats, limits: ReadLimits): void {
  if (!stats.isFile()) throw new Error(`is ${kindOf(stats)}, not a regular file; not read`);
  if (stats.size > limits.maxBytes) throw tooLarge(stats.size, limits.maxBytes);
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isDirectory()) return "a folder";
  return "a special file";
}

/** Reads to the end, but never more than one byte past the limit: a file may grow after its stat. */
async function readAtMost(handle: FileHandle, maxBytes: number, sizeHint: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // The first read asks for the size the stat gave (and a byte more, to see it end); only the
    // bytes read are kept, so the buffer need not be zeroed first.
    const wanted = total === 0 ? Math.max(sizeHint + 1, 1) : CHUNK_BYTES;
    const chunk = Buffer.allocUnsafe(Math.min(wanted, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(total, maxBytes, "more than ");
  }
}

function tooLarge(bytes: number, maxBytes: number, more = ""): Error {
  return new Error(`is ${more}${megabytes(bytes)}, over the limit of ${megabytes(maxBytes)} for one article (CORPUS_MAX_ARTICLE_MB); not read`);
}

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;

/** The read's result, or a refusal once its time is up (a hung disk or network mount). */
export function withinTime<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took longer than ${timeoutMs / 1000} s to read; not read`)), timeoutMs);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
