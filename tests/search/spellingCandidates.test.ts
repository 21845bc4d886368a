// The spelling correction's candidate search counts shared bigrams in reused typed arrays; it must
// find what counting in a Map per typo found (the reference below, the code it replaced), in the
// same order, and leave its counters clean for the next typo.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildVocabulary, candidateIds, type Vocabulary } from "../../src/core/search/spelling.ts";

function bigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) grams.add(padded.slice(i, i + 2));
  return [...grams];
}

/** The candidate search as it was: a Map of counts per typo, over bigram lists of ids. */
function referenceCandidates(words: readonly string[], word: string): number[] {
  const index = new Map<string, number[]>();
  words.forEach((w, id) => {
    for (const gram of bigramsOf(w)) {
      let list = index.get(gram);
      if (!list) index.set(gram, (list = []));
      list.push(id);
    }
  });
  const grams = bigramsOf(word);
  const shared = new Map<number, number>();
  for (const gram of grams) for (const id of index.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(grams.length * 0.45));
  const ranked: { id: number; shared: number }[] = [];
  for (const [id, count] of shared) {
    if (count >= needed && Math.abs((words[id] ?? "").length - word.length) <= 2) ranked.push({ id, shared: count });
  }
  ranked.sort((a, b) => b.shared - a.shared);
  return ranked.slice(0, 64).map((r) => r.id);
}

// Few letters: many words share bigrams, so the 64-candidate cut and its ties matter.
const word = fc.stringMatching(/^[aeiklmnorst]{2,12}$/);

describe("the spelling candidates", () => {
  it("are the ones counting per typo in a Map found, in the same order", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 400 }), fc.array(word, { minLength: 1, maxLength: 6 }), (words, typos) => {
        const vocabulary: Vocabulary = buildVocabulary(
          words,
          words.map(() => 1),
        );
        for (const typo of typos) expect(candidateIds(vocabulary, typo)).toEqual(referenceCandidates(words, typo));
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  it("cuts a crowd of equally close words at 64, keeping those the bigram lists name first", () => {
    const words = Array.from({ length: 200 }, (_, i) => `karab${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const vocabulary = buildVocabulary(
      words,
      words.map(() => 1),
    );
    const found = candidateIds(vocabulary, "karabax");
    expect(found).toHaveLength(64);
    expect(found).toEqual(referenceCandidates(words, "karabax"));
    // Asked again, the reused counters give the same answer.
    expect(candidateIds(vocabulary, "karabax")).toEqual(found);
  });
});
