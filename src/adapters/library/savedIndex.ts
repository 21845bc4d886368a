// Saves and loads the index file. Writes go to a temporary file that is renamed into place,
// so a crash mid-write never leaves a half-written index for the next start to trip over.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { answerIndexFrom, type AnswerIndex } from "../../core/answers/answerIndex.ts";
import { searchIndexFromJson, searchIndexToJson } from "../../core/search/searchIndex.ts";
import type { ShortFieldIndexJson } from "../../core/search/shortFields.ts";
import type { CorpusFingerprint } from "./fingerprint.ts";
import { compactKnowledge, expandKnowledge, type CompactKnowledge } from "./compactKnowledge.ts";
import type { ZodError } from "zod";
import { SAVED_INDEX_FORMAT, SAVED_INDEX_VERSION, envelopeSchema, shallowKnowledgeSchema } from "./savedIndexSchema.ts";

export interface IndexSnapshot {
  index: AnswerIndex;
  fingerprint: CorpusFingerprint;
  errors: { file: string; reason: string }[];
}

/** One saved index per corpus folder, so switching --corpus never serves the wrong articles. */
export function savedIndexPath(indexDir: string, corpusDir: string): string {
  const key = createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 12);
  return join(indexDir, `index-${key}.json`);
}

export async function saveIndex(path: string, corpusDir: string, snapshot: IndexSnapshot): Promise<number> {
  const knowledge = Buffer.from(JSON.stringify(compactKnowledge(snapshot.index.knowledge)));
  const envelope = JSON.stringify({
    format: SAVED_INDEX_FORMAT,
    version: SAVED_INDEX_VERSION,
    savedAt: new Date().toISOString(),
    corpusDir: resolve(corpusDir),
    fingerprint: snapshot.fingerprint,
    errors: snapshot.errors,
    knowledge: { bytes: knowledge.byteLength, sha256: sha256(knowledge) },
    search: searchIndexToJson(snapshot.index.search),
  });
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  // JSON.stringify never emits a raw newline, so the first newline ends the envelope.
  await writeFile(temporary, Buffer.concat([Buffer.from(envelope), Buffer.from("\n"), knowledge]));
  await rename(temporary, path);
  return Buffer.byteLength(envelope) + 1 + knowledge.byteLength;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export type LoadResult = { ok: true; snapshot: IndexSnapshot } | { ok: false; reason: string };

export async function loadIndex(path: string): Promise<LoadResult> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch {
    return { ok: false, reason: "no saved index" };
  }
  try {
    const newline = file.indexOf(10);
    if (newline < 0) return { ok: false, reason: "saved index is truncated" };
    const envelope = envelopeSchema.safeParse(JSON.parse(file.subarray(0, newline).toString("utf8")));
    if (!envelope.success) return { ok: false, reason: `saved index is invalid: ${describeIssue(envelope.error)}` };
    const body = file.subarray(newline + 1);
    if (body.byteLength !== envelope.data.knowledge.bytes || sha256(body) !== envelope.data.knowledge.sha256) {
      return { ok: false, reason: "saved index is corrupt (its knowledge does not match its checksum)" };
    }
    const shallow = shallowKnowledgeSchema.safeParse(JSON.parse(body.toString("utf8")));
    if (!shallow.success) return { ok: false, reason: `saved index is invalid: ${describeIssue(shallow.error)}` };
    const knowledge = expandKnowledge(shallow.data as unknown as CompactKnowledge);
    const { search: json } = envelope.data;
    const search = searchIndexFromJson(knowledge, { ...json, shortFieldIndex: json.shortFieldIndex as ShortFieldIndexJson });
    return { ok: true, snapshot: { index: answerIndexFrom(knowledge, search), fingerprint: envelope.data.fingerprint, errors: envelope.data.errors } };
  } catch (error) {
    return { ok: false, reason: `saved index is unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function describeIssue(error: ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".")}: ${issue.message}` : "unknown problem";
}
