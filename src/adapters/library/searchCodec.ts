// The built SearchIndex as columns: BM25 postings, the vocabulary, each passage's places and
// dates, the place names' terms and the short fields. Everything the search built at re-index
// time is saved as it is, so loading rebuilds nothing but a few Maps and Fuse's small index.
import type { CorpusKnowledge } from "../../core/types.ts";
import { lazyPassageRecords, passageRecords, type DateSpan, type PlaceName, type SearchIndex, type SearchParts } from "../../core/search/searchIndex.ts";
import { buildShortFieldIndex, type ShortField, type ShortFieldKind } from "../../core/search/shortFields.ts";
import type { Vocabulary } from "../../core/search/spelling.ts";
import { readBigrams, SavedPostings, SavedWordSet, writeSearchLookups } from "./searchLookups.ts";
import { DictionaryWriter, decoder } from "./dictionary.ts";
import { shapeOf } from "./knowledgeCodec.ts";
import { u32Column } from "./growingColumn.ts";
import type { SectionReader, SectionWriter } from "./sections.ts";
import type { StringInterner, StringTable } from "./stringTable.ts";

/** What the search index keeps in the header: two numbers and the short fields' kinds. */
export interface SearchHeader {
  docCount: number;
  averageLength: number;
  shortFieldKinds: ShortFieldKind[];
}

export function encodeSearch(index: SearchParts, strings: StringInterner, out: SectionWriter): SearchHeader {
  const { bm25 } = index;
  const terms = [...bm25.postings.keys()];
  const counts = new Uint32Array(terms.length);
  let total = 0;
  terms.forEach((term, i) => {
    total += counts[i] = bm25.postings.get(term)?.docs.length ?? 0;
  });
  const docs = new Uint32Array(total);
  const tfs = new Uint16Array(total);
  let at = 0;
  for (const term of terms) {
    const list = bm25.postings.get(term);
    if (!list) continue;
    docs.set(list.docs, at);
    tfs.set(list.tfs, at);
    at += list.docs.length;
  }
  out.add(
    "s.terms",
    "u32",
    Uint32Array.from(terms, (t) => strings.id(t)),
  );
  out.add("s.counts", "u32", counts);
  out.add("s.docs", "u32", docs);
  out.add("s.tfs", "u16", tfs);
  out.add("s.docLengths", "u16", bm25.docLengths);
  out.add(
    "s.words",
    "u32",
    Uint32Array.from(index.vocabulary.words, (w) => strings.id(w)),
  );
  out.add("s.frequency", "u32", index.vocabulary.frequency);
  writeSearchLookups(out, strings, terms, index.vocabulary.words);
  writeLists(out, "s.passagePlaces", index.passagePlaces, (name) => [strings.id(name)]);
  writeLists(out, "s.passageDates", index.passageDates, (span) => [strings.id(span.start), strings.id(span.end)]);
  out.add(
    "s.placeNames",
    "u32",
    Uint32Array.from(index.places, (p) => strings.id(p.name)),
  );
  writeLists(
    out,
    "s.placeTerms",
    index.places.map((p) => p.terms),
    (term) => [strings.id(term)],
  );
  const kinds = new DictionaryWriter<ShortFieldKind>();
  const fields = index.shortFields;
  out.add(
    "s.fieldKinds",
    "u8",
    Uint8Array.from(fields, (f) => kinds.code(f.kind)),
  );
  out.add(
    "s.fieldValues",
    "u32",
    Uint32Array.from(fields, (f) => strings.id(f.value)),
  );
  return { docCount: bm25.docCount, averageLength: bm25.averageLength, shortFieldKinds: kinds.values };
}

