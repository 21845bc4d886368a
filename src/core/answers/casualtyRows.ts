// Casualty figures as table rows and lines, each with its source and whether it is disputed.
import type { AnswerLine, CasualtyFigure, CasualtyRow } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { isDisputed } from "./disputes.ts";
import { shortDay } from "./shortDay.ts";
import type { SourceList } from "./sourceList.ts";

export interface FigureRows {
  rows: CasualtyRow[];
  lines: AnswerLine[];
}

/**
 * One row per figure; one line per sentence (a sentence giving two figures is shown once,
 * disputed if either is). `shownSentences` are sentences the answer already shows as claims.
 */
export function figureRows(
  index: AnswerIndex,
  figures: CasualtyFigure[],
  sources: SourceList,
  group?: string,
  shownSentences: ReadonlySet<string> = new Set(),
  incidentOf: (f: CasualtyFigure) => string | undefined = () => undefined,
): FigureRows {
  const rows: CasualtyRow[] = [];
  const lines: AnswerLine[] = [];
  const lineOf = new Map<string, AnswerLine>();
  for (const figure of figures) {
    const record = index.passageById.get(figure.passageId);
    if (!record) continue;
    const n = sources.cite(record);
    const disputed = isDisputed(index, figure);
    rows.push({
      claimedBy: figure.claimedBy,
      affected: figure.affected,
      killed: figure.killed,
      wounded: figure.wounded,
      qualifier: figure.qualifier,
      date: figure.date,
      sentence: figure.sentence,
      sources: [n],
      disputed,
      ...withIncident(incidentOf(figure)),
    });
    const shown = lineOf.get(figure.sentenceId);
    if (shown) {
      shown.disputed = shown.disputed || disputed;
      continue;
    }
    if (shownSentences.has(figure.sentenceId)) continue;
    const speaker = (index.claimsBySentence.get(figure.sentenceId) ?? []).find((c) => c.side === figure.claimedBy)?.speaker ?? null;
    const day = figure.date?.start ?? record.article.meta.published;
    const date = shortDay(day);
    const line: AnswerLine = {
      text: figure.sentence,
      side: figure.claimedBy === "unattributed" ? "outlet" : figure.claimedBy,
      speaker: figure.claimedBy === "unattributed" ? record.article.meta.outlet : speaker,
      sources: [n],
      disputed,
      ...(group ? { group } : {}),
      ...(date && day ? { date, day } : {}),
    };
    lineOf.set(figure.sentenceId, line);
    lines.push(line);
  }
  return { rows, lines };
}

const withIncident = (label: string | undefined) => (label ? { incident: label } : {});

export const DISPUTED_NOTE = "Figures marked disputed are denied or contradicted by another side.";
