// Writing the incidents file (incidentsFile.ts reads it): the re-index worker groups the incidents
// of the index it has just saved, from that file read back and decoded lazily, and writes them
// beside it, with their grouping (groupingState.ts). After a patch, from the previous incidents
// file: its kept incidents' columns are copied (their rows and passages moved to where their
// articles are now), only the others are made from the articles (incidentRegroup.ts). Apart from
// the reader so that the saved index's loader and this writer, which uses the loader, do not import each other.
import { readFile } from "node:fs/promises";
import type { z } from "zod";
import type { AnswerIndex } from "../../core/answers/answerIndex.ts";
import { fileOfPassage, passageOfSentence } from "../../core/answers/answerIndex.ts";
import type { Incident } from "../../core/answers/incidents.ts";
import type { ArticleKnowledge, CasualtyFigure, Claim, CorpusKnowledge, DatePrecision } from "../../core/types.ts";
import { DictionaryWriter, decoder } from "./dictionary.ts";
import { u32Column } from "./growingColumn.ts";
import { GROUPING, type PreviousIncidents, readPreviousIncidents, writeGrouping } from "./groupingState.ts";
import { regroup } from "./incidentRegroup.ts";
import { INCIDENTS_FORMAT, type incidentsHeaderSchema, incidentsPath, Lists, listAt } from "./incidentsFile.ts";
import { type KnowledgeShape, shapeOf } from "./knowledgeCodec.ts";
import { pipelineVersion } from "./pipelineVersion.ts";
import { headerLine, loadIndex, writeEncodedIndex } from "./savedIndex.ts";
import { NONE, SectionWriter } from "./sections.ts";
import { StringInterner } from "./stringTable.ts";

/**
 * Indexes of fewer passages are saved without their incidents: grouping them on first use takes
 * a fraction of a second there, less than reading them back to group them at every re-index
 * (measured: about 2 s of CPU at 100k passages, 50 s at a million, on this loaded machine).
 */
export const SAVED_INCIDENTS_FROM = 20_000;

/** What a grouping did: incidents kept from the previous file as they were, and made anew. */
export interface GroupingStats {
  kept: number;
  made: number;
  /** Why the previous grouping could not be grouped from (then every incident was made), or null. */
  full: string | null;
}

/**
 * Groups the incidents of `index` (decoded lazily from the saved index whose SHA-256 is `sha256`)
 * and writes them to `path`, with their grouping. `from`: the previous incidents file of the index
 * this one was patched from, and the files spliced in anew: then only the incidents those touch are
 * made again (incidentRegroup.ts). Throws when the index's ids do not follow the pattern the lazy
 * lookups rely on (answerIndex.ts): then no file is written and the incidents are grouped on use.
 */
export async function writeIncidents(
  path: string,
  sha256: string,
  index: AnswerIndex,
  from?: { previous: PreviousIncidents; fresh: ReadonlySet<string> },
): Promise<GroupingStats> {
  const shape = shapeOf(index.knowledge);
  if (!shape) throw new Error("the index was not decoded from a saved index");
  const { articles } = index.knowledge;
  const regrouped = regroup(articles, from?.fresh ?? new Set(), from?.previous.grouping ?? null);
  // The previous file's strings keep their ids (its kept incidents' columns are copied as they are), new ones follow.
  const strings = new StringInterner(from?.previous.strings);
  from?.previous.teach(strings);
  const out = new IncidentColumns(strings, shape, index.search.passages.length);
  const rowOf = itemRows(index.knowledge, shape);
  const docOf = passageDocs(index, shape);
  const kept = from ? keptIncidents(from.previous, articles, from.fresh, shape) : null;
  const keptAs = new Int32Array(from?.previous.header.incidents ?? 0).fill(-1);
  regrouped.incidents.forEach((item, k) => {
    if ("kept" in item) {
      if (!kept) throw new Error("an incident was kept with no previous incidents");
      kept.copy(item.kept, out);
      keptAs[item.kept] = k;
    } else {
      out.add(item.made, rowOf, docOf);
    }
  });
  kept?.passages(keptAs, out);
  const sections = new SectionWriter();
  out.write(sections);
  writeGrouping(
    sections,
    strings,
    articles.map((a) => a.meta.file),
    shape,
    regrouped,
  );
  strings.write(sections);
  const header: z.infer<typeof incidentsHeaderSchema> = {
    format: INCIDENTS_FORMAT,
    index: sha256,
    incidents: regrouped.incidents.length,
    precisions: out.precisions.values,
    events: out.eventIds.values,
    body: { bytes: sections.bytes },
    sections: sections.sections,
    grouping: { ...GROUPING, pipeline: pipelineVersion(), made: regrouped.made, kept: regrouped.incidents.length - regrouped.made },
  };
  await writeEncodedIndex(path, { header: headerLine(header), pieces: sections.pieces() });
  return { kept: regrouped.incidents.length - regrouped.made, made: regrouped.made, full: null };
}

