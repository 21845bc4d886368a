// Officials of third states the gazetteer does not know by name, whose titles name no country: the
// state their reported words open with, taking a stance of its own, is whose officials they are.
import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

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
