// What the re-index worker and its extraction workers say to each other. Envelopes are checked
// with zod like every message crossing a thread; the extracted knowledge inside is not checked
// object by object (100k passages would cost seconds): it is what our own extractCorpus made,
// cloned by the structured-clone algorithm, and the saved index is checked again on encode.
import { z } from "zod";
import type { ArticleSource, CorpusKnowledge, FileError } from "../../core/types.ts";
import type { ChunkStore } from "./extractionCache.ts";
import { fileErrorSchema } from "./reindexing.ts";

/**
 * Re-index worker → extraction worker: a chunk of articles to extract; with `store`, to write to
 * the extraction cache there (the reply then carries only the counts, not the articles).
 */
export interface ChunkMessage {
  type: "chunk";
  id: number;
  sources: ArticleSource[];
  store?: ChunkStore;
}

export const extractionMessageSchema = z.discriminatedUnion("type", [
  /** Its modules loaded: it can take chunks (they may be queued before this). */
  z.object({ type: z.literal("ready") }),
  z.object({
    type: z.literal("extracted"),
    id: z.number().int().nonnegative(),
    articles: z.array(z.unknown()),
    errors: z.array(fileErrorSchema),
  }),
  /** A chunk written to the extraction cache: what it held. */
  z.object({
    type: z.literal("stored"),
    id: z.number().int().nonnegative(),
    passages: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    errors: z.array(fileErrorSchema),
  }),
  /** A failure of the chunk as a whole (per-file failures come back in `errors`). */
  z.object({ type: z.literal("failed"), id: z.number(), reason: z.string() }),
]);

export type ExtractionMessage =
  | { type: "ready" }
  | { type: "extracted"; id: number; articles: CorpusKnowledge["articles"]; errors: FileError[] }
  | { type: "stored"; id: number; passages: number; claims: number; errors: FileError[] }
  | { type: "failed"; id: number; reason: string };