/** Where a claim's or a figure's row is: its article's first row plus its number in the article. */
type RowOf = (item: Claim | CasualtyFigure, kind: "claims" | "casualties") => number;

/** The incidents' columns as they are written, one incident after the other. */
class IncidentColumns {
  readonly precisions = new DictionaryWriter<DatePrecision>();
  readonly eventIds = new DictionaryWriter<string>();
  readonly single = {
    id: u32Column(),
    label: u32Column(),
    event: u32Column(),
    dText: u32Column(),
    dStart: u32Column(),
    dEnd: u32Column(),
    dPrecision: u32Column(),
  };
  readonly lists = { places: new Lists(), passageIds: new Lists(), files: new Lists(), claims: new Lists(), figures: new Lists(), reactions: new Lists() };
  readonly claimIncident: Uint32Array;
  readonly figureIncident: Uint32Array;
  /** Each (passage's doc, incident) pair as met: sorted by doc, then incident, when written. */
  private readonly pairDocs = u32Column();
  private readonly pairIncidents = u32Column();
  private count = 0;

  constructor(
    readonly strings: StringInterner,
    shape: KnowledgeShape,
    private readonly docs: number,
  ) {
    this.claimIncident = new Uint32Array(shape.claims).fill(NONE);
    this.figureIncident = new Uint32Array(lastOf(shape.figureEnds)).fill(NONE);
  }

  /** The number the next incident gets. */
  get next(): number {
    return this.count;
  }

  /** An incident made here: its items' rows and its passages' docs found by `rowOf` and `docOf`. */
  add(incident: Incident, rowOf: RowOf, docOf: (passageId: string) => number): void {
    const { strings, single, lists } = this;
    const k = this.count++;
    single.id.push(strings.id(incident.id));
    single.label.push(strings.id(incident.label));
    single.event.push(incident.event ? this.eventIds.code(incident.event.id) : NONE);
    const { date } = incident;
    single.dText.push(date ? strings.id(date.text) : NONE);
    single.dStart.push(date ? strings.nullable(date.start) : NONE);
    single.dEnd.push(date ? strings.nullable(date.end) : NONE);
    single.dPrecision.push(date ? this.precisions.code(date.precision) : NONE);
    lists.places.add(incident.places.map((p) => strings.id(p)));
    lists.passageIds.add(incident.passageIds.map((p) => strings.id(p)));
    lists.files.add(incident.files.map((f) => strings.id(f)));
    const claims = incident.claims.map((c) => rowOf(c, "claims"));
    const figures = incident.figures.map((f) => rowOf(f, "casualties"));
    lists.claims.add(claims);
    lists.figures.add(figures);
    lists.reactions.add(incident.reactions.map((c) => rowOf(c, "claims")));
    this.own(k, claims, figures);
    for (const id of incident.passageIds) this.atDoc(docOf(id), k);
  }

  /** In incident order, so the last incident of a sentence wins, as in the map grouping builds. */
  own(k: number, claims: Iterable<number>, figures: Iterable<number>): void {
    for (const row of claims) this.claimIncident[row] = k;
    for (const row of figures) this.figureIncident[row] = k;
  }

  /** Incident `k` holds a passage of `doc`. */
  atDoc(doc: number, k: number): void {
    if (doc >= this.docs) throw new Error(`an incident names passage ${doc} of ${this.docs}`);
    this.pairDocs.push(doc);
    this.pairIncidents.push(k);
  }

  /** Begins an incident copied column by column (keptIncidents), returning its number. */
  begin(): number {
    return this.count++;
  }

