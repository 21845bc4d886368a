// Saves and loads the index file. Writes go to a temporary file that is renamed into place,
// so a crash mid-write never leaves a half-written index for the next start to trip over.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import type { CorpusKnowledge } from "../../core/types.ts";
import { answerIndexFrom, type AnswerIndex } from "../../core/answers/answerIndex.ts";
import { searchIndexFromJson, searchIndexToJson, type SearchIndexJson } from "../../core/search/searchIndex.ts";
import type { ShortFieldIndexJson } from "../../core/search/shortFields.ts";
import type { CorpusFingerprint } from "./fingerprint.ts";
import { SAVED_INDEX_FORMAT, SAVED_INDEX_VERSION, savedIndexSchema } from "./savedIndexSchema.ts";

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
  const body = JSON.stringify({
    format: SAVED_INDEX_FORMAT,
    version: SAVED_INDEX_VERSION,
    savedAt: new Date().toISOString(),
    corpusDir: resolve(corpusDir),
    fingerprint: snapshot.fingerprint,
    errors: snapshot.errors,
    knowledge: snapshot.index.knowledge,
    search: searchIndexToJson(snapshot.index.search),
  });
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, body);
  await rename(temporary, path);
  return Buffer.byteLength(body);
}

export type LoadResult = { ok: true; snapshot: IndexSnapshot } | { ok: false; reason: string };

export async function loadIndex(path: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { ok: false, reason: "no saved index" };
  }
  try {
    const parsed = savedIndexSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return { ok: false, reason: `saved index is invalid: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}` };
    const saved = parsed.data;
    const knowledge = saved.knowledge as CorpusKnowledge;
    const search = searchIndexFromJson(knowledge, { ...saved.search, shortFieldIndex: saved.search.shortFieldIndex as ShortFieldIndexJson } as SearchIndexJson);
    return { ok: true, snapshot: { index: answerIndexFrom(knowledge, search), fingerprint: saved.fingerprint, errors: saved.errors } };
  } catch (error) {
    return { ok: false, reason: `saved index is unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}
