// An RSS 2.0, RSS 1.0 (RDF) or Atom feed → its items' links, read with fast-xml-parser (no DOM,
// no network: the caller fetches the feed within its limits). Each item is checked with zod; an
// item with no usable link is skipped, and a document that is no feed is refused by name.
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";

export interface FeedItem {
  link: string;
  title: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  textNodeName: "#text",
  // Entities are expanded by the parser's own table only: a feed cannot define new ones.
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

const text = z.union([z.string(), z.number()]).transform(String);
const textNode = z.union([text, z.object({ "#text": text }).transform((o) => o["#text"])]);
const webAddress = z
  .string()
  .trim()
  .url()
  .refine((url) => /^https?:\/\//i.test(url));

/** RSS: <link>https://…</link>; Atom: <link rel="alternate" href="…"/> (rel defaults to alternate). */
const link = z.union([textNode, z.object({ "@href": z.string(), "@rel": z.string().optional() })]);
const item = z.object({
  title: textNode.optional().catch(undefined),
  link: z.array(link).optional().catch(undefined),
  guid: z
    .union([textNode, z.object({ "#text": text, "@isPermaLink": z.string().optional() })])
    .optional()
    .catch(undefined),
  "@about": z.string().optional(),
});

type RawItem = z.infer<typeof item>;

/** @throws Error naming what was wrong when the XML is not a feed. */
export function readFeed(xml: string): FeedItem[] {
  let document: Record<string, unknown>;
  try {
    document = parser.parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`is not a readable feed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  const rss = document.rss as { channel?: { item?: unknown[] } } | undefined;
  const rdf = document.RDF as { item?: unknown[] } | undefined;
  const atom = document.feed as { entry?: unknown[] } | undefined;
  const raw = rss?.channel?.item ?? rdf?.item ?? atom?.entry;
  if (!rss && !rdf && !atom) throw new Error("is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)");
  const items: FeedItem[] = [];
  for (const entry of raw ?? []) {
    const parsed = item.safeParse(entry);
    if (!parsed.success) continue;
    const address = itemLink(parsed.data);
    if (address) items.push({ link: address, title: typeof parsed.data.title === "string" ? parsed.data.title.trim() : null });
  }
  return items;
}

function itemLink(entry: RawItem): string | null {
  const candidates: unknown[] = [];
  for (const l of entry.link ?? []) {
    if (typeof l === "string") candidates.push(l);
    else if (!l["@rel"] || l["@rel"] === "alternate") candidates.push(l["@href"]);
  }
  if (typeof entry.guid === "string") candidates.push(entry.guid);
  else if (entry.guid && entry.guid["@isPermaLink"] !== "false") candidates.push(entry.guid["#text"]);
  candidates.push(entry["@about"]);
  for (const candidate of candidates) {
    const parsed = webAddress.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return null;
}