  write(out: SectionWriter): void {
    for (const [name, column] of Object.entries(this.single)) out.add(`i.${name}`, "u32", column.view());
    for (const [name, list] of Object.entries(this.lists)) list.write(out, `i.${name}`);
    out.add("l.claimIncident", "u32", this.claimIncident);
    out.add("l.figureIncident", "u32", this.figureIncident);
    // Each doc's incidents in incident order (kept and made ones were added apart): the pairs
    // counted by doc into their lists (typed arrays: a Map of arrays for a million docs cost seconds).
    const docs = this.pairDocs.view();
    const incidents = this.pairIncidents.view();
    const ends = new Uint32Array(this.docs);
    for (let i = 0; i < docs.length; i++) ends[docs[i] as number] = (ends[docs[i] as number] as number) + 1;
    for (let doc = 1; doc < this.docs; doc++) ends[doc] = (ends[doc] as number) + (ends[doc - 1] as number);
    const values = new Uint32Array(docs.length);
    const filled = new Uint32Array(this.docs);
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      values[startOf(ends, doc) + (filled[doc] as number)] = incidents[i] as number;
      filled[doc] = (filled[doc] as number) + 1;
    }
    for (let doc = 0; doc < this.docs; doc++) {
      const from = startOf(ends, doc);
      const to = ends[doc] as number;
      if (to - from > 1) values.subarray(from, to).sort();
    }
    out.add("l.passageIncidents.ends", "u32", ends);
    out.add("l.passageIncidents.values", "u32", values);
  }
}

const lastOf = (ends: Uint32Array) => (ends.length === 0 ? 0 : (ends[ends.length - 1] as number));
const startOf = (ends: Uint32Array, a: number) => (a === 0 ? 0 : (ends[a - 1] as number));

/**
 * Each item's row (its number in corpus order), checking on the way that its passage and sentence
 * ids name its own article: what lets a lookup go from an id to the one article to read.
 */
function itemRows(knowledge: CorpusKnowledge, shape: KnowledgeShape): RowOf {
  const articleOf = new Map(knowledge.articles.map((a, i) => [a.meta.file, i]));
  const numbers = new WeakMap<object[], Map<object, number>>();
  return (item, kind) => {
    const file = fileOfPassage(item.passageId);
    const a = file === undefined ? undefined : articleOf.get(file);
    if (a === undefined || fileOfPassage(passageOfSentence(item.sentenceId) ?? "") !== file) {
      throw new Error(`an item of ${file ?? "?"} names a passage or sentence outside it`);
    }
    const items: object[] = (knowledge.articles[a] as ArticleKnowledge)[kind];
    let numbered = numbers.get(items);
    if (!numbered) numbers.set(items, (numbered = new Map(items.map((x, i) => [x, i]))));
    const i = numbered.get(item);
    if (i === undefined) throw new Error("an incident holds an item that is not the index's");
    return startOf(kind === "claims" ? shape.claimEnds : shape.figureEnds, a) + i;
  };
}

/**
 * Each passage id's doc, from the pattern the lazy lookups rely on (`${file}#p${n}` is passage n of
 * its article) checked against the saved id column; an id that breaks the pattern is looked up in
 * `passageById`, which decodes its article's passages. Through `passageById` alone a full grouping
 * decoded every passage and sentence of each article an incident names, for their ids.
 */
function passageDocs(index: AnswerIndex, shape: KnowledgeShape): (passageId: string) => number {
  const articleOf = new Map(index.knowledge.articles.map((a, i) => [a.meta.file, i]));
  return (id) => {
    const match = PASSAGE_NUMBER.exec(id);
    const a = match ? articleOf.get(match[1] as string) : undefined;
    const doc = a === undefined ? -1 : startOf(shape.passageEnds, a) + Number(match?.[2]);
    if (a !== undefined && doc < (shape.passageEnds[a] as number) && shape.passageIdIs(doc, id)) return doc;
    const record = index.passageById.get(id);
    if (!record) throw new Error(`an incident names passage ${id}, which the index does not hold`);
    return record.doc;
  };
}

const PASSAGE_NUMBER = /^(.*)#p(\d+)$/;

/**
 * Copies the previous file's incidents that the regrouping kept: their strings keep their ids (the
 * new table extends the previous one), their rows and passages move to where their articles are now.
 */
