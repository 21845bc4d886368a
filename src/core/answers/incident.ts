// incident(query): what happened at a place and time as a record: its title, each side that spoke
// (a side's claim followed by the other side's denial), a plain note for a belligerent with no
// statement in the corpus, the casualty figures each side gave (with toll updates), and the
// mediators' reactions. Reports of the same incident in several articles arrive merged
// (see incidents.ts); no sentence is shown twice in one answer.
import type { Answer, AnswerLine, CasualtyRow, Claim } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { NOTHING_RELIABLE } from "./ask.ts";
import { DISPUTED_NOTE, figureRows } from "./casualtyRows.ts";
import type { Incident } from "./incidents.ts";
import { claimLine } from "./lines.ts";
import { matchIncidents } from "./matchIncidents.ts";
import { withText } from "./render.ts";
import { shortDay } from "./shortDay.ts";
import { sideLabel } from "../sides/sides.ts";
import { createSourceList, type SourceList } from "./sourceList.ts";
import { tollChanges } from "./tollChanges.ts";
import { withoutEchoedHeadlines } from "./casualties.ts";
import { orderedSides, silentCamps } from "./incidentSides.ts";

export function incident(index: AnswerIndex, query: string): Answer {
  const matches = matchIncidents(index, query);
  const title = `Incident: ${query.trim().slice(0, 120) || "(empty query)"}`;
  if (matches.length === 0) return withText({ kind: "incident", query, title, lines: [], table: [], sources: [], note: NOTHING_RELIABLE });
  const sources = createSourceList();
  const lines: AnswerLine[] = [];
  const table: CasualtyRow[] = [];
  const notes: string[] = [];
  const shown = new Set<string>();
  for (const { incident: found } of matches) {
    const heading = incidentHeading(found);
    lines.push(...sideBySide(index, found, heading, sources, shown));
    const silent = silentCamps(found);
    if (silent.length > 0) notes.push(`${found.label}: no statement in the corpus from ${silent.join(" or ")}.`);
    const figures = withoutEchoedHeadlines(index, found.figures);
    const rows = figureRows(index, figures, sources, `${heading} · casualty figures`, shown, () => found.label);
    const changes = tollChanges(figures, () => found);
    figures.forEach((f, i) => {
      const row = rows.rows[i];
      if (row) row.change = changes.get(f) ?? "";
    });
    for (const line of rows.lines) markShown(line, shown);
    lines.push(...rows.lines);
    table.push(...rows.rows);
    for (const reaction of found.reactions) {
      const line = claimWithSource(index, reaction, sources, `${heading} · mediator reactions`);
      if (line && !shown.has(reaction.sentenceId)) {
        shown.add(reaction.sentenceId);
        lines.push(dated(index, reaction, line));
      }
    }
  }
  if (table.some((r) => r.disputed)) notes.push(DISPUTED_NOTE);
  const note = notes.join(" ");
  return withText({ kind: "incident", query, title, lines, table, sources: sources.refs(), ...(note ? { note } : {}) });
}

export function incidentHeading(found: Incident): string {
  const reports = found.files.length === 1 ? "1 article" : `${found.files.length} articles`;
  return `${found.label}${found.event ? ` (${found.event.name})` : ""} — ${reports}`;
}

/** Each side's claims, the accuser first and each reply right after; headlines only when the body is silent. */
function sideBySide(index: AnswerIndex, found: Incident, heading: string, sources: SourceList, shown: Set<string>): AnswerLine[] {
  const lines: AnswerLine[] = [];
  for (const { side, claims, replies } of orderedSides(withoutHeadlineEchoes(index, found.claims))) {
    const verb = replies ? "replies" : "says";
    for (const claim of claims) {
      if (shown.has(claim.sentenceId)) continue;
      const line = claimWithSource(index, claim, sources, `${heading} · ${sideLabel(side)} ${verb}`);
      if (!line) continue;
      shown.add(claim.sentenceId);
      lines.push(dated(index, claim, claim.kind === "denial" ? { ...line, disputed: true } : line));
    }
  }
  return lines;
}

/** A headline's claim is dropped when a body sentence of its article gives the same side's word. */
function withoutHeadlineEchoes(index: AnswerIndex, claims: Claim[]): Claim[] {
  const isHeading = (c: Claim) => index.passageById.get(c.passageId)?.passage.heading ?? false;
  const body = new Set(claims.filter((c) => !isHeading(c)).map((c) => `${c.file}|${c.side}`));
  return claims.filter((c) => !isHeading(c) || !body.has(`${c.file}|${c.side}`));
}

function markShown(line: AnswerLine, shown: Set<string>): void {
  if (line.claimId) shown.add(line.claimId.split(":")[0] ?? "");
}

/** Every line carries its day: an answer may hold several incidents. */
function dated(index: AnswerIndex, claim: Claim, line: AnswerLine): AnswerLine {
  const day = claim.date?.start ?? index.articleByFile.get(claim.file)?.meta.published;
  const date = shortDay(day);
  return date && day ? { ...line, date, day } : line;
}

export function claimWithSource(index: AnswerIndex, claim: Claim, sources: SourceList, group: string): AnswerLine | null {
  const record = index.passageById.get(claim.passageId);
  if (!record) return null;
  return claimLine(claim, sources.cite(record), { group });
}
