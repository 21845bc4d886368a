// casualties(query?): casualty figures as a table: claimed by, whose losses, killed, wounded,
// date, first or updated figure, disputed only when another side contests it. The query filters
// by topic (place, incident, keywords), time (year, month, named event) and side.
import type { Answer, CasualtyFigure } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { NOTHING_RELIABLE } from "./ask.ts";
import { DISPUTED_NOTE, figureRows } from "./casualtyRows.ts";
import { inTime, ofSides, readFilter, type ItemFilter } from "./queryFilter.ts";
import { withText } from "./render.ts";
import { createSourceList } from "./sourceList.ts";
import { tollChanges } from "./tollChanges.ts";
import { itemsOnTopic, topicFilter } from "./topicFilter.ts";

/** Rows on the first page of a table; the rest are counted ("N more"), not dumped. */
export const MAX_ROWS = 15;

export function casualties(index: AnswerIndex, query?: string): Answer {
  const title = query?.trim() ? `Casualty figures: ${query.trim().slice(0, 120)}` : "Casualty figures";
  const figures = withoutEchoedHeadlines(index, chosenFigures(index, readFilter(query)));
  if (figures.length === 0) return withText({ kind: "casualties", query: query ?? "", title, lines: [], table: [], sources: [], note: NOTHING_RELIABLE });
  const sources = createSourceList();
  const shown = figures.slice(0, MAX_ROWS);
  // Only the series the shown rows belong to: the whole table of a large corpus is not walked.
  const incidentOf = (f: CasualtyFigure) => index.incidentOfSentence.get(f.sentenceId);
  const { rows } = figureRows(index, shown, sources, undefined, undefined, (f) => incidentOf(f)?.label);
  const related = new Set(shown.flatMap((f) => incidentOf(f)?.figures ?? index.articleByFile.get(f.file)?.casualties ?? [f]));
  const changes = tollChanges(withoutEchoedHeadlines(index, [...related]), incidentOf);
  shown.forEach((f, i) => {
    const row = rows[i];
    if (row) row.change = changes.get(f) ?? "";
  });
  const notes = [
    rows.some((r) => r.disputed) ? DISPUTED_NOTE : null,
    figures.length > MAX_ROWS ? `${figures.length - MAX_ROWS} more figures: narrow the query (a place, a year, a side).` : null,
  ];
  const note = notes.filter(Boolean).join(" ");
  return withText({ kind: "casualties", query: query ?? "", title, lines: [], table: rows, sources: sources.refs(), ...(note ? { note } : {}) });
}

function chosenFigures(index: AnswerIndex, filter: ItemFilter | null): CasualtyFigure[] {
  if (!filter) return newestFirst(index);
  let pool: CasualtyFigure[] = newestFirst(index);
  let onTopic = false;
  if (filter.topic) {
    const topic = topicFilter(index, filter.topic);
    onTopic = topic !== null && !topic.weak;
    // A topic that finds nothing reliable empties the table, unless a time or side still filters.
    if (onTopic && topic) pool = itemsOnTopic(topic, index.figuresByPassage);
    else if (!filter.time && filter.sides.length === 0) pool = [];
  }
  const published = (f: CasualtyFigure) => index.articleByFile.get(f.file)?.meta.published ?? null;
  const keep = (f: CasualtyFigure, undated: boolean) => inTime(filter.time, f.date, published(f), undated) && ofSides(filter.sides, f.claimedBy, f.affected);
  const kept = pool.filter((f) => keep(f, onTopic));
  // "the four-day war": the event's words may find passages of other times; its period still filters.
  if (kept.length === 0 && filter.time) return newestFirst(index).filter((f) => keep(f, false));
  return kept;
}

/** A headline's figure is dropped when a body sentence of its article gives the same numbers. */
export function withoutEchoedHeadlines(index: AnswerIndex, figures: CasualtyFigure[]): CasualtyFigure[] {
  const isHeading = (f: CasualtyFigure) => index.passageById.get(f.passageId)?.passage.heading ?? false;
  const body = new Set(figures.filter((f) => !isHeading(f)).map((f) => `${f.file}|${f.claimedBy}|${f.killed}`));
  return figures.filter((f) => !isHeading(f) || !body.has(`${f.file}|${f.claimedBy}|${f.killed}`));
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
