// The saved index file: the seal line (seal.ts: format, version and the SHA-256 of all that
// follows), one line of JSON (the header, checked with zod) and a binary body of typed-array
// sections (sections.ts). Writes go to a temporary file renamed into place, so a crash
// mid-write never leaves a half-written index behind.
import { createHash } from "node:crypto";
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { endianness } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { ZodError } from "zod";
import { answerIndexFrom, type AnswerIndex } from "../../core/answers/answerIndex.ts";
import type { FileError } from "../../core/types.ts";
import { pipelineVersion } from "./pipelineVersion.ts";
import { encodeFingerprint, fingerprintFrom, readFingerprint, type CorpusFingerprint, type SavedFingerprint } from "./fingerprint.ts";
import { incidentsFrom, incidentsPath } from "./incidentsFile.ts";
import { decodeKnowledge, encodeKnowledge, type KnowledgeEnums } from "./knowledgeCodec.ts";
import { SAVED_INDEX_FORMAT, headerSchema, type Header } from "./savedIndexSchema.ts";
import { readShared, hashElsewhere } from "./parallelHash.ts";
import { CORRUPT, SAVED_INDEX_VERSION, seal, sealLine, unseal } from "./seal.ts";
import { decodeSearch, encodeSearch, type SearchHeader } from "./searchCodec.ts";
import { ALIGN, SectionReader, SectionWriter } from "./sections.ts";
import { StringInterner, StringTable } from "./stringTable.ts";

export interface IndexSnapshot {
  index: AnswerIndex;
  fingerprint: CorpusFingerprint;
  errors: FileError[];
  /** The SHA-256 the saved file's seal holds, when decoded from one. */
  sha256?: string;
  /** The fingerprint's columns, when decoded from a saved file: a start compares the folder with them (unchangedSince) before anything decodes `fingerprint`. */
  savedFingerprint?: SavedFingerprint;
}

/** One saved index per corpus folder, so switching --corpus never serves the wrong articles. */
export function savedIndexPath(indexDir: string, corpusDir: string): string {
  return join(indexDir, `index-${corpusKey(corpusDir)}.bin`);
}

const corpusKey = (corpusDir: string) => createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 12);

/** A saved index ready to write: its header line and its body's sections, not yet joined. */
export interface EncodedIndex {
  header: Buffer;
  pieces: readonly Buffer[];
}

/** What fills the body between the fingerprint and the string table: the knowledge, then the search. */
export type FillBody = (strings: StringInterner, sections: SectionWriter) => { enums: KnowledgeEnums; search: SearchHeader };

export function encodeIndexParts(
  corpusDir: string,
  fingerprint: CorpusFingerprint,
  errors: FileError[],
  fill: FillBody,
  strings: StringInterner = new StringInterner(),
): EncodedIndex {
  const sections = new SectionWriter();
  encodeFingerprint(fingerprint, strings, sections);
  const { enums, search } = fill(strings, sections);
  strings.write(sections);
  const header: Header = {
    format: SAVED_INDEX_FORMAT,
    version: SAVED_INDEX_VERSION,
    savedAt: new Date().toISOString(),
    corpusDir: resolve(corpusDir),
    pipeline: pipelineVersion(),
    endian: endianness(),
    errors,
    body: { bytes: sections.bytes },
    sections: sections.sections,
    enums,
    search,
  };
  // Check what we are about to write with the schema that will read it: a value outside it
  // fails the save now, with its reason, instead of making every later start rebuild.
  const checked = headerSchema.safeParse(header);
  if (!checked.success) throw new Error(`the index does not fit its saved form: ${describeIssue(checked.error)}`);
  return { header: headerLine(header), pieces: sections.pieces() };
}

/**
 * The header as its line, padded with spaces (JSON allows them) so the body after it starts on a
 * multiple of 8 bytes of the file: its sections, aligned within it (sections.ts), are then read in
 * place. JSON.stringify never emits a raw newline, so the first newline ends the header.
 */
export function headerLine(header: object): Buffer {
  const json = JSON.stringify(header);
  const before = sealLine("0".repeat(64)).byteLength + Buffer.byteLength(json) + 1;
  return Buffer.from(`${json}${" ".repeat((ALIGN - (before % ALIGN)) % ALIGN)}\n`);
}

