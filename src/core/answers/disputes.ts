// Whether a casualty figure is disputed: another belligerent gives a different figure for the
// same incident, or denies it. Figures with no incident are checked within their article,
// against denials that are about casualties at all.
import type { CasualtyFigure, Claim } from "../types.ts";
import { analyze } from "../search/analyze.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { BELLIGERENTS, sameCamp } from "../sides/sides.ts";

const CASUALTY_TERMS = new Set(analyze("killed wounded casualties"));

export function isDisputed(index: AnswerIndex, figure: CasualtyFigure): boolean {
  const incident = index.incidentOfSentence.get(figure.sentenceId);
  const article = index.articleByFile.get(figure.file);
  const peers = incident?.figures ?? article?.casualties ?? [];
  if (peers.some((other) => contradicts(other, figure))) return true;
  const denials = incident
    ? incident.claims.filter((c) => c.kind === "denial")
    : (article?.claims ?? []).filter((c) => c.kind === "denial" && aboutCasualties(c));
  return denials.some((d) => deniesFigure(d, figure));
}

function isBelligerent(side: string): boolean {
  return (BELLIGERENTS as readonly string[]).includes(side);
}

/** Another belligerent camp gives different numbers for the same victims. */
function contradicts(other: CasualtyFigure, figure: CasualtyFigure): boolean {
  if (other === figure || !isBelligerent(other.claimedBy) || !isBelligerent(figure.claimedBy)) return false;
  if (sameCamp(other.claimedBy, figure.claimedBy) || !sameCamp(other.affected, figure.affected)) return false;
  const differs = (a: number | null, b: number | null) => a !== null && b !== null && a !== b;
  return differs(other.killed, figure.killed) || differs(other.wounded, figure.wounded);
}

function deniesFigure(denial: Claim, figure: CasualtyFigure): boolean {
  return isBelligerent(denial.side) && !sameCamp(denial.side, figure.claimedBy);
}

function aboutCasualties(claim: Claim): boolean {
  return analyze(claim.sentence).some((t) => CASUALTY_TERMS.has(t));
}
