// A table row as the text reader leaves it, one sentence per row: "| 4 Oct 2020 | Ganja | 1 killed |
// Azerbaijani Foreign Ministry: one civilian killed |". Attribution reads who speaks in its cells, the
// casualty rules the figures; both split it here.

/** One cell of a table row, trimmed, and where its text starts in the row. */
export interface TableCell {
  text: string;
  from: number;
}

/**
 * Every cell of a table row ("| a | | b |": empty ones included, so positions hold), or null when the
 * sentence is no table row. A row's piece counts too, if it has two cells at least.
 */
export function tableCells(sentence: string): TableCell[] | null {
  // A row whose cell holds sentences is cut by the sentence reader: "| 26 Sep | Officials report 20 dead." and
  // "The ministry adds that one civilian died. | Health Ministry |" are each the cells they hold.
  const row = /^(\s*\|)(.+)\|\s*$/.exec(sentence) ?? /^(\s*\|)(.*\|.+)()$/.exec(sentence) ?? /^()(.+\|.*)\|\s*$/.exec(sentence);
  if (!row) return null;
  const cells: TableCell[] = [];
  let from = row[1]?.length ?? 0;
  for (const raw of (row[2] ?? "").split("|")) {
    cells.push({ text: raw.trim(), from: from + raw.length - raw.trimStart().length });
    from += raw.length + 1;
  }
  return cells;
}

/**
 * A cell that names its source before a colon, whatever detail follows the name: "Azerbaijani Foreign
 * Ministry, day of the strike: at least seven dead". Group 1 holds the source, group 2 its words.
 */
export const SOURCED_CELL = /^([^:|]{3,90}?)\s*:\s+(\S.*)$/;

/**
 * The cells of a table's header row ("| As of | Armenia: own losses (source) | Azerbaijan: own losses (source) |"):
 * a row of labels, with no figure in any cell. A rule of dashes ("| --- | :-: |") is no header; null for either,
 * and for a sentence that is no table row.
 */
export function headerCells(sentence: string): string[] | null {
  const cells = tableCells(sentence)?.map((c) => c.text);
  if (!cells || cells.length < 2 || cells.some((c) => /\d/.test(c))) return null;
  return cells.some((c) => /\p{L}/u.test(c)) ? cells : null;
}
