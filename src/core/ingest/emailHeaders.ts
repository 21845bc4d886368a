// A newsletter saved from a mail client starts with its headers ("From: The Caucasus Dispatch
// <hello@…>", "Subject: #58 | A deadly day on the border", "Date: Wed, 17 Nov 2021 07:02:11 +0400"):
// they say the title, the sender and the date as plainly as front matter does, and are no article text.
import type { FrontMatter } from "./frontMatter.ts";
import { metadataDate } from "./metadata.ts";

const HEADER = /^(from|to|subject|date|sent|cc|reply-to)\s*:\s*(.*)$/i;
/** Headers that must stand together before a block counts as a mail's: two at least. */
const MIN_HEADERS = 2;
const MAX_HEAD_LINES = 8;

export interface EmailHead {
  front: FrontMatter;
  /** The text with the header lines taken out. */
  body: string;
}

export function readEmailHeaders(text: string): EmailHead | null {
  const lines = text.split("\n");
  const fields = new Map<string, string>();
  let end = 0;
  for (let i = 0; i < Math.min(lines.length, MAX_HEAD_LINES); i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "" && fields.size === 0) continue;
    const m = HEADER.exec(line);
    if (!m) break;
    fields.set((m[1] ?? "").toLowerCase(), (m[2] ?? "").trim());
    end = i + 1;
  }
  if (fields.size < MIN_HEADERS || !fields.has("subject") || !(fields.has("from") || fields.has("date"))) return null;
  return {
    front: {
      title: fields.get("subject") || null,
      outlet: senderName(fields.get("from") ?? ""),
      published: metadataDate(fields.get("date") ?? fields.get("sent") ?? ""),
      url: null,
    },
    body: lines.slice(end).join("\n"),
  };
}

/** "The Caucasus Dispatch <hello@caucasusdispatch.news>" → "The Caucasus Dispatch"; a bare address names no one. */
function senderName(from: string): string | null {
  const name = from
    .replace(/<[^>]*>/g, "")
    .replace(/^["']|["']$/g, "")
    .trim();
  return name === "" || name.includes("@") ? null : name;
}
