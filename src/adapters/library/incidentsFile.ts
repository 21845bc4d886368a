// The incidents of a saved index, grouped once by the re-index worker and saved beside the index
// (`index-….bin.incidents`), sealed like it and tied to it by its SHA-256. Grouping reads every
// claim and figure of the corpus (seconds at a million passages): a start that had to do it
// before its first answer could not answer within seconds. Loading reads the columns only; an
// incident is built when something asks for it, its claims and figures when read, from the
// lazily decoded knowledge, so they are the very objects the other lookups hand out.
// No file, another index's, or a bad one: the incidents are grouped on first use, as before.
import { z } from "zod";
import { fileOfPassage, type IncidentLookups, LookupMap, passageOfSentence, type AnswerIndex } from "../../core/answers/answerIndex.ts";
import type { Incident } from "../../core/answers/incidents.ts";
import { eventById } from "../../core/events/events.ts";
import type { ArticleKnowledge, CasualtyFigure, Claim, CorpusKnowledge, DatePrecision, DateRef } from "../../core/types.ts";
import type { SearchIndex } from "../../core/search/searchIndex.ts";
import { DictionaryWriter, decoder } from "./dictionary.ts";
import { u32Column } from "./growingColumn.ts";
import { type KnowledgeShape, shapeOf } from "./knowledgeCodec.ts";
import { headerLine, loadIndex, writeEncodedIndex } from "./savedIndex.ts";
import { NONE, SectionReader, SectionWriter, sectionSchema } from "./sections.ts";
import { unseal } from "./seal.ts";
import { StringInterner, StringTable } from "./stringTable.ts";

export const incidentsPath = (indexPath: string) => `${indexPath}.incidents`;

const FORMAT = "counterclaim-incidents";
const count = z.number().int().nonnegative();
const headerSchema = z.object({
  format: z.literal(FORMAT),
  /** The SHA-256 of the saved index these incidents were grouped from. */
  index: z.string(),
  incidents: count,
  precisions: z.array(z.enum(["day", "range", "month", "year", "unknown"])),
  events: z.array(z.string()),
  body: z.object({ bytes: count }),
  sections: z.array(sectionSchema),
});

/** A list per item as two columns: where each list ends, and the values. */
class Lists {
  readonly ends = u32Column();
  readonly values = u32Column();
  add(values: Iterable<number>): void {
    for (const v of values) this.values.push(v);
    this.ends.push(this.values.length);
  }
  write(out: SectionWriter, name: string): void {
    out.add(`${name}.ends`, "u32", this.ends.view());
    out.add(`${name}.values`, "u32", this.values.view());
  }
}

/**
 * Groups the incidents of `index` (decoded lazily from the saved index whose SHA-256 is `sha256`)
 * and writes them to `path`. Throws when the index's ids do not follow the pattern the lazy
 * lookups rely on (answerIndex.ts): then no file is written and the incidents are grouped on use.
 */
