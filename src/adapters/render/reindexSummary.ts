// What /reindex says back: what changed, what failed and why, how long it took.
import type { ReindexReport } from "../../core/types.ts";

export interface ReindexSummary {
  title: string;
  lines: string[];
  errors: string[];
}

const MAX_LISTED = 10;

function listed(names: string[]): string {
  const shown = names.slice(0, MAX_LISTED).join(", ");
  return names.length > MAX_LISTED ? `${shown} and ${names.length - MAX_LISTED} more` : shown;
}

export function reindexSummary(report: ReindexReport): ReindexSummary {
  const { added, removed, modified } = report.changed;
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const lines = [
    report.ok
      ? `The new index is live: ${report.articles} articles, ${report.passages} passages, ${report.claims} claims.`
      : "The re-index failed; the previous index is still answering.",
    `Changed: ${added.length} added, ${removed.length} removed, ${modified.length} modified.`,
    ...(added.length ? [`Added: ${listed(added)}`] : []),
    ...(removed.length ? [`Removed: ${listed(removed)}`] : []),
    ...(modified.length ? [`Modified: ${listed(modified)}`] : []),
    `Time: ${seconds} s.`,
    ...(report.reindexedBy ? [reindexedBy(report.reindexedBy)] : []),
  ];
  const errors = report.errors.map((e) => `${e.file}: ${e.reason}`);
  return { title: report.ok ? "Re-index complete" : "Re-index failed", lines, errors };
}

/** Where replicas share a corpus, the one that re-indexed; the others swapped to its index. */
function reindexedBy(by: NonNullable<ReindexReport["reindexedBy"]>): string {
  return by.self ? `Re-indexed by ${by.replica} (this replica).` : `Re-indexed by ${by.replica}; this replica waited for it and swapped to its index.`;
}
