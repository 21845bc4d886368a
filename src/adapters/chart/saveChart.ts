// `--chart out.png` in the CLI and the console: the answer's picture written to a file, and one line
// that says what was written, or why there is no picture.
import { writeFile } from "node:fs/promises";
import type { Answer } from "../../core/types.ts";
import { answerChart } from "./answerChart.ts";

export interface SavedChart {
  /** False when the file could not be written; no picture to draw is not a failure. */
  ok: boolean;
  message: string;
}

export async function saveChart(answer: Answer, file: string): Promise<SavedChart> {
  const chart = await answerChart(answer);
  if (!chart) return { ok: true, message: `No chart: ${noChartReason(answer)}.` };
  try {
    await writeFile(file, chart.png);
  } catch (error) {
    return { ok: false, message: `Could not write the chart to ${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, message: `Chart written to ${file} (${chart.png.length} bytes): ${chart.description}` };
}

function noChartReason(answer: Answer): string {
  if (answer.kind === "incident") return "the incident's statements are all of one day (a timeline needs two)";
  if (answer.kind === "casualties") return "the answer has no casualty figure";
  return `/${answer.kind} answers have no chart (casualties and incident do)`;
}