export async function writeIncidents(path: string, sha256: string, index: AnswerIndex): Promise<void> {
  const shape = shapeOf(index.knowledge);
  if (!shape) throw new Error("the index was not decoded from a saved index");
  const claimRow = rowsOf(index.knowledge, shape.claimEnds, (a) => a.claims);
  const figureRow = rowsOf(index.knowledge, shape.figureEnds, (a) => a.casualties);
  const strings = new StringInterner();
  const precisions = new DictionaryWriter<DatePrecision>();
  const eventIds = new DictionaryWriter<string>();
  const single = {
    id: u32Column(),
    label: u32Column(),
    event: u32Column(),
    dText: u32Column(),
    dStart: u32Column(),
    dEnd: u32Column(),
    dPrecision: u32Column(),
  };
  const lists = { places: new Lists(), passageIds: new Lists(), files: new Lists(), claims: new Lists(), figures: new Lists(), reactions: new Lists() };
  const claimIncident = new Uint32Array(shape.claims).fill(NONE);
  const figureIncident = new Uint32Array(figureRow.size).fill(NONE);
  const passageIncidents = new Map<number, number[]>();
  const rowOf = <T>(rows: Map<T, number>, item: T) => {
    const row = rows.get(item);
    if (row === undefined) throw new Error("an incident holds an item that is not the index's");
    return row;
  };
  index.incidents.forEach((incident, k) => {
    single.id.push(strings.id(incident.id));
    single.label.push(strings.id(incident.label));
    single.event.push(incident.event ? eventIds.code(incident.event.id) : NONE);
    const { date } = incident;
    single.dText.push(date ? strings.id(date.text) : NONE);
    single.dStart.push(date ? strings.nullable(date.start) : NONE);
    single.dEnd.push(date ? strings.nullable(date.end) : NONE);
    single.dPrecision.push(date ? precisions.code(date.precision) : NONE);
    lists.places.add(incident.places.map((p) => strings.id(p)));
    lists.passageIds.add(incident.passageIds.map((p) => strings.id(p)));
    lists.files.add(incident.files.map((f) => strings.id(f)));
    lists.claims.add(incident.claims.map((c) => rowOf(claimRow, c)));
    lists.figures.add(incident.figures.map((f) => rowOf(figureRow, f)));
    lists.reactions.add(incident.reactions.map((c) => rowOf(claimRow, c)));
    // In incident order, so the last incident of a sentence wins, as in the map grouping builds.
    for (const c of incident.claims) claimIncident[rowOf(claimRow, c)] = k;
    for (const f of incident.figures) figureIncident[rowOf(figureRow, f)] = k;
    for (const id of incident.passageIds) {
      const record = index.passageById.get(id);
      if (!record) throw new Error(`an incident names passage ${id}, which the index does not hold`);
      const list = passageIncidents.get(record.doc);
      if (list) list.push(k);
      else passageIncidents.set(record.doc, [k]);
    }
  });
  const out = new SectionWriter();
  for (const [name, column] of Object.entries(single)) out.add(`i.${name}`, "u32", column.view());
  for (const [name, list] of Object.entries(lists)) list.write(out, `i.${name}`);
  out.add("l.claimIncident", "u32", claimIncident);
  out.add("l.figureIncident", "u32", figureIncident);
  const byDoc = new Lists();
  for (let doc = 0; doc < index.search.passages.length; doc++) byDoc.add(passageIncidents.get(doc) ?? []);
  byDoc.write(out, "l.passageIncidents");
  strings.write(out);
  const header: z.infer<typeof headerSchema> = {
    format: FORMAT,
    index: sha256,
    incidents: index.incidents.length,
    precisions: precisions.values,
    events: eventIds.values,
    body: { bytes: out.bytes },
    sections: out.sections,
  };
  await writeEncodedIndex(path, { header: headerLine(header), pieces: out.pieces() });
}

/**
 * Each item's row (its number in corpus order), checking on the way that its passage and sentence
 * ids name its own article: what lets a lookup go from an id to the one article to read.
 */
function rowsOf<T extends { passageId: string; sentenceId: string }>(
  knowledge: CorpusKnowledge,
  ends: Uint32Array,
  itemsOf: (a: ArticleKnowledge) => T[],
): Map<T, number> {
  const rows = new Map<T, number>();
  knowledge.articles.forEach((article, a) => {
    const items = itemsOf(article);
    const start = a === 0 ? 0 : (ends[a - 1] as number);
    items.forEach((item, i) => {
      const file = article.meta.file;
      if (fileOfPassage(item.passageId) !== file || fileOfPassage(passageOfSentence(item.sentenceId) ?? "") !== file) {
        throw new Error(`an item of ${file} names a passage or sentence outside it`);
      }
      rows.set(item, start + i);
    });
  });
  return rows;
}

/**
 * The saved incidents' lookups (built as they are read), from the incidents file's bytes, or why
 * they cannot be used. `sha256`: the index's; `passageById` is asked for when the lookups are first built.
 * `verify: false`: the caller checks the file's checksum itself (loadIndex, on another thread).
 */