/** The whole file, ready to write (or to hand from the re-index worker to the main thread). */
export function encodeIndex(corpusDir: string, snapshot: IndexSnapshot): Buffer {
  const { knowledge, search } = snapshot.index;
  const encoded = encodeIndexParts(corpusDir, snapshot.fingerprint, snapshot.errors, (strings, sections) => ({
    enums: encodeKnowledge(knowledge, strings, sections),
    search: encodeSearch({ ...search, shortFields: search.shortFields.fields }, strings, sections),
  }));
  return sealedFile(encoded);
}

/** The encoded index as one sealed buffer (when it must cross to the main thread in memory). */
export function sealedFile(encoded: EncodedIndex): Buffer {
  return seal(Buffer.concat([encoded.header, ...encoded.pieces]));
}

/**
 * Writes the index piece by piece, hashing as it goes, and seals it last (the seal line has a
 * fixed length, so it is written over a placeholder): the file is never joined in memory,
 * which at a million passages would hold the body two or three times over. Returns its bytes
 * and the SHA-256 its seal holds (which ties the patch state to it: patchState.ts).
 */
export async function writeEncodedIndex(path: string, encoded: EncodedIndex): Promise<{ bytes: number; sha256: string }> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  const hash = createHash("sha256");
  let bytes = 0;
  let sha256 = "";
  try {
    const handle = await open(temporary, "w");
    try {
      const placeholder = sealLine("0".repeat(64));
      await handle.write(placeholder);
      bytes += placeholder.byteLength;
      for (const piece of [encoded.header, ...encoded.pieces]) {
        hash.update(piece);
        await handle.write(piece);
        bytes += piece.byteLength;
      }
      sha256 = hash.digest("hex");
      await handle.write(sealLine(sha256), 0, placeholder.byteLength, 0);
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { bytes, sha256 };
}

export async function writeIndexFile(path: string, file: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, file);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  // Versions before 4 saved JSON under another name: drop it, it would never be read again.
  if (path.endsWith(".bin")) await rm(`${path.slice(0, -".bin".length)}.json`, { force: true }).catch(() => undefined);
}

/** `missing`: there was no file to load (a first start), as opposed to a file refused. */
export type LoadResult = { ok: true; snapshot: IndexSnapshot; otherPipeline?: true } | { ok: false; reason: string; missing?: true };

export interface DecodeOptions {
  /** Check the seal's SHA-256 (skipped only for bytes this process just wrote). */
  verify?: boolean;
  /**
   * Load an index built by other extraction code (flagged `otherPipeline`) instead of refusing
   * it: the library answers from it while it re-extracts everything in the background.
   */
  acceptOtherPipeline?: boolean;
  /** The saved incidents file's bytes (incidentsFile.ts), used when it belongs to this index; else incidents are grouped on use. */
  incidents?: Buffer | null;
  /** Check the incidents file's checksum (skipped when the caller checks it). */
  verifyIncidents?: boolean;
}

export const OTHER_PIPELINE = "saved index was built by other extraction code";

/** `incidents: false`: do not read the incidents file (the worker, about to group and write it). */
export async function loadIndex(path: string, options: Omit<DecodeOptions, "incidents"> & { incidents?: false } = {}): Promise<LoadResult> {
  let file: Buffer;
  const reading = options.incidents === false ? Promise.resolve(null) : readShared(incidentsPath(path)).catch(() => null);
  try {
    file = await readShared(path);
  } catch (error) {
    const missing = error instanceof Error && "code" in error && error.code === "ENOENT";
    return missing ? { ok: false, reason: "no saved index", missing } : { ok: false, reason: `saved index cannot be read: ${String(error)}` };
  }
  const { verify = true, ...rest } = options;
  const incidents = await reading;
  const sealed = unseal(file, { verify: false });
  if (!verify || !sealed.ok) return decodeIndex(file, { ...rest, verify: false, incidents });
  // Both files are checked on other threads while this one decodes; nothing decoded is served unless they match.
  const sealedIncidents = incidents ? unseal(incidents, { verify: false }) : null;
  const checks = [checksum(file, sealed), sealedIncidents?.ok && incidents ? checksum(incidents, sealedIncidents) : Promise.resolve(false)];
  const decoded = decodeIndex(file, { ...rest, verify: false, incidents: sealedIncidents?.ok ? incidents : null, verifyIncidents: false });
  const [indexOk, incidentsOk] = await Promise.all(checks);
  if (!indexOk) return { ok: false, reason: CORRUPT };
  // Damaged incidents are only a slower start: decoded again without them, they are grouped on first use.
  if (decoded.ok && incidents && !incidentsOk) return decodeIndex(file, { ...rest, verify: false, incidents: null });
  return decoded;
}

