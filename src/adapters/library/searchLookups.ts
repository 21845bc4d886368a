// What the search looks up by string, saved ready to use, so a start at a million passages neither
// builds them nor makes their strings before its first answer:
// - the postings' terms and the vocabulary's words as hash tables of rows (`s.terms.hash`,
//   `s.words.hash`): a term's postings, or whether a typed word is known, are found by hashing
//   the string and reading the one or two rows it probes, instead of a Map and a Set of 100,000
//   strings each made at load;
// - the spelling correction's bigram lists (`s.bigrams.*`), built by the core's own code
//   (core/search/spelling.ts) at save time: built on the first correction, they took a third of
//   a second of the first answer at a million passages.
// Files saved before these sections load as before: the lookups are then built on first use.
import type { Postings } from "../../core/search/bm25.ts";
import { buildVocabulary, candidateIds, type Vocabulary } from "../../core/search/spelling.ts";
import type { SectionReader, SectionWriter } from "./sections.ts";
import type { StringInterner, StringTable } from "./stringTable.ts";

type BigramIndex = NonNullable<Vocabulary["bigrams"]>;

/** FNV-1a over UTF-16 code units: the same number at save and at load, for any string. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Open addressing, linear probing: slot = row + 1, 0 = empty; at most half full, so a probe is short. */
export function hashTable(values: readonly string[]): Uint32Array {
  let size = 2;
  while (size < values.length * 2) size *= 2;
  const slots = new Uint32Array(size);
  const mask = size - 1;
  values.forEach((value, row) => {
    let at = hashString(value) & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = row + 1;
  });
  return slots;
}

/** The row holding `value` (`read(row)` gives each row's string), or -1. */
export function findRow(slots: Uint32Array, value: string, read: (row: number) => string): number {
  const mask = slots.length - 1;
  for (let at = hashString(value) & mask, probes = 0; probes < slots.length; at = (at + 1) & mask, probes++) {
    const slot = slots[at] as number;
    if (slot === 0) return -1;
    if (read(slot - 1) === value) return slot - 1;
  }
  return -1;
}

/**
 * The spelling index's sections of a saved index: what a patch extends when the new vocabulary
 * begins with the saved one's words, in their order (words added after them, none removed).
 */
export interface SavedBigrams {
  keys: Uint32Array;
  ends: Uint32Array;
  values: Uint32Array;
  lengths: Uint32Array;
}

export function savedBigrams(input: SectionReader): SavedBigrams | null {
  if (!input.has("s.bigrams.keys")) return null;
  return {
    keys: input.u32("s.bigrams.keys"),
    ends: input.u32("s.bigrams.ends"),
    values: input.u32("s.bigrams.values"),
    lengths: input.u32("s.bigrams.lengths"),
  };
}

/**
 * Writes the lookups of a search index's sections: `terms` and `words` are the strings behind
 * `s.terms` and `s.words`, in their rows' order. `kept`: a saved spelling index whose words are
 * the first of `words` (as many as its `lengths`), extended with the others instead of built
 * again: the same sections, since the core's index lists each bigram's words in word order and
 * its bigrams in the order words first hold them (a third of a second at a million passages).
 */
export function writeSearchLookups(
  out: SectionWriter,
  strings: StringInterner,
  terms: readonly string[],
  words: readonly string[],
  kept?: SavedBigrams | null,
): void {
  out.add("s.terms.hash", "u32", hashTable(terms));
  out.add("s.words.hash", "u32", hashTable(words));
  const sections = kept ? extendedBigrams(kept, words, strings) : flatBigrams(bigramsOf(words), strings);
  out.add("s.bigrams.keys", "u32", sections.keys);
  out.add("s.bigrams.ends", "u32", sections.ends);
  out.add("s.bigrams.values", "u32", sections.values);
  out.add("s.bigrams.lengths", "u32", sections.lengths);
}

function flatBigrams(bigrams: BigramIndex, strings: StringInterner): SavedBigrams {
  const keys = [...bigrams.lists.keys()];
  const lists = keys.map((key) => bigrams.lists.get(key) ?? new Uint32Array(0));
  const ends = new Uint32Array(keys.length);
  let total = 0;
  lists.forEach((list, i) => {
    total += list.length;
    ends[i] = total;
  });
  const values = new Uint32Array(total);
  lists.forEach((list, i) => {
    values.set(list, i === 0 ? 0 : (ends[i - 1] as number));
  });
  return { keys: Uint32Array.from(keys, (k) => strings.id(k)), ends, values, lengths: bigrams.lengths };
}

