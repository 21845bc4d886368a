// Discord's rendering: an answer becomes one or more pages, each a message that stays within every
// Discord limit whatever the corpus holds. Pages are cut between lines, never inside one.
import { embedLength, type APIEmbed } from "discord.js";
import { SIDES } from "../../core/sides/sides.ts";
import type { Answer, SourceRef } from "../../core/types.ts";
import { answerBlocks, sourceNumbers, sourceSummary, type AnswerBlock } from "./answerBlocks.ts";
import type { CommandResult } from "./commandResult.ts";
import { DISCORD_LIMITS } from "./discordLimits.ts";
import { reindexSummary } from "./reindexSummary.ts";
import { SIDE_NAMES, sideColour } from "./sideLabels.ts";
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

/**
 * An answer cut into pages, each rendered only when shown: a /sources answer over thousands of
 * articles has a hundred pages and most are never turned to.
 */
export interface PagedAnswer {
  readonly pageCount: number;
  /** A rough size of what this answer keeps in memory while its buttons work. */
  readonly bytes: number;
  /** The page's message, or undefined past the last page. */
  page(index: number): DiscordPage | undefined;
  /** The claims on a page, without rendering it (for its buttons and report form). */
  claims(index: number): PageClaim[];
}

/** Every page at once: for tests and callers that show all of them. */
export function resultToDiscordPages(result: CommandResult): DiscordPage[] {
  const paged = pageResult(result);
  return Array.from({ length: paged.pageCount }, (_, i) => paged.page(i)!);
}

export function pageResult(result: CommandResult): PagedAnswer {
  if (result.type === "reindex") {
    const summary = reindexSummary(result.report);
    const items: Item[] = [
      ...summary.lines.map((text) => ({ text: discordText(text), refs: [] })),
      ...(summary.errors.length ? [{ text: "**Errors**", refs: [], heading: true }] : []),
      ...summary.errors.map((e) => ({ text: `- ${truncate(discordText(e), MAX_LINE)}`, refs: [] })),
    ];
    return pagedAnswer(summary.title, COLOURS.reindex!, items, []);
  }
  const { answer } = result;
  const items = answerBlocks(answer).map(blockItem);
  if (items.length === 0) items.push({ text: "*Nothing to show.*", refs: [] });
  return pagedAnswer(answer.title, answerColour(answer), items, answer.sources);
}