export function decodeSearch(knowledge: CorpusKnowledge, input: SectionReader, strings: StringTable, header: SearchHeader): SearchIndex {
  // Decoded from columns: records that read their passage when asked (no passage is built here).
  const shape = shapeOf(knowledge);
  const passages = shape ? lazyPassageRecords(knowledge.articles, shape.passageEnds) : passageRecords(knowledge);
  if (header.docCount !== passages.length) throw new Error("the saved search index does not match the saved knowledge");

  const terms = input.u32("s.terms");
  const counts = input.u32("s.counts");
  const docs = input.u32("s.docs");
  const tfs = input.u16("s.tfs");
  const docLengths = input.u16("s.docLengths");
  if (counts.length !== terms.length || tfs.length !== docs.length || docLengths.length !== header.docCount) {
    throw new Error("the saved search index is inconsistent");
  }
  // Where each term's postings start (and the last one ends): its slice is viewed when first asked for.
  const starts = new Uint32Array(terms.length + 1);
  for (let i = 0; i < terms.length; i++) {
    starts[i + 1] = (starts[i] as number) + (counts[i] as number);
    if ((starts[i + 1] as number) > docs.length) throw new Error("the saved postings are truncated");
  }
  const term = (row: number) => strings.get(terms[row] as number);
  const postings = new SavedPostings({ terms, starts, docs, tfs, docCount: header.docCount, hash: savedHash(input, "s.terms.hash", terms.length), term });

  const wordIds = input.u32("s.words");
  const frequency = input.u32("s.frequency");
  if (frequency.length !== wordIds.length) throw new Error("the saved vocabulary is inconsistent");
  // The words themselves are read when the spelling correction first needs them (its candidates' text).
  const word = (row: number) => strings.get(wordIds[row] as number);
  const vocabulary: Vocabulary = {
    get words() {
      return settle(
        this,
        "words",
        Array.from(wordIds, (id) => strings.get(id)),
      );
    },
    frequency,
    bigrams: readBigrams(input, strings, wordIds.length),
  };
  const wordsHash = savedHash(input, "s.words.hash", wordIds.length);

  // A few thousand place names over a million passages: each read once and shared (the string
  // table makes a new string at every read).
  const placeName = sharedStrings(strings);
  // Read passage by passage as the search asks for them (it reads those of the passages it ranks).
  const passagePlaces = lazyLists(input, "s.passagePlaces", 1, (v, i) => placeName(v[i] as number));
  const passageDates = lazyLists(input, "s.passageDates", 2, sharedSpans(strings));
  if (passagePlaces.length !== passages.length || passageDates.length !== passages.length)
    throw new Error("the saved places or dates do not match the passages");
  const placeTerms = readLists(input, "s.placeTerms", 1, (v, i) => strings.get(v[i] as number));
  const placeNames = input.u32("s.placeNames");
  if (placeTerms.length !== placeNames.length) throw new Error("the saved place names are inconsistent");
  const places: PlaceName[] = Array.from(placeNames, (id, i) => ({ name: strings.get(id), terms: placeTerms[i] ?? [] }));

  const kind = decoder(header.shortFieldKinds, "short field kind");
  const fieldValues = input.u32("s.fieldValues");
  const fieldKinds = input.u8("s.fieldKinds");
  if (fieldKinds.length !== fieldValues.length) throw new Error("the saved short fields are inconsistent");

  return {
    passages,
    bm25: { docCount: header.docCount, docLengths, averageLength: header.averageLength, postings },
    vocabulary,
    get knownWords() {
      const known = wordsHash ? new SavedWordSet(wordsHash, () => vocabulary.words, word) : new Set(vocabulary.words);
      return settle(this, "knownWords", known);
    },
    passagePlaces,
    passageDates,
    places,
    // Only suggestions read them (a few thousand short strings): Fuse's index is built on that first use.
    get shortFields() {
      const fields: ShortField[] = Array.from(fieldValues, (id, i) => ({ kind: kind(fieldKinds[i] as number), value: strings.get(id) }));
      return settle(this, "shortFields", buildShortFieldIndex(fields));
    },
    ...(shape ? { passageHeadings: shape.headings } : {}),
  };
}

/**
 * Replaces a lazy property's getter with its value (own, enumerable and writable, as a plain
 * object's), so it is made once and is the same object every time after.
 */
function settle<T extends object, K extends keyof T>(owner: T, name: K, value: T[K]): T[K] {
  Object.defineProperty(owner, name, { value, enumerable: true, configurable: true, writable: true });
  return value;
}

/** A saved hash table of `rows` rows (searchLookups.ts), checked: a power of two, every slot a row or empty; null when the file has none. */
function savedHash(input: SectionReader, name: string, rows: number): Uint32Array | null {
  if (!input.has(name)) return null;
  const slots = input.u32(name);
  if (slots.length < 2 || (slots.length & (slots.length - 1)) !== 0 || slots.length < rows) throw new Error(`the saved ${name} is not a hash table`);
  for (let i = 0; i < slots.length; i++) if ((slots[i] as number) > rows) throw new Error(`the saved ${name} names a row that does not exist`);
  return slots;
}

/** Reads each string id once and hands out the same string after. */
function sharedStrings(strings: StringTable): (id: number) => string {
  const read = new Map<number, string>();
  return (id) => {
    let value = read.get(id);
    if (value === undefined) {
      value = strings.get(id);
      read.set(id, value);
    }
    return value;
  };
}

