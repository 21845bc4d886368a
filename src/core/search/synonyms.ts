// Words and phrases that mean the same thing in conflict reporting: data in synonyms.json (each
// group with why it is one), checked here with zod. Every member of a group is indexed as the
// group's first member, so "died", "fatalities" and "killed" all meet; QUESTION_ALSO gives a
// question word a second reading that the passage-side table cannot hold.
import { z } from "zod";
import { parseDataFile } from "../dataFile.ts";
import raw from "./synonyms.json" with { type: "json" };
import { PLACE_SPELLINGS } from "../attribution/gazetteer.ts";

const SynonymsSchema = z.object({
  groups: z.array(z.object({ why: z.string().optional(), words: z.array(z.string().min(1)).min(2) })).min(1),
  questionAlso: z.array(z.object({ why: z.string(), words: z.record(z.string(), z.array(z.string().min(1)).min(1)) })),
  questionPhrases: z.array(
    z.object({
      why: z.string().min(1),
      phrases: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)+$/, "two words or more, lower-case")).min(1),
      reads: z.string().regex(/^[a-z]+$/),
    }),
  ),
});

const SYNONYMS = parseDataFile("synonyms.json", SynonymsSchema, raw);

// Places' other spellings are the gazetteer's (one list for attribution and search).
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [...SYNONYMS.groups.map((g) => g.words), ...PLACE_SPELLINGS];

/**
 * Question words with a second reading: "captured" is seized for a town but taken prisoner for
 * soldiers. A question word listed here is searched as its own term and, in the same slot (one
 * word of evidence), as each listed word's term.
 */
export const QUESTION_ALSO: Readonly<Record<string, readonly string[]>> = Object.assign({}, ...SYNONYMS.questionAlso.map((g) => g.words));

const PHRASE_READINGS = SYNONYMS.questionPhrases.flatMap((p) =>
  p.phrases.map((phrase) => ({ pattern: new RegExp(String.raw`\b${phrase.replace(/ /g, String.raw`\s+`)}\b`, "gi"), reads: p.reads })),
);

/**
 * The question with each phrase of the table read as the one word it means ("did Baku own up to …"
 * as "did Baku admit to …"): a phrase of stop words would otherwise be dropped whole.
 */
export function withPhrasesRead(question: string): string {
  return PHRASE_READINGS.reduce((text, { pattern, reads }) => text.replace(pattern, reads), question);
}