/** The saved spelling index with the words after its own added: each bigram's list grows at its end, new bigrams come last. */
function extendedBigrams(saved: SavedBigrams, words: readonly string[], strings: StringInterner): SavedBigrams {
  const from = saved.lengths.length;
  const added = bigramsOf(words.slice(from));
  const row = new Map<string, number>();
  saved.keys.forEach((id, i) => {
    row.set(strings.get(id), i);
  });
  const extra: (Uint32Array | undefined)[] = [];
  const newKeys: string[] = [];
  const newLists: Uint32Array[] = [];
  let total = saved.values.length;
  for (const [gram, list] of added.lists) {
    const shifted = list.map((id) => id + from);
    total += shifted.length;
    const at = row.get(gram);
    if (at === undefined) {
      newKeys.push(gram);
      newLists.push(shifted);
    } else {
      extra[at] = shifted;
    }
  }
  const ends = new Uint32Array(saved.keys.length + newKeys.length);
  const values = new Uint32Array(total);
  let at = 0;
  let start = 0;
  const put = (list: Uint32Array) => {
    values.set(list, at);
    at += list.length;
  };
  for (let i = 0; i < saved.keys.length; i++) {
    const end = saved.ends[i] as number;
    put(saved.values.subarray(start, end));
    start = end;
    const more = extra[i];
    if (more) put(more);
    ends[i] = at;
  }
  newLists.forEach((list, i) => {
    put(list);
    ends[saved.keys.length + i] = at;
  });
  const keys = new Uint32Array(ends.length);
  keys.set(saved.keys);
  newKeys.forEach((gram, i) => {
    keys[saved.keys.length + i] = strings.id(gram);
  });
  const lengths = new Uint32Array(words.length);
  lengths.set(saved.lengths);
  lengths.set(added.lengths, from);
  return { keys, ends, values, lengths };
}

/**
 * The bigram index exactly as the core builds it for these words: the core builds it on a
 * vocabulary's first candidate search (spelling.ts keeps the builder to itself), so one search
 * for a word no vocabulary holds makes it build it.
 */
function bigramsOf(words: readonly string[]): BigramIndex {
  const vocabulary = buildVocabulary(words, new Uint32Array(words.length));
  candidateIds(vocabulary, "\u0000\u0000\u0000\u0000\u0000");
  if (!vocabulary.bigrams) throw new Error("the spelling index was not built");
  return vocabulary.bigrams;
}

/** The saved bigram index, ready for the core's candidate search, or null when the file has none (built on first use then). */
export function readBigrams(input: SectionReader, strings: StringTable, wordCount: number): BigramIndex | null {
  if (!input.has("s.bigrams.keys")) return null;
  const keys = input.u32("s.bigrams.keys");
  const ends = input.u32("s.bigrams.ends");
  const values = input.u32("s.bigrams.values");
  const lengths = input.u32("s.bigrams.lengths");
  if (ends.length !== keys.length || lengths.length !== wordCount) throw new Error("the saved spelling index is inconsistent");
  const lists = new Map<string, Uint32Array>();
  let start = 0;
  for (let i = 0; i < keys.length; i++) {
    const end = ends[i] as number;
    if (end < start || end > values.length) throw new Error("the saved spelling index is out of order");
    lists.set(strings.get(keys[i] as number), values.subarray(start, end));
    start = end;
  }
  if (start !== values.length) throw new Error("the saved spelling index does not cover its words");
  // Word ids index the counters: one out of range would count into nowhere.
  for (let i = 0; i < values.length; i++) if ((values[i] as number) >= wordCount) throw new Error("the saved spelling index names a word that does not exist");
  return { lists, counts: new Uint16Array(wordCount), touched: new Uint32Array(wordCount), lengths };
}

/**
 * The postings as a Map whose entries are made when asked for: `get` and `has` find the term's
 * row through the saved hash table and view its slice of the columns (checked then: every doc
 * within the index). Any other read (iterating, size) makes the full map first, so it behaves
 * as the map it stands for. Without a saved hash table, the term → row map is made on first use.
 */
