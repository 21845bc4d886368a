// The casualty figures of an answer as bars: for each incident or period, one bar per claimant,
// per side whose losses they are, killed and wounded apart, each the claimant's latest figure;
// and, where a claimant's toll changed (the table's "first" and "updated" rows), a line of it.
import { sideLabel } from "../sides/sides.ts";
import type { Answer, CasualtyRow } from "../types.ts";
import type { CasualtyBar, CasualtyChartSpec, Measure, TollPoint } from "./chartSpec.ts";

/** More incidents than this make bars too thin to read; the table still lists every figure. */
export const MAX_GROUPS = 6;
const MEASURES: readonly Measure[] = ["killed", "wounded"];

export function casualtyChart(answer: Answer): CasualtyChartSpec | null {
  const rows = (answer.table ?? []).filter((r) => r.killed !== null || r.wounded !== null);
  if (rows.length === 0) return null;
  const groups = [...new Set(rows.map(groupOf))];
  const drawn = new Set(groups.slice(0, MAX_GROUPS));
  const kept = rows.filter((r) => drawn.has(groupOf(r)));
  return { type: "casualty-bars", title: answer.title, bars: bars(kept), tolls: tolls(kept), omittedGroups: groups.length - drawn.size };
}

/** The incident a figure belongs to, else the month it is about, else "Date unknown". */
export function groupOf(row: CasualtyRow): string {
  if (row.incident) return row.incident;
  const month = /^(\d{4})-(\d{2})/.exec(row.date?.start ?? "");
  const name = month ? MONTHS[Number(month[2]) - 1] : undefined;
  return month && name ? `${name} ${month[1]}` : "Date unknown";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Azerbaijan on Armenia's losses", "Armenia on its own losses", "Outlets on losses of a side not named". */
export function rowLabel(row: Pick<CasualtyRow, "claimedBy" | "affected">): string {
  const who = row.claimedBy === "unattributed" ? "Outlets" : sideLabel(row.claimedBy);
  if (row.affected === "unspecified") return `${who} on losses of a side not named`;
  if (row.affected === row.claimedBy) return `${who} on its own losses`;
  return `${who} on ${sideLabel(row.affected)}'s losses`;
}

/** Per group, claimant, victims and measure: the latest figure (by its day, then by its place in the table). */
function bars(rows: readonly CasualtyRow[]): CasualtyBar[] {
  const latest = new Map<string, { row: CasualtyRow; order: number }>();
  rows.forEach((row, order) => {
    for (const measure of MEASURES) {
      if (row[measure] === null) continue;
      const key = `${groupOf(row)}|${row.claimedBy}|${row.affected}|${measure}`;
      const seen = latest.get(key);
      if (!seen || dayOf(row) > dayOf(seen.row) || (dayOf(row) === dayOf(seen.row) && order > seen.order)) latest.set(key, { row, order });
    }
  });
  return [...latest.entries()].map(([key, { row }]) => {
    const measure = key.slice(key.lastIndexOf("|") + 1) as Measure;
    const value = row[measure] ?? 0;
    const qualifier = row.qualifier && measure === "killed" ? `${row.qualifier} ` : "";
    return {
      group: groupOf(row),
      row: rowLabel(row),
      claimant: row.claimedBy,
      affected: row.affected,
      measure,
      value,
      label: `${qualifier}${value} ${measure}${row.disputed ? " · disputed" : ""}`,
      disputed: row.disputed,
    };
  });
}

const dayOf = (row: CasualtyRow) => row.date?.start ?? "";

/** The rows the table marks as a first or updated figure, as one line per claimant, victims and incident. */
function tolls(rows: readonly CasualtyRow[]): TollPoint[] {
  const series = new Map<string, TollPoint[]>();
  for (const row of rows) {
    const day = row.date?.start;
    const measure: Measure = row.killed !== null ? "killed" : "wounded";
    const value = row[measure];
    if (!row.change || !day || value === null) continue;
    const name = `${rowLabel(row)}, ${measure} (${groupOf(row)})`;
    const points = series.get(name) ?? [];
    points.push({ series: name, claimant: row.claimedBy, day, measure, value });
    series.set(name, points);
  }
  return [...series.values()]
    .filter((points) => new Set(points.map((p) => p.day)).size > 1)
    .flatMap((points) => points.sort((a, b) => a.day.localeCompare(b.day)));
}
