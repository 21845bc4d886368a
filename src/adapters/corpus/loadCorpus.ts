// Reads the corpus folder: every .txt, .md or .html file, in it or in its folders, is one article.
// A file that cannot be read, or is refused (a link out of the folder, a FIFO, a device, a file
// over the size limit), is reported with its reason and skipped; the rest are still read.
import { realpath } from "node:fs/promises";
import type { ArticleSource, FileError } from "../../core/types.ts";
import { maxArticleBytes } from "../config/loadConfig.ts";
import { articleText } from "./articleText.ts";
import { printableName } from "./printableName.ts";
import { type ReadFile, readArticleFile, type ReadLimits } from "./readArticleFile.ts";
import { type CorpusListing, MAX_FOLDER_DEPTH, walkCorpus } from "./walkCorpus.ts";

/** A file the corpus reader could not read or refused: the one {file, reason} type of the core. */
export type CorpusReadError = FileError;

export interface LoadedCorpus {
  sources: ArticleSource[];
  errors: CorpusReadError[];
  /** Every article of the corpus in reading order: those read (in `sources`) and those kept unread. */
  order: string[];
  /** Each article's file identity (device and inode), so a later read can tell links apart. */
  identities: Map<string, string>;
}

/**
 * A file the caller already knows unchanged (its size and time as when last read), with the
 * identity it had: it is not read again, but still counts for links to it (an incremental re-index).
 */
export type KnownFile = (file: string) => string | undefined;

export interface CorpusLimits extends ReadLimits {
  /** Folders inside folders read. */
  maxDepth: number;
}

/** A regular file on a local disk arrives in milliseconds; ten seconds means something is wrong. */
const READ_TIMEOUT_MS = 10_000;

/** The limits in force: the size cap from CORPUS_MAX_ARTICLE_MB (default 4 MB). */
export function corpusLimits(env: Record<string, string | undefined> = process.env): CorpusLimits {
  return { maxBytes: maxArticleBytes(env), timeoutMs: READ_TIMEOUT_MS, maxDepth: MAX_FOLDER_DEPTH };
}

/**
 * `walked`: the folder's listing when the caller has just walked it (an incremental re-index, for
 * the files' stats) with the same depth limit: it is read by that listing, not walked again.
 */
export async function loadCorpus(
  dir: string,
  limits: CorpusLimits = corpusLimits(),
  known: KnownFile = () => undefined,
  walked?: CorpusListing,
): Promise<LoadedCorpus> {
  let listing: CorpusListing;
  let realDir: string;
  try {
    realDir = await realpath(dir);
    listing = walked ?? (await walkCorpus(dir, limits.maxDepth));
  } catch (error) {
    throw new Error(`counterclaim: cannot read the corpus folder ${printableName(dir)}: ${reasonOf(error)}`);
  }
  const sources: ArticleSource[] = [];
  const errors: CorpusReadError[] = [...listing.errors];
  const readFrom = new Map<string, string>();
  const order: string[] = [];
  const identities = new Map<string, string>();
  // Files are read a few at a time (each read is several trips to the file system's threads), and
  // taken in the listing's order, so that links and errors are judged as a one-by-one read would.
  const reads = await mapInOrder(listing.entries, READS_IN_FLIGHT, ({ file, path }) =>
    known(file) !== undefined ? Promise.resolve(null) : readArticleFile(path, realDir, limits).then(ok, failed),
  );
  for (const [i, { file, path }] of listing.entries.entries()) {
    const knownIdentity = known(file);
    if (knownIdentity !== undefined && !readFrom.has(knownIdentity)) {
      readFrom.set(knownIdentity, file);
      order.push(file);
      identities.set(file, knownIdentity);
      continue;
    }
    try {
      // A known file whose identity another file already took is read after all, to say which link it is.
      const read = reads[i] ?? (await readArticleFile(path, realDir, limits).then(ok, failed));
      if ("error" in read) throw read.error;
      const { bytes, identity } = read.file;
      const first = readFrom.get(identity);
      if (first !== undefined) throw new Error(`is the same file as ${first} (a link to it); read once`);
      readFrom.set(identity, file);
      sources.push({ file, text: articleText(file, bytes) });
      order.push(file);
      identities.set(file, identity);
    } catch (error) {
      errors.push({ file, reason: reasonOf(error) });
    }
  }
  return { sources, errors, order, identities };
}

/** Reads in flight at once: enough to keep libuv's four file-system threads busy, few enough to bound memory. */
const READS_IN_FLIGHT = 8;

type Read = { file: ReadFile } | { error: unknown };
const ok = (file: ReadFile): Read => ({ file });
const failed = (error: unknown): Read => ({ error });

/** `work` on every item, at most `limit` at once; the results in the items' order. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export function reasonOf(error: unknown): string {
  if (error instanceof Error) return printableName(error.message.replace(/^counterclaim: /, ""));
  return printableName(String(error));
}
