// Recent charts by what they show: in a burst, thirty people asking /casualties get one picture
// drawn once (a draw takes a tenth of a second of the one thread that talks to Discord).
import type { ChartSpec } from "../../core/charts/index.ts";
import { drawChart, type AnswerChart } from "./answerChart.ts";

const DEFAULT_ENTRIES = 32;

export class ChartCache {
  private readonly entries = new Map<string, Promise<AnswerChart>>();

  constructor(private readonly maxEntries = DEFAULT_ENTRIES) {}

  draw(spec: ChartSpec): Promise<AnswerChart> {
    const key = JSON.stringify(spec);
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, cached);
      return cached;
    }
    const drawing = drawChart(spec);
    // A failed draw is not kept: the next ask tries again.
    drawing.catch(() => this.entries.delete(key));
    this.entries.set(key, drawing);
    for (const oldKey of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldKey);
    }
    return drawing;
  }
}
