// mediators(query?): what the mediators (OSCE Minsk Group, Russia, the US, France, the EU, the UN,
// the ICRC) said, grouped by mediator. Every mediator in the corpus gets its share of the first
// page; the query filters by topic, time (year, month, named event) and mediator.
import type { Answer, AnswerLine, Claim } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { NOTHING_RELIABLE } from "./ask.ts";
import { claimWithSource } from "./incident.ts";
import { inTime, ofSides, readFilter, type ItemFilter } from "./queryFilter.ts";
import { withText } from "./render.ts";
import { shortDay } from "./shortDay.ts";
import { isMediator, sideLabel } from "../sides/sides.ts";
import { createSourceList } from "./sourceList.ts";
import { itemsOnTopic, topicFilter } from "./topicFilter.ts";

/** Statements per mediator: enough to read each one's line, few enough that all of them show. */
const PER_MEDIATOR = 4;

export function mediators(index: AnswerIndex, query?: string): Answer {
  const title = query?.trim() ? `Mediators on "${query.trim().slice(0, 120)}"` : "What the mediators said";
  const chosen = mediatorClaims(index, readFilter(query));
  if (chosen.length === 0) return withText({ kind: "mediators", query: query ?? "", title, lines: [], sources: [], note: NOTHING_RELIABLE });
  const bySide = new Map<Claim["side"], Claim[]>();
  for (const c of chosen) {
    const list = bySide.get(c.side);
    if (list) list.push(c);
    else bySide.set(c.side, [c]);
  }
  const sources = createSourceList();
  const lines: AnswerLine[] = [];
  let hidden = 0;
  for (const [side, claims] of [...bySide].sort(([a], [b]) => a.localeCompare(b))) {
    const group = `${sideLabel(side)} (${claims.length})`;
    for (const c of uniqueSentences(claims).slice(0, PER_MEDIATOR)) {
      const line = claimWithSource(index, c, sources, group);
      const date = shortDay(c.date?.start ?? index.articleByFile.get(c.file)?.meta.published);
      if (line) lines.push({ ...line, ...(date ? { date } : {}) });
    }
    hidden += Math.max(0, uniqueSentences(claims).length - PER_MEDIATOR);
  }
  const note = hidden > 0 ? `${hidden} more statements: add a topic, a year or a mediator to see them.` : undefined;
  return withText({ kind: "mediators", query: query ?? "", title, lines, sources: sources.refs(), ...(note ? { note } : {}) });
}

function mediatorClaims(index: AnswerIndex, filter: ItemFilter | null): Claim[] {
  const all = index.allClaims.filter((c) => isMediator(c.side));
  if (!filter) return all;
  const published = (c: Claim) => index.articleByFile.get(c.file)?.meta.published ?? null;
  const keep = (c: Claim, undated: boolean) => inTime(filter.time, c.date, published(c), undated) && ofSides(filter.sides.filter(isMediator), c.side);
  if (filter.topic) {
    const topic = topicFilter(index, filter.topic);
    if (topic && !topic.weak) {
      const onTopic = itemsOnTopic(topic, index.claimsByPassage).filter((c) => isMediator(c.side) && keep(c, true));
      if (onTopic.length > 0) return onTopic;
    }
    // "/mediators Lachin blockade": no mediator in the topic's passages, but the event's period still filters.
    if (!filter.time && filter.sides.length === 0) return [];
  }
  return all.filter((c) => keep(c, false));
}

/** One line per sentence: a sentence naming two mediators is one statement, shown once. */
function uniqueSentences(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => !seen.has(c.sentenceId) && seen.add(c.sentenceId) !== undefined);
}
