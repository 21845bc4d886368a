// `npm run bench` rewrites its tables in bench/results.md and keeps the sections people wrote below them.
import { describe, expect, it } from "vitest";
import { handWrittenSections, withHandWrittenSections } from "../../bench/resultsFile.ts";

const generated = [
  "# Benchmark",
  "",
  "| passages | re-index s |",
  "| --- | --- |",
  "| 999 | 2.8 |",
  "",
  "## Scale: full and incremental re-index, serving, peak RSS",
  "",
  "| 99999 | 22.4 |",
  "",
].join("\n");
const history = ["## Session of 2026-12-07: the 1M point", "", "Full re-index 348 s.", "", "## Ask latency: pruned BM25", "", "p95 21 ms."].join("\n");

describe("the benchmark's results file", () => {
  it("keeps every hand-written section below the new tables, as it was", () => {
    const previous = `${generated.replace("2.8", "3.1")}\n${history}\n`;
    const next = withHandWrittenSections(generated, previous);
    expect(next.startsWith(generated.trimEnd())).toBe(true);
    expect(next).toContain(history);
    expect(next).not.toContain("3.1");
  });

  it("reads no history from a file that holds only the bench's own tables", () => {
    expect(handWrittenSections(generated)).toBe("");
    expect(withHandWrittenSections(generated, generated)).toBe(generated);
  });

  it("starts the history at the first heading the bench does not write", () => {
    expect(handWrittenSections(`${generated}\n${history}`).split("\n")[0]).toBe("## Session of 2026-12-07: the 1M point");
  });
});
