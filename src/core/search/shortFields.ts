// Fuse.js over the short fields a person names from memory: places, speakers, titles, outlets.
// These are a few thousand strings even for a large corpus, which is where Fuse is fast and good;
// the saved index keeps the fields and rebuilds Fuse's small index on load.
import Fuse from "fuse.js";
import type { ArticleKnowledge, CorpusKnowledge } from "../types.ts";

export type ShortFieldKind = "place" | "speaker" | "title" | "outlet";

export interface ShortField {
  kind: ShortFieldKind;
  value: string;
}

export interface ShortFieldIndex {
  fields: ShortField[];
  fuse: Fuse<ShortField>;
}

const KEYS = ["value"];
const OPTIONS = { keys: KEYS, includeScore: true, threshold: 0.3, ignoreLocation: true, ignoreDiacritics: true };

export function collectShortFields(knowledge: CorpusKnowledge): ShortField[] {
  const collector = new ShortFieldCollector();
  for (const article of knowledge.articles) collector.add(article);
  return collector.fields;
}

/** The short fields of articles given one at a time, each distinct value once, in first-seen order. */
export class ShortFieldCollector {
  private readonly seen = new Set<string>();
  readonly fields: ShortField[] = [];

  add(article: ArticleKnowledge): void {
    this.field("title", article.meta.title);
    this.field("outlet", article.meta.outlet);
    for (const names of Object.values(article.places)) for (const place of names) this.field("place", place);
    for (const claim of article.claims) this.field("speaker", claim.speaker);
  }

  private field(kind: ShortFieldKind, value: string | null | undefined): void {
    const trimmed = value?.trim();
    if (!trimmed || trimmed.length > 200) return;
    const key = `${kind}:${trimmed.toLowerCase()}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.fields.push({ kind, value: trimmed });
  }
}

export function buildShortFieldIndex(fields: ShortField[]): ShortFieldIndex {
  const index = Fuse.createIndex(KEYS, fields);
  return { fields, fuse: new Fuse(fields, OPTIONS, index) };
}

/** Short fields of one kind matching a typed name, best first. Plain fuzzy search: no operators. */
export function findShortFields(index: ShortFieldIndex, text: string, kind: ShortFieldKind, limit = 5): ShortField[] {
  const pattern = text.trim().slice(0, 64);
  if (!pattern) return [];
  return index.fuse
    .search(pattern, { limit: limit * 4 })
    .filter((r) => r.item.kind === kind)
    .slice(0, limit)
    .map((r) => r.item);
}
