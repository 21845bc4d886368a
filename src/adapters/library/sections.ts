// The saved index's body: named binary sections (typed arrays and UTF-8 text) laid end to end.
// Typed arrays load with one memcpy each instead of a JSON parse, which is what makes a
// 100k-passage index load in a fraction of a second.
import { z } from "zod";

const ELEMENT_BYTES = { u8: 1, u16: 2, u32: 4, f64: 8, utf8: 1, latin1: 1 } as const;
export type SectionType = keyof typeof ELEMENT_BYTES;

export const sectionSchema = z.object({
  name: z.string(),
  type: z.enum(["u8", "u16", "u32", "f64", "utf8", "latin1"]),
  offset: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type Section = z.infer<typeof sectionSchema>;

/** Sections start on multiples of this many bytes: the widest element (f64). */
export const ALIGN = 8;

/** A row index meaning "none" in u32 columns (null strings, absent dates). */
export const NONE = 0xffffffff;

export class SectionWriter {
  private readonly parts: Buffer[] = [];
  private readonly byName = new Map<string, Buffer>();
  readonly sections: Section[] = [];
  private offset = 0;

  add(name: string, type: SectionType, data: ArrayBufferView | string): void {
    const bytes =
      typeof data === "string" ? Buffer.from(data, type === "latin1" ? "latin1" : "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    this.addBytes(name, type, bytes);
  }

  private addBytes(name: string, type: SectionType, bytes: Buffer): void {
    // Every section starts on a multiple of 8 bytes (the body itself does, savedIndex.ts), so a
    // reader can view it in place as its typed array instead of copying it.
    const pad = (ALIGN - (this.offset % ALIGN)) % ALIGN;
    if (pad > 0) {
      this.parts.push(Buffer.alloc(pad));
      this.offset += pad;
    }
    this.sections.push({ name, type, offset: this.offset, bytes: bytes.byteLength });
    this.byName.set(name, bytes);
    this.parts.push(bytes);
    this.offset += bytes.byteLength;
  }

  body(): Buffer {
    return Buffer.concat(this.parts, this.offset);
  }

  /** A section's bytes as added (a view, not a copy), or undefined. */
  bytesOf(name: string): Buffer | undefined {
    return this.byName.get(name);
  }

  /** The body as its sections' bytes and the padding between them (views, not copies), for writing to a file piece by piece. */
  pieces(): readonly Buffer[] {
    return this.parts;
  }

  get bytes(): number {
    return this.offset;
  }
}

export class SectionReader {
  private readonly byName = new Map<string, Section>();

  /**
   * `views`: hand out typed arrays that view the body's memory where it is aligned for them
   * (copies elsewhere), for readers that never write to what they read and keep the body alive.
   */
  constructor(
    private readonly body: Buffer,
    sections: readonly Section[],
    private readonly views = false,
  ) {
    for (const section of sections) {
      if (section.offset + section.bytes > body.byteLength) throw new Error(`section ${section.name} runs past the end of the file`);
      if (section.bytes % ELEMENT_BYTES[section.type] !== 0) throw new Error(`section ${section.name} is not a whole number of ${section.type}`);
      this.byName.set(section.name, section);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  u8(name: string): Uint8Array {
    return this.copy(name, "u8", (n) => new Uint8Array(n));
  }
  u16(name: string): Uint16Array {
    return this.copy(name, "u16", (n) => new Uint16Array(n));
  }
  u32(name: string): Uint32Array {
    return this.copy(name, "u32", (n) => new Uint32Array(n));
  }
  f64(name: string): Float64Array {
    return this.copy(name, "f64", (n) => new Float64Array(n));
  }
  /** A text section's bytes, undecoded (a view of the body). */
  raw(name: string, encoding: "utf8" | "latin1"): Buffer {
    const section = this.section(name, encoding);
    return this.body.subarray(section.offset, section.offset + section.bytes);
  }
  text(name: string, encoding: "utf8" | "latin1"): string {
    const section = this.section(name, encoding);
    return this.body.toString(encoding, section.offset, section.offset + section.bytes);
  }

  /**
   * A view of the body where allowed and aligned (a saved index of a million passages holds
   * hundreds of MB of columns: copying them cost a fifth of a second and as much memory again),
   * else a copy: an older file's sections can start at any byte, and typed arrays need aligned offsets.
   */
  private copy<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(name: string, type: SectionType, make: (length: number) => T): T {
    const section = this.section(name, type);
    const at = this.body.byteOffset + section.offset;
    const length = section.bytes / ELEMENT_BYTES[type];
    if (this.views && at % ELEMENT_BYTES[type] === 0) return view(this.body.buffer, at, length, type) as T;
    const array = make(length);
    new Uint8Array(array.buffer).set(this.body.subarray(section.offset, section.offset + section.bytes));
    return array;
  }

  private section(name: string, type: SectionType): Section {
    const section = this.byName.get(name);
    if (!section) throw new Error(`section ${name} is missing`);
    if (section.type !== type) throw new Error(`section ${name} is ${section.type}, expected ${type}`);
    return section;
  }
}

function view(buffer: ArrayBufferLike, at: number, length: number, type: SectionType): Uint8Array | Uint16Array | Uint32Array | Float64Array {
  if (type === "u16") return new Uint16Array(buffer, at, length);
  if (type === "u32") return new Uint32Array(buffer, at, length);
  if (type === "f64") return new Float64Array(buffer, at, length);
  return new Uint8Array(buffer, at, length);
}
