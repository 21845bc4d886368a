// Turns sentences into answer lines that always say who is speaking: one line per claim
// (with its side and speaker), or the outlet's own reporting when no party is named.
import type { AnswerLine, Claim, Sentence } from "../types.ts";
import type { PassageRecord } from "../search/searchIndex.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { isMediator } from "../sides/sides.ts";
import { ownClauses } from "./ownClause.ts";

export function claimLine(claim: Claim, source: number, extra: Partial<AnswerLine> = {}): AnswerLine {
  return {
    text: claim.sentence,
    side: claim.side,
    speaker: claim.speaker,
    sources: [source],
    claimId: claim.id,
    ...(isMediator(claim.side) ? { mediator: true } : {}),
    ...extra,
  };
}

export function sentenceLines(index: AnswerIndex, sentence: Sentence, record: PassageRecord, source: number, extra: Partial<AnswerLine> = {}): AnswerLine[] {
  const claims = index.claimsBySentence.get(sentence.id) ?? [];
  // (Two sides each in a clause of their own: each line shows its side's clause.)
  const clauses = ownClauses(sentence.text, claims);
  if (claims.length > 0)
    return claims.map((c) => {
      const clause = clauses.get(c.id);
      return claimLine(c, source, clause ? { ...extra, text: clause } : extra);
    });
  return [{ text: sentence.text, side: "outlet", speaker: record.article.meta.outlet, sources: [source], ...extra }];
}