export class SavedPostings extends Map<string, Postings> {
  private readonly made = new Map<string, Postings | null>();
  private rows: Map<string, number> | null = null;
  private full = false;

  constructor(
    private readonly columns: {
      terms: Uint32Array;
      starts: Uint32Array;
      docs: Uint32Array;
      tfs: Uint16Array;
      docCount: number;
      hash: Uint32Array | null;
      term: (row: number) => string;
    },
  ) {
    super();
  }

  override get(term: string): Postings | undefined {
    if (this.full) return super.get(term);
    let postings = this.made.get(term);
    if (postings === undefined) {
      const row = this.rowOf(term);
      postings = row < 0 ? null : this.postingsAt(row);
      this.made.set(term, postings);
    }
    return postings ?? undefined;
  }
  override has(term: string): boolean {
    return this.get(term) !== undefined;
  }
  override set(term: string, postings: Postings): this {
    this.all();
    return super.set(term, postings);
  }
  override delete(term: string): boolean {
    this.all();
    return super.delete(term);
  }
  override clear(): void {
    this.all();
    super.clear();
  }
  override get size(): number {
    return this.all().mapSize();
  }
  private mapSize(): number {
    return super.size;
  }
  override forEach(callback: (value: Postings, key: string, map: Map<string, Postings>) => void, thisArg?: unknown): void {
    this.all();
    super.forEach(callback, thisArg);
  }
  override entries(): MapIterator<[string, Postings]> {
    this.all();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.all();
    return super.keys();
  }
  override values(): MapIterator<Postings> {
    this.all();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, Postings]> {
    return this.entries();
  }

  /** Every term's postings, in the saved order (that of the index as built). */
  private all(): this {
    if (!this.full) {
      const { terms, term } = this.columns;
      for (let row = 0; row < terms.length; row++) super.set(term(row), this.made.get(term(row)) ?? this.postingsAt(row));
      this.full = true;
    }
    return this;
  }

  private rowOf(term: string): number {
    const { hash, terms } = this.columns;
    if (hash) return findRow(hash, term, this.columns.term);
    if (!this.rows) {
      this.rows = new Map();
      for (let row = 0; row < terms.length; row++) this.rows.set(this.columns.term(row), row);
    }
    return this.rows.get(term) ?? -1;
  }

  private postingsAt(row: number): Postings {
    const { starts, docs, tfs, docCount } = this.columns;
    const from = starts[row] as number;
    const to = starts[row + 1] as number;
    const list = docs.subarray(from, to);
    // Postings index score arrays by doc: one out of range would score into nowhere, silently.
    for (let i = 0; i < list.length; i++) if ((list[i] as number) >= docCount) throw new Error("a saved posting names a passage that does not exist");
    return { docs: list, tfs: tfs.subarray(from, to) };
  }
}

/** The vocabulary's words as a Set whose `has` reads the saved hash table; any other read makes the full set first. */
export class SavedWordSet extends Set<string> {
  private full = false;

  constructor(
    private readonly hash: Uint32Array,
    private readonly words: () => readonly string[],
    private readonly word: (row: number) => string,
  ) {
    super();
  }

  override has(value: string): boolean {
    return this.full ? super.has(value) : findRow(this.hash, value, this.word) >= 0;
  }
  override add(value: string): this {
    this.all();
    return super.add(value);
  }
  override delete(value: string): boolean {
    this.all();
    return super.delete(value);
  }
  override clear(): void {
    this.all();
    super.clear();
  }
  override get size(): number {
    return this.all().setSize();
  }
  private setSize(): number {
    return super.size;
  }
  override forEach(callback: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    this.all();
    super.forEach(callback, thisArg);
  }
  override entries(): SetIterator<[string, string]> {
    this.all();
    return super.entries();
  }
  override keys(): SetIterator<string> {
    this.all();
    return super.keys();
  }
  override values(): SetIterator<string> {
    this.all();
    return super.values();
  }
  override [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  private all(): this {
    if (!this.full) {
      for (const word of this.words()) super.add(word);
      this.full = true;
    }
    return this;
  }
}
