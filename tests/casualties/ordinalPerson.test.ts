// "The third crew member was evacuated with injuries": the last of a crew, counted as one person.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const only = (sentence: string) => extractCasualties(sentence, ctx("russia"));

describe("one person named by an ordinal", () => {
  it("counts 'the third crew member was evacuated with serious injuries' as one wounded", () => {
    expect(only("The third crew member was evacuated with serious injuries, the ministry said.")).toEqual([
      expect.objectContaining({ killed: null, wounded: 1 }),
    ]);
  });

  it("counts no one in 'on the second day of the fighting'", () => {
    expect(only("On the second day of the fighting the convoy reached the base.")).toEqual([]);
  });
});
