// Every string of the saved index (texts, ids, names, dates) stored once, in two text sections.
// Columns refer to strings by number. Loading decodes each section once and slices it, so
// repeated file names and speakers cost nothing and equal strings come back as one string.
// Strings whose characters all fit in one byte (most of a corpus) live apart from the others:
// V8 stores a string, and every slice of it, with two bytes a character as soon as a single
// character needs them, and one curly quote would otherwise double the size of all the text.
import { NONE, type SectionReader, type SectionWriter } from "./sections.ts";

const ONE_BYTE = /^[\u0000-\u00ff]*$/;

/** Ids are even for one-byte strings and odd for the others: index = id >>> 1. */
export class StringInterner {
  private readonly ids = new Map<string, number>();
  private readonly narrow: string[];
  private readonly wide: string[];

  /**
   * `base`: a saved table to extend (an index patched in place, indexPatch.ts): its strings keep
   * their ids and new ones are numbered after them. Only strings passed to `know` are looked up
   * among the base's; any other equal string is stored again (harmless: it decodes the same).
   */
  constructor(base?: { narrow: readonly string[]; wide: readonly string[] }) {
    this.narrow = base ? [...base.narrow] : [];
    this.wide = base ? [...base.wide] : [];
  }

  /** Makes `value` resolve to the base's `id` (ids the caller read from the base's columns). */
  know(value: string, id: number): void {
    if (!this.ids.has(value)) this.ids.set(value, id);
  }

  /** The string behind an id (the base's or a new one). */
  get(id: number): string {
    const value = (id & 1 ? this.wide : this.narrow)[id >>> 1];
    if (value === undefined) throw new Error(`string ${id} is out of range`);
    return value;
  }

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      const list = ONE_BYTE.test(value) ? this.narrow : this.wide;
      id = list.length * 2 + (list === this.wide ? 1 : 0);
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
    writer.add("strings.narrow", "latin1", joined(this.narrow, "latin1"));
    writer.add("strings.narrowEnds", "u32", ends(this.narrow));
    writer.add("strings.wide", "utf8", joined(this.wide, "utf8"));
    writer.add("strings.wideEnds", "u32", ends(this.wide));
  }
}

/**
 * The strings' bytes end to end, written straight into one buffer: joining them into one
 * string first would hold the text twice and, at a million passages, come near V8's
 * longest string (2^29 characters).
 */
function joined(list: readonly string[], encoding: "latin1" | "utf8"): Buffer {
  let bytes = 0;
  for (const s of list) bytes += encoding === "latin1" ? s.length : Buffer.byteLength(s, "utf8");
  const out = Buffer.allocUnsafe(bytes);
  let at = 0;
  for (const s of list) at += out.write(s, at, encoding);
  return out;
}

/** UTF-16 offsets: what String.prototype.slice counts in after decoding. */
function ends(list: readonly string[]): Uint32Array {
  const out = new Uint32Array(list.length);
  let at = 0;
  list.forEach((s, i) => {
    at += s.length;
    out[i] = at;
  });
  return out;
}

export class StringTable {
  private readonly narrow: string[];
  private readonly wide: string[];

  constructor(reader: SectionReader) {
    this.narrow = slices(reader.text("strings.narrow", "latin1"), reader.u32("strings.narrowEnds"));
    this.wide = slices(reader.text("strings.wide", "utf8"), reader.u32("strings.wideEnds"));
  }

  get(id: number): string {
    const value = (id & 1 ? this.wide : this.narrow)[id >>> 1];
    if (value === undefined) throw new Error(`string ${id} is out of range`);
    return value;
  }

  nullable(id: number): string | null {
    return id === NONE ? null : this.get(id);
  }

  /** The table's strings, to extend (StringInterner's base). */
  lists(): { narrow: readonly string[]; wide: readonly string[] } {
    return { narrow: this.narrow, wide: this.wide };
  }
}

function slices(text: string, ends: Uint32Array): string[] {
  if ((ends.length === 0 ? 0 : ends[ends.length - 1]) !== text.length) throw new Error("the string table does not match its text");
  const out = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    if (end < start) throw new Error("the string table is out of order");
    out[i] = text.slice(start, end);
    start = end;
  }
  return out;
}
