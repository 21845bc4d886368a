// The kind of a claim: denial, accusation, casualties, mediation, incident or statement.
import type { ClaimKind, ClaimSide } from "../types.ts";
import { isMediator } from "../sides/sides.ts";
import type { VerbHit } from "./speechVerbs.ts";

const CASUALTY_WORDS = /\b(killed|died|dead|deaths?|wounded|injur(ed|ies)|casualties|fatalit(y|ies)|lost (their|his) li(fe|ves))\b/i;
const INCIDENT_WORDS =
  /\b(attack|shell|fire|fighting|clash|repel|violat|offensive|drone|skirmish|ambush|advanc|strike|bombard|position|provocation|incursion|sabotage)/i;

export function claimKind(verb: VerbHit | null, sentence: string, sides: readonly ClaimSide[]): ClaimKind {
  if (verb?.kind) return verb.kind;
  if (CASUALTY_WORDS.test(sentence)) return "casualties";
  if (sides.every(isMediator)) return "mediation";
  if (INCIDENT_WORDS.test(sentence)) return "incident";
  return "statement";
}
