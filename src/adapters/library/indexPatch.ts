// A saved index patched instead of rebuilt: the previous index's columns are kept for the
// articles that did not change, and the added or changed ones, encoded on their own, are spliced
// in at their place in corpus order (removed ones are left out). Rows move as whole ranges per
// article; the columns that point at rows of another table (a claim's sentence, a passage's
// last sentence, a date) are shifted by how far their article moved, the postings are remapped
// to the new passage numbers and merged term by term, and the derived lists (vocabulary, place
// names, short fields) are recomputed in the order a full build gives them. Only the string
// table differs from a full build's: the old one is kept whole and new strings are appended.
// So the decoded index is the one a full build decodes to (tests/library/indexPatch.test.ts),
// at a cost proportional to the typed arrays, not to the articles' objects.
import { analyze } from "../../core/search/analyze.ts";
import type { ShortFieldKind } from "../../core/search/shortFields.ts";
import { DictionaryWriter } from "./dictionary.ts";
import type { KnowledgeEnums } from "./knowledgeCodec.ts";
import type { WordLists } from "./patchState.ts";
import type { SearchHeader } from "./searchCodec.ts";
import { type SavedBigrams, savedBigrams, writeSearchLookups } from "./searchLookups.ts";
import { NONE, type SectionReader, type SectionWriter } from "./sections.ts";
import type { StringInterner } from "./stringTable.ts";

/** One encoded index to take articles from: the previous saved one, or the changed articles alone. */
export interface PatchSource {
  input: SectionReader;
  enums: KnowledgeEnums;
  search: SearchHeader;
  words: WordLists;
}

/** An article of the patched index: which source holds it, and its row there. */
export interface Pick {
  source: number;
  article: number;
}

/** The patch cannot be applied (a value it cannot carry over): the caller builds in full. */
export class PatchRefused extends Error {
  override name = "PatchRefused";
}

type Table = "A" | "P" | "S" | "C" | "F" | "D" | "PL" | "PV" | "PP" | "PD";
type ArrayType = "u8" | "u16" | "u32" | "f64";
interface ColumnSpec {
  name: string;
  table: Table;
  type: ArrayType;
  /** The table whose rows its values number (shifted as their article moves); NONE stays NONE. */
  ref?: Table;
  /** The dictionary behind a u8 column. */
  dictionary?: keyof KnowledgeEnums;
}

const plain = (table: Table, type: ArrayType, names: string[]): ColumnSpec[] => names.map((name) => ({ name: `k.${name}`, table, type }));
const COLUMNS: ColumnSpec[] = [
  ...plain("A", "u32", ["aFile", "aTitle", "aOutlet", "aPublished", "aUrl"]),
  { name: "k.aGenre", table: "A", type: "u8", dictionary: "genres" },
  { name: "k.aPassageEnd", table: "A", type: "u32", ref: "P" },
  { name: "k.aClaimEnd", table: "A", type: "u32", ref: "C" },
  { name: "k.aFigureEnd", table: "A", type: "u32", ref: "F" },
  { name: "k.aPlaceEnd", table: "A", type: "u32", ref: "PL" },
  ...plain("P", "u32", ["pId", "pFile", "pText"]),
  ...plain("P", "u8", ["pHeading"]),
  { name: "k.pSentenceEnd", table: "P", type: "u32", ref: "S" },
  ...plain("S", "u32", ["sId", "sPassageId", "sStart", "sEnd"]),
  ...plain("C", "u32", ["cId", "cFile", "cPassageId", "cSentenceId", "cSentence", "cSpeaker"]),
  { name: "k.cSentenceRow", table: "C", type: "u32", ref: "S" },
  { name: "k.cDate", table: "C", type: "u32", ref: "D" },
  { name: "k.cSide", table: "C", type: "u8", dictionary: "sides" },
  { name: "k.cKind", table: "C", type: "u8", dictionary: "kinds" },
  ...plain("F", "u32", ["fFile", "fPassageId", "fSentenceId", "fSentence", "fQualifier"]),
  { name: "k.fSentenceRow", table: "F", type: "u32", ref: "S" },
  { name: "k.fDate", table: "F", type: "u32", ref: "D" },
  { name: "k.fClaimedBy", table: "F", type: "u8", dictionary: "claimants" },
  { name: "k.fAffected", table: "F", type: "u8", dictionary: "affected" },
  ...plain("F", "f64", ["fKilled", "fWounded"]),
  ...plain("D", "u32", ["dText", "dStart", "dEnd"]),
  { name: "k.dPrecision", table: "D", type: "u8", dictionary: "precisions" },
  ...plain("PL", "u32", ["plKey"]),
  { name: "k.plValueEnd", table: "PL", type: "u32", ref: "PV" },
  ...plain("PV", "u32", ["plValue"]),
  { name: "s.docLengths", table: "P", type: "u16" },
  { name: "s.passagePlaces.ends", table: "P", type: "u32", ref: "PP" },
  { name: "s.passagePlaces.values", table: "PP", type: "u32" },
  { name: "s.passageDates.ends", table: "P", type: "u32", ref: "PD" },
  { name: "s.passageDates.values", table: "PD", type: "u32" },
];
const TABLES: Table[] = ["A", "P", "S", "C", "F", "D", "PL", "PV", "PP", "PD"];
type Starts = Record<Table, Uint32Array>;

