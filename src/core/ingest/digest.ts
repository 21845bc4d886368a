// A monitoring digest of several items (a daily digest in parts, a newsline): the page has no
// headline of its own, so none of its items' headlines is the article's title.

/** The digest's own notes: its masthead, "This is Part I of … Daily Digest", "INSIDE TODAY'S DIGEST: …". */
const DIGEST_MARKER =
  /^(?:[A-Za-z/&' -]{0,40}\b(?:daily digest|newsline)|inside (?:today'?s|this (?:week'?s )?|the)\s*(?:digest|issue|edition|newsline)\s*:.*|this is part (?:\d|[ivx]{1,3}) of\b.*\b(?:digest|newsline)\b.*)$/im;

export function isDigestPage(text: string): boolean {
  return DIGEST_MARKER.test(text);
}

/** A digest with this many item headlines or more is a digest of several items. */
export const DIGEST_MIN_ITEMS = 2;

/**
 * A feed's export or print view says what it is: "ENGLISH FEED EXPORT", "newsline export",
 * "ITEM 1 of 3", "Printed from site.az on …". A bulletin of items without such a note may still be
 * headed by its first story.
 */
const FEED_EXPORT_MARKER = /\b(?:feed|newsline|news\s?line|archive)\s+export\b|^items?\s+1\s+of\s+\d{1,3}\s*$|^printed\s+from\s+\S+/im;

export function isFeedExport(text: string): boolean {
  return FEED_EXPORT_MARKER.test(text);
}
