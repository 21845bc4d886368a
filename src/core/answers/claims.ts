// claims(side?, topic?): every claim a side made (optionally on a topic), newest first, each with
// its date and source, followed by what the other sides claimed about the same incidents. Nothing
// is cut silently: the answer holds every claim (Discord pages through them) and says how many.
import type { Answer, AnswerLine, Claim, Side } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { NOTHING_RELIABLE } from "./ask.ts";
import { claimWithSource } from "./incident.ts";
import { withText } from "./render.ts";
import { shortDay } from "./shortDay.ts";
import { sameCamp, sideLabel } from "../sides/sides.ts";
import { createSourceList } from "./sourceList.ts";
import { itemsOnTopic, topicFilter } from "./topicFilter.ts";

/** Claims an answer holds at most: the pages beyond the first are there to page through. */
export const MAX_CLAIMS = 200;
/** Claims on the first page; the note says how many more follow. */
export const FIRST_PAGE_CLAIMS = 8;
const MAX_COUNTER_CLAIMS = 25;

export function claims(index: AnswerIndex, side?: Side, topic?: string): Answer {
  const filter = topicFilter(index, topic);
  const who = side ? sideLabel(side) : "all sides";
  const title = `Claims by ${who}${topic?.trim() ? ` on "${topic.trim().slice(0, 120)}"` : ""}`;
  const query = [side, topic].filter(Boolean).join(" ");
  const pool = filter ? itemsOnTopic(filter, index.claimsByPassage) : newestFirst(index);
  const all = uniqueSentences(pool.filter((c) => !side || c.side === side));
  if ((filter?.weak ?? false) || all.length === 0) return withText({ kind: "claims", query, title, lines: [], sources: [], note: NOTHING_RELIABLE });
  const chosen = all.slice(0, MAX_CLAIMS);
  const sources = createSourceList();
  const lines: AnswerLine[] = [];
  for (const claim of chosen) {
    const line = dated(index, claim, claimWithSource(index, claim, sources, side ? `Claims by ${who}` : `Claims by ${sideLabel(claim.side)}`));
    if (line) lines.push(line);
  }
  const shown = new Set(chosen.map((c) => c.sentenceId));
  for (const counter of counterClaims(index, chosen)
    .filter((c) => !shown.has(c.sentenceId))
    .slice(0, MAX_COUNTER_CLAIMS)) {
    const line = dated(index, counter, claimWithSource(index, counter, sources, "Counter-claims by other sides on the same incidents"));
    if (line) lines.push({ ...line, disputed: true });
  }
  const more = all.length - Math.min(all.length, FIRST_PAGE_CLAIMS);
  const note =
    more > 0
      ? `${all.length} claims, newest first: ${more} more on the next pages${all.length > MAX_CLAIMS ? ` (the first ${MAX_CLAIMS} are listed; add a topic to narrow)` : ""}.`
      : undefined;
  return withText({ kind: "claims", query, title, lines, sources: sources.refs(), ...(note ? { note } : {}) });
}

/** Every line carries its day: claims come from many incidents. */
function dated(index: AnswerIndex, claim: Claim, line: AnswerLine | null): AnswerLine | null {
  if (!line) return null;
  const date = shortDay(claim.date?.start ?? index.articleByFile.get(claim.file)?.meta.published);
  return date ? { ...line, date } : line;
}

/** One line per sentence and side: the same sentence from two passes is not listed twice. */
function uniqueSentences(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.sentenceId}|${c.side}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const sortedClaims = new WeakMap<AnswerIndex, Claim[]>();

/** Newest first, so that a side's latest word leads rather than the first files read. */
function newestFirst(index: AnswerIndex): Claim[] {
  let sorted = sortedClaims.get(index);
  if (!sorted) {
    const day = (c: Claim) => c.date?.start ?? index.articleByFile.get(c.file)?.meta.published ?? "";
    sorted = [...index.allClaims].sort((a, b) => day(b).localeCompare(day(a)) || a.sentenceId.localeCompare(b.sentenceId));
    sortedClaims.set(index, sorted);
  }
  return sorted;
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