function read(input: SectionReader, type: ArrayType, name: string): Uint8Array | Uint16Array | Uint32Array | Float64Array {
  return type === "u8" ? input.u8(name) : type === "u16" ? input.u16(name) : type === "f64" ? input.f64(name) : input.u32(name);
}

/** Where each article's rows start in every table of a source (one more entry: the totals). */
function startsOf(input: SectionReader): Starts {
  const articles = input.u32("k.aFile").length;
  const fromEnds = (ends: Uint32Array) => {
    const out = new Uint32Array(articles + 1);
    out.set(ends, 1);
    return out;
  };
  const P = fromEnds(input.u32("k.aPassageEnd"));
  const C = fromEnds(input.u32("k.aClaimEnd"));
  const F = fromEnds(input.u32("k.aFigureEnd"));
  const PL = fromEnds(input.u32("k.aPlaceEnd"));
  const through = (owner: Uint32Array, ends: Uint32Array) => owner.map((row) => (row === 0 ? 0 : (ends[row - 1] as number)));
  const cDate = input.u32("k.cDate");
  const fDate = input.u32("k.fDate");
  const D = new Uint32Array(articles + 1);
  for (let a = 0; a < articles; a++) {
    let dates = 0;
    for (let i = C[a] as number; i < (C[a + 1] as number); i++) if (cDate[i] !== NONE) dates++;
    for (let i = F[a] as number; i < (F[a + 1] as number); i++) if (fDate[i] !== NONE) dates++;
    D[a + 1] = (D[a] as number) + dates;
  }
  if (D[articles] !== input.u32("k.dText").length) throw new PatchRefused("the saved dates are not in article order");
  const A = Uint32Array.from({ length: articles + 1 }, (_, i) => i);
  return {
    A,
    P,
    S: through(P, input.u32("k.pSentenceEnd")),
    C,
    F,
    D,
    PL,
    PV: through(PL, input.u32("k.plValueEnd")),
    PP: through(P, input.u32("s.passagePlaces.ends")),
    PD: through(P, input.u32("s.passageDates.ends")),
  };
}

/** The dictionaries of the patched index: the first source's, then any value another adds. */
function mergeEnums(sources: readonly PatchSource[]): { enums: KnowledgeEnums; remaps: Record<keyof KnowledgeEnums, Uint8Array>[] } {
  const names = Object.keys(sources[0]?.enums ?? {}) as (keyof KnowledgeEnums)[];
  const writers = Object.fromEntries(names.map((n) => [n, new DictionaryWriter<string>()])) as Record<keyof KnowledgeEnums, DictionaryWriter<string>>;
  const remaps = sources.map((source) => {
    const remap = {} as Record<keyof KnowledgeEnums, Uint8Array>;
    for (const n of names) {
      const values = source.enums[n] as readonly string[];
      remap[n] = Uint8Array.from(values, (v) => writers[n].code(v));
    }
    return remap;
  });
  return { enums: Object.fromEntries(names.map((n) => [n, writers[n].values])) as unknown as KnowledgeEnums, remaps };
}

export interface PatchedBody {
  enums: KnowledgeEnums;
  search: SearchHeader;
  words: WordLists;
  claims: number;
}

/**
 * Writes the patched knowledge and search sections into `out`, with strings from `strings`
 * (a table extending the first source's). `picks` is the new index's articles in corpus order.
 */
