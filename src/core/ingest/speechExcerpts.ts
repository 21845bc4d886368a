// A speech a page prints in excerpts set as block quotations, between its own notes: whose words the excerpts are.
import type { ArticleStructure, Passage } from "../types.ts";
import { GENRE_CUES } from "./genreCues.ts";

/** How many quoted blocks make a page a speech's excerpts, rather than a story quoting a post. */
const MIN_EXCERPTS = 2;
/** How far into the page its note on the excerpts may stand, after its title, standfirst and lead. */
const EXCERPT_NOTE_REACH = 4;
/** "The passages below are taken from the delivered text", "Excerpts, with our annotations", "Full text". */
const EXCERPTS_NOTE = /\b(?:excerpts?|extracts?|(?:key\s+)?passages|full\s+text|delivered\s+text|as\s+delivered|transcript)\b/i;

/**
 * "Pashinyan's address to the UN General Assembly" over excerpts set as block quotations ("> On 13
 * September, …"), the page's own paragraphs between them: each excerpt is an answer of the speaker
 * the title names; what the page says around them keeps its own speakers ("He said …").
 */
export function speechExcerpts(passages: readonly Passage[], title: string | null, quotedIds: readonly string[]): ArticleStructure["turns"] {
  const turns: ArticleStructure["turns"] = {};
  const quoted = passages.filter((p) => !p.heading && quotedIds.includes(p.id));
  // (Only where the page says it prints the speech's own passages: "Aliyev's speech angers Yerevan" over
  // block-quoted reactions quotes others.)
  const printed = [title ?? "", ...passages.slice(0, EXCERPT_NOTE_REACH).map((p) => p.text)].some((t) => EXCERPTS_NOTE.test(t));
  const m = quoted.length >= MIN_EXCERPTS && printed ? GENRE_CUES.speechTitle.exec(title ?? "") : null;
  const speaker = (m?.[1] ?? m?.[2])?.trim();
  if (!speaker) return turns;
  for (const p of quoted) turns[p.id] = { role: "answer", label: speaker, prefix: 0 };
  return turns;
}
