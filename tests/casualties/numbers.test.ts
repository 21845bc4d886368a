import { describe, expect, it } from "vitest";
import { parseNumberPhrase } from "../../src/core/casualties/numbers.ts";

describe("parseNumberPhrase", () => {
  it("reads digits with thousands separators", () => {
    expect(parseNumberPhrase("5,000")).toBe(5000);
    expect(parseNumberPhrase("12")).toBe(12);
  });
  it("reads a decimal with a scale word", () => {
    expect(parseNumberPhrase("1.5 million")).toBe(1_500_000);
  });
  it("reads single and hyphenated number words", () => {
    expect(parseNumberPhrase("five")).toBe(5);
    expect(parseNumberPhrase("twenty-one")).toBe(21);
  });
  it("reads a dozen and scale words", () => {
    expect(parseNumberPhrase("a dozen")).toBe(12);
    expect(parseNumberPhrase("two hundred")).toBe(200);
    expect(parseNumberPhrase("a hundred")).toBe(100);
    expect(parseNumberPhrase("two hundred and fifty")).toBe(250);
    expect(parseNumberPhrase("three thousand")).toBe(3000);
  });
  it("rejects words that are not numbers", () => {
    expect(parseNumberPhrase("soldiers")).toBeNull();
    expect(parseNumberPhrase("")).toBeNull();
  });
});