export function patchBody(sources: readonly PatchSource[], picks: readonly Pick[], strings: StringInterner, out: SectionWriter): PatchedBody {
  const starts = sources.map((s) => startsOf(s.input));
  // Where each picked article's rows start in the patched index.
  const outStarts = {} as Starts;
  for (const table of TABLES) {
    const column = new Uint32Array(picks.length + 1);
    picks.forEach(({ source, article }, k) => {
      const s = (starts[source] as Starts)[table];
      column[k + 1] = (column[k] as number) + ((s[article + 1] as number) - (s[article] as number));
    });
    outStarts[table] = column;
  }
  const { enums, remaps } = mergeEnums(sources);
  const runs = runsOf(picks);
  for (const spec of COLUMNS) out.add(spec.name, spec.type, spliceColumn(spec, sources, starts, remaps, runs, outStarts));

  const docMaps = sources.map((_, i) => new Int32Array((starts[i] as Starts).P.at(-1) as number).fill(-1));
  picks.forEach(({ source, article }, k) => {
    const from = (starts[source] as Starts).P[article] as number;
    const to = (starts[source] as Starts).P[article + 1] as number;
    const map = docMaps[source] as Int32Array;
    for (let p = from; p < to; p++) map[p] = (outStarts.P[k] as number) + (p - from);
  });
  const docCount = outStarts.P[picks.length] as number;
  const terms = writePostings(sources, docMaps, out);
  const words = spliceWords(sources, starts, picks);
  const wordIds = writeVocabulary(words, strings, out);
  writeSearchLookups(
    out,
    strings,
    terms.map((id) => strings.get(id)),
    words.words,
    keptBigrams(sources[0], wordIds, strings),
  );
  const averageLength = averageOf(sources, starts, picks, docCount);
  writePlaces(sources, strings, out);
  const shortFieldKinds = writeShortFields(sources, starts, picks, strings, out);
  return { enums, search: { docCount, averageLength, shortFieldKinds }, words, claims: outStarts.C[picks.length] as number };
}

/** Picks that take consecutive articles of one source, in a row: their rows move together, by one shift. */
interface Run {
  source: number;
  /** The source's articles `first` to `end` (exclusive)… */
  first: number;
  end: number;
  /** …are the patched index's articles from `at`. */
  at: number;
}

function runsOf(picks: readonly Pick[]): Run[] {
  const runs: Run[] = [];
  let last: Run | undefined;
  picks.forEach(({ source, article }, k) => {
    if (last && last.source === source && last.end === article) last.end++;
    else runs.push((last = { source, first: article, end: article + 1, at: k }));
  });
  return runs;
}

function spliceColumn(
  spec: ColumnSpec,
  sources: readonly PatchSource[],
  starts: Starts[],
  remaps: Record<keyof KnowledgeEnums, Uint8Array>[],
  runs: readonly Run[],
  outStarts: Starts,
): Uint8Array | Uint16Array | Uint32Array | Float64Array {
  const columns = sources.map((s) => read(s.input, spec.type, spec.name));
  const total = outStarts[spec.table][outStarts[spec.table].length - 1] as number;
  type Column = Uint8Array | Uint16Array | Uint32Array | Float64Array;
  const first: Column | undefined = columns[0];
  if (!first) throw new PatchRefused("no source");
  const output: Column = new (first.constructor as new (n: number) => Column)(total);
  for (const run of runs) {
    const s = starts[run.source] as Starts;
    const from = s[spec.table][run.first] as number;
    const to = s[spec.table][run.end] as number;
    const at = outStarts[spec.table][run.at] as number;
    const column = columns[run.source] as Column;
    if (column.length < to) throw new PatchRefused(`column ${spec.name} is shorter than its rows`);
    // The same for every article of the run: their rows of the other table moved together too.
    const shift = spec.ref ? (outStarts[spec.ref][run.at] as number) - (s[spec.ref][run.first] as number) : 0;
    if (spec.ref && shift !== 0) {
      for (let i = from; i < to; i++) {
        const value = column[i] as number;
        output[at + i - from] = value === NONE ? NONE : value + shift;
      }
    } else if (spec.dictionary && !isIdentity((remaps[run.source] as Record<keyof KnowledgeEnums, Uint8Array>)[spec.dictionary])) {
      const remap = (remaps[run.source] as Record<keyof KnowledgeEnums, Uint8Array>)[spec.dictionary];
      for (let i = from; i < to; i++) output[at + i - from] = remap[column[i] as number] as number;
    } else {
      // Values kept as they are (no shift, or codes the merged dictionary gives the same): one copy.
      (output as Uint32Array).set(column.subarray(from, to) as Uint32Array, at);
    }
  }
  return output;
}

