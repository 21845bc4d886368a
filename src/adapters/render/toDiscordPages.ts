// Discord's rendering: an answer becomes one or more pages, each a message that stays within every
// Discord limit whatever the corpus holds. Pages are cut between lines, never inside one.
import type { APIEmbed } from "discord.js";
import type { SourceRef } from "../../core/types.ts";
import { answerBlocks, groupSources, sourceNumbers, type AnswerBlock } from "./answerBlocks.ts";
import type { CommandResult } from "./commandResult.ts";
import { DISCORD_LIMITS, embedCharacters } from "./discordLimits.ts";
import { reindexSummary } from "./reindexSummary.ts";
import { discordText, plainText, truncate } from "./sanitize.ts";

/** A claim shown on a page, for the "Wrong side?" report form. */
export interface PageClaim {
  lineIndex: number;
  claimId?: string;
  label: string;
  text: string;
}

export interface DiscordPage {
  embeds: APIEmbed[];
  claims: PageClaim[];
}

/** Room kept free under the 6000 total for the footer's page numbers. */
const TOTAL_BUDGET = DISCORD_LIMITS.charactersPerMessage - 200;
/** A page's text reads in under half a minute; the rest of the answer is on the next pages. */
const PAGE_TEXT = 1500;
/** One line may never take more than this, so that any line fits on a page with its sources. */
const MAX_LINE = 1500;
const MAX_SOURCE_LINE = 300;
/** A line citing dozens of sources shows the first ones; the rest would crowd out the page. */
const MAX_REFS_PER_LINE = 8;
const MAX_SOURCE_FIELDS = 20;

const COLOURS: Record<string, number> = {
  ask: 0x5865f2,
  incident: 0xed4245,
  claims: 0xfee75c,
  casualties: 0x992d22,
  mediators: 0x57f287,
  sources: 0x99aab5,
  reindex: 0x3498db,
};

interface Item {
  text: string;
  refs: number[];
  claim?: PageClaim;
  /** Headings are repeated on the next page when a group continues there. */
  heading?: boolean;
}

export function resultToDiscordPages(result: CommandResult): DiscordPage[] {
  if (result.type === "reindex") {
    const summary = reindexSummary(result.report);
    const items: Item[] = [
      ...summary.lines.map((text) => ({ text: discordText(text), refs: [] })),
      ...(summary.errors.length ? [{ text: "**Errors**", refs: [], heading: true }] : []),
      ...summary.errors.map((e) => ({ text: `- ${truncate(discordText(e), MAX_LINE)}`, refs: [] })),
    ];
    return packPages(summary.title, COLOURS.reindex!, items, []);
  }
  const { answer } = result;
  const items = answerBlocks(answer).map(blockItem);
  if (items.length === 0) items.push({ text: "*Nothing to show.*", refs: [] });
  return packPages(answer.title, COLOURS[answer.kind] ?? 0x99aab5, items, answer.sources);
}

function blockItem(block: AnswerBlock): Item {
  if (block.type === "note") return { text: `*${truncate(discordText(block.text), MAX_LINE)}*`, refs: [] };
  if (block.type === "heading") return { text: `**${truncate(discordText(block.text), 200)}**`, refs: [], heading: true };
  // Inside a code block nothing is markdown; only a fence could break out of it.
  if (block.type === "table")
    return { text: `\`\`\`\n${block.lines.map((l) => truncate(plainText(l).replace(/[`\n]/g, "'"), 120)).join("\n")}\n\`\`\``, refs: block.refs };
  const refs = block.refs.slice(0, MAX_REFS_PER_LINE);
  const label = truncate(discordText(block.label), 120);
  const head = `**${label}**${block.markers.map((m) => ` [${m}]`).join("")}: `;
  const tail = refs.length ? ` ${refs.map((n) => `[${n}]`).join("")}` : "";
  const text = `${head}${truncate(discordText(block.text), MAX_LINE - head.length - tail.length)}${tail}`;
  const claim =
    block.lineIndex >= 0
      ? { lineIndex: block.lineIndex, label: block.label, text: block.text, ...(block.claimId ? { claimId: block.claimId } : {}) }
      : undefined;
  return { text, refs, ...(claim ? { claim } : {}) };
}

function sourceFields(refs: Set<number>, sources: readonly SourceRef[]): { name: string; value: string }[] {
  const fields: { name: string; value: string }[] = [];
  let value = "";
  for (const group of groupSources(sources, refs)) {
    const line = `**${sourceNumbers(group.numbers)}** ${truncate(discordText(group.summary), MAX_SOURCE_LINE)}`;
    if (value && value.length + 1 + line.length > DISCORD_LIMITS.fieldValue) {
      fields.push({ name: fields.length ? "Sources (continued)" : "Sources", value });
      value = "";
    }
    value = value ? `${value}\n${line}` : line;
  }
  if (value) fields.push({ name: fields.length ? "Sources (continued)" : "Sources", value });
  return fields;
}

function buildEmbed(title: string, colour: number, items: Item[], sources: readonly SourceRef[]): APIEmbed {
  const refs = new Set(items.flatMap((i) => i.refs));
  const fields = sourceFields(refs, sources);
  return {
    title,
    color: colour,
    description: items.map((i) => i.text).join("\n"),
    ...(fields.length ? { fields } : {}),
  };
}

function fits(embed: APIEmbed): boolean {
  return (
    (embed.description?.length ?? 0) <= Math.min(PAGE_TEXT, DISCORD_LIMITS.description) &&
    (embed.fields?.length ?? 0) <= MAX_SOURCE_FIELDS &&
    embedCharacters(embed) <= TOTAL_BUDGET
  );
}

/** Greedy packing: add lines to a page until the next one would break a limit, then start a new page. */
function packPages(rawTitle: string, colour: number, items: Item[], sources: readonly SourceRef[]): DiscordPage[] {
  const title = truncate(discordText(rawTitle), DISCORD_LIMITS.title);
  const pageItems: Item[][] = [];
  let current: Item[] = [];
  let heading: Item | undefined;
  for (const item of items) {
    if (current.length && !fits(buildEmbed(title, colour, [...current, item], sources))) {
      // A heading never ends a page: it moves down with the lines it introduces.
      const orphan = current.length > 1 && current.at(-1)?.heading ? current.pop() : undefined;
      pageItems.push(current);
      if (orphan) current = [orphan];
      else current = heading && !item.heading ? [{ ...heading, text: `${heading.text} *(continued)*` }] : [];
    }
    current.push(item);
    if (item.heading) heading = item;
  }
  if (current.length) pageItems.push(current);

  return pageItems.map((page, index) => {
    const embed = buildEmbed(title, colour, page, sources);
    embed.footer = { text: pageItems.length > 1 ? `Page ${index + 1}/${pageItems.length} · Counterclaim` : "Counterclaim" };
    return { embeds: [embed], claims: page.flatMap((i) => (i.claim ? [i.claim] : [])) };
  });
}
