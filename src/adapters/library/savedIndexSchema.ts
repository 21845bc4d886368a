// The saved index's header, validated with zod on load: a file from an older version, another
// machine's byte order, a truncated write or a hand edit is rejected (and rebuilt), never trusted.
// The header and the binary body behind it are covered by the seal's SHA-256 (seal.ts) and by the
// bounds checks of the decoders; zod checks every value the body's u8 columns stand for.
// The corpus fingerprint (one entry per file) lives in the body too: in the header, parsing and
// validating 9k entries cost more than all the other header fields together.
import { endianness } from "node:os";
import { z } from "zod";
import { GENRES, SIDES, UNCLEAR } from "../../core/types.ts";
import { fileErrorSchema } from "./reindexing.ts";
import { sectionSchema } from "./sections.ts";

import { SAVED_INDEX_VERSION, SEAL_FORMAT } from "./seal.ts";

export const SAVED_INDEX_FORMAT = SEAL_FORMAT;

const side = z.enum(SIDES);
const claimKind = z.enum(["casualties", "incident", "denial", "accusation", "mediation", "statement"]);
const precision = z.enum(["day", "range", "month", "year", "unknown"]);
const count = z.number().int().nonnegative();

export const headerSchema = z.object({
  format: z.literal(SAVED_INDEX_FORMAT),
  version: z.literal(SAVED_INDEX_VERSION),
  savedAt: z.string(),
  corpusDir: z.string(),
  /** Hash of the core's code and data (pipelineVersion.ts): another build's index is rebuilt. */
  pipeline: z.string(),
  /** Typed arrays are saved in this machine's byte order; a file from another order is rebuilt. */
  endian: z.literal(endianness()),
  errors: z.array(fileErrorSchema),
  body: z.object({ bytes: count }),
  sections: z.array(sectionSchema),
  enums: z.object({
    sides: z.array(z.union([side, z.literal(UNCLEAR)])),
    kinds: z.array(claimKind),
    claimants: z.array(z.union([side, z.literal("unattributed")])),
    affected: z.array(z.union([side, z.literal("unspecified")])),
    precisions: z.array(precision),
    genres: z.array(z.enum(GENRES)),
  }),
  search: z.object({
    docCount: count,
    averageLength: z.number().nonnegative(),
    shortFieldKinds: z.array(z.enum(["place", "speaker", "title", "outlet"])),
  }),
});

export type Header = z.infer<typeof headerSchema>;

// The full shape of CorpusKnowledge, for tests and tools: loading does not walk every object
// with zod (that alone would cost seconds at 100k passages); the decoders build them typed.
const dateRef = z.object({ text: z.string(), start: z.string().nullable(), end: z.string().nullable(), precision });
const sentence = z.object({ id: z.string(), passageId: z.string(), text: z.string() });
const passage = z.object({ id: z.string(), file: z.string(), text: z.string(), heading: z.boolean(), sentences: z.array(sentence) });
const claim = z.object({
  id: z.string(),
  file: z.string(),
  passageId: z.string(),
  sentenceId: z.string(),
  sentence: z.string(),
  speaker: z.string(),
  side: z.union([side, z.literal(UNCLEAR)]),
  kind: claimKind,
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
  meta: z.object({
    file: z.string(),
    genre: z.enum(GENRES),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
  }),
  passages: z.array(passage),
  claims: z.array(claim),
  casualties: z.array(figure),
  places: z.record(z.array(z.string())),
});
export const knowledgeSchema = z.object({ articles: z.array(article) });
