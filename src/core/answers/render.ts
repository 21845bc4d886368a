// `Answer.text`: the answer as one plain string, part of the CLI's JSON contract (its `text`).
// What a person reads in a terminal (the CLI without --json, the console) is rendered in one
// place, adapters/render/toText.ts, from the same blocks as Discord's embeds.
import type { Answer, AnswerLine, CasualtyRow, SourceRef } from "../types.ts";
import { sideLabel } from "../sides/sides.ts";

export function renderText(answer: Omit<Answer, "text">): string {
  const parts = [answer.title];
  if (answer.note) parts.push(answer.note);
  if (answer.lines.length > 0) parts.push(renderLines(answer.lines));
  if (answer.table && answer.table.length > 0) parts.push(renderTable(answer.table));
  if (answer.sources.length > 0) parts.push(["Sources:", ...answer.sources.map(renderSource)].join("\n"));
  return parts.join("\n\n");
}

function renderLines(lines: AnswerLine[]): string {
  const out: string[] = [];
  let group: string | undefined;
  for (const line of lines) {
    if (line.group !== group) {
      group = line.group;
      if (group) out.push(`${out.length > 0 ? "\n" : ""}${group}`);
    }
    out.push(`- ${who(line)}: ${line.text}${line.date ? ` (${line.date})` : ""}${line.disputed ? " (disputed)" : ""} ${cite(line.sources)}`);
  }
  return out.join("\n");
}

function who(line: AnswerLine): string {
  if (line.side === "outlet") return `Reported by ${line.speaker ?? "the outlet"} (no party named)`;
  const label = sideLabel(line.side);
  const redundant = !line.speaker || line.speaker.toLowerCase() === label.toLowerCase();
  const speaker = redundant ? "" : ` (${line.speaker})`;
  return `${label}${speaker}${line.mediator ? " [mediator]" : ""}`;
}

const cite = (sources: number[]) => sources.map((n) => `[${n}]`).join("");

function renderTable(rows: CasualtyRow[]): string {
  const header = ["claimed by", "whose losses", "killed", "wounded", "qualifier", "date", "figure", "source", ""];
  const body = rows.map((r) => [
    sideLabel(r.claimedBy),
    sideLabel(r.affected),
    r.killed === null ? "-" : String(r.killed),
    r.wounded === null ? "-" : String(r.wounded),
    r.qualifier ?? "",
    r.date?.start ? (r.date.start === r.date.end ? r.date.start : `${r.date.start}..${r.date.end}`) : (r.date?.text ?? ""),
    r.change ?? "",
    cite(r.sources),
    r.disputed ? "DISPUTED" : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  const format = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(" | ")
      .trimEnd();
  return [format(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...body.map(format)].join("\n");
}

function renderSource(s: SourceRef): string {
  const where = [s.outlet ?? "unknown outlet", s.published ?? "undated", s.title ? `"${s.title}"` : null].filter(Boolean).join(", ");
  return `[${s.n}] ${where} (${s.passageId})`;
}

export function withText(answer: Omit<Answer, "text">): Answer {
  return { ...answer, text: renderText(answer) };
}
