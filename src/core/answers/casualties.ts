// casualties(query?): every casualty figure (or those on a topic) as a table:
// claimed by, affected side, killed, wounded, qualifier, date, source, disputed.
import type { Answer, CasualtyFigure } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { NOTHING_RELIABLE } from "./ask.ts";
import { DISPUTED_NOTE, figureRows } from "./casualtyRows.ts";
import { withText } from "./render.ts";
import { createSourceList } from "./sourceList.ts";
import { itemsOnTopic, topicFilter } from "./topicFilter.ts";

/** A table longer than this is not read; the newest figures come first past it. */
const MAX_ROWS = 40;

export function casualties(index: AnswerIndex, query?: string): Answer {
  const topic = topicFilter(index, query);
  const title = query?.trim() ? `Casualty figures: ${query.trim().slice(0, 120)}` : "Casualty figures";
  const figures = topic ? itemsOnTopic(topic, index.figuresByPassage) : newestFirst(index);
  if ((topic?.weak ?? false) || figures.length === 0) {
    return withText({ kind: "casualties", query: query ?? "", title, lines: [], table: [], sources: [], note: NOTHING_RELIABLE });
  }
  const sources = createSourceList();
  const { rows, lines } = figureRows(index, figures.slice(0, MAX_ROWS), sources);
  const note = rows.some((r) => r.disputed) ? DISPUTED_NOTE : undefined;
  return withText({ kind: "casualties", query: query ?? "", title, lines, table: rows, sources: sources.refs(), ...(note ? { note } : {}) });
}

/** Sorted once per index: the unfiltered table is asked for often and the sort is the cost. */
const sortedFigures = new WeakMap<AnswerIndex, CasualtyFigure[]>();

function newestFirst(index: AnswerIndex): CasualtyFigure[] {
  let sorted = sortedFigures.get(index);
  if (!sorted) {
    const day = (f: CasualtyFigure) => f.date?.start ?? "";
    sorted = [...index.allFigures].sort((a, b) => day(b).localeCompare(day(a)) || a.sentenceId.localeCompare(b.sentenceId));
    sortedFigures.set(index, sorted);
  }
  return sorted;
}
