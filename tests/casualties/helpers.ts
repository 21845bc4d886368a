import type { Claimant, Side } from "../../src/core/types.ts";
import type { CasualtyContext } from "../../src/core/casualties/extractCasualties.ts";

/** A tiny stand-in for the actor gazetteer the pipeline injects. */
export function testSideOf(phrase: string): Side | null {
  const p = phrase.toLowerCase();
  if (/karabakh|separatist|ethnic armenian|artsakh|stepanakert/.test(p)) return "nagorno-karabakh";
  if (/azerbaijan|azeri|mingachevir|tartar|ganja/.test(p)) return "azerbaijan";
  if (/armenian|armenia/.test(p)) return "armenia";
  if (/russian|russia/.test(p)) return "russia";
  return null;
}

/** The context of a sentence spoken by `claimant`, whose "its" is `possessor`. */
export function ctx(claimant: Claimant, possessor: Side | null = claimant === "unattributed" ? null : claimant): CasualtyContext {
  return { claimant, possessorSide: possessor, sideOf: testSideOf };
}