export function incidentsFrom(
  file: Buffer,
  sha256: string,
  index: { knowledge: CorpusKnowledge; search: SearchIndex },
  { verify = true }: { verify?: boolean } = {},
): { ok: true; lookups: (passageById: Map<string, { doc: number }>) => IncidentLookups } | { ok: false; reason: string } {
  const unsealed = unseal(file, { verify });
  if (!unsealed.ok) return unsealed;
  try {
    const content = unsealed.content;
    const newline = content.indexOf(10);
    const parsed = headerSchema.safeParse(JSON.parse(content.toString("utf8", 0, newline)));
    if (!parsed.success) return { ok: false, reason: "saved incidents are invalid" };
    const header = parsed.data;
    if (header.index !== sha256) return { ok: false, reason: "saved incidents belong to another index" };
    const shape = shapeOf(index.knowledge);
    if (!shape) return { ok: false, reason: "the index was not decoded from a saved index" };
    const input = new SectionReader(content.subarray(newline + 1), header.sections, true);
    const columns = readColumns(input, header, shape, index.search.passages.length);
    const strings = new StringTable(input);
    return { ok: true, lookups: (passageById) => savedLookups(columns, strings, header, shape, index.knowledge, passageById) };
  } catch (error) {
    return { ok: false, reason: `saved incidents are unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

type Columns = ReturnType<typeof readColumns>;
interface ListColumns {
  ends: Uint32Array;
  values: Uint32Array;
}

function readColumns(input: SectionReader, header: z.infer<typeof headerSchema>, shape: KnowledgeShape, docs: number) {
  const n = header.incidents;
  const single = (name: string) => {
    const column = input.u32(`i.${name}`);
    if (column.length !== n) throw new Error(`column ${name} has ${column.length} rows, expected ${n}`);
    return column;
  };
  const lists = (name: string, length: number, below?: number): ListColumns => {
    const ends = input.u32(`${name}.ends`);
    const values = input.u32(`${name}.values`);
    if (ends.length !== length) throw new Error(`the ${name} lists do not match`);
    let previous = 0;
    for (const end of ends) {
      if (end < previous) throw new Error(`the ${name} lists are out of order`);
      previous = end;
    }
    if (previous !== values.length) throw new Error(`the ${name} lists do not cover their values`);
    if (below !== undefined) for (const v of values) if (v >= below) throw new Error(`the ${name} lists name a row out of range`);
    return { ends, values };
  };
  const figures = shape.figureEnds.length === 0 ? 0 : (shape.figureEnds[shape.figureEnds.length - 1] as number);
  const claimIncident = input.u32("l.claimIncident");
  const figureIncident = input.u32("l.figureIncident");
  if (claimIncident.length !== shape.claims || figureIncident.length !== figures) throw new Error("the saved incidents do not match the index's claims");
  for (const column of [claimIncident, figureIncident])
    for (const k of column) if (k !== NONE && k >= n) throw new Error("an item names an incident out of range");
  return {
    id: single("id"),
    label: single("label"),
    event: single("event"),
    dText: single("dText"),
    dStart: single("dStart"),
    dEnd: single("dEnd"),
    dPrecision: single("dPrecision"),
    places: lists("i.places", n),
    passageIds: lists("i.passageIds", n),
    files: lists("i.files", n),
    claims: lists("i.claims", n, shape.claims),
    figures: lists("i.figures", n, figures),
    reactions: lists("i.reactions", n, shape.claims),
    claimIncident,
    figureIncident,
    passageIncidents: lists("l.passageIncidents", docs, n),
  };
}

const listAt = ({ ends, values }: ListColumns, i: number) => values.subarray(i === 0 ? 0 : ends[i - 1], ends[i]);

/** The article whose rows (by `ends`) hold `row`, and the row's number in it. */
function articleRow(ends: Uint32Array, row: number): [number, number] {
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ends[mid] as number) > row) high = mid;
    else low = mid + 1;
  }
  return [low, row - (low === 0 ? 0 : (ends[low - 1] as number))];
}

function savedLookups(
  c: Columns,
  strings: StringTable,
  header: z.infer<typeof headerSchema>,
  shape: KnowledgeShape,
  knowledge: CorpusKnowledge,
  passageById: Map<string, { doc: number }>,
): IncidentLookups {
  const precision = decoder<DatePrecision>(header.precisions, "date precision");
  const item =
    <T>(ends: Uint32Array, itemsOf: (a: ArticleKnowledge) => T[]) =>
    (row: number): T => {
      const [a, i] = articleRow(ends, row);
      const article = knowledge.articles[a];
      const found = article ? itemsOf(article)[i] : undefined;
      if (found === undefined) throw new Error(`row ${row} is out of range`);
      return found;
    };
  const claimAt = item<Claim>(shape.claimEnds, (a) => a.claims);
  const figureAt = item<CasualtyFigure>(shape.figureEnds, (a) => a.casualties);
  const str = (ids: Uint32Array) => Array.from(ids, (id) => strings.get(id));
  const built: Incident[] = [];
  const incidentAt = (k: number): Incident => {
    let incident = built[k];
    if (!incident) {
      const dText = c.dText[k] as number;
      const date: DateRef | null =
        dText === NONE
          ? null
          : {
              text: strings.get(dText),
              start: strings.nullable(c.dStart[k] as number),
              end: strings.nullable(c.dEnd[k] as number),
              precision: precision(c.dPrecision[k] as number),
            };
      const eventCode = c.event[k] as number;
      const eventId = eventCode === NONE ? null : header.events[eventCode];
      const event = eventId ? eventById(eventId) : undefined;
      if (eventId && !event) throw new Error(`saved incident ${k} names an unknown event ${eventId}`);
      incident = {
        id: strings.get(c.id[k] as number),
        label: strings.get(c.label[k] as number),
        event: event ?? null,
        places: str(listAt(c.places, k)),
        date,
        passageIds: str(listAt(c.passageIds, k)),
        files: str(listAt(c.files, k)),
      } as Incident;
      // Claims, figures and reactions are decoded when read: a list of every incident (autocomplete) reads none.
      lazyList(incident, "claims", () => Array.from(listAt(c.claims, k), claimAt));
      lazyList(incident, "figures", () => Array.from(listAt(c.figures, k), figureAt));
      lazyList(incident, "reactions", () => Array.from(listAt(c.reactions, k), claimAt));
      built[k] = incident;
    }
    return incident;
  };
  let list: Incident[] | null = null;
  const all = () => (list ??= Array.from({ length: header.incidents }, (_, k) => incidentAt(k)));
  const articleIndex = new Map<string, number>();
  const articleOf = (file: string | undefined) => {
    if (file === undefined) return undefined;
    if (articleIndex.size === 0) {
      knowledge.articles.forEach((a, i) => {
        articleIndex.set(a.meta.file, i);
      });
    }
    return articleIndex.get(file);
  };
  const eager = () => {
    const bySentence = new Map<string, Incident>();
    const byPassage = new Map<string, Incident[]>();
    const byPlace = new Map<string, Incident[]>();
    for (const incident of all()) {
      for (const x of [...incident.claims, ...incident.figures]) bySentence.set(x.sentenceId, incident);
      for (const id of incident.passageIds) push(byPassage, id, incident);
      for (const place of incident.places) push(byPlace, place, incident);
    }
    return { bySentence, byPassage, byPlace };
  };
  let full: ReturnType<typeof eager> | null = null;
  const ofDoc = new Map<number, Incident[]>();
  const fully = () => (full ??= eager());
  return {
    get list() {
      return all();
    },
    bySentence: new LookupMap<Incident>(
      (sentenceId, self) => {
        const a = articleOf(fileOfPassage(passageOfSentence(sentenceId) ?? ""));
        if (a === undefined) return self.full().get(sentenceId);
        // The last incident of the sentence's claims and figures (rows checked to be their article's when saved).
        let last = -1;
        const scan = (ends: Uint32Array, incidents: Uint32Array, items: readonly { sentenceId: string }[]) => {
          const start = a === 0 ? 0 : (ends[a - 1] as number);
          items.forEach((x, i) => {
            const k = incidents[start + i] as number;
            if (k !== NONE && x.sentenceId === sentenceId && k > last) last = k;
          });
        };
        const article = knowledge.articles[a] as ArticleKnowledge;
        scan(shape.claimEnds, c.claimIncident, article.claims);
        scan(shape.figureEnds, c.figureIncident, article.casualties);
        return last < 0 ? undefined : incidentAt(last);
      },
      () => fully().bySentence,
    ),
    byPassage: new LookupMap<Incident[]>(
      (passageId) => {
        const record = passageById.get(passageId);
        if (!record) return undefined;
        let found = ofDoc.get(record.doc);
        if (!found) {
          const ks = listAt(c.passageIncidents, record.doc);
          if (ks.length === 0) return undefined;
          ofDoc.set(record.doc, (found = Array.from(ks, incidentAt)));
        }
        return found;
      },
      () => fully().byPassage,
    ),
    byPlace: new LookupMap<Incident[]>(
      (place, self) => self.full().get(place),
      () => fully().byPlace,
    ),
  };
}

/** An own, enumerable property built on first read (so the incident compares like one grouped here). */
function lazyList<K extends "claims" | "figures" | "reactions">(incident: Incident, name: K, build: () => Incident[K]): void {
  Object.defineProperty(incident, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build();
      Object.defineProperty(incident, name, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Groups the incidents of the index just saved at `indexPath` and writes them beside it: read back
 * from the file (decoded lazily: the grouping reads claims, figures and places, never passages).
 */
export async function groupAndSaveIncidents(indexPath: string): Promise<void> {
  const loaded = await loadIndex(indexPath, { verify: false, acceptOtherPipeline: true, incidents: false });
  if (!loaded.ok) throw new Error(loaded.reason);
  const { index, sha256 } = loaded.snapshot;
  if (sha256 === undefined) throw new Error("the saved index has no seal");
  await writeIncidents(incidentsPath(indexPath), sha256, index);
}
