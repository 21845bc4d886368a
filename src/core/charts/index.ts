// The one picture an answer gets, if any: casualty bars for /casualties, a timeline for an incident
// that spans more than one day.
import type { Answer } from "../types.ts";
import { casualtyChart } from "./casualtyChart.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { incidentTimeline } from "./incidentTimeline.ts";

export type { CasualtyBar, CasualtyChartSpec, ChartSpec, TimelinePoint, TimelineSpec, TollPoint } from "./chartSpec.ts";

export function chartOf(answer: Answer): ChartSpec | null {
  if (answer.kind === "casualties") return casualtyChart(answer);
  if (answer.kind === "incident") return incidentTimeline(answer);
  return null;
}
