import { describe, expect, it } from "vitest";
import { isoDate, monthNumber } from "../../src/core/dates/calendar.ts";
import { findDateRef, hasSpaceToFold } from "../../src/core/dates/resolveDate.ts";

/** What isoDate answered by way of a Date, before it wrote four-digit years out itself. */
function byDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

describe("isoDate without a Date", () => {
  it("writes a real day of a four-digit year, with leap days where the calendar has them", () => {
    expect(isoDate(2020, 2, 29)).toBe("2020-02-29");
    expect(isoDate(1992, 11, 5)).toBe("1992-11-05");
    expect(isoDate(2000, 2, 29)).toBe("2000-02-29");
  });
  it("has no 30 February, 29 February of a century that is not a leap year, or 31 April", () => {
    expect(isoDate(2020, 2, 30)).toBeNull();
    expect(isoDate(1900, 2, 29)).toBeNull();
    expect(isoDate(2021, 4, 31)).toBeNull();
  });
  it("answers as a Date does for every day of four centuries and the years around the edges", () => {
    const years = [0, 50, 99, 100, 999, 1000, 9999, 10000, 1992.5, Number.NaN, ...Array.from({ length: 400 }, (_, i) => 1800 + i)];
    const months = [-1, 0, 1, 2, 4, 12, 13, 2.5, Number.NaN];
    const days = [-1, 0, 1, 28, 29, 30, 31, 32, 1.5, Number.NaN];
    for (const y of years) for (const m of months) for (const d of days) expect(isoDate(y, m, d), `${y}-${m}-${d}`).toBe(byDate(y, m, d));
  });
});

describe("monthNumber without a pattern", () => {
  it("reads a month with or without its abbreviation's stop, in any case", () => {
    expect(monthNumber("Sept.")).toBe(9);
    expect(monthNumber("DECEMBER")).toBe(12);
    expect(monthNumber("may")).toBe(5);
  });
  it("reads no month in other words, nor in a word with two stops", () => {
    expect(monthNumber("Mayor")).toBeNull();
    expect(monthNumber("Dec..")).toBeNull();
    expect(monthNumber("")).toBeNull();
  });
});

describe("a sentence's spaces folded only when they need it", () => {
  it("says a sentence needs folding exactly when /\\s+/g → ' ' would change it, for every character of the BMP", () => {
    const contexts = ["a", " ", "  ", "", "\t", "b c"];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const before of contexts)
        for (const after of contexts) {
          const text = before + c + after;
          if (hasSpaceToFold(text) !== (text.replace(/\s+/g, " ") !== text)) expect.fail(`disagrees on ${JSON.stringify(text)}`);
        }
    }
  });
  it("finds the same date in a sentence with tabs, doubled and no-break spaces as in its folded form", () => {
    const folded = findDateRef("The ceasefire was signed on 10 November 2020 in Moscow.", "2020-11-12");
    expect(findDateRef("The ceasefire was signed on 10\u00a0November\t 2020 in  Moscow.", "2020-11-12")).toEqual(folded);
    expect(folded?.start).toBe("2020-11-10");
  });
});
