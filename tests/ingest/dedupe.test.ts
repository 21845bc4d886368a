import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dropRepeats, type Candidate } from "../../src/core/ingest/dedupe.ts";
import { comparable } from "../../src/core/ingest/text.ts";

/** The definition, comparing every paragraph with every later one (quadratic: a 20 MB article took minutes). */
function dropRepeatsByDefinition<T extends Candidate>(candidates: readonly T[]): T[] {
  const keys = candidates.map((c) => comparable(c.text));
  return candidates.filter((candidate, i) => {
    const key = keys[i] ?? "";
    if (candidate.heading || key.length < 25) return true;
    return !candidates.some((later, j) => j > i && !later.heading && (keys[j] ?? "").includes(key));
  });
}

// Few, short words so that repeats, partial repeats and repeats starting mid-word are common.
const word = fc.constantFrom(
  "Baku",
  "said",
  "the",
  "ministry",
  "shelled",
  "Tartar",
  "it",
  "a",
  "ar",
  "Ministry,",
  "—",
  "“quote”",
  "fire.",
  "Stepanakert/Khankendi",
  "Nagorno-Karabakh's",
);
const paragraph = fc.record({
  text: fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(" ")),
  heading: fc.boolean(),
});

describe("dropping repeated paragraphs", () => {
  it("drops exactly the paragraphs that a later body paragraph contains, as comparing every pair does", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 30 }), (candidates) => {
        expect(dropRepeats(candidates)).toEqual(dropRepeatsByDefinition(candidates));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps a standfirst's repeat only in the fuller later paragraph", () => {
    const standfirst = { text: "Azerbaijan said its forces shelled Armenian positions.", heading: false };
    const body = { text: "On Monday Azerbaijan said its forces shelled Armenian positions near Tartar.", heading: false };
    expect(dropRepeats([standfirst, body])).toEqual([body]);
  });
});
