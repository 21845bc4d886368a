// incident(query): what happened at a place and time, with each side's version side by side,
// the casualty figures each side gave, and the mediators' reactions. Reports of the same
// incident in several articles arrive here already merged (see incidents.ts).
import type { Answer, AnswerLine, CasualtyRow, Claim, DateRef } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { NOTHING_RELIABLE } from "./ask.ts";
import { DISPUTED_NOTE, figureRows } from "./casualtyRows.ts";
import type { Incident } from "./incidents.ts";
import { claimLine } from "./lines.ts";
import { matchIncidents } from "./matchIncidents.ts";
import { withText } from "./render.ts";
import { sideLabel } from "../sides/sides.ts";
import { createSourceList, type SourceList } from "./sourceList.ts";

export function incident(index: AnswerIndex, query: string): Answer {
  const matches = matchIncidents(index, query);
  const title = `Incident: ${query.trim().slice(0, 120) || "(empty query)"}`;
  if (matches.length === 0) return withText({ kind: "incident", query, title, lines: [], table: [], sources: [], note: NOTHING_RELIABLE });
  const sources = createSourceList();
  const lines: AnswerLine[] = [];
  const table: CasualtyRow[] = [];
  for (const { incident: found } of matches) {
    const heading = incidentHeading(found);
    lines.push(...sideBySide(index, found, heading, sources));
    const shown = new Set(found.claims.map((c) => c.sentenceId));
    const figures = figureRows(index, found.figures, sources, `${heading} · casualty figures`, shown);
    lines.push(...figures.lines);
    table.push(...figures.rows);
    lines.push(...found.reactions.map((c) => claimWithSource(index, c, sources, `${heading} · mediator reactions`)).filter((l): l is AnswerLine => l !== null));
  }
  const note = table.some((r) => r.disputed) ? DISPUTED_NOTE : undefined;
  return withText({ kind: "incident", query, title, lines, table, sources: sources.refs(), ...(note ? { note } : {}) });
}

export function incidentHeading(found: Incident): string {
  const reports = found.files.length === 1 ? "1 article" : `${found.files.length} articles`;
  return `${found.places.join(", ") || "Place not named"} — ${describeDate(found.date)} — reported in ${reports}`;
}

function describeDate(date: DateRef | null): string {
  if (!date?.start) return "date unknown";
  if (date.precision === "day") return date.start;
  return `${date.start} to ${date.end ?? date.start} (${date.precision})`;
}

/** Each side's claims about the incident, grouped by side (belligerents first). */
function sideBySide(index: AnswerIndex, found: Incident, heading: string, sources: SourceList): AnswerLine[] {
  const bySide = new Map<string, Claim[]>();
  for (const claim of found.claims) bySide.set(claim.side, [...(bySide.get(claim.side) ?? []), claim]);
  const lines: AnswerLine[] = [];
  for (const [, claims] of [...bySide].sort(([a], [b]) => a.localeCompare(b))) {
    for (const claim of claims) {
      const line = claimWithSource(index, claim, sources, `${heading} · ${sideLabel(claim.side)} says`);
      if (line) lines.push(line);
    }
  }
  return lines;
}

export function claimWithSource(index: AnswerIndex, claim: Claim, sources: SourceList, group: string): AnswerLine | null {
  const record = index.passageById.get(claim.passageId);
  if (!record) return null;
  return claimLine(claim, sources.cite(record), { group });
}
