// Every string of the saved index (texts, ids, names, dates) stored once, in two text sections.
// Columns refer to strings by number. Loading reads a string out of its section when asked
// (below), so repeated file names and speakers are stored once.
// Strings whose characters all fit in one byte (most of a corpus) live apart from the others:
// V8 stores a string, and every slice of it, with two bytes a character as soon as a single
// character needs them, and one curly quote would otherwise double the size of all the text.
import { NONE, type SectionReader, type SectionWriter } from "./sections.ts";

const ONE_BYTE = /^[\u0000-\u00ff]*$/;

/** Ids are even for one-byte strings and odd for the others: index = id >>> 1. */
export class StringInterner {
  private readonly ids = new Map<string, number>();
  /** The strings added here (after the base's, when there is one). */
  private readonly narrow: string[] = [];
  private readonly wide: string[] = [];
  private readonly baseNarrow: number;
  private readonly baseWide: number;

  /**
   * `base`: a saved table to extend (an index patched in place, indexPatch.ts): its strings keep
   * their ids, new ones are numbered after them, and its bytes are written back as they are.
   * Only strings passed to `know` are looked up among the base's; any other equal string is
   * stored again (harmless: it decodes the same).
   */
  constructor(private readonly base?: StringTable) {
    this.baseNarrow = base?.counts.narrow ?? 0;
    this.baseWide = base?.counts.wide ?? 0;
  }

  /** Makes `value` resolve to the base's `id` (ids the caller read from the base's columns). */
  know(value: string, id: number): void {
    if (!this.ids.has(value)) this.ids.set(value, id);
  }

  /** The string behind an id (the base's or a new one). */
  get(id: number): string {
    const wide = (id & 1) === 1;
    const index = id >>> 1;
    const inBase = wide ? this.baseWide : this.baseNarrow;
    if (index < inBase && this.base) return this.base.get(id);
    const value = (wide ? this.wide : this.narrow)[index - inBase];
    if (value === undefined) throw new Error(`string ${id} is out of range`);
    return value;
  }

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      const wide = !ONE_BYTE.test(value);
      const list = wide ? this.wide : this.narrow;
      id = (list.length + (wide ? this.baseWide : this.baseNarrow)) * 2 + (wide ? 1 : 0);
      list.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  nullable(value: string | null): number {
    return value === null ? NONE : this.id(value);
  }

  /** Writes the table; call last, once every column has interned its strings. */
  write(writer: SectionWriter): void {
    const base = this.base?.raw();
    writer.add("strings.narrow", "latin1", joined(this.narrow, "latin1", base?.narrowBytes));
    writer.add("strings.narrowEnds", "u32", ends(this.narrow, base?.narrowEnds));
    writer.add("strings.wide", "utf8", joined(this.wide, "utf8", base?.wideBytes));
    writer.add("strings.wideEnds", "u32", ends(this.wide, base?.wideEnds));
  }
}

/**
 * The strings' bytes end to end, written straight into one buffer: joining them into one
 * string first would hold the text twice and, at a million passages, come near V8's
 * longest string (2^29 characters).
 */
function joined(list: readonly string[], encoding: "latin1" | "utf8", before?: Uint8Array): Buffer {
  let bytes = before?.byteLength ?? 0;
  for (const s of list) bytes += encoding === "latin1" ? s.length : Buffer.byteLength(s, "utf8");
  const out = Buffer.allocUnsafe(bytes);
  let at = 0;
  if (before) {
    out.set(before);
    at = before.byteLength;
  }
  for (const s of list) at += out.write(s, at, encoding);
  return out;
}

/** UTF-16 offsets: what String.prototype.slice counts in after decoding (after `before`'s, when given). */
function ends(list: readonly string[], before?: Uint32Array): Uint32Array {
  const offset = before?.length ?? 0;
  const out = new Uint32Array(offset + list.length);
  let at = 0;
  if (before) {
    out.set(before);
    at = offset === 0 ? 0 : (before[offset - 1] as number);
  }
  list.forEach((s, i) => {
    at += s.length;
    out[offset + i] = at;
  });
  return out;
}