/** One side's claims wear that side's colour, as its bars do in the charts; other answers their kind's. */
export function answerColour(answer: Pick<Answer, "kind" | "title">): number {
  const side =
    answer.kind === "claims"
      ? SIDES.find((s) => new RegExp(`^Claims by ${SIDE_NAMES[s].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?: on |$)`).test(answer.title))
      : undefined;
  return side ? Number.parseInt(sideColour(side).slice(1), 16) : (COLOURS[answer.kind] ?? 0x99aab5);
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

/**
 * The numbered sources an answer cites, looked up by number, so that a page lists its own sources
 * without walking every source of the answer (a /sources answer cites thousands).
 */
class SourceTable {
  private readonly byNumber = new Map<number, { order: number; source: SourceRef; key?: string; line?: string }>();

  constructor(sources: readonly SourceRef[]) {
    for (const [order, source] of sources.entries()) this.byNumber.set(source.n, { order, source });
  }

  /** Fields listing the sources behind `refs`, in the answer's order, each article once with all its numbers. */
  fields(refs: Iterable<number>): { name: string; value: string }[] {
    const fields: { name: string; value: string }[] = [];
    let value = "";
    for (const group of this.groups(refs)) {
      const line = `**${sourceNumbers(group.numbers)}** ${group.line}`;
      if (value && value.length + 1 + line.length > DISCORD_LIMITS.fieldValue) {
        fields.push({ name: fieldName(fields.length), value });
        value = "";
      }
      value = value ? `${value}\n${line}` : line;
    }
    if (value) fields.push({ name: fieldName(fields.length), value });
    return fields;
  }

  /** A cited source with its line text and grouping key, worked out once per answer. */
  entry(n: number): SourceEntry | undefined {
    const entry = this.byNumber.get(n);
    if (!entry) return undefined;
    entry.line ??= truncate(discordText(sourceSummary(entry.source)), MAX_SOURCE_LINE);
    entry.key ??= `${entry.source.file}\u0000${sourceSummary(entry.source)}`;
    return entry as SourceEntry;
  }

  /** Characters kept for the sources, for the memory estimate. */
  get characters(): number {
    let sum = 0;
    for (const { source } of this.byNumber.values()) sum += (source.title?.length ?? 0) + (source.outlet?.length ?? 0) + source.file.length + 10;
    return sum;
  }

  /** The cited sources grouped as groupSources groups them: one line per article and summary, in the answer's order. */
  private groups(refs: Iterable<number>): { numbers: number[]; line: string }[] {
    const cited = [...new Set(refs)].flatMap((n) => this.byNumber.get(n) ?? []).sort((a, b) => a.order - b.order);
    const groups = new Map<string, { numbers: number[]; line: string }>();
    for (const { source } of cited) {
      const entry = this.entry(source.n)!;
      const group = groups.get(entry.key);
      if (group) group.numbers.push(entry.source.n);
      else groups.set(entry.key, { numbers: [entry.source.n], line: entry.line });
    }
    return [...groups.values()];
  }
}

interface SourceEntry {
  order: number;
  source: SourceRef;
  key: string;
  line: string;
}

interface MeteredGroup {
  order: number;
  numbers: number[];
  /** Characters of "**[1][2]** line". */
  length: number;
}

/**
 * The sources fields of a page, measured as sources are added: the same grouping and packing as
 * SourceTable.fields, in lengths only, so that measuring a line allocates next to nothing.
 */
class FieldsMeter {
  private readonly groups = new Map<string, MeteredGroup>();
  private readonly ordered: MeteredGroup[] = [];

  constructor(private readonly sources: SourceTable) {}

  /** Adds the sources and returns a function that takes them out again. */
  add(refs: readonly number[]): () => void {
    const saved: { group: MeteredGroup; count: number; length: number; order: number }[] = [];
    const created: [string, MeteredGroup][] = [];
    for (const n of refs) {
      const entry = this.sources.entry(n);
      if (!entry) continue;
      let group = this.groups.get(entry.key);
      if (!group) {
        group = { order: entry.order, numbers: [], length: 0 };
        this.groups.set(entry.key, group);
        this.ordered.push(group);
        created.push([entry.key, group]);
      } else if (!saved.some((s) => s.group === group)) {
        saved.push({ group, count: group.numbers.length, length: group.length, order: group.order });
      }
      group.numbers.push(n);
      group.order = Math.min(group.order, entry.order);
      group.length = 5 + sourceNumbers(group.numbers).length + entry.line.length;
    }
    this.ordered.sort((a, b) => a.order - b.order);
    return () => {
      for (const { group, count, length, order } of saved) Object.assign(group, { length, order }).numbers.length = count;
      for (const [key, group] of created) {
        this.groups.delete(key);
        this.ordered.splice(this.ordered.indexOf(group), 1);
      }
      this.ordered.sort((a, b) => a.order - b.order);
    };
  }

  /** The characters the fields take (names and values) and how many there are. */
  measure(): { characters: number; count: number } {
    let characters = 0;
    let count = 0;
    let value = 0;
    for (const { length } of this.ordered) {
      if (value && value + 1 + length > DISCORD_LIMITS.fieldValue) {
        characters += fieldName(count++).length + value;
        value = 0;
      }
      value = value ? value + 1 + length : length;
    }
    if (value) characters += fieldName(count++).length + value;
    return { characters, count };
  }
}

const fieldName = (index: number) => (index ? "Sources (continued)" : "Sources");

interface Layout {
  title: string;
  colour: number;
  sources: SourceTable;
}

function buildEmbed(layout: Layout, items: Item[]): APIEmbed {
  const fields = layout.sources.fields(new Set(items.flatMap((i) => i.refs)));
  return {
    title: layout.title,
    color: layout.colour,
    description: items.map((i) => i.text).join("\n"),
    ...(fields.length ? { fields } : {}),
  };
}

/** What a page holds so far, measured as it grows: its lines, their length, its sources' fields. */
class PageMeter {
  items: Item[] = [];
  private descriptionLength = 0;
  private refs = new Set<number>();
  private fieldsLength = 0;
  private fieldCount = 0;
  private readonly fields: FieldsMeter;

  constructor(private readonly layout: Layout) {
    this.fields = new FieldsMeter(layout.sources);
  }

  /** Adds the item when the page stays within every limit with it, or when forced; says whether it did. */
  tryAdd(item: Item, force = false): boolean {
    const descriptionLength = this.items.length ? this.descriptionLength + 1 + item.text.length : item.text.length;
    let { fieldsLength, fieldCount } = this;
    const newRefs = [...new Set(item.refs)].filter((n) => !this.refs.has(n));
    const undo = this.fields.add(newRefs);
    if (newRefs.length) ({ characters: fieldsLength, count: fieldCount } = this.fields.measure());
    const fits =
      descriptionLength <= Math.min(PAGE_TEXT, DISCORD_LIMITS.description) &&
      fieldCount <= MAX_SOURCE_FIELDS &&
      this.layout.title.length + descriptionLength + fieldsLength <= TOTAL_BUDGET;
    if (!fits && this.items.length && !force) {
      undo();
      return false;
    }
    this.items.push(item);
    this.descriptionLength = descriptionLength;
    for (const n of newRefs) this.refs.add(n);
    this.fieldsLength = fieldsLength;
    this.fieldCount = fieldCount;
    return true;
  }
}

/**
 * Greedy packing: add lines to a page until the next one would break a limit, then start a new
 * page. Each page is measured as it grows, so packing stays linear in the answer's length.
 */
function packItems(layout: Layout, items: Item[]): Item[][] {
  const pageItems: Item[][] = [];
  let current = new PageMeter(layout);
  let heading: Item | undefined;
  for (const item of items) {
    if (!current.tryAdd(item)) {
      // A heading never ends a page: it moves down with the lines it introduces.
      const orphan = current.items.length > 1 && current.items.at(-1)?.heading ? current.items.pop() : undefined;
      pageItems.push(current.items);
      current = new PageMeter(layout);
      if (orphan) current.tryAdd(orphan);
      else if (heading && !item.heading) current.tryAdd({ ...heading, text: `${heading.text} *(continued)*` });
      // A line always fits a page of its own (MAX_LINE), and stays with the heading moved down with it.
      current.tryAdd(item, true);
    }
    if (item.heading) heading = item;
  }
  if (current.items.length) pageItems.push(current.items);
  return pageItems;
}

/** Pages are packed with room for the footer; should a page still come out too long, its text is cut rather than refused by Discord. */
function withinTotal(embed: APIEmbed): APIEmbed {
  const excess = embedLength(embed) - DISCORD_LIMITS.charactersPerMessage;
  return excess > 0 ? { ...embed, description: truncate(embed.description ?? "", (embed.description?.length ?? 0) - excess) } : embed;
}

/** Bytes a V8 string or small object takes, roughly: enough to bound the memory of kept answers. */
const BYTES_PER_CHAR = 2;
const BYTES_PER_ITEM = 160;

function pagedAnswer(rawTitle: string, colour: number, items: Item[], sources: readonly SourceRef[]): PagedAnswer {
  const layout: Layout = { title: truncate(discordText(rawTitle), DISCORD_LIMITS.title), colour, sources: new SourceTable(sources) };
  const pages = packItems(layout, items);
  const characters = items.reduce((sum, i) => sum + i.text.length + (i.claim ? i.claim.label.length + i.claim.text.length : 0), 0) + layout.sources.characters;
  return {
    pageCount: pages.length,
    bytes: characters * BYTES_PER_CHAR + (items.length + sources.length) * BYTES_PER_ITEM,
    claims: (index) => (pages[index] ?? []).flatMap((i) => (i.claim ? [i.claim] : [])),
    page(index) {
      const page = pages[index];
      if (!page) return undefined;
      const embed = buildEmbed(layout, page);
      embed.footer = { text: pages.length > 1 ? `Page ${index + 1}/${pages.length} · Counterclaim` : "Counterclaim" };
      return { embeds: [withinTotal(embed)], claims: this.claims(index) };
    },
  };
}