/**
 * Most passages share their few date spans (an article's publication day): one frozen object
 * per distinct span instead of ~120k at 100k passages. The search only reads them.
 */
function sharedSpans(strings: StringTable): (values: Uint32Array, at: number) => DateSpan {
  const spans = new Map<number, DateSpan>();
  return (values, at) => {
    const start = values[at] as number;
    const end = values[at + 1] as number;
    // An exact number key while both ids are under 2^26 (tens of millions of strings).
    const key = start < 0x4000000 && end < 0x4000000 ? start * 0x4000000 + end : -1;
    let span = spans.get(key);
    if (span === undefined || key < 0) {
      span = Object.freeze({ start: strings.get(start), end: strings.get(end) });
      if (key >= 0) spans.set(key, span);
    }
    return span;
  };
}

/** Empty lists (most passages name no place) share one array, frozen so no one can fill it. */
const EMPTY = Object.freeze([]) as never[];

/** A list of lists as two sections: where each list ends, and the flattened values. */
function writeLists<T>(out: SectionWriter, name: string, lists: readonly (readonly T[])[], encode: (item: T) => number[]): void {
  const ends = new Uint32Array(lists.length);
  const values = u32Column();
  lists.forEach((list, i) => {
    for (const item of list) for (const value of encode(item)) values.push(value);
    ends[i] = values.length;
  });
  out.add(`${name}.ends`, "u32", ends);
  out.add(`${name}.values`, "u32", values.view());
}

function readLists<T>(input: SectionReader, name: string, width: number, decode: (values: Uint32Array, at: number) => T): T[][] {
  const ends = input.u32(`${name}.ends`);
  const values = input.u32(`${name}.values`);
  const lists = new Array<T[]>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    if (end < start || end > values.length || (end - start) % width !== 0) throw new Error(`the saved ${name} lists are inconsistent`);
    if (end === start) {
      lists[i] = EMPTY;
      continue;
    }
    const list = new Array<T>((end - start) / width);
    for (let at = start, k = 0; at < end; at += width, k++) list[k] = decode(values, at);
    lists[i] = list;
    start = end;
  }
  if (start !== values.length) throw new Error(`the saved ${name} lists are inconsistent`);
  return lists;
}

/**
 * A list of lists read one list at a time, the first time it is asked for, then kept: an array
 * (a Proxy of one) of `ends.length` lists, indexed and iterated like the array readLists makes.
 * For a million passages' places and dates: making two million-long arrays at load (and the
 * garbage collections to move them) cost more than the few hundred lists a question reads.
 */
function lazyLists<T>(input: SectionReader, name: string, width: number, decode: (values: Uint32Array, at: number) => T): T[][] {
  const ends = input.u32(`${name}.ends`);
  const values = input.u32(`${name}.values`);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    if (end < start || end > values.length || (end - start) % width !== 0) throw new Error(`the saved ${name} lists are inconsistent`);
    start = end;
  }
  if (start !== values.length) throw new Error(`the saved ${name} lists are inconsistent`);
  // The lists read so far, at their index (no storage for the others); `length` says how many there are.
  const made: T[][] = [];
  made.length = ends.length;
  const listAt = (i: number): T[] => {
    let list = made[i];
    if (list === undefined) {
      const from = i === 0 ? 0 : (ends[i - 1] as number);
      const to = ends[i] as number;
      list = to === from ? EMPTY : new Array<T>((to - from) / width);
      for (let at = from, k = 0; at < to; at += width, k++) list[k] = decode(values, at);
      made[i] = list;
    }
    return list;
  };
  const indexOf = (key: string | symbol) => {
    if (typeof key !== "string") return -1;
    const first = key.charCodeAt(0);
    // Canonical array indices only ("7", not "07"): anything else is an ordinary property.
    if (first < 48 || first > 57 || (first === 48 && key.length > 1)) return -1;
    const i = Number(key);
    return Number.isInteger(i) && i < ends.length ? i : -1;
  };
  return new Proxy(made, {
    get(target, key, receiver) {
      const i = indexOf(key);
      return i >= 0 ? listAt(i) : Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return indexOf(key) >= 0 || Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key);
      if (i >= 0) listAt(i);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      for (let i = 0; i < ends.length; i++) listAt(i);
      return Reflect.ownKeys(target);
    },
    // Read-only, as the search treats them: a write would bypass the saved lists.
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
