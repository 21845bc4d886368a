// What a command produces before any surface renders it.
import type { Answer, ReindexReport } from "../../core/types.ts";

export type CommandResult = { type: "answer"; answer: Answer } | { type: "reindex"; report: ReindexReport };

/** A rough size for logs: how much the user got back. */
export function resultSize(result: CommandResult): number {
  return result.type === "answer" ? result.answer.lines.length + (result.answer.table?.length ?? 0) : result.report.articles;
}
