// Every string of the saved index (texts, ids, names, dates) stored once, in one UTF-8 section.
// Columns refer to strings by number. Loading decodes the section once and slices it, so
// repeated file names and speakers cost nothing and equal strings come back as one string.
import { NONE, type SectionReader, type SectionWriter } from "./sections.ts";

export class StringInterner {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(value, id);
      this.list.push(value);
    }
    return id;
  }

  nullable(value: string | null): number {
    return value === null ? NONE : this.id(value);
  }

  /** Writes the table; call last, once every column has interned its strings. */
  write(writer: SectionWriter): void {
    const ends = new Uint32Array(this.list.length);
    let at = 0;
    this.list.forEach((s, i) => {
      at += s.length;
      ends[i] = at;
    });
    writer.add("strings", "utf8", this.list.join(""));
    // UTF-16 offsets: what String.prototype.slice counts in after decoding.
    writer.add("stringEnds", "u32", ends);
  }
}

export class StringTable {
  private readonly strings: string[];

  constructor(reader: SectionReader) {
    const text = reader.utf8("strings");
    const ends = reader.u32("stringEnds");
    if (ends.length > 0 && ends[ends.length - 1] !== text.length) throw new Error("the string table does not match its text");
    this.strings = new Array<string>(ends.length);
    let start = 0;
    for (let i = 0; i < ends.length; i++) {
      const end = ends[i] as number;
      if (end < start) throw new Error("the string table is out of order");
      this.strings[i] = text.slice(start, end);
      start = end;
    }
  }

  get(id: number): string {
    const value = this.strings[id];
    if (value === undefined) throw new Error(`string ${id} is out of range`);
    return value;
  }

  nullable(id: number): string | null {
    return id === NONE ? null : this.get(id);
  }
}
