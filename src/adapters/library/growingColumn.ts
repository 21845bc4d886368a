// A column of numbers that grows as rows are added: a typed array doubled when full, so a
// million-passage build keeps 4 bytes a u32 cell instead of a JS array's 8 (and no boxing).

type Typed = Uint8Array | Uint32Array | Float64Array;
type Make<T extends Typed> = (length: number) => T;

export class GrowingColumn<T extends Typed> {
  private data: T;
  length = 0;

  constructor(private readonly make: Make<T>) {
    this.data = make(256);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The rows so far, as a view (no copy): valid until the next push. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export const u32Column = () => new GrowingColumn((n) => new Uint32Array(n));
export const u8Column = () => new GrowingColumn((n) => new Uint8Array(n));
export const f64Column = () => new GrowingColumn((n) => new Float64Array(n));
