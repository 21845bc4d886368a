// "What kind of missile struck Ganja?", "which rockets were used?", "what kinds of torture did they
// describe?": a kind of thing is asked, and a sentence that only names the thing ("an Armenian
// missile attack", "the abuse, including torture") does not say which. The nouns asked and how a
// kind is given are data (kinds.json).
import { z } from "zod";
import { parseDataFile } from "../dataFile.ts";
import { defaultGazetteer } from "../attribution/gazetteer.ts";
import { tokenize } from "../attribution/tokens.ts";
import kindsData from "./kinds.json" with { type: "json" };
import { escapeRegExp } from "../rules/rule.ts";

interface KindEntry {
  asked: string[];
  named?: boolean | undefined;
  words?: string[] | undefined;
}

const KINDS: readonly KindEntry[] = parseDataFile(
  "kinds.json",
  z.object({
    kinds: z
      .array(
        z
          .object({
            why: z.string().min(1),
            asked: z.array(z.string().min(1)).min(1),
            named: z.boolean().optional(),
            words: z.array(z.string().min(1)).min(1).optional(),
          })
          .refine((k) => k.named === true || (k.words?.length ?? 0) > 0, "a kind is given by a name or by words"),
      )
      .min(1),
  }),
  kindsData,
).kinds;

/** "what kind of X", "which types of X": a kind named outright. */
const KIND_OF = /\b(?:what|which)\s+(?:kinds?|types?|sorts?|models?|makes?)\s+of\s+([\p{L}-]+)/iu;
/** "which rockets were used": a thing that comes in named kinds, asked for by "which". */
const WHICH_THING = /\bwhich\s+([\p{L}-]+)\s+(?:was|were|is|are|did|does|do|had|has|have|hit|struck|killed)\b/iu;

const lower = (w: string) => w.toLowerCase();
const entryFor = (noun: string | undefined, named: boolean): KindEntry | null =>
  noun === undefined ? null : (KINDS.find((k) => k.asked.includes(lower(noun)) && (!named || k.named === true)) ?? null);

/** The kind the question asks for, or null. "Which" asks a kind only of a thing that has model names ("which villages" asks names). */
export function kindAsked(question: string): KindEntry | null {
  return entryFor(KIND_OF.exec(question)?.[1], false) ?? entryFor(WHICH_THING.exec(question)?.[1], true);
}

/** A model's designation: letters and digits together ("9M55K", "TB2", "S-300", "Mi-24"). */
const DESIGNATION = /^(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{L})[\p{L}\d-]+$/u;
/** A capitalized word of no sentence role: an article or a sentence's first word is no name. */
const NO_NAME = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|One|Two|Three|Four|Five|Several|Some|Many)$/;
/** Made in a country: "Israeli-made drones" names where they come from, which is a kind. */
const MADE_IN = /-made$/i;

/** Whether a word just before the noun names a model: a designation, or a capitalized name no place or side bears. */
function namesModel(word: string, first: boolean): boolean {
  if (DESIGNATION.test(word) || MADE_IN.test(word)) return true;
  if (first || !/^\p{Lu}/u.test(word) || NO_NAME.test(word)) return false;
  return defaultGazetteer.match(tokenize(word)).length === 0;
}

/** How many words may stand between a model's name and its noun: "a Scud ballistic missile", "Smerch 9M55K cluster munition rocket". */
const BETWEEN = 3;

/** Whether the sentence gives a kind of the asked thing. */
export function givesKind(kind: KindEntry, sentence: string): boolean {
  if (kind.words?.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, "i").test(sentence))) return true;
  if (kind.named !== true) return false;
  const words = sentence.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ""));
  // Any noun of the entry: "which missiles" is answered by "a Smerch 9M55K cluster munition rocket".
  const nouns = new Set(kind.asked.map(lower));
  return words.some(
    (w, at) =>
      nouns.has(lower(w)) && words.slice(Math.max(0, at - BETWEEN), at).some((b, i, before) => b !== "" && namesModel(b, at - before.length + i === 0)),
  );
}
