// Writing the incidents file (incidentsFile.ts reads it): the re-index worker groups the incidents
// of the index it has just saved, from that file read back and decoded lazily, and writes them
// beside it. Apart from the reader so that the saved index's loader and this writer, which uses
// the loader, do not import each other.
import type { z } from "zod";
import type { AnswerIndex } from "../../core/answers/answerIndex.ts";
import { fileOfPassage, passageOfSentence } from "../../core/answers/answerIndex.ts";
import type { ArticleKnowledge, CorpusKnowledge, DatePrecision } from "../../core/types.ts";
import { DictionaryWriter } from "./dictionary.ts";
import { u32Column } from "./growingColumn.ts";
import { INCIDENTS_FORMAT, type incidentsHeaderSchema, incidentsPath, Lists } from "./incidentsFile.ts";
import { shapeOf } from "./knowledgeCodec.ts";
import { headerLine, loadIndex, writeEncodedIndex } from "./savedIndex.ts";
import { NONE, SectionWriter } from "./sections.ts";
import { StringInterner } from "./stringTable.ts";

/**
 * Indexes of fewer passages are saved without their incidents: grouping them on first use takes
 * a fraction of a second there, less than reading them back to group them at every re-index
 * (measured: about 2 s of CPU at 100k passages, 50 s at a million, on this loaded machine).
 */
export const SAVED_INCIDENTS_FROM = 20_000;

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
  const header: z.infer<typeof incidentsHeaderSchema> = {
    format: INCIDENTS_FORMAT,
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