const isIdentity = (remap: Uint8Array) => remap.every((code, i) => code === i);

/** BM25's average passage length, as the builder computes it (the sum of the unclamped lengths). */
function averageOf(sources: readonly PatchSource[], starts: Starts[], picks: readonly Pick[], docCount: number): number {
  const lengths = sources.map((s) => s.input.u16("s.docLengths"));
  let total = 0;
  for (const { source, article } of picks) {
    const s = starts[source] as Starts;
    const column = lengths[source] as Uint16Array;
    for (let p = s.P[article] as number; p < (s.P[article + 1] as number); p++) {
      const length = column[p] as number;
      // A clamped length hides the true one the average was computed from.
      if (length === 0xffff) throw new PatchRefused("a passage too long to patch");
      total += length;
    }
  }
  return docCount ? total / docCount : 0;
}

/**
 * The postings of every term, remapped to the new passage numbers (removed passages dropped) and
 * merged across sources in passage order. Term ids are shared: the caller taught the interner the
 * first source's terms before encoding the others. Terms left with no passage are dropped.
 */
function writePostings(sources: readonly PatchSource[], docMaps: Int32Array[], out: SectionWriter): number[] {
  const lists = sources.map((s) => {
    const terms = s.input.u32("s.terms");
    const counts = s.input.u32("s.counts");
    const offsets = new Uint32Array(counts.length + 1);
    for (let i = 0; i < counts.length; i++) offsets[i + 1] = (offsets[i] as number) + (counts[i] as number);
    return { terms, offsets, docs: s.input.u32("s.docs"), tfs: s.input.u16("s.tfs") };
  });
  const capacity = lists.reduce((n, l) => n + l.docs.length, 0);
  const docs = new Uint32Array(capacity);
  const tfs = new Uint16Array(capacity);
  const terms: number[] = [];
  const counts: number[] = [];
  // Term id → its row in each source (sources after the first are looked up by id).
  const rows = lists.map((l) => new Map(Array.from(l.terms, (t, i) => [t, i])));
  const done = new Set<number>();
  // The first source's passages below this one keep their numbers (the articles before the first
  // one added, changed or removed): their postings are copied, not mapped one by one.
  const firstMap = docMaps[0] ?? new Int32Array(0);
  let kept = 0;
  while (kept < firstMap.length && firstMap[kept] === kept) kept++;
  let at = 0;
  for (const list of lists) {
    for (const term of list.terms) {
      if (done.has(term)) continue;
      done.add(term);
      const start = at;
      // Each source's list is in passage order and its map keeps order, so a k-way merge of ascending runs.
      const cursors = lists.map((l, i) => {
        const row = rows[i]?.get(term);
        return row === undefined ? { at: 0, end: 0 } : { at: l.offsets[row] as number, end: l.offsets[row + 1] as number };
      });
      const first = cursors[0] as { at: number; end: number };
      const firstList = lists[0] as (typeof lists)[number];
      if (first.end > first.at && (firstList.docs[first.at] as number) < kept) {
        // The first source's passages before `kept` keep their numbers and come before any other's: copied as they are.
        const end = firstAtLeast(firstList.docs, first.at, first.end, kept);
        docs.set(firstList.docs.subarray(first.at, end), at);
        tfs.set(firstList.tfs.subarray(first.at, end), at);
        at += end - first.at;
        first.at = end;
      }
      const holding = cursors.filter((c) => c.end > c.at);
      if (holding.length === 1) {
        // The common case: the rest of the term's postings are in one source only, whose order the map keeps.
        const only = cursors.findIndex((c) => c.end > c.at);
        const cursor = cursors[only] as { at: number; end: number };
        const map = docMaps[only] as Int32Array;
        const source = lists[only] as (typeof lists)[number];
        for (let i = cursor.at; i < cursor.end; i++) {
          const doc = map[source.docs[i] as number] as number;
          if (doc < 0) continue;
          docs[at] = doc;
          tfs[at] = source.tfs[i] as number;
          at++;
        }
        cursor.at = cursor.end;
      }
      for (;;) {
        let best = -1;
        let bestDoc = Number.POSITIVE_INFINITY;
        for (let i = 0; i < cursors.length; i++) {
          const cursor = cursors[i] as { at: number; end: number };
          const map = docMaps[i] as Int32Array;
          const source = lists[i] as (typeof lists)[number];
          while (cursor.at < cursor.end && (map[source.docs[cursor.at] as number] as number) < 0) cursor.at++;
          if (cursor.at < cursor.end) {
            const doc = map[source.docs[cursor.at] as number] as number;
            if (doc < bestDoc) {
              bestDoc = doc;
              best = i;
            }
          }
        }
        if (best < 0) break;
        const cursor = cursors[best] as { at: number; end: number };
        docs[at] = bestDoc;
        tfs[at] = (lists[best] as (typeof lists)[number]).tfs[cursor.at] as number;
        cursor.at++;
        at++;
      }
      if (at > start) {
        terms.push(term);
        counts.push(at - start);
      }
    }
  }
  out.add("s.terms", "u32", Uint32Array.from(terms));
  out.add("s.counts", "u32", Uint32Array.from(counts));
  out.add("s.docs", "u32", docs.subarray(0, at));
  out.add("s.tfs", "u16", tfs.subarray(0, at));
  return terms;
}

