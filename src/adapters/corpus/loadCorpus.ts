// Reads the corpus folder: every .txt or .md file is one article.
// A file that cannot be read is reported with its reason and skipped; the rest are still read.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleSource } from "../../core/types.ts";

export interface CorpusReadError {
  file: string;
  reason: string;
}

export interface LoadedCorpus {
  sources: ArticleSource[];
  errors: CorpusReadError[];
}

const ARTICLE_FILE = /\.(txt|md)$/i;

export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => ARTICLE_FILE.test(n)).sort();
  } catch (error) {
    throw new Error(`counterclaim: cannot read the corpus folder ${dir}: ${reasonOf(error)}`);
  }
  const sources: ArticleSource[] = [];
  const errors: CorpusReadError[] = [];
  for (const file of names) {
    try {
      const bytes = await readFile(join(dir, file));
      sources.push({ file, text: decodeUtf8(bytes) });
    } catch (error) {
      errors.push({ file, reason: reasonOf(error) });
    }
  }
  return { sources, errors };
}

/** Decodes strictly so that a binary or mis-encoded file is reported, not indexed as mojibake. */
function decodeUtf8(bytes: Buffer): string {
  if (bytes.includes(0)) throw new Error("not a text file (it contains NUL bytes)");
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
}

export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/^counterclaim: /, "");
  return String(error);
}
