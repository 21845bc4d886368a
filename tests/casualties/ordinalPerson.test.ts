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

describe("one person named with an age in words", () => {
  it("counts 'Gurgen Avetisyan, 58 years old, was killed' as one killed", () => {
    expect(only("Gurgen Avetisyan, 58 years old, was killed when a shell hit his barn, the ministry said.")).toEqual([
      expect.objectContaining({ killed: 1, wounded: null }),
    ]);
  });
});

describe("bodies that speak", () => {
  it("counts no dead in 'The three bodies once again called on citizens to keep off the fields'", () => {
    expect(only("The three bodies once again called on citizens to keep off the fields.")).toEqual([]);
  });

  it("still counts 'Three bodies were found near the road'", () => {
    expect(only("Three bodies were found near the road, the ministry said.")).toEqual([expect.objectContaining({ killed: 3 })]);
  });
});
