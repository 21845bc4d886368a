// Answer lines of a sentence in which two sides speak in clauses of their own: each line shows its
// side's clause; one subject for both sides keeps the whole sentence. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { ownClauses } from "../../src/core/answers/ownClause.ts";
import type { Claim, ClaimSide } from "../../src/core/types.ts";

const claim = (sentence: string, side: ClaimSide, speaker: string): Claim => ({
  id: `s1:${side}`,
  file: "a.txt",
  passageId: "a.txt#p1",
  sentenceId: "s1",
  sentence,
  speaker,
  side,
  kind: "statement",
  date: null,
});

describe("a sentence with a clause for each side", () => {
  it("gives each side's line its own clause, after a semicolon or 'while'", () => {
    const text = "Baku said 14 Armenian soldiers were killed, while the Karabakh army put Azerbaijani losses at 20.";
    const clauses = ownClauses(text, [claim(text, "azerbaijan", "Baku"), claim(text, "nagorno-karabakh", "the Karabakh army")]);
    expect(clauses.get("s1:azerbaijan")).toBe("Baku said 14 Armenian soldiers were killed");
    expect(clauses.get("s1:nagorno-karabakh")).toBe("the Karabakh army put Azerbaijani losses at 20.");
    const semi = "Yerevan said the checkpoint was illegal; Baku said it was needed to stop smuggling.";
    expect(ownClauses(semi, [claim(semi, "armenia", "Yerevan"), claim(semi, "azerbaijan", "Baku")]).get("s1:azerbaijan")).toBe(
      "Baku said it was needed to stop smuggling.",
    );
  });
});

describe("a sentence whose sides share one subject or answer in a few words", () => {
  it("keeps the whole sentence for every side", () => {
    const joint = "Armenia and Azerbaijan accused each other of breaking the truce.";
    expect(ownClauses(joint, [claim(joint, "armenia", "Armenia"), claim(joint, "azerbaijan", "Azerbaijan")]).size).toBe(0);
    const denial = "Yerevan accused Baku of shelling a school, a charge Baku denies.";
    expect(ownClauses(denial, [claim(denial, "armenia", "Yerevan"), claim(denial, "azerbaijan", "Baku")]).size).toBe(0);
  });
});