function keptIncidents(previous: PreviousIncidents, articles: readonly ArticleKnowledge[], fresh: ReadonlySet<string>, shape: KnowledgeShape) {
  const { columns: c, header, ends } = previous;
  const newAt = new Int32Array(previous.grouping.files.length).fill(-1);
  const oldIndex = new Map(previous.grouping.files.map((f, i) => [f, i]));
  articles.forEach((article, a) => {
    const old = fresh.has(article.meta.file) ? undefined : oldIndex.get(article.meta.file);
    if (old === undefined) return;
    const same = (before: Uint32Array, now: Uint32Array) => (before[old] as number) - startOf(before, old) === (now[a] as number) - startOf(now, a);
    if (!same(ends.claims, shape.claimEnds) || !same(ends.figures, shape.figureEnds) || !same(ends.passages, shape.passageEnds)) {
      throw new Error(`${article.meta.file} changed size, yet is not among the changed articles`);
    }
    newAt[old] = a;
  });
  // Each previous row's row now (-1: its article changed or went), made once: a kept incident's
  // items are then moved by one read each (a search for each item's article cost a third of a second at 1M).
  const moved = (before: Uint32Array, now: Uint32Array) => {
    const rows = new Int32Array(lastOf(before)).fill(-1);
    for (let old = 0; old < before.length; old++) {
      const a = newAt[old] as number;
      if (a < 0) continue;
      const from = startOf(before, old);
      const to = before[old] as number;
      const at = startOf(now, a);
      for (let row = from; row < to; row++) rows[row] = at + row - from;
    }
    return (row: number) => {
      const now = rows[row] ?? -1;
      if (now < 0) throw new Error("a kept incident holds an item of a changed article");
      return now;
    };
  };
  const claimRow = moved(ends.claims, shape.claimEnds);
  const figureRow = moved(ends.figures, shape.figureEnds);
  const precision = decoder(header.precisions, "date precision");
  const eventId = decoder(header.events, "event");
  return {
    copy(k: number, out: IncidentColumns): void {
      const n = out.begin();
      const { single, lists } = out;
      single.id.push(c.id[k] as number);
      single.label.push(c.label[k] as number);
      const event = c.event[k] as number;
      single.event.push(event === NONE ? NONE : out.eventIds.code(eventId(event)));
      single.dText.push(c.dText[k] as number);
      single.dStart.push(c.dStart[k] as number);
      single.dEnd.push(c.dEnd[k] as number);
      const dPrecision = c.dPrecision[k] as number;
      single.dPrecision.push(dPrecision === NONE ? NONE : out.precisions.code(precision(dPrecision)));
      lists.places.add(listAt(c.places, k));
      lists.passageIds.add(listAt(c.passageIds, k));
      lists.files.add(listAt(c.files, k));
      const claims = Array.from(listAt(c.claims, k), claimRow);
      const figures = Array.from(listAt(c.figures, k), figureRow);
      lists.claims.add(claims);
      lists.figures.add(figures);
      lists.reactions.add(Array.from(listAt(c.reactions, k), claimRow));
      out.own(n, claims, figures);
    },
    /** The kept incidents' passages at their docs now (`keptAs`: each previous incident's new number, or -1). */
    passages(keptAs: Int32Array, out: IncidentColumns): void {
      let old = 0;
      for (let doc = 0; doc < c.passageIncidents.ends.length; doc++) {
        while ((ends.passages[old] as number) <= doc) old++;
        const a = newAt[old] as number;
        if (a < 0) continue;
        // Indexed: a subarray a passage (100k of them) cost more than the loop.
        const { ends: listEnds, values } = c.passageIncidents;
        for (let v = startOf(listEnds, doc); v < (listEnds[doc] as number); v++) {
          const n = keptAs[values[v] as number] as number;
          if (n >= 0) out.atDoc(startOf(shape.passageEnds, a) + doc - startOf(ends.passages, old), n);
        }
      }
    },
  };
}

/**
 * Groups the incidents of the index just saved at `indexPath` and writes them beside it: read back
 * from the file (decoded lazily: the grouping reads claims, figures and places, never passages).
 * `patch`: the index it was patched from and the files spliced in anew; when the incidents file
 * beside it is still that index's, with its grouping, only what the patch touched is grouped again.
 */
export async function groupAndSaveIncidents(indexPath: string, patch: { base: string; fresh: readonly string[] } | null = null): Promise<GroupingStats> {
  const path = incidentsPath(indexPath);
  const opened = patch
    ? await readFile(path).then(
        (file) => readPreviousIncidents(file, patch.base),
        (error: unknown) => ({ ok: false as const, reason: String(error) }),
      )
    : null;
  const loaded = await loadIndex(indexPath, { verify: false, acceptOtherPipeline: true, incidents: false });
  if (!loaded.ok) throw new Error(loaded.reason);
  const { index, sha256 } = loaded.snapshot;
  if (sha256 === undefined) throw new Error("the saved index has no seal");
  if (opened?.ok && patch) {
    try {
      return await writeIncidents(path, sha256, index, { previous: opened.previous, fresh: new Set(patch.fresh) });
    } catch (error) {
      // Grouped in full below: slower, the same incidents.
      const stats = await writeIncidents(path, sha256, index);
      return { ...stats, full: `could not group from the previous incidents: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const stats = await writeIncidents(path, sha256, index);
  return { ...stats, full: opened && !opened.ok ? opened.reason : "no patch" };
}