/** Whether the sealed bytes match their seal's checksum, hashed on another thread (here, should that fail). */
async function checksum(file: Buffer, sealed: { content: Buffer; sha256: string }): Promise<boolean> {
  const start = file.byteLength - sealed.content.byteLength;
  // A small file is hashed here at once: starting a thread would cost more than hashing it.
  const hash = sealed.content.byteLength < HASH_THREAD_FROM ? sha256Of(sealed.content) : await hashElsewhere(file, start).catch(() => sha256Of(sealed.content));
  return hash === sealed.sha256;
}

const HASH_THREAD_FROM = 8 * 1024 * 1024;
const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Never throws: a bad file is a reason to rebuild, not to crash. `verify: false` skips the
 * checksum for bytes that never touched a disk (the re-index worker's, just encoded): it
 * saves ~20 ms at 100k passages of the one pause a re-index causes on the main thread.
 */
export function decodeIndex(
  sealed: Buffer,
  { verify = true, acceptOtherPipeline = false, incidents = null, verifyIncidents = true }: DecodeOptions = {},
): LoadResult {
  const unsealed = unseal(sealed, { verify });
  if (!unsealed.ok) return unsealed;
  const file = unsealed.content;
  try {
    const newline = file.indexOf(10);
    if (newline < 0) return { ok: false, reason: "saved index is truncated" };
    const parsed = headerSchema.safeParse(JSON.parse(file.toString("utf8", 0, newline)));
    if (!parsed.success) return { ok: false, reason: `saved index is invalid: ${describeIssue(parsed.error)}` };
    const header = parsed.data;
    const otherPipeline = header.pipeline !== pipelineVersion();
    if (otherPipeline && !acceptOtherPipeline) return { ok: false, reason: OTHER_PIPELINE };
    const body = file.subarray(newline + 1);
    if (body.byteLength !== header.body.bytes) return { ok: false, reason: `saved index is truncated (${body.byteLength} of ${header.body.bytes} bytes)` };
    // Views of the file's memory (never written to): the decoded index keeps the file alive instead of copies of it.
    const input = new SectionReader(body, header.sections, true);
    const strings = new StringTable(input);
    const savedFingerprint = readFingerprint(input, strings);
    const knowledge = decodeKnowledge(input, strings, header.enums);
    const search = decodeSearch(knowledge, input, strings, header.search);
    const saved = incidents ? incidentsFrom(incidents, unsealed.sha256, { knowledge, search }, { verify: verifyIncidents }) : null;
    // The saved incidents' lookups find passages through the index's own passage lookup.
    const index: AnswerIndex = answerIndexFrom(knowledge, search, saved?.ok ? () => saved.lookups(index.passageById) : undefined);
    // The fingerprint (an object of 90,000 files at a million passages) is made when first read: a start whose folder is unchanged never reads it.
    const snapshot: IndexSnapshot = {
      index,
      get fingerprint() {
        const fingerprint = fingerprintFrom(savedFingerprint);
        Object.defineProperty(this, "fingerprint", { value: fingerprint, enumerable: true, configurable: true, writable: true });
        return fingerprint;
      },
      errors: header.errors,
      sha256: unsealed.sha256,
      savedFingerprint,
    };
    return otherPipeline ? { ok: true, snapshot, otherPipeline } : { ok: true, snapshot };
  } catch (error) {
    return { ok: false, reason: `saved index is unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function describeIssue(error: ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown problem";
}
