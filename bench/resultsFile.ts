// bench/results.md holds the tables of the last full `npm run bench` at its top and, below them, the
// dated sections people write by hand about each measurement (A/B runs, the 1M point, profiles).
// A run rewrites only the tables, and only a full run does: one with other sizes measures something else.

/** The generated part's own section heading; any other "## " heading starts the hand-written history. */
const GENERATED_SECTION = "## Scale: full and incremental re-index, serving, peak RSS";

/** The hand-written sections of a results file (from its first heading the bench does not write), or "". */
export function handWrittenSections(previous: string): string {
  const lines = previous.split("\n");
  const start = lines.findIndex((line) => line.startsWith("## ") && line.trim() !== GENERATED_SECTION);
  return start < 0 ? "" : lines.slice(start).join("\n");
}

/** The new results file: the run's tables, then the previous file's hand-written sections, unchanged. */
export function withHandWrittenSections(generated: string, previous: string): string {
  const history = handWrittenSections(previous);
  return history === "" ? generated : `${generated.trimEnd()}\n\n${history}`;
}
