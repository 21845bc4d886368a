// The picture that goes with an answer, ready to attach or save: its file name, the PNG, and a short
// description for screen readers (Discord's attachment description, the console's message).
import { chartOf, type ChartSpec } from "../../core/charts/index.ts";
import type { Answer } from "../../core/types.ts";
import { renderPng } from "./renderChart.ts";
import { vegaLiteSpec } from "./vegaLiteSpec.ts";

export interface AnswerChart {
  /** "casualties.png" or "timeline.png": what `attachment://…` names. */
  name: string;
  png: Buffer;
  /** What the picture shows, in words. */
  description: string;
  spec: ChartSpec;
}

export async function answerChart(answer: Answer): Promise<AnswerChart | null> {
  const spec = chartOf(answer);
  return spec ? drawChart(spec) : null;
}

export async function drawChart(spec: ChartSpec): Promise<AnswerChart> {
  const png = await renderPng(vegaLiteSpec(spec));
  return { name: spec.type === "casualty-bars" ? "casualties.png" : "timeline.png", png, description: describe(spec), spec };
}

export function describe(spec: ChartSpec): string {
  if (spec.type === "timeline") {
    const sides = [...new Set(spec.points.map((p) => p.row))];
    return `Timeline of statements from ${spec.first} to ${spec.last} by ${sides.join(", ")}.`;
  }
  const groups = [...new Set(spec.bars.map((b) => b.group))];
  const updated = spec.tolls.length ? ", with how tolls changed" : "";
  return `Casualty figures as claimed, by claimant and whose losses, killed and wounded apart, for ${groups.join("; ")}${updated}.`;
}
