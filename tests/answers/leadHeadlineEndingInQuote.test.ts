// A line that ends on a quoted phrase with no full stop ('Baku backs the truce but rejects "foreign
// troops"') is a headline set over the report, not a sentence of it: it is no answer in itself.
// A sentence whose quotation closes after its stop, or a line quoted whole, is finished.
import { describe, expect, it } from "vitest";
import { isUnfinishedLine } from "../../src/core/answers/leadScore.ts";

describe("a line ending on a quoted phrase without a stop is a headline", () => {
  it("reads 'Baku backs the truce but rejects \"foreign troops\"' as unfinished", () => {
    expect(isUnfinishedLine('Baku backs the truce but rejects "foreign troops"')).toBe(true);
    expect(isUnfinishedLine("Yerevan welcomes the deal, warns of “new demands”")).toBe(true);
  });

  it("reads a sentence whose quotation closes after its stop, or after it, as finished", () => {
    expect(isUnfinishedLine('He told reporters: "We will stay where we are."')).toBe(false);
    expect(isUnfinishedLine('The ministry called the claim "absurd".')).toBe(false);
    expect(isUnfinishedLine('"Did anyone ask the villagers?" she said.')).toBe(false);
  });

  it("reads a line quoted whole as finished: the words of a speaker", () => {
    expect(isUnfinishedLine('"We will not give up a single village"')).toBe(false);
  });
});
