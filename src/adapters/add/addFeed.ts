// `add --feed URL`: the feed's items not seen before are added, so a cron job can keep a corpus
// current. Items seen are remembered per feed in the corpus folder's `.counterclaim-feeds.json`
// (a dot-file the corpus reader passes over): added ones, duplicates and ones refused for good
// (not an article, too large, not HTML). An item that could not be reached is tried again next run.
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { type AddOptions, type AddOutcome, addArticles } from "./addArticles.ts";
import { fetchLimited } from "./fetchLimited.ts";
import { sameUrl } from "./ledger.ts";
import { AddError } from "./readInput.ts";
import { readFeed } from "./readFeed.ts";

export const SEEN_FILE = ".counterclaim-feeds.json";

const seenSchema = z.object({ feeds: z.record(z.string(), z.array(z.string())) });

export interface FeedRun {
  feed: string;
  items: number;
  /** Items skipped because an earlier run saw them. */
  seenBefore: number;
  outcomes: AddOutcome[];
}

const FEED_TYPES = new Set(["application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+xml"]);

export async function addFeed(feedUrl: string, options: AddOptions): Promise<FeedRun> {
  let xml: string;
  try {
    const fetched = await fetchLimited(feedUrl, (type) => FEED_TYPES.has(type), options.limits);
    xml = new TextDecoder(fetched.charset ?? "utf-8").decode(fetched.bytes);
  } catch (error) {
    throw new AddError(`the feed ${feedUrl} ${error instanceof Error ? error.message : String(error)}`);
  }
  let items: ReturnType<typeof readFeed>;
  try {
    items = readFeed(xml);
  } catch (error) {
    throw new AddError(`the feed ${feedUrl} ${error instanceof Error ? error.message : String(error)}`);
  }
  const seenPath = join(options.corpusDir, SEEN_FILE);
  const seen = await readSeen(seenPath);
  const before = new Set(seen.feeds[feedUrl] ?? []);
  const fresh = [...new Map(items.filter((i) => !before.has(sameUrl(i.link))).map((i) => [sameUrl(i.link), i])).values()];
  const outcomes = await addArticles(
    fresh.map((i) => ({ kind: "url", url: i.link })),
    options,
  );
  const nowSeen = fresh.filter((_, n) => {
    const outcome = outcomes[n];
    return outcome !== undefined && !(outcome.status === "failed" && outcome.retry);
  });
  seen.feeds[feedUrl] = [...before, ...nowSeen.map((i) => sameUrl(i.link))];
  await writeSeen(seenPath, seen);
  return { feed: feedUrl, items: items.length, seenBefore: items.length - fresh.length, outcomes };
}

async function readSeen(path: string): Promise<z.infer<typeof seenSchema>> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (text === null) return { feeds: {} };
  let data: unknown = null;
  try {
    data = JSON.parse(text);
  } catch {
    // reported below as not a list of feeds
  }
  const parsed = seenSchema.safeParse(data);
  if (!parsed.success) throw new AddError(`${path} is not a list of feeds' seen items; move it away to start afresh`);
  return parsed.data;
}

/** Written whole under another name, then renamed: a crash leaves the old list, never half a file. */
async function writeSeen(path: string, seen: z.infer<typeof seenSchema>): Promise<void> {
  await writeFile(`${path}.tmp`, `${JSON.stringify(seen, null, 1)}\n`);
  await rename(`${path}.tmp`, path);
}
