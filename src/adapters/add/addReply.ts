// What /add says back, as plain data: per input what was read (title, outlet, date, claims by
// side) or what was wrong, then the re-index's result. Text from the article is shown literally.
import type { ReindexReport } from "../../core/types.ts";
import { SIDE_NAMES } from "../render/sideLabels.ts";
import { discordText } from "../render/sanitize.ts";
import type { AddOutcome, ArticleRead } from "./addArticles.ts";

export interface AddReply {
  title: string;
  lines: string[];
}

export function addReply(outcomes: readonly AddOutcome[], report: ReindexReport | null): AddReply {
  const added = outcomes.filter((o) => o.status === "added").length;
  const lines = outcomes.flatMap(outcomeLines);
  if (report) {
    lines.push(
      report.ok
        ? `Re-indexed: ${report.articles} articles, ${report.passages} passages, ${report.claims} claims (${(report.elapsedMs / 1000).toFixed(1)} s).`
        : `The re-index failed (${discordText(report.errors[0]?.reason ?? "unknown")}); the previous index is still answering and the article stays in the corpus.`,
    );
  } else {
    lines.push("Nothing new, so the index was not rebuilt.");
  }
  return { title: added > 0 ? "Article added" : "Nothing added", lines };
}

function outcomeLines(outcome: AddOutcome): string[] {
  const input = discordText(outcome.input);
  if (outcome.status === "failed") return [`Not added: ${input} ${discordText(outcome.reason)}.`];
  if (outcome.status === "duplicate")
    return [`Already in the corpus as ${discordText(outcome.of)}, not added again: ${readLine(outcome)}`, claimsBySide(outcome)];
  return [`Added as ${discordText(outcome.file)}: ${readLine(outcome)}`, claimsBySide(outcome), ...outcome.notes.map((n) => `Note: ${n}.`)];
}

function readLine(read: ArticleRead): string {
  return `"${discordText(read.title ?? "untitled")}", ${discordText(read.outlet ?? "outlet unknown")}, ${read.published ?? "date unknown"}.`;
}

function claimsBySide(read: ArticleRead): string {
  const total = read.claimsBySide.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return "Claims: none found.";
  return `Claims: ${total} — ${read.claimsBySide.map(([side, n]) => `${side === "unclear" ? "side unclear" : SIDE_NAMES[side]} ${n}`).join(", ")}.`;
}
