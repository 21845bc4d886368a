// The grouping an incidents file keeps beside its incidents (sections "g.*"), so that the next
// re-index, when it patches this index, groups again from it (incidentRegroup.ts) instead of
// reading every article: the index's articles and where each one's claims, figures and passages
// start (the index file itself is overwritten by then), and each report's article, profile and
// incident. About 40 bytes a report: 0.7 MB at 100k passages.
import type { z } from "zod";
import type { GroupingProfile } from "../../core/answers/incidents.ts";
import type { KnowledgeShape } from "./knowledgeCodec.ts";
import { type Columns, INCIDENTS_FORMAT, incidentsHeaderSchema, type ListColumns, Lists, listAt, readColumns } from "./incidentsFile.ts";
import type { PreviousGrouping } from "./incidentRegroup.ts";
import { pipelineVersion } from "./pipelineVersion.ts";
import { NONE, SectionReader, type SectionWriter } from "./sections.ts";
import { unseal } from "./seal.ts";
import type { StringInterner } from "./stringTable.ts";
import { StringTable } from "./stringTable.ts";

export const GROUPING = { format: 1 } as const;

/** Writes the grouping of an index of `files` (in corpus order) and `shape` whose reports are these. */
export function writeGrouping(
  out: SectionWriter,
  strings: StringInterner,
  files: readonly string[],
  shape: KnowledgeShape,
  reports: { reportArticle: Uint32Array; profiles: readonly GroupingProfile[]; reportIncident: Uint32Array },
): void {
  out.add(
    "g.files",
    "u32",
    Uint32Array.from(files, (f) => strings.id(f)),
  );
  out.add("g.claimEnds", "u32", shape.claimEnds);
  out.add("g.figureEnds", "u32", shape.figureEnds);
  out.add("g.passageEnds", "u32", shape.passageEnds);
  out.add("g.reportArticle", "u32", reports.reportArticle);
  out.add("g.reportIncident", "u32", reports.reportIncident);
  const { profiles } = reports;
  out.add(
    "g.reportStart",
    "u32",
    Uint32Array.from(profiles, (p) => strings.nullable(p.start)),
  );
  out.add(
    "g.reportEnd",
    "u32",
    Uint32Array.from(profiles, (p) => strings.nullable(p.end)),
  );
  out.add(
    "g.reportSides",
    "u32",
    Uint32Array.from(profiles, (p) => strings.id(p.belligerents)),
  );
  const places = new Lists();
  for (const p of profiles) places.add([...p.places].map((place) => strings.id(place)));
  places.write(out, "g.reportPlaces");
}

/** A previous incidents file, opened to group from: its grouping, incidents and strings. */
export interface PreviousIncidents {
  grouping: PreviousGrouping;
  header: z.infer<typeof incidentsHeaderSchema>;
  columns: Columns;
  strings: StringTable;
  /** Where each of its articles' claims, figures and passages end (its index's shape). */
  ends: { claims: Uint32Array; figures: Uint32Array; passages: Uint32Array };
  /**
   * Teaches a table that extends `strings` the grouping's own strings (files, dates, places, sides)
   * under their ids: written again at every re-index, they would otherwise be appended again each time.
   */
  teach(interner: StringInterner): void;
}

/**
 * The incidents file `file` opened to group from, or why it cannot be: it must be the incidents of
 * the index `base` (the one patched), keep its grouping, and come from this core code.
 */
export function readPreviousIncidents(file: Buffer, base: string): { ok: true; previous: PreviousIncidents } | { ok: false; reason: string } {
  const unsealed = unseal(file);
  if (!unsealed.ok) return unsealed;
  const content = unsealed.content;
  const newline = content.indexOf(10);
  const parsed = incidentsHeaderSchema.safeParse(JSON.parse(content.toString("utf8", 0, newline)));
  if (!parsed.success || parsed.data.format !== INCIDENTS_FORMAT) return { ok: false, reason: "the previous incidents are invalid" };
  const header = parsed.data;
  if (header.index !== base) return { ok: false, reason: "the previous incidents are not the patched index's" };
  if (header.grouping?.format !== GROUPING.format || header.grouping.pipeline !== pipelineVersion()) {
    return { ok: false, reason: "the previous incidents keep no grouping of this code" };
  }
  const input = new SectionReader(content.subarray(newline + 1), header.sections, true);
  const strings = new StringTable(input);
  const ends = { claims: input.u32("g.claimEnds"), figures: input.u32("g.figureEnds"), passages: input.u32("g.passageEnds") };
  const last = (column: Uint32Array) => (column.length === 0 ? 0 : (column[column.length - 1] as number));
  const columns = readColumns(input, header, { claims: last(ends.claims), figures: last(ends.figures), docs: last(ends.passages) });
  const { grouping, teach } = readGrouping(input, strings, header.incidents);
  if ([ends.claims, ends.figures, ends.passages].some((column) => column.length !== grouping.files.length)) {
    return { ok: false, reason: "the previous grouping's articles do not match" };
  }
  return { ok: true, previous: { grouping, header, columns, strings, ends, teach } };
}

function readGrouping(
  input: SectionReader,
  strings: StringTable,
  incidents: number,
): { grouping: PreviousGrouping; teach: (interner: StringInterner) => void } {
  const fileIds = input.u32("g.files");
  const files = Array.from(fileIds, (id) => strings.get(id));
  const reportArticle = input.u32("g.reportArticle");
  const reportIncident = input.u32("g.reportIncident");
  const n = reportArticle.length;
  const column = (name: string) => {
    const values = input.u32(name);
    if (values.length !== n) throw new Error(`the grouping's ${name} does not match its reports`);
    return values;
  };
  const start = column("g.reportStart");
  const end = column("g.reportEnd");
  const sides = column("g.reportSides");
  const places: ListColumns = { ends: column("g.reportPlaces.ends"), values: input.u32("g.reportPlaces.values") };
  if (reportIncident.length !== n) throw new Error("the grouping's incidents do not match its reports");
  // A few hundred distinct dates and places among tens of thousands of reports: each read once.
  const read = new Map<number, string>();
  const text = (id: number) => {
    let value = read.get(id);
    if (value === undefined) read.set(id, (value = strings.get(id)));
    return value;
  };
  const grouping: PreviousGrouping = {
    files,
    reportArticle,
    reportIncident,
    incidents,
    profile: (r) => ({
      start: start[r] === NONE ? null : text(start[r] as number),
      end: end[r] === NONE ? null : text(end[r] as number),
      belligerents: text(sides[r] as number),
      places: new Set(Array.from(listAt(places, r), text)),
    }),
  };
  const teach = (interner: StringInterner) => {
    files.forEach((file, a) => {
      interner.know(file, fileIds[a] as number);
    });
    for (const column of [start, end, sides, places.values]) {
      for (let r = 0; r < column.length; r++) {
        const id = column[r] as number;
        if (id !== NONE) interner.know(text(id), id);
      }
    }
  };
  return { grouping, teach };
}
