// Adds articles to the corpus: each input is read (readInput.ts), read by the core as the index
// will read it (its title, outlet, date and claims, for the report), checked against what the
// corpus already holds, and stored as Markdown with front matter (storeArticle.ts). Nothing in
// the corpus is changed or removed; one input's failure does not stop the others. The caller
// re-indexes once at the end (the CLI through the library, the bot through its answer service).
import { parseArticle } from "../../core/ingest/parseArticle.ts";
import { extractArticle } from "../../core/knowledge/extractArticle.ts";
import type { ClaimSide } from "../../core/types.ts";
import { withFrontMatter } from "../html/articleText.ts";
import { MIN_ARTICLE_WORDS } from "../html/readHtmlPage.ts";
import type { FetchLimits } from "./fetchLimited.ts";
import { duplicateOf, type Ledger, readLedger, remember } from "./ledger.ts";
import { AddError, type ArticleInput, describeInput, readInput } from "./readInput.ts";
import { storeArticle } from "./storeArticle.ts";

export interface ArticleRead {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, or null: the date is unknown. */
  published: string | null;
  url: string | null;
  /** Claims per side, most first. */
  claimsBySide: [ClaimSide, number][];
}

export type AddOutcome =
  | ({ input: string; status: "added"; file: string; notes: string[] } & ArticleRead)
  | ({ input: string; status: "duplicate"; of: string } & ArticleRead)
  | { input: string; status: "failed"; reason: string; retry: boolean };

export interface AddOptions {
  corpusDir: string;
  limits: FetchLimits;
  /** The time recorded as `added` (tests fix it). */
  now?: () => Date;
  onOutcome?: (outcome: AddOutcome, done: number, total: number) => void;
  /** What the corpus holds; read from the corpus folder when not given. */
  ledger?: Ledger;
}

export const NO_DATE_NOTE = "no date found: added with the date unknown";

export async function addArticles(inputs: readonly ArticleInput[], options: AddOptions): Promise<AddOutcome[]> {
  const ledger = options.ledger ?? (await readLedger(options.corpusDir));
  const outcomes: AddOutcome[] = [];
  for (const input of inputs) {
    const outcome = await addOne(input, ledger, options);
    outcomes.push(outcome);
    options.onOutcome?.(outcome, outcomes.length, inputs.length);
  }
  return outcomes;
}

async function addOne(input: ArticleInput, ledger: Ledger, options: AddOptions): Promise<AddOutcome> {
  const name = describeInput(input);
  try {
    const { fields, body, url } = await readInput(input, options.limits);
    const read = readByCore(name, withFrontMatter({ ...fields, url }, body), url);
    const duplicate = duplicateOf(ledger, url, body);
    if (duplicate) return { input: name, status: "duplicate", of: duplicate, ...read };
    const added = (options.now ?? (() => new Date()))().toISOString();
    const text = withFrontMatter({ title: read.title, outlet: read.outlet, published: read.published, url, added }, body);
    const file = await storeArticle(options.corpusDir, read.title, read.published, text);
    remember(ledger, file, url, body);
    return { input: name, status: "added", file, notes: read.published ? [] : [NO_DATE_NOTE], ...read };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { input: name, status: "failed", reason, retry: error instanceof AddError && error.retry };
  }
}

/** The article as the index will read it: metadata and claims, or a refusal when it is no article. */
function readByCore(name: string, text: string, url: string | null): ArticleRead {
  let knowledge: ReturnType<typeof extractArticle>;
  try {
    knowledge = extractArticle(parseArticle({ file: name, text }));
  } catch (error) {
    throw new AddError(error instanceof Error ? error.message : String(error));
  }
  const words = knowledge.passages
    .filter((p) => !p.heading)
    .flatMap((p) => p.text.split(/\s+/))
    .filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_ARTICLE_WORDS) throw new AddError(`is not an article: it holds ${words === 0 ? "no" : `only ${words} words of`} text to index`);
  const counts = new Map<ClaimSide, number>();
  for (const claim of knowledge.claims) counts.set(claim.side, (counts.get(claim.side) ?? 0) + 1);
  const { title, outlet, published } = knowledge.meta;
  return { title, outlet, published, url, claimsBySide: [...counts].sort((a, b) => b[1] - a[1]) };
}
