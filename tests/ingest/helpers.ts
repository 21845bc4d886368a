// Small builders shared by the ingestion tests.
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import type { ParsedArticle } from "../../src/core/types.ts";

/** Parses an article written inline; lines are joined with "\n" so tests read like the file. */
export function parse(file: string, ...lines: string[]): ParsedArticle {
  return parseArticle({ file, text: lines.join("\n") });
}

export function texts(article: ParsedArticle): string[] {
  return article.passages.map((p) => p.text);
}

export function bodyTexts(article: ParsedArticle): string[] {
  return article.passages.filter((p) => !p.heading).map((p) => p.text);
}
