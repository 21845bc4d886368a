// The shape of the saved index file, validated with zod on load: a file from an older
// version, a truncated write or a hand edit is rejected (and rebuilt), never trusted.
import { z } from "zod";
import { SIDES } from "../../core/types.ts";

export const SAVED_INDEX_FORMAT = "counterclaim-index";
/** Bump whenever the saved shape or the text pipeline changes: old files are then rebuilt. */
export const SAVED_INDEX_VERSION = 3;

const side = z.enum(SIDES);
const dateRef = z.object({
  text: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  precision: z.enum(["day", "range", "month", "year", "unknown"]),
});

const sentence = z.object({ id: z.string(), passageId: z.string(), text: z.string() });
const passage = z.object({ id: z.string(), file: z.string(), text: z.string(), heading: z.boolean(), sentences: z.array(sentence) });
const claim = z.object({
  id: z.string(),
  file: z.string(),
  passageId: z.string(),
  sentenceId: z.string(),
  sentence: z.string(),
  speaker: z.string(),
  side,
  kind: z.enum(["casualties", "incident", "denial", "accusation", "mediation", "statement"]),
  date: dateRef.nullable(),
});
const figure = z.object({
  file: z.string(),
  passageId: z.string(),
  sentenceId: z.string(),
  sentence: z.string(),
  claimedBy: z.union([side, z.literal("unattributed")]),
  affected: z.union([side, z.literal("unspecified")]),
  killed: z.number().nullable(),
  wounded: z.number().nullable(),
  qualifier: z.string().nullable(),
  date: dateRef.nullable(),
});
const article = z.object({
  meta: z.object({ file: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(), url: z.string().nullable() }),
  passages: z.array(passage),
  claims: z.array(claim),
  casualties: z.array(figure),
  places: z.record(z.array(z.string())),
});

const bm25 = z.object({
  docCount: z.number().int().nonnegative(),
  averageLength: z.number().nonnegative(),
  terms: z.array(z.string()),
  counts: z.string(),
  docs: z.string(),
  tfs: z.string(),
  docLengths: z.string(),
});

const shortField = z.object({ kind: z.enum(["place", "speaker", "title", "outlet"]), value: z.string() });

/** An array, without visiting its elements: O(1) where z.array(z.unknown()) is O(n). */
const anyArray = z.custom<unknown[]>((value) => Array.isArray(value), "expected an array");
const anyObject = z.custom<Record<string, unknown>>((value) => typeof value === "object" && value !== null && !Array.isArray(value), "expected an object");

/**
 * The first line of the file. The knowledge that follows it is checked against the byte count
 * and SHA-256 recorded here, then only shallowly with zod: validating every claim and sentence
 * object would cost seconds at 100k passages, and the hash already proves they are exactly
 * what this program wrote (and `knowledgeSchema` below describes).
 */
export const envelopeSchema = z.object({
  format: z.literal(SAVED_INDEX_FORMAT),
  version: z.literal(SAVED_INDEX_VERSION),
  savedAt: z.string(),
  corpusDir: z.string(),
  fingerprint: z.record(z.object({ size: z.number(), mtimeMs: z.number() })),
  errors: z.array(z.object({ file: z.string(), reason: z.string() })),
  knowledge: z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  search: z.object({
    bm25,
    /** The vocabulary, newline-separated, and its frequencies as base64 Uint32: cheap to validate. */
    words: z.string(),
    frequency: z.string(),
    shortFields: z.array(shortField),
    // Fuse's own index format: checked by Fuse.parseIndex, kept opaque here.
    shortFieldIndex: z.object({ keys: anyArray, records: anyArray }).passthrough(),
  }),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** The full shape of the (expanded) knowledge, for tests and tools; loading checks `shallowKnowledgeSchema`. */
export const knowledgeSchema = z.object({ articles: z.array(article) });

export const shallowKnowledgeSchema = z.object({
  articles: z.array(
    z.object({
      meta: article.shape.meta,
      passages: anyArray,
      claims: anyArray,
      casualties: anyArray,
      places: anyObject,
    }),
  ),
});
