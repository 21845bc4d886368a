// Reads sentences in order, as one article would, and reports each one's sides and speaker.
import { defaultGazetteer } from "../../src/core/attribution/gazetteer.ts";
import { attributeSentence } from "../../src/core/attribution/attributeSentence.ts";
import { emptyDiscourse } from "../../src/core/attribution/discourse.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

export interface Read {
  sides: string[];
  speaker: string | null;
  kind: string | null;
}

export function readSentences(...sentences: string[]): Read[] {
  const state = emptyDiscourse();
  return sentences.map((s) => {
    const { voices } = attributeSentence(s, state, defaultGazetteer);
    return { sides: voices.flatMap((v) => v.sides), speaker: voices[0]?.speaker ?? null, kind: voices[0]?.kind ?? null };
  });
}

/** The sides of the last sentence, after reading the ones before it for context. */
export function sidesOf(...sentences: string[]): string[] {
  return readSentences(...sentences).at(-1)?.sides ?? [];
}

/** An article written as lines, parsed and extracted as the pipeline does it. */
export function extractLines(...lines: string[]) {
  const article = parseArticle({ file: "a.txt", text: lines.join("\n") });
  return { article, claims: extractArticle(article).claims };
}

/** The side of the claim whose sentence starts so, in an article of these paragraphs. */
export function sideInArticle(start: string, ...paragraphs: string[]): string | undefined {
  return extractLines(paragraphs.join("\n\n")).claims.find((c) => c.sentence.startsWith(start))?.side;
}
