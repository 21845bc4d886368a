// mediators(query?): what the mediators (OSCE Minsk Group, Russia, the US, France, the EU,
// the UN, the ICRC) said, optionally on a topic, grouped by mediator.
import type { Answer, AnswerLine } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { NOTHING_RELIABLE } from "./ask.ts";
import { claimWithSource } from "./incident.ts";
import { withText } from "./render.ts";
import { isMediator, sideLabel } from "../sides/sides.ts";
import { createSourceList } from "./sourceList.ts";
import { itemsOnTopic, topicFilter } from "./topicFilter.ts";

const MAX_STATEMENTS = 30;

export function mediators(index: AnswerIndex, query?: string): Answer {
  const filter = topicFilter(index, query);
  const title = query?.trim() ? `Mediators on "${query.trim().slice(0, 120)}"` : "What the mediators said";
  const pool = filter ? itemsOnTopic(filter, index.claimsByPassage) : index.allClaims;
  const chosen = pool.filter((c) => isMediator(c.side)).slice(0, MAX_STATEMENTS);
  if ((filter?.weak ?? false) || chosen.length === 0) {
    return withText({ kind: "mediators", query: query ?? "", title, lines: [], sources: [], note: NOTHING_RELIABLE });
  }
  const sources = createSourceList();
  const bySide = [...chosen].sort((a, b) => a.side.localeCompare(b.side));
  const lines = bySide
    .map((c) => claimWithSource(index, c, sources, sideLabel(c.side)))
    .filter((l): l is AnswerLine => l !== null);
  return withText({ kind: "mediators", query: query ?? "", title, lines, sources: sources.refs() });
}
