// A headline says in short what a body sentence of its article says in full ("Official says
// 1,000 killed in Khojaly" → "Mamedov said that about 1,000 people had died in the attack on
// Khojaly …"). That sentence, which names the speaker and the circumstances, answers better.
import type { Sentence } from "../types.ts";
import { analyze } from "../search/analyze.ts";
import type { PassageRecord } from "../search/searchIndex.ts";

/** Share of the headline's terms a body sentence must hold to restate it. */
const MIN_COVER = 0.6;
/** A headline of fewer terms is a label ("Background", "Reaction"), not a statement. */
const MIN_TERMS = 3;

/** The figures a text gives, as digits ("1,000" → "1000"). */
const figuresOf = (text: string): string[] => [...text.matchAll(/\d[\d,.]*\d|\d/g)].map((m) => m[0].replace(/[,.](?=\d{3}\b)/g, ""));

/**
 * The body sentence among `records` (the headline's article, nearest first) that restates the
 * headline: it gives each of its figures and holds most of its terms. Null when none does.
 */
export function restatingSentence(headline: string, records: readonly PassageRecord[]): [PassageRecord, Sentence] | null {
  const terms = new Set(analyze(headline));
  if (terms.size < MIN_TERMS) return null;
  const figures = figuresOf(headline);
  let best: { at: [PassageRecord, Sentence]; cover: number } | null = null;
  for (const record of records) {
    if (record.passage.heading) continue;
    for (const sentence of record.passage.sentences) {
      const own = new Set(analyze(sentence.text));
      const cover = [...terms].filter((t) => own.has(t)).length / terms.size;
      if (cover < MIN_COVER || (best && cover <= best.cover)) continue;
      const given = figuresOf(sentence.text);
      if (figures.every((f) => given.includes(f))) best = { at: [record, sentence], cover };
    }
  }
  return best?.at ?? null;
}
