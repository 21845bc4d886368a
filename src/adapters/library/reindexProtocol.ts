// What the main thread and the re-index worker say to each other. Both directions are checked
// with zod: a message crossing a thread is a boundary like a file, and a worker that sends
// nonsense must fail the re-index with a reason, not corrupt the library.
import { z } from "zod";
import { fileErrorSchema } from "./reindexing.ts";

export const workerInputSchema = z.object({
  corpusDir: z.string(),
  /** Where the worker saves the index it built. */
  savePath: z.string(),
  /** Extraction workers to start; absent: one per spare core when the corpus is large enough. */
  extractionWorkers: z.number().int().min(0).max(3).optional(),
  /** The extraction workers' entry (a file URL); tests point at their own to simulate a crash. */
  extractionEntry: z.string().optional(),
  /** Fail rather than save an empty index (the library has a non-empty one to keep). */
  refuseEmpty: z.boolean().optional(),
  /** Indexes of this many passages or more get their incidents saved beside them; absent: SAVED_INCIDENTS_FROM (tests lower it). */
  savedIncidentsFrom: z.number().int().nonnegative().optional(),
});
export type WorkerInput = z.infer<typeof workerInputSchema>;

export const workerMessageSchema = z.discriminatedUnion("type", [
  /** The worker's modules loaded: from here on a failure is the re-index's, not the worker's start. */
  z.object({ type: z.literal("ready") }),
  z.object({
    type: z.literal("progress"),
    stage: z.enum(["read", "extract", "index", "save", "incidents"]),
    files: z.number(),
    passages: z.number(),
    claims: z.number(),
  }),
  /**
   * Done: the index is saved at savePath (file null: the main thread reads it there), or, when
   * saving failed, its bytes (transferred, not copied) and why. `extracted`: articles extracted
   * this time (the others came from the extraction cache).
   */
  z.object({
    type: z.literal("done"),
    file: z.instanceof(Uint8Array).nullable(),
    bytes: z.number().int().nonnegative(),
    saveError: z.string().nullable(),
    extracted: z.number().int().nonnegative(),
    /**
     * When the saved index was patched: the SHA-256 of the index it patched and the files spliced
     * in anew (what the tests and a reader of the report check; the main thread decodes the new
     * index lazily, so it reuses nothing of the old).
     */
    patch: z
      .object({ base: z.string(), fresh: z.array(z.string()) })
      .nullable()
      .optional(),
    /**
     * Whether an "incidents" message follows: the worker then groups the saved index's incidents
     * and saves them beside it after this message, while the main thread decodes the new index
     * (which it swaps in with those incidents, not before).
     */
    incidentsFollow: z.boolean().optional(),
  }),
  /** After a "done" that said so: the incidents of the index just saved are beside it (error null), or why not (then they are grouped on first use). */
  z.object({ type: z.literal("incidents"), error: z.string().nullable() }),
  z.object({ type: z.literal("failed"), reason: z.string(), errors: z.array(fileErrorSchema) }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;
