// The casualty table as fixed-width rows, for a monospace block on Discord and in the console:
// a reader compares figures down a column, which a list of sentences does not allow.
import type { CasualtyRow } from "../../core/types.ts";
import { SIDE_NAMES } from "./sideLabels.ts";

const HEADER = ["claimed by", "whose losses", "killed", "wounded", "date", "figure", "disputed", "src"];
/** Narrow columns: a Discord code block wraps at about 60 characters on a phone. */
const WIDTHS = [12, 12, 7, 7, 10, 16, 8, 6];

export function casualtyTableLines(rows: readonly CasualtyRow[]): string[] {
  return [format(HEADER), WIDTHS.map((w) => "-".repeat(w)).join(" "), ...rows.map((r) => format(cells(r)))];
}

function cells(r: CasualtyRow): string[] {
  const who = r.claimedBy === "unattributed" ? "outlet" : SIDE_NAMES[r.claimedBy];
  const whose = r.affected === "unspecified" ? "unspecified" : SIDE_NAMES[r.affected];
  const qualifier = r.qualifier ? `${r.qualifier.replace(/^(at least|more than|nearly|about|over|some)$/i, (q) => SHORT[q.toLowerCase()] ?? q)}` : "";
  const killed = r.killed === null ? "-" : `${qualifier}${r.killed}`;
  const wounded = r.wounded === null ? "-" : String(r.wounded);
  const date = r.date?.start ?? "";
  // "updated (7 → 12)" reads as "updated 7 → 12" in a narrow column.
  const figure = (r.change ?? "").replace(/^updated \((.*)\)$/, "updated $1");
  return [who, whose, killed, wounded, date, figure, r.disputed ? "yes" : "", r.sources.map((n) => `[${n}]`).join("")];
}

const SHORT: Record<string, string> = { "at least": "≥", "more than": ">", nearly: "~", about: "~", over: ">", some: "~" };

function format(row: string[]): string {
  return row
    .map((cell, i) => clip(cell, WIDTHS[i] ?? 8).padEnd(WIDTHS[i] ?? 8))
    .join(" ")
    .trimEnd();
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
