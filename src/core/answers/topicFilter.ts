// Narrows claims, figures or statements to a topic typed by a person ("Hadrut", "drones in March"),
// reusing the passage search so that misspellings, synonyms, dates and places work the same everywhere.
import { searchPassages } from "../search/search.ts";
import type { AnswerIndex } from "./answerIndex.ts";

export interface TopicFilter {
  /** Passage id → rank (0 = best); absent passages are off topic. */
  rank: Map<string, number>;
  weak: boolean;
}

/** How many passages a topic may cover: plenty for a topic, bounded for 100k passages. */
const TOPIC_PASSAGES = 300;

export function topicFilter(index: AnswerIndex, topic: string | undefined): TopicFilter | null {
  if (!topic || topic.trim() === "") return null;
  const result = searchPassages(index.search, topic, { limit: TOPIC_PASSAGES, candidates: TOPIC_PASSAGES });
  const best = result.hits[0]?.coverage ?? 0;
  // Keep passages that hold as much of the topic as the best one does (or nearly).
  const kept = result.hits.filter((h) => h.coverage >= Math.min(best, 0.99) * 0.8);
  return { rank: new Map(kept.map((h, i) => [h.record.passage.id, i])), weak: result.weak };
}

/** The items of the topic's passages, best-ranked passage first (cheap: only those passages). */
export function itemsOnTopic<T>(filter: TopicFilter, byPassage: Map<string, T[]>): T[] {
  const ranked = [...filter.rank].sort((a, b) => a[1] - b[1]);
  return ranked.flatMap(([passageId]) => byPassage.get(passageId) ?? []);
}
