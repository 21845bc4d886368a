// Numbers the passages an answer cites, in the order the answer first cites them.
import type { SourceRef } from "../types.ts";
import type { PassageRecord } from "../search/searchIndex.ts";

export interface SourceList {
  /** The source number for a passage, adding it if new. */
  cite(record: PassageRecord): number;
  refs(): SourceRef[];
}

export function createSourceList(): SourceList {
  const byPassage = new Map<string, SourceRef>();
  return {
    cite(record) {
      const known = byPassage.get(record.passage.id);
      if (known) return known.n;
      const { meta } = record.article;
      const ref: SourceRef = {
        n: byPassage.size + 1,
        file: record.passage.file,
        passageId: record.passage.id,
        text: record.passage.text,
        outlet: meta.outlet,
        published: meta.published,
        title: meta.title,
      };
      byPassage.set(record.passage.id, ref);
      return ref.n;
    },
    refs: () => [...byPassage.values()],
  };
}
