// Officials of third states the gazetteer does not know by name, whose titles name no country: the
// state their reported words open with, taking a stance of its own, is whose officials they are.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("an official of a third state named only by title", () => {
  it("speaks for the state whose concern the reported clause states", () => {
    expect(sidesOf("Foreign Minister Ingrid Halvorsen said in a statement that Norway was deeply concerned about the fighting.")).toEqual(["other"]);
  });

  it("speaks for the state that welcomes or hopes, after a circumstance before 'that'", () => {
    expect(sidesOf('Chief Cabinet Secretary Kenji Morimoto told a news conference on Monday that Japan welcomed the "important step" toward peace.')).toEqual([
      "other",
    ]);
  });

  it("speaks for the state said to have acted lawfully", () => {
    expect(sidesOf("Government spokesman Peter Lindqvist said Sweden had acted in line with its obligations.")).toEqual(["other"]);
  });

  it("stays unclear when the clause accuses the third state rather than speaking for it", () => {
    expect(sidesOf("Spokesman Davit Melkonyan said Hungary had betrayed the trust of the victims.")).toEqual(["unclear"]);
  });

  it("stays unclear when the state named is a belligerent", () => {
    expect(sidesOf("Foreign Minister Nadia Karimova said Azerbaijan was deeply concerned about the shelling.")).toEqual(["unclear"]);
  });

  it("stays unclear for a person the sentence gives no office", () => {
    expect(sidesOf("Nora Lindqvist said Sweden was deeply concerned.")).toEqual(["unclear"]);
  });
});

describe("a ministry's spokesman named by title only, after a belligerent's ministry", () => {
  it("speaks for the third state whose stance the clause states", () => {
    const reads = readSentences(
      "Azerbaijan's Foreign Ministry said the talks had been useful.",
      "A Foreign Ministry spokesman said Norway hoped both sides would show restraint.",
    );
    expect(reads.at(-1)?.sides).toEqual(["other"]);
  });

  it("still goes on with that ministry when the clause accuses the other side", () => {
    const reads = readSentences(
      "Azerbaijan's Foreign Ministry said the talks had been useful.",
      "A Foreign Ministry spokesman said Armenia had violated the truce.",
    );
    expect(reads.at(-1)?.sides).toEqual(["azerbaijan"]);
  });
});
