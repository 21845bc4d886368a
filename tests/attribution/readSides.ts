// Reads sentences in order, as one article would, and reports each one's sides and speaker.
import { defaultGazetteer } from "../../src/core/attribution/gazetteer.ts";
import { attributeSentence } from "../../src/core/attribution/attributeSentence.ts";
import { emptyDiscourse } from "../../src/core/attribution/discourse.ts";

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
