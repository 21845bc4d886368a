// An incident's claims on a time axis: one row per side, one point per day and kind of statement
// (a claim, a denial, a casualty figure, a mediator's reaction), sized by how many. Only drawn when
// the answer spans more than one day: a single day is a column, not a timeline.
import { sideLabel } from "../sides/sides.ts";
import type { Answer, AnswerLine } from "../types.ts";
import type { TimelineKind, TimelinePoint, TimelineSpec } from "./chartSpec.ts";

export function incidentTimeline(answer: Answer): TimelineSpec | null {
  if (answer.kind !== "incident") return null;
  const figures = new Set((answer.table ?? []).map((r) => r.sentence));
  const counts = new Map<string, TimelinePoint>();
  for (const line of answer.lines) {
    if (!line.day) continue;
    const kind = kindOf(line, figures);
    const key = `${line.day}|${line.side}|${kind}`;
    const point = counts.get(key);
    if (point) point.count++;
    else counts.set(key, { day: line.day, side: line.side, row: sideRow(line.side), kind, count: 1 });
  }
  const points = [...counts.values()].sort((a, b) => a.day.localeCompare(b.day));
  const days = [...new Set(points.map((p) => p.day))];
  const first = days[0];
  const last = days.at(-1);
  if (days.length < 2 || !first || !last) return null;
  return { type: "timeline", title: answer.title, points, first, last };
}

function kindOf(line: AnswerLine, figures: ReadonlySet<string>): TimelineKind {
  if (figures.has(line.text)) return "figure";
  if (line.mediator) return "mediator";
  if (line.disputed) return "denial";
  return "claim";
}

export function sideRow(side: AnswerLine["side"]): string {
  return side === "outlet" ? "Outlets (own reporting)" : sideLabel(side);
}
