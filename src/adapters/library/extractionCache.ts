// Each article's extraction, kept on disk between re-indexes, keyed by the hash of its name and
// text under a folder named for the pipeline hash (pipelineVersion.ts): a re-index extracts only
// the articles whose key it has not seen, and a change to the extraction code starts a new folder
// (the old one is removed once the new index is built). One small file per article (v8's
// serializer: the structured clone threads already use), so a build streams articles through the
// disk instead of holding them all, and removing an article removes one file.
// A manifest maps each file to the size and time it had when read, its identity and its key,
// so an unchanged file is not even read again. Anything unreadable here is a cache miss, never an error.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { type ArticleSearchParts, articleSearchParts } from "../../core/search/searchIndex.ts";
import type { ArticleKnowledge, ArticleSource, CorpusKnowledge } from "../../core/types.ts";

/** An article's extraction and what it adds to the search index (so neither is computed again). */
export interface CachedArticle {
  article: ArticleKnowledge;
  search: ArticleSearchParts;
}

export interface ManifestEntry {
  size: number;
  mtimeMs: number;
  key: string;
  identity: string;
}
export type Manifest = Record<string, ManifestEntry>;

const KEY = /^[0-9a-f]{32}$/;

/**
 * The manifest read, or null when an entry is not one (then none is trusted). Checked by hand, not
 * with zod: a record of 100k objects is most of a small re-index's read step, and this is our own
 * file. It accepts and returns what the zod schema it replaces did: each entry's four fields, no other.
 */
function asManifest(value: unknown): Manifest | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const manifest: Manifest = {};
  for (const [file, entry] of Object.entries(value)) {
    if (typeof entry !== "object" || entry === null) return null;
    const { size, mtimeMs, key, identity } = entry as Partial<Record<keyof ManifestEntry, unknown>>;
    if (typeof size !== "number" || Number.isNaN(size) || typeof mtimeMs !== "number" || Number.isNaN(mtimeMs)) return null;
    if (typeof key !== "string" || !KEY.test(key) || typeof identity !== "string") return null;
    manifest[file] = { size, mtimeMs, key, identity };
  }
  return manifest;
}

const MANIFEST = "manifest.json";

/** The key of an article's extraction: its name (ids carry it) and its text. */
export function articleKey(file: string, text: string): string {
  return createHash("sha256").update(file).update("\0").update(text).digest("hex").slice(0, 32);
}

/** The cache folder beside a saved index file. */
export function cacheDirFor(savePath: string): string {
  return `${savePath.replace(/\.bin$/, "")}.extractions`;
}

export class ExtractionCache {
  /** This pipeline's folder (the patch state lives there too: patchState.ts). */
  readonly dir: string;

  constructor(
    private readonly root: string,
    private readonly pipeline: string,
  ) {
    this.dir = join(root, pipeline);
    mkdirSync(this.dir, { recursive: true });
  }

  /** The files as last indexed by this pipeline; empty when there is none (or it is unreadable). */
  manifest(): Manifest {
    try {
      return asManifest(JSON.parse(readFileSync(join(this.dir, MANIFEST), "utf8"))) ?? {};
    } catch {
      return {};
    }
  }

  /** The keys stored, read once per cache object (a listing of the folder). */
  keys(): Set<string> {
    this.known ??= new Set(
      readdirSync(this.dir)
        .filter((name) => name.endsWith(".v8"))
        .map((name) => name.slice(0, -".v8".length)),
    );
    return this.known;
  }
  private known: Set<string> | null = null;

  /**
   * Whether the key is stored: from the listing once made, else by looking for its one file (a
   * re-index that reads a few changed files need not list a folder of 100,000 extractions).
   */
  has(key: string): boolean {
    return this.known ? this.known.has(key) : existsSync(join(this.dir, `${key}.v8`));
  }

  write(key: string, entry: CachedArticle): void {
    writeEntry(this.dir, key, entry);
    this.keys().add(key);
  }

  /** Keys another thread has stored in this folder (storeExtraction), so this object knows them. */
  noteStored(keys: Iterable<string>): void {
    const known = this.keys();
    for (const key of keys) known.add(key);
  }

  /** The stored extraction, or null when it is missing or damaged (then the article is extracted again). */
  read(key: string): CachedArticle | null {
    try {
      const value: unknown = deserialize(readFileSync(join(this.dir, `${key}.v8`)));
      return isCached(value) ? value : null;
    } catch {
      return null;
    }
  }

  /** Saves the manifest and removes every extraction it does not name, and every other pipeline's folder. */
  commit(manifest: Manifest): void {
    const path = join(this.dir, MANIFEST);
    writeFileSync(`${path}.tmp`, JSON.stringify(manifest));
    renameSync(`${path}.tmp`, path);
    const live = new Set(Object.values(manifest).map((entry) => entry.key));
    for (const key of this.keys()) {
      if (!live.has(key)) rmSync(join(this.dir, `${key}.v8`), { force: true });
    }
    for (const name of readdirSync(this.root)) {
      if (name !== this.pipeline) rmSync(join(this.root, name), { recursive: true, force: true });
    }
  }
}

function writeEntry(dir: string, key: string, entry: CachedArticle): void {
  const path = join(dir, `${key}.v8`);
  // Written aside and renamed, so a crash never leaves half an article under its key.
  writeFileSync(`${path}.tmp`, serialize(entry));
  renameSync(`${path}.tmp`, path);
}

/** Where a chunk's extraction goes: a cache folder, and each source's key there (in the chunk's order). */
export interface ChunkStore {
  dir: string;
  keys: readonly string[];
}

/**
 * Writes each article the extraction of `sources` gave to the cache folder under its source's
 * key, with its search parts; returns what was stored. Called on whichever thread extracted the
 * chunk (an extraction worker too), so the articles never cross between threads.
 */
export function storeExtraction(store: ChunkStore, sources: readonly ArticleSource[], knowledge: CorpusKnowledge): { passages: number; claims: number } {
  const keyOf = new Map(sources.map((source, i) => [source.file, store.keys[i]]));
  let passages = 0;
  let claims = 0;
  for (const article of knowledge.articles) {
    const key = keyOf.get(article.meta.file);
    if (key === undefined) throw new Error(`extraction returned an article that was not asked for (${article.meta.file})`);
    writeEntry(store.dir, key, { article, search: articleSearchParts(article) });
    passages += article.passages.length;
    claims += article.claims.length;
  }
  return { passages, claims };
}

/** The shape a stored value must have to be used: a cheap check of its top level (the file is our own). */
function isCached(value: unknown): value is CachedArticle {
  if (typeof value !== "object" || value === null) return false;
  const { article, search } = value as Partial<Record<keyof CachedArticle, unknown>>;
  return isArticle(article) && isSearchParts(search);
}

function isSearchParts(value: unknown): value is ArticleSearchParts {
  if (typeof value !== "object" || value === null) return false;
  const parts = value as Partial<Record<keyof ArticleSearchParts, unknown>>;
  return Array.isArray(parts.terms) && Array.isArray(parts.words) && Array.isArray(parts.places) && Array.isArray(parts.dates);
}

function isArticle(value: unknown): value is ArticleKnowledge {
  if (typeof value !== "object" || value === null) return false;
  const article = value as Partial<Record<keyof ArticleKnowledge, unknown>>;
  return (
    typeof article.meta === "object" &&
    article.meta !== null &&
    Array.isArray(article.passages) &&
    Array.isArray(article.claims) &&
    Array.isArray(article.casualties) &&
    typeof article.places === "object"
  );
}
