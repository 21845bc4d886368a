// The casualty patterns run only on a sentence holding one of their required texts (for speed): the same figures
// as running every pattern on every sentence. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { EARLIER_SOURCE_RULES, FIGURE_SOURCE_RULES } from "../../src/core/casualties/figureSources.ts";
import { NAMED_VICTIM_RULES } from "../../src/core/casualties/victimGroups.ts";
import { keyedPatterns, mayMatch, searchable } from "../../src/core/ingest/requiredText.ts";
import { patternsOf, type RuleTable } from "../../src/core/rules/rule.ts";
import { ctx } from "./helpers.ts";

const figures = (sentence: string) =>
  extractCasualties(sentence, ctx("unattributed")).map((d) => [d.claimedBy ?? "unattributed", d.affected, d.killed, d.wounded]);

describe("a casualty pattern tried only where its required text is", () => {
  it("lets through every example of the guarded rule tables", () => {
    const tables: RuleTable<string>[] = [NAMED_VICTIM_RULES, FIGURE_SOURCE_RULES, EARLIER_SOURCE_RULES];
    for (const table of tables) {
      for (const rule of keyedPatterns(patternsOf(table))) {
        for (const example of table[rule.name]?.examples ?? []) expect(mayMatch(rule, searchable(example)), `${rule.name}: ${example}`).toBe(true);
      }
    }
  });
  it("keeps out a sentence with none of the pattern's words", () => {
    const [citing] = keyedPatterns({ citing: /\bciting\s+(?<source>\p{Lu}\p{L}+)/u });
    expect(citing && mayMatch(citing, searchable("The ministry put the toll at ten."))).toBe(false);
    expect(citing && mayMatch(citing, searchable("CITING local officials, the agency put the toll at ten."))).toBe(true);
  });
  it("still reads people named with what befell them, in a list with asides too", () => {
    expect(figures("Levon Hakobyan was shot dead near the border on Tuesday.")).toEqual([["unattributed", "armenia", 1, null]]);
    expect(figures("Anna Petrosyan, Levon Avetisyan and Karen Sahakyan were killed in the shelling.")).toEqual([["unattributed", "armenia", 3, null]]);
    expect(figures("Rauf Karimov, 41, sustained shrapnel wounds.")).toEqual([["unattributed", "azerbaijan", null, 1]]);
    expect(figures("Orkhan Aliyev stepped on an anti-personnel mine and lost a leg.")).toEqual([["unattributed", "azerbaijan", null, 1]]);
    expect(figures("Cameraman Siraj Abishov, born in 1989, and correspondent Maharram Ibrahimov, born in 1982, died when their car hit a mine.")).toEqual([
      ["unattributed", "azerbaijan", 2, null],
    ]);
  });
  it("still reads a figure quoted as said, a toll given as a range, a list's label and a second toll given with 'at'", () => {
    const armenian = (sentence: string) => extractCasualties(sentence, ctx("armenia")).map((d) => [d.affected, d.killed]);
    expect(armenian('The ministry said "up to 40" soldiers had been killed.')).toEqual([["armenia", 40]]);
    expect(figures("The toll rose to between 12 and 15.")).toEqual([["unattributed", "unspecified", 12, null]]);
    expect(figures("Killed: 32 (26 Armenians, 6 Azerbaijanis).").map((f) => f[2])).toEqual([32, 26, 6]);
    expect(figures("Officials put the dead at 27 and the wounded at more than 200.")).toEqual([["unattributed", "unspecified", 27, 200]]);
  });
  it("folds runs of white space as before", () => {
    expect(figures("Five  soldiers\twere killed\u00a0overnight.")).toEqual([["unattributed", "unspecified", 5, null]]);
  });
});
