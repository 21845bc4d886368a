// How a side's toll for the same victims moved over time (20 → 68, 49 → 105): figures by one
// claimant about one camp's losses in one incident, in date order. The first is "first"; each
// later one with another number is "updated (previous → now)".
import type { CasualtyFigure } from "../types.ts";
import type { Incident } from "./incidents.ts";

export function tollChanges(figures: readonly CasualtyFigure[], incidentOf: (f: CasualtyFigure) => Incident | undefined): Map<CasualtyFigure, string> {
  const series = new Map<string, CasualtyFigure[]>();
  for (const f of figures) {
    const camp = f.affected === "nagorno-karabakh" ? "armenia" : f.affected;
    const key = `${incidentOf(f)?.id ?? f.file}|${f.claimedBy}|${camp}`;
    series.set(key, [...(series.get(key) ?? []), f]);
  }
  const changes = new Map<CasualtyFigure, string>();
  for (const list of series.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => (a.date?.start ?? "").localeCompare(b.date?.start ?? "") || total(a) - total(b));
    sorted.forEach((f, i) => {
      const before = sorted[i - 1];
      if (!before) changes.set(f, "first");
      else if (total(before) !== total(f)) changes.set(f, `updated (${count(before)} → ${count(f)})`);
    });
  }
  return changes;
}

const total = (f: CasualtyFigure) => (f.killed ?? 0) * 100_000 + (f.wounded ?? 0);
const count = (f: CasualtyFigure) => (f.killed !== null ? String(f.killed) : `${f.wounded ?? "?"} wounded`);
