// Turns an Answer into the blocks every surface shows, in order, so that Discord and the console
// agree on what a line says; each surface only decides how a block looks.
import type { Answer, CasualtyRow, SourceRef } from "../../core/types.ts";
import { casualtyTableLines } from "./casualtyTable.ts";
import { lineMarkers, SIDE_NAMES, lineLabel } from "./sideLabels.ts";

export type AnswerBlock =
  | { type: "note"; text: string }
  /** Fixed-width rows (the casualty table), shown in a monospace block. */
  | { type: "table"; lines: string[]; refs: number[] }
  | { type: "heading"; text: string }
  | {
      type: "claim";
      /** Who said it: a side with its speaker, or the outlet's own reporting. */
      label: string;
      markers: string[];
      text: string;
      refs: number[];
      /** Index into answer.lines, for "Wrong side?" reports. */
      lineIndex: number;
      claimId?: string;
    };

export function answerBlocks(answer: Answer): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  if (answer.note) blocks.push({ type: "note", text: answer.note });
  let group: string | undefined;
  answer.lines.forEach((line, lineIndex) => {
    if (line.group && line.group !== group) blocks.push({ type: "heading", text: line.group });
    group = line.group;
    blocks.push({
      type: "claim",
      label: lineLabel(line, answer.sources),
      markers: lineMarkers(line),
      text: line.date ? `${line.text} (${line.date})` : line.text,
      refs: line.sources,
      lineIndex,
      ...(line.claimId ? { claimId: line.claimId } : {}),
    });
  });
  if (answer.table?.length) {
    blocks.push({ type: "heading", text: "Casualty figures (as claimed)" });
    if (answer.kind === "casualties") blocks.push(...tableBlocks(answer.table));
    else for (const row of answer.table) blocks.push(casualtyBlock(row, answer.sources));
  }
  return blocks;
}

/** Rows per table block: each block is one monospace box that must fit a page. */
const TABLE_ROWS = 10;

function tableBlocks(rows: readonly CasualtyRow[]): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  for (let i = 0; i < rows.length; i += TABLE_ROWS) {
    const chunk = rows.slice(i, i + TABLE_ROWS);
    blocks.push({ type: "table", lines: casualtyTableLines(chunk), refs: [...new Set(chunk.flatMap((r) => r.sources))] });
  }
  return blocks;
}

function casualtyBlock(row: CasualtyRow, sources: readonly SourceRef[]): AnswerBlock {
  const label = row.claimedBy === "unattributed" ? lineLabel({ side: "outlet", speaker: null, sources: row.sources }, sources) : SIDE_NAMES[row.claimedBy];
  const counts = [row.killed !== null ? `${row.killed} killed` : null, row.wounded !== null ? `${row.wounded} wounded` : null].filter(
    (c): c is string => c !== null,
  );
  const figure = `${row.qualifier ? `${row.qualifier} ` : ""}${counts.join(", ") || "casualties (no number)"}`;
  const among = row.affected === "unspecified" ? "" : ` on the ${SIDE_NAMES[row.affected]} side`;
  const when = row.date?.start ? ` (${row.date.start === row.date.end || !row.date.end ? row.date.start : `${row.date.start}–${row.date.end}`})` : "";
  return {
    type: "claim",
    label,
    markers: row.disputed ? ["disputed"] : [],
    text: `${figure}${among}${when}${row.change ? ` — ${row.change}` : ""}`,
    refs: row.sources,
    lineIndex: -1,
  };
}

/** "Reuters · 2020-10-02 · Title": the outlet, date and title of a numbered source. */
export function sourceSummary(source: SourceRef): string {
  return [source.outlet ?? "Unknown outlet", source.published ?? "undated", source.title ?? "Untitled"].join(" · ");
}

export interface SourceGroup {
  numbers: number[];
  summary: string;
  file: string;
}

/**
 * Sources numbered per passage often come from the same article: list the article once with all
 * its numbers ("[1][2][3] AFP · 2020-12-13 · Title") rather than repeating it.
 */
export function groupSources(sources: readonly SourceRef[], only?: ReadonlySet<number>): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const source of sources) {
    if (only && !only.has(source.n)) continue;
    const summary = sourceSummary(source);
    const key = `${source.file}\u0000${summary}`;
    const group = groups.get(key);
    if (group) group.numbers.push(source.n);
    else groups.set(key, { numbers: [source.n], summary, file: source.file });
  }
  return [...groups.values()];
}

/** "[1][2]", with runs shortened: "[1]–[4][7]", so that one article never fills a field. */
export function sourceNumbers(numbers: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const shown = runs.slice(0, 12).map(([a, b]) => (a === b ? `[${a}]` : b === a + 1 ? `[${a}][${b}]` : `[${a}]–[${b}]`));
  return shown.join("") + (runs.length > 12 ? "…" : "");
}
