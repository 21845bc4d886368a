// The incidents of a saved index, grouped once by the re-index worker (saveIncidents.ts) and saved beside the index
// (`index-….bin.incidents`), sealed like it and tied to it by its SHA-256. Grouping reads every
// claim and figure of the corpus (seconds at a million passages): a start that had to do it
// before its first answer could not answer within seconds. Loading reads the columns only; an
// incident is built when something asks for it, its claims and figures when read, from the
// lazily decoded knowledge, so they are the very objects the other lookups hand out.
// No file, another index's, or a bad one: the incidents are grouped on first use, as before.
import { z } from "zod";
import { fileOfPassage, type IncidentLookups, LookupMap, passageOfSentence } from "../../core/answers/answerIndex.ts";
import type { Incident } from "../../core/answers/incidents.ts";
import { eventById } from "../../core/events/events.ts";
import type { ArticleKnowledge, CasualtyFigure, Claim, CorpusKnowledge, DatePrecision, DateRef } from "../../core/types.ts";
import type { SearchIndex } from "../../core/search/searchIndex.ts";
import { decoder } from "./dictionary.ts";
import { u32Column } from "./growingColumn.ts";
import { type KnowledgeShape, shapeOf } from "./knowledgeCodec.ts";
import { NONE, SectionReader, type SectionWriter, sectionSchema } from "./sections.ts";
import { unseal } from "./seal.ts";
import { StringTable } from "./stringTable.ts";

export const incidentsPath = (indexPath: string) => `${indexPath}.incidents`;

export const INCIDENTS_FORMAT = "counterclaim-incidents";
const count = z.number().int().nonnegative();
export const incidentsHeaderSchema = z.object({
  format: z.literal(INCIDENTS_FORMAT),
  /** The SHA-256 of the saved index these incidents were grouped from. */
  index: z.string(),
  incidents: count,
  precisions: z.array(z.enum(["day", "range", "month", "year", "unknown"])),
  events: z.array(z.string()),
  body: z.object({ bytes: count }),
  sections: z.array(sectionSchema),
  /**
   * Present when the file also keeps its grouping (groupingState.ts), for the next re-index to
   * group from: by which core code, and how many incidents were made anew or kept as they were.
   */
  grouping: z.object({ format: z.literal(1), pipeline: z.string(), made: count.optional(), kept: count.optional() }).optional(),
});

/** A list per item as two columns: where each list ends, and the values. */
export class Lists {
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
    const parsed = incidentsHeaderSchema.safeParse(JSON.parse(content.toString("utf8", 0, newline)));
    if (!parsed.success) return { ok: false, reason: "saved incidents are invalid" };
    const header = parsed.data;
    if (header.index !== sha256) return { ok: false, reason: "saved incidents belong to another index" };
    const shape = shapeOf(index.knowledge);
    if (!shape) return { ok: false, reason: "the index was not decoded from a saved index" };
    const input = new SectionReader(content.subarray(newline + 1), header.sections, true);
    const figures = shape.figureEnds.length === 0 ? 0 : (shape.figureEnds[shape.figureEnds.length - 1] as number);
    const columns = readColumns(input, header, { claims: shape.claims, figures, docs: index.search.passages.length });
    const strings = new StringTable(input);
    return { ok: true, lookups: (passageById) => savedLookups(columns, strings, header, shape, index.knowledge, passageById) };
  } catch (error) {
    return { ok: false, reason: `saved incidents are unreadable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export type Columns = ReturnType<typeof readColumns>;
export interface ListColumns {
  ends: Uint32Array;
  values: Uint32Array;
}

/** The incidents' columns, checked against the index's numbers of claims, figures and passages (docs). */
export function readColumns(
  input: SectionReader,
  header: z.infer<typeof incidentsHeaderSchema>,
  { claims, figures, docs }: { claims: number; figures: number; docs: number },
) {
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
    // Indexed loops: over the millions of rows of a large corpus, iterating typed arrays with for…of cost several times as much.
    let previous = 0;
    for (let i = 0; i < ends.length; i++) {
      const end = ends[i] as number;
      if (end < previous) throw new Error(`the ${name} lists are out of order`);
      previous = end;
    }
    if (previous !== values.length) throw new Error(`the ${name} lists do not cover their values`);
    if (below !== undefined)
      for (let i = 0; i < values.length; i++) if ((values[i] as number) >= below) throw new Error(`the ${name} lists name a row out of range`);
    return { ends, values };
  };
  const claimIncident = input.u32("l.claimIncident");
  const figureIncident = input.u32("l.figureIncident");
  if (claimIncident.length !== claims || figureIncident.length !== figures) throw new Error("the saved incidents do not match the index's claims");
  for (const column of [claimIncident, figureIncident])
    for (let i = 0; i < column.length; i++) {
      const k = column[i] as number;
      if (k !== NONE && k >= n) throw new Error("an item names an incident out of range");
    }
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
    claims: lists("i.claims", n, claims),
    figures: lists("i.figures", n, figures),
    reactions: lists("i.reactions", n, claims),
    claimIncident,
    figureIncident,
    passageIncidents: lists("l.passageIncidents", docs, n),
  };
}

export const listAt = ({ ends, values }: ListColumns, i: number) => values.subarray(i === 0 ? 0 : ends[i - 1], ends[i]);

/** The article whose rows (by `ends`) hold `row`, and the row's number in it. */
export function articleRow(ends: Uint32Array, row: number): [number, number] {
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
  header: z.infer<typeof incidentsHeaderSchema>,
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
