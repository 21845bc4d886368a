// The saved index file: the seal line (seal.ts: format, version and the SHA-256 of all that
// follows), one line of JSON (the header, checked with zod) and a binary body of typed-array
// sections (sections.ts). Writes go to a temporary file renamed into place, so a crash
// mid-write never leaves a half-written index behind.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { endianness } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { ZodError } from "zod";
import { answerIndexFrom, type AnswerIndex } from "../../core/answers/answerIndex.ts";
import type { FileError } from "../../core/types.ts";
import { pipelineVersion } from "./pipelineVersion.ts";
import { decodeFingerprint, encodeFingerprint, type CorpusFingerprint } from "./fingerprint.ts";
import { decodeKnowledge, encodeKnowledge } from "./knowledgeCodec.ts";
import { SAVED_INDEX_FORMAT, headerSchema, type Header } from "./savedIndexSchema.ts";
import { SAVED_INDEX_VERSION, seal, unseal } from "./seal.ts";
import { decodeSearch, encodeSearch } from "./searchCodec.ts";
import { SectionReader, SectionWriter } from "./sections.ts";
import { StringInterner, StringTable } from "./stringTable.ts";

export interface IndexSnapshot {
  index: AnswerIndex;
  fingerprint: CorpusFingerprint;
  errors: FileError[];
}

/** One saved index per corpus folder, so switching --corpus never serves the wrong articles. */
export function savedIndexPath(indexDir: string, corpusDir: string): string {
  return join(indexDir, `index-${corpusKey(corpusDir)}.bin`);
}

const corpusKey = (corpusDir: string) => createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 12);

/** The whole file, ready to write (or to hand from the re-index worker to the main thread). */
export function encodeIndex(corpusDir: string, snapshot: IndexSnapshot): Buffer {
  const strings = new StringInterner();
  const sections = new SectionWriter();
  encodeFingerprint(snapshot.fingerprint, strings, sections);
  const enums = encodeKnowledge(snapshot.index.knowledge, strings, sections);
  const search = encodeSearch(snapshot.index.search, strings, sections);
  strings.write(sections);
  const body = sections.body();
  const header: Header = {
    format: SAVED_INDEX_FORMAT,
    version: SAVED_INDEX_VERSION,
    savedAt: new Date().toISOString(),
    corpusDir: resolve(corpusDir),
    pipeline: pipelineVersion(),
    endian: endianness(),
    errors: snapshot.errors,
    body: { bytes: body.byteLength },
    sections: sections.sections,
    enums,
    search,
  };
  // Check what we are about to write with the schema that will read it: a value outside it
  // fails the save now, with its reason, instead of making every later start rebuild.
  const checked = headerSchema.safeParse(header);
  if (!checked.success) throw new Error(`the index does not fit its saved form: ${describeIssue(checked.error)}`);
  // JSON.stringify never emits a raw newline, so the first newline ends the header.
  return seal(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
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
export type LoadResult = { ok: true; snapshot: IndexSnapshot } | { ok: false; reason: string; missing?: true };

export async function loadIndex(path: string): Promise<LoadResult> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch (error) {
    const missing = error instanceof Error && "code" in error && error.code === "ENOENT";
    return missing ? { ok: false, reason: "no saved index", missing } : { ok: false, reason: `saved index cannot be read: ${String(error)}` };
  }
  return decodeIndex(file);
}

/**
 * Never throws: a bad file is a reason to rebuild, not to crash. `verify: false` skips the
 * checksum for bytes that never touched a disk (the re-index worker's, just encoded): it
 * saves ~20 ms at 100k passages of the one pause a re-index causes on the main thread.
 */
export function decodeIndex(sealed: Buffer, { verify = true }: { verify?: boolean } = {}): LoadResult {
  const unsealed = unseal(sealed, { verify });
  if (!unsealed.ok) return unsealed;
  const file = unsealed.content;
  try {
    const newline = file.indexOf(10);
    if (newline < 0) return { ok: false, reason: "saved index is truncated" };
    const parsed = headerSchema.safeParse(JSON.parse(file.toString("utf8", 0, newline)));
    if (!parsed.success) return { ok: false, reason: `saved index is invalid: ${describeIssue(parsed.error)}` };
    const header = parsed.data;
    if (header.pipeline !== pipelineVersion()) return { ok: false, reason: "saved index was built by other extraction code" };
    const body = file.subarray(newline + 1);
    if (body.byteLength !== header.body.bytes) return { ok: false, reason: `saved index is truncated (${body.byteLength} of ${header.body.bytes} bytes)` };
    const input = new SectionReader(body, header.sections);
    const strings = new StringTable(input);
    const fingerprint = decodeFingerprint(input, strings);
    const knowledge = decodeKnowledge(input, strings, header.enums);
    const search = decodeSearch(knowledge, input, strings, header.search);
    return { ok: true, snapshot: { index: answerIndexFrom(knowledge, search), fingerprint, errors: header.errors } };
  } catch (error) {
    return { ok: false, reason: `saved index is unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function describeIssue(error: ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown problem";
}
