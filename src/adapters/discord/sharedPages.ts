// Identical answers share one set of pages: in a burst, thirty people asking /sources within a
// minute get the same answer, and each copy of its pages would weigh megabytes and take a turn to
// cut. Keyed by everything the pages are made from, so a changed index makes a new entry.
import { createHash } from "node:crypto";
import type { CommandResult } from "../render/commandResult.ts";
import { pageResult, type PagedAnswer } from "../render/toDiscordPages.ts";

/** 16 MB of recent answers' pages: a handful of the largest, hundreds of short ones. */
const DEFAULT_MAX_BYTES = 16 * 2 ** 20;

export class SharedPages {
  private readonly entries = new Map<string, PagedAnswer>();
  private keptBytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  pagesOf(result: CommandResult): PagedAnswer {
    // A re-index report is new every time.
    if (result.type !== "answer") return pageResult(result);
    // `text` is the whole answer again, as plain text: everything else already decides the pages.
    const key = createHash("sha256")
      .update(JSON.stringify({ ...result.answer, text: "" }))
      .digest("base64");
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, cached);
      return cached;
    }
    const paged = pageResult(result);
    this.entries.set(key, paged);
    this.keptBytes += paged.bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.keptBytes <= this.maxBytes || old === paged) break;
      this.entries.delete(oldKey);
      this.keptBytes -= old.bytes;
    }
    return paged;
  }
}
