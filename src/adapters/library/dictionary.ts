// Small enumerations (sides, claim kinds, date precisions) saved as one byte per row.
// The values themselves go in the header, where zod checks each one, so a u8 column never
// needs to trust that this program's enum order is the same as the one that wrote the file.

export class DictionaryWriter<T extends string> {
  private readonly index = new Map<T, number>();
  readonly values: T[] = [];

  code(value: T): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code > 0xff) throw new Error(`too many distinct values (${value})`);
      this.index.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

export function decoder<T>(values: readonly T[], what: string): (code: number) => T {
  return (code) => {
    const value = values[code];
    if (value === undefined) throw new Error(`${what} code ${code} is out of range`);
    return value;
  };
}