/** The first position in `docs` from `from` to `to` (ascending) whose doc is `doc` or more. */
function firstAtLeast(docs: Uint32Array, from: number, to: number, doc: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((docs[mid] as number) < doc) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The picked articles' passages' word lists, joined and renumbered by first occurrence. */
function spliceWords(sources: readonly PatchSource[], starts: Starts[], picks: readonly Pick[]): WordLists {
  const ids = new Map<string, number>();
  const words: string[] = [];
  // Each source's word id → the joined list's (by first occurrence), filled as they are met.
  const remaps = sources.map((s) => new Int32Array(s.words.words.length).fill(-1));
  // At most every source's lists, whole: filled in place, then cut to length.
  const ends = new Uint32Array(sources.reduce((n, s) => n + s.words.ends.length, 0));
  const values = new Uint32Array(sources.reduce((n, s) => n + s.words.values.length, 0));
  let passages = 0;
  let at = 0;
  for (const { source, article } of picks) {
    const s = starts[source] as Starts;
    const lists = (sources[source] as PatchSource).words;
    const remap = remaps[source] as Int32Array;
    for (let p = s.P[article] as number; p < (s.P[article + 1] as number); p++) {
      const from = p === 0 ? 0 : (lists.ends[p - 1] as number);
      for (let i = from; i < (lists.ends[p] as number); i++) {
        const id = lists.values[i] as number;
        let joined = remap[id] as number;
        if (joined < 0) {
          const word = lists.words[id] as string;
          joined = ids.get(word) ?? -1;
          if (joined < 0) {
            joined = words.length;
            words.push(word);
            ids.set(word, joined);
          }
          remap[id] = joined;
        }
        values[at++] = joined;
      }
      ends[passages++] = at;
    }
  }
  return { words, ends: ends.slice(0, passages), values: values.slice(0, at) };
}

/** Writes the vocabulary; returns its words' string ids. */
function writeVocabulary(lists: WordLists, strings: StringInterner, out: SectionWriter): Uint32Array {
  const frequency = new Uint32Array(lists.words.length);
  for (const id of lists.values) frequency[id] = (frequency[id] ?? 0) + 1;
  const ids = Uint32Array.from(lists.words, (w) => strings.id(w));
  out.add("s.words", "u32", ids);
  out.add("s.frequency", "u32", frequency);
  return ids;
}

/**
 * The first source's saved spelling index, when the patched vocabulary begins with its words in
 * their order (articles added after the others, or changed without new words first met before the
 * last old one's): then it is extended, not built again (searchLookups.ts). Else null.
 */
function keptBigrams(base: PatchSource | undefined, wordIds: Uint32Array, strings: StringInterner): SavedBigrams | null {
  if (!base?.input.has("s.words")) return null;
  const saved = savedBigrams(base.input);
  const before = base.input.u32("s.words");
  if (!saved || saved.lengths.length !== before.length || wordIds.length < before.length) return null;
  for (let i = 0; i < before.length; i++) {
    // Equal strings may have two ids in a patched table (its new strings are not looked up among all the old).
    if (wordIds[i] !== before[i] && strings.get(wordIds[i] as number) !== strings.get(before[i] as number)) return null;
  }
  return saved;
}

/** Place names in order of first mention over the passages, with their terms (as searchIndex.ts's builder). */
function writePlaces(sources: readonly PatchSource[], strings: StringInterner, out: SectionWriter): void {
  // Known terms of the first source's places, so they are not analysed again.
  const first = sources[0]?.input;
  const known = new Map<string, number[]>();
  if (first) {
    const names = first.u32("s.placeNames");
    const ends = first.u32("s.placeTerms.ends");
    const values = first.u32("s.placeTerms.values");
    names.forEach((id, i) => {
      known.set(strings.get(id), Array.from(values.subarray(i === 0 ? 0 : ends[i - 1], ends[i])));
    });
  }
  const seen = new Set<string>();
  const names: number[] = [];
  const termEnds: number[] = [];
  const termValues: number[] = [];
  for (const id of passagePlaceIds(out)) {
    const name = strings.get(id);
    if (seen.has(name)) continue;
    seen.add(name);
    const terms = known.get(name) ?? analyze(name).map((t) => strings.id(t));
    if (terms.length === 0) continue;
    names.push(strings.id(name));
    termValues.push(...terms);
    termEnds.push(termValues.length);
  }
  out.add("s.placeNames", "u32", Uint32Array.from(names));
  out.add("s.placeTerms.ends", "u32", Uint32Array.from(termEnds));
  out.add("s.placeTerms.values", "u32", Uint32Array.from(termValues));
}

/** The patched passages' place ids, as just written (a view of the section's bytes). */
function passagePlaceIds(out: SectionWriter): Uint32Array {
  const piece = out.bytesOf("s.passagePlaces.values");
  if (!piece) throw new PatchRefused("the passages' places were not written");
  const copy = new Uint32Array(piece.byteLength / 4);
  new Uint8Array(copy.buffer).set(piece);
  return copy;
}

/** The short fields in the order ShortFieldCollector meets them: per article, title, outlet, places, speakers. */
function writeShortFields(
  sources: readonly PatchSource[],
  starts: Starts[],
  picks: readonly Pick[],
  strings: StringInterner,
  out: SectionWriter,
): ShortFieldKind[] {
  const col = (name: string) => sources.map((s) => s.input.u32(`k.${name}`));
  const [titles, outlets, plValues, speakers] = ["aTitle", "aOutlet", "plValue", "cSpeaker"].map(col) as Uint32Array[][];
  const seen = new Set<string>();
  const kinds = new DictionaryWriter<ShortFieldKind>();
  const fieldKinds: number[] = [];
  const fieldValues: number[] = [];
  const trimmed = new Map<number, string | null>();
  // A string id met again for the same kind adds nothing (its key is the same): most speakers and outlets repeat.
  const met = new Map<ShortFieldKind, Set<number>>();
  const field = (kind: ShortFieldKind, id: number) => {
    if (id === NONE) return;
    let ids = met.get(kind);
    if (!ids) met.set(kind, (ids = new Set()));
    if (ids.has(id)) return;
    ids.add(id);
    let value = trimmed.get(id);
    if (value === undefined) {
      const t = strings.get(id).trim();
      value = !t || t.length > 200 ? null : t;
      trimmed.set(id, value);
    }
    if (value === null) return;
    const key = `${kind}:${value.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    fieldKinds.push(kinds.code(kind));
    fieldValues.push(strings.id(value));
  };
  for (const { source, article } of picks) {
    const s = starts[source] as Starts;
    field("title", titles?.[source]?.[article] as number);
    field("outlet", outlets?.[source]?.[article] as number);
    const values = plValues?.[source] as Uint32Array;
    for (let v = s.PV[article] as number; v < (s.PV[article + 1] as number); v++) field("place", values[v] as number);
    const said = speakers?.[source] as Uint32Array;
    for (let c = s.C[article] as number; c < (s.C[article + 1] as number); c++) field("speaker", said[c] as number);
  }
  out.add("s.fieldKinds", "u8", Uint8Array.from(fieldKinds));
  out.add("s.fieldValues", "u32", Uint32Array.from(fieldValues));
  return kinds.values;
}
