// When the passages hold too little of a question's words ("How many were killed in the four-day
// war?" where no article says "four-day war"), the casualty records can still answer it: figures of
// the asked time and place, about the asked side, by the asked claimant.
import type { CasualtyFigure } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import type { Question } from "./question.ts";
import { inTime } from "./queryFilter.ts";
import { sameCamp } from "../sides/sides.ts";

const MAX_FIGURES = 5;

/** Figures that answer a figure question from the records alone; empty unless a time or place pins it down. */
export function figuresFromRecords(index: AnswerIndex, question: Question, limit = MAX_FIGURES): CasualtyFigure[] {
  if (question.asked !== "figure" || (!question.time && question.places.length === 0)) return [];
  const published = (f: CasualtyFigure) => index.articleByFile.get(f.file)?.meta.published ?? null;
  // "A missile hit Ganja. … nine civilians were killed there": the place may stand in the figure's paragraph only.
  const at = (f: CasualtyFigure) => {
    const own = index.articleByFile.get(f.file)?.places[f.sentenceId] ?? [];
    const doc = index.passageById.get(f.passageId)?.doc;
    return doc === undefined ? own : [...own, ...(index.search.passagePlaces[doc] ?? [])];
  };
  const answers = (f: CasualtyFigure) =>
    (!question.affected || sameCamp(f.affected, question.affected)) &&
    (!question.claimant || sameCamp(f.claimedBy, question.claimant)) &&
    inTime(question.time, f.date, published(f)) &&
    (question.places.length === 0 || question.places.some((p) => at(f).includes(p))) &&
    !(index.passageById.get(f.passageId)?.passage.heading ?? true);
  // Every /ask of a figure reads the records: stop at the first `limit` (the cheap side tests first).
  const found: CasualtyFigure[] = [];
  for (const f of index.allFigures) {
    if (found.length >= limit) break;
    if (answers(f)) found.push(f);
  }
  return found;
}
