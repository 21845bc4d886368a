import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

describe("counts that restate victims counted before", () => {
  it("reads 'With those four deaths the toll stands at 40' as the toll only", () => {
    expect(read("With those four deaths the overall toll of the riots stands at 40.")).toEqual([{ affected: "unspecified", killed: 40, wounded: null }]);
  });
  it("still reads a count with a qualifier after 'with' as a figure", () => {
    expect(read("The shelling went on overnight, with at least four deaths in the village.")).toEqual([{ affected: "unspecified", killed: 4, wounded: null }]);
  });
});

describe("who the victims counted before were", () => {
  it("reads 'None of these casualties were pilgrims' as no figure at all", () => {
    expect(read("None of these casualties were pilgrims.")).toEqual([]);
    expect(read("None of the victims was a soldier, the ombudsman said.", "nagorno-karabakh")).toEqual([]);
  });
  it("still reads 'none of the soldiers were hurt' as none hurt", () => {
    expect(read("None of the soldiers were hurt in the attack, the ministry said.", "azerbaijan")).toEqual([{ affected: "azerbaijan", killed: 0, wounded: 0 }]);
  });
});
