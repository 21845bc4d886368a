// A messaging channel's export (Telegram and its like): a header block (the channel, its
// subscribers, the range of dates, the count of posts), then posts, each under a line giving the
// channel and its time ("Frontline Monitor, [19.09.2023 07:48]"), some "[Forwarded from …]", each
// followed by its view count. Unfolded into what the rest of ingest reads: each post's time on a
// line of its own (a live page's entries), a forwarded post's author as a label over it, and the
// export's furniture dropped. The channel is the outlet; the export's last day is its date.
import { patternsOf, type RuleTable } from "../rules/rule.ts";

export const CHAT_EXPORT_RULES = {
  postHeader: {
    pattern: /^(?<channel>[^\n[\]]{2,80}?),\s*\[(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})\s+(?<time>\d{1,2}:\d{2})(?::\d{2})?\]$/u,
    examples: ["Frontline Monitor, [19.09.2023 07:48]", "Karabakh Live, [2.10.2020 23:05:11]"],
    counterExamples: ["Frontline Monitor reported at 07:48 that the shelling had stopped."],
  },
  forwarded: {
    pattern: /^\[?forwarded from (?<author>[^\]\n]{2,100})\]?$/iu,
    examples: ["[Forwarded from Ministry of Defence of Armenia]", "Forwarded from Artsakh Information Center"],
    counterExamples: ["The post was forwarded from a closed group, the ministry said."],
  },
  viewCount: {
    pattern: /^(?:👁\u{FE0F}?\s*|views?\s*:?\s*)\d[\d\s,.]*[KkMm]?$/iu,
    examples: ["views: 38.1K", "Views: 1 204", "👁 12.4K"],
    counterExamples: ["Views differ on who fired first."],
  },
  channelField: {
    pattern: /^channel\s*:\s*(?<name>[^(@\n]{2,80}?)\s*(?:\(@[\w.]+\))?$/iu,
    examples: ["channel: Frontline Monitor (@frontline_live)", "Channel: Karabakh Live"],
    counterExamples: ["The channel said two soldiers were killed."],
  },
  exportFurniture: {
    pattern:
      /^(?:={2,}[^=\n]*={2,}|={3,}|subscribers(?: at export)?\s*:.*|members\s*:\s*\d.*|range\s*:.*|posts\s*:\s*\d+.*|exported\s*(?:on|at)?\s*:.*|media omitted.*|(?:pinned\.?\s+)?support the channel\b.*|(?:backup|reserve|spare) channel\b.*|(?:join|subscribe to|follow) (?:the|our) (?:channel|chat)\b.*)$/iu,
    examples: [
      "=== tg-archive export ===",
      "========================",
      "subscribers at export: 61 842",
      "range: 19.09.2023 06:50 — 21.09.2023 11:30",
      "posts: 16 | media omitted",
      "Support the channel: every boost keeps the feed free",
      "Pinned. Support the channel with a boost",
      "Reserve channel if we are blocked: @frontline_spare",
    ],
    counterExamples: ["Posts on the channel said the road was closed."],
  },
  rangeEnd: {
    pattern: /^range\s*:.*?[—–-]\s*(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})\b/iu,
    examples: ["range: 19.09.2023 06:50 — 21.09.2023 11:30 (UTC+4)"],
    counterExamples: ["range: the whole of September"],
  },
} satisfies RuleTable<string>;

const CHAT = patternsOf(CHAT_EXPORT_RULES);

/** Emoji, flags (regional indicator pairs) and their joiners at the start of a post's line. */
const LEADING_PICTOGRAPHS = /^(?:\s|\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D})+/u;

/** Post headers that make a text an export: fewer is a quoted post or two inside an article. */
const MIN_POSTS = 3;

export interface UnfoldedExport {
  text: string;
  channel: string | null;
  /** The export's last day (YYYY-MM-DD), from its range. */
  lastDay: string | null;
}

const pad = (n: string | undefined) => (n ?? "").padStart(2, "0");

/** The text unchanged (and no channel) unless it is a channel's export. */
export function unfoldChatExport(text: string): UnfoldedExport {
  const lines = text.split("\n");
  if (lines.filter((l) => CHAT.postHeader.test(l.trim())).length < MIN_POSTS) return { text, channel: null, lastDay: null };
  let channel: string | null = null;
  let lastDay: string | null = null;
  const out: string[] = [];
  let stamp = "";
  for (const raw of lines) {
    const line = raw.trim();
    const header = CHAT.postHeader.exec(line)?.groups;
    const forwarded = CHAT.forwarded.exec(line)?.groups?.author;
    const field = CHAT.channelField.exec(line)?.groups?.name;
    const end = CHAT.rangeEnd.exec(line)?.groups;
    if (end) lastDay = `${end.year}-${pad(end.month)}-${pad(end.day)}`;
    if (header) {
      channel ??= header.channel?.trim() ?? null;
      // "19.09.2023 07:48" on a line of its own: the time stamp of a live page's entry.
      stamp = `${header.day}.${header.month}.${header.year} ${header.time}`;
      out.push("", stamp, "");
    } else if (forwarded) {
      // "Ministry of Defence of Armenia (Telegram), 19.09.2023 13:41:" over the post: the label the
      // poster rule reads, with the post's time so that two posts of one author stay two labels.
      out.push("", `${forwarded.trim()} (Telegram)${stamp ? `, ${stamp}` : ""}:`, "");
    } else if (field) {
      channel = field.trim();
    } else if (!CHAT.viewCount.test(line) && !CHAT.exportFurniture.test(line.replace(LEADING_PICTOGRAPHS, ""))) {
      // "⚡️ Baku: …", "🇺🇸 Blinken: …": the channel's pictographs before a speaker's label are decoration.
      out.push(raw.replace(LEADING_PICTOGRAPHS, ""));
    }
  }
  return { text: out.join("\n"), channel, lastDay };
}
