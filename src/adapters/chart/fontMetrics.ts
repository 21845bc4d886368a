// Text widths from the very font files the PNG is drawn with, for Vega's layout: without a canvas,
// Vega guesses 0.8 em per character, which cuts axis labels short and leaves gaps. A TrueType font's
// advance widths are in two tables (cmap: character → glyph, hmtx: glyph → advance); this reads them.
import { readFileSync } from "node:fs";

export interface FontMetrics {
  /** The width of the text at a font size of 1. */
  width(text: string): number;
}

export function readFontMetrics(file: string): FontMetrics {
  const font = readFileSync(file);
  const tables = tableOffsets(font);
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file}: no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table("head") + 18);
  const metricCount = font.readUInt16BE(table("hhea") + 34);
  const hmtx = table("hmtx");
  const advance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricCount - 1));
  const glyphOf = cmapFormat4(font, table("cmap"));
  const cache = new Map<number, number>();
  const charWidth = (code: number) => {
    let w = cache.get(code);
    if (w === undefined) {
      w = advance(glyphOf(code)) / unitsPerEm;
      cache.set(code, w);
    }
    return w;
  };
  return {
    width(text) {
      let sum = 0;
      for (const char of text) sum += charWidth(char.codePointAt(0) ?? 0);
      return sum;
    },
  };
}

function tableOffsets(font: Buffer): Map<string, number> {
  const count = font.readUInt16BE(4);
  const offsets = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    offsets.set(font.toString("latin1", record, record + 4), font.readUInt32BE(record + 8));
  }
  return offsets;
}

/** The Unicode BMP subtable (platform 3, encoding 1, format 4): segments of character codes. */
function cmapFormat4(font: Buffer, cmap: number): (code: number) => number {
  const subtables = font.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + 8 * i;
    if (font.readUInt16BE(record) === 3 && font.readUInt16BE(record + 2) === 1) sub = cmap + font.readUInt32BE(record + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error("no Unicode BMP character map (format 4)");
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (code) => {
    if (code > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (code > font.readUInt16BE(ends + 2 * s)) continue;
      const start = font.readUInt16BE(starts + 2 * s);
      if (code < start) return 0;
      const delta = font.readInt16BE(deltas + 2 * s);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
