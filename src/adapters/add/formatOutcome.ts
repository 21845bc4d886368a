// One line per input for people (the CLI's progress on stderr, the bot's reply), saying what was
// read (title, outlet, date, claims by side) or what was wrong.
import type { AddOutcome, ArticleRead } from "./addArticles.ts";

export function outcomeLine(outcome: AddOutcome): string {
  if (outcome.status === "failed") return `failed     ${outcome.input}: ${outcome.reason}${outcome.retry ? " (will be tried again)" : ""}`;
  if (outcome.status === "duplicate") return `duplicate  ${outcome.input}: already in the corpus as ${outcome.of} (${whatWasRead(outcome)})`;
  const notes = outcome.notes.length > 0 ? `; ${outcome.notes.join("; ")}` : "";
  return `added      ${outcome.input} → ${outcome.file} (${whatWasRead(outcome)})${notes}`;
}

export function whatWasRead(read: ArticleRead): string {
  return `"${read.title ?? "untitled"}", ${read.outlet ?? "outlet unknown"}, ${read.published ?? "date unknown"}; ${claimsLine(read)}`;
}

export function claimsLine(read: ArticleRead): string {
  const total = read.claimsBySide.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return "no claims";
  return `${total} claim${total === 1 ? "" : "s"}: ${read.claimsBySide.map(([side, n]) => `${side} ${n}`).join(", ")}`;
}