/**
 * Strings are read when asked for, not all at load: a million passages hold tens of millions of
 * strings (texts, ids, names), and slicing each up front took most of a second and hundreds of MB.
 * The one-byte strings are read straight from their section's bytes (decoding the whole section
 * into one string first cost a third of a second and as much memory again); the others are
 * sliced from their section decoded once (their ends count UTF-16 units, not bytes). The ends are
 * checked once, here.
 */
export class StringTable {
  private readonly narrowBytes: Buffer;
  private readonly narrowEnds: Uint32Array;
  private readonly wideText: string;
  private readonly wideEnds: Uint32Array;
  private readonly wideBytes: Buffer;

  constructor(reader: SectionReader) {
    this.narrowBytes = reader.raw("strings.narrow", "latin1");
    this.narrowEnds = checkedEnds(this.narrowBytes.byteLength, reader.u32("strings.narrowEnds"));
    this.wideBytes = reader.raw("strings.wide", "utf8");
    this.wideText = reader.text("strings.wide", "utf8");
    this.wideEnds = checkedEnds(this.wideText.length, reader.u32("strings.wideEnds"));
  }

  /** How many strings of each kind the table holds. */
  get counts(): { narrow: number; wide: number } {
    return { narrow: this.narrowEnds.length, wide: this.wideEnds.length };
  }

  /** The table's sections as saved, to write again with strings appended (StringInterner's base). */
  raw(): { narrowBytes: Buffer; narrowEnds: Uint32Array; wideBytes: Buffer; wideEnds: Uint32Array } {
    return { narrowBytes: this.narrowBytes, narrowEnds: this.narrowEnds, wideBytes: this.wideBytes, wideEnds: this.wideEnds };
  }

  get(id: number): string {
    const i = id >>> 1;
    if ((id & 1) === 1) {
      if (i >= this.wideEnds.length) throw new Error(`string ${id} is out of range`);
      return this.wideText.slice(i === 0 ? 0 : this.wideEnds[i - 1], this.wideEnds[i]);
    }
    if (i >= this.narrowEnds.length) throw new Error(`string ${id} is out of range`);
    return this.narrowBytes.toString("latin1", i === 0 ? 0 : this.narrowEnds[i - 1], this.narrowEnds[i]);
  }

  nullable(id: number): string | null {
    return id === NONE ? null : this.get(id);
  }

  /** Whether string `id` is `value`, compared in place (no string made for a one-byte one). */
  equals(id: number, value: string): boolean {
    const i = id >>> 1;
    if ((id & 1) === 1) return i < this.wideEnds.length && this.get(id) === value;
    if (i >= this.narrowEnds.length) return false;
    const start = i === 0 ? 0 : (this.narrowEnds[i - 1] as number);
    if ((this.narrowEnds[i] as number) - start !== value.length) return false;
    for (let k = 0; k < value.length; k++) if (this.narrowBytes[start + k] !== value.charCodeAt(k)) return false;
    return true;
  }

  private readonly kept = new Map<number, string>();

  /**
   * A string read once and the same one handed out after: for those read again and again at load
   * (file names, in the fingerprint and in each article's meta; outlets and days, shared by many
   * articles), where a read each time made a new string each time.
   */
  shared(id: number): string {
    let value = this.kept.get(id);
    if (value === undefined) {
      value = this.get(id);
      this.kept.set(id, value);
    }
    return value;
  }

  sharedNullable(id: number): string | null {
    return id === NONE ? null : this.shared(id);
  }
}

function checkedEnds(length: number, ends: Uint32Array): Uint32Array {
  if ((ends.length === 0 ? 0 : ends[ends.length - 1]) !== length) throw new Error("the string table does not match its text");
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    if (end < start) throw new Error("the string table is out of order");
    start = end;
  }
  return ends;
}
