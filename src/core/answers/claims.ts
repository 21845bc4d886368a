// claims(side?, topic?): what a side has claimed (optionally on a topic), each with its source,
// followed by what the other sides claimed about the same incidents.
import type { Answer, AnswerLine, Claim, Side } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { NOTHING_RELIABLE } from "./ask.ts";
import { claimWithSource } from "./incident.ts";
import { withText } from "./render.ts";
import { sameCamp, sideLabel } from "../sides/sides.ts";
import { createSourceList } from "./sourceList.ts";
import { itemsOnTopic, topicFilter } from "./topicFilter.ts";

const MAX_CLAIMS = 25;
const MAX_COUNTER_CLAIMS = 25;

export function claims(index: AnswerIndex, side?: Side, topic?: string): Answer {
  const filter = topicFilter(index, topic);
  const who = side ? sideLabel(side) : "all sides";
  const title = `Claims by ${who}${topic?.trim() ? ` on "${topic.trim().slice(0, 120)}"` : ""}`;
  const pool = filter ? itemsOnTopic(filter, index.claimsByPassage) : index.allClaims;
  const chosen = pool.filter((c) => !side || c.side === side).slice(0, MAX_CLAIMS);
  if ((filter?.weak ?? false) || chosen.length === 0) {
    return withText({ kind: "claims", query: [side, topic].filter(Boolean).join(" "), title, lines: [], sources: [], note: NOTHING_RELIABLE });
  }
  const sources = createSourceList();
  const lines: AnswerLine[] = [];
  for (const claim of chosen) {
    const line = claimWithSource(index, claim, sources, side ? `Claims by ${who}` : `Claims by ${sideLabel(claim.side)}`);
    if (line) lines.push(line);
  }
  for (const counter of counterClaims(index, chosen).slice(0, MAX_COUNTER_CLAIMS)) {
    const line = claimWithSource(index, counter, sources, "Counter-claims by other sides on the same incidents");
    if (line) lines.push({ ...line, disputed: true });
  }
  return withText({ kind: "claims", query: [side, topic].filter(Boolean).join(" "), title, lines, sources: sources.refs() });
}

/** Claims by another camp about the incidents the chosen claims belong to. */
export function counterClaims(index: AnswerIndex, chosen: Claim[]): Claim[] {
  const shown = new Set(chosen.map((c) => c.id));
  const counters = new Map<string, Claim>();
  for (const claim of chosen) {
    const incident = index.incidentOfSentence.get(claim.sentenceId);
    for (const other of incident?.claims ?? []) {
      if (shown.has(other.id) || sameCamp(other.side, claim.side)) continue;
      counters.set(other.id, other);
    }
  }
  return [...counters.values()];
}
