// What the corpus already holds, for telling a duplicate: each article's web address (front
// matter `url`, or a page's canonical link) and a hash of its text with case, punctuation and
// white space folded away, so the same story saved twice, or as .txt and again as .md, is one.
import { createHash } from "node:crypto";
import { splitFrontMatter } from "../../core/ingest/frontMatter.ts";
import { loadCorpus } from "../corpus/loadCorpus.ts";

export interface Ledger {
  /** Address → the corpus file that has it. */
  urls: Map<string, string>;
  /** Text hash → the corpus file that has it. */
  texts: Map<string, string>;
}

export async function readLedger(corpusDir: string): Promise<Ledger> {
  const ledger: Ledger = { urls: new Map(), texts: new Map() };
  const { sources } = await loadCorpus(corpusDir);
  for (const { file, text } of sources) {
    try {
      const { front, body } = splitFrontMatter(file, text.replace(/\r\n?/g, "\n"));
      remember(ledger, file, front?.url ?? null, body);
    } catch {
      remember(ledger, file, null, text); // a bad front matter is the reindex's to report; its text still counts
    }
  }
  return ledger;
}

export function remember(ledger: Ledger, file: string, url: string | null, body: string): void {
  if (url) ledger.urls.set(sameUrl(url), file);
  ledger.texts.set(textHash(body), file);
}

/** The corpus file that already has this article, by address or by text; null when it is new. */
export function duplicateOf(ledger: Ledger, url: string | null, body: string): string | null {
  return (url ? ledger.urls.get(sameUrl(url)) : undefined) ?? ledger.texts.get(textHash(body)) ?? null;
}

/** An address without its fragment or a trailing slash: the same page however it was linked. */
export function sameUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = "";
    return parsed.href.replace(/\/$/, "");
  } catch {
    return url;
  }
}

function textHash(body: string): string {
  const folded = body
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return createHash("sha256").update(folded).digest("hex");
}
