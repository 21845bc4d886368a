// The hurt, then the bodies (issue 7, casualties): "rescued 12 injured people and removed four bodies" is one toll of
// one strike, its dead and its wounded in one record, as "four bodies and 12 injured people" is. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "azerbaijan") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("injured people, then bodies, in one sentence", () => {
  it("reads rescuers' injured people and bodies as one record", () => {
    expect(read("The rescuers saved 12 injured people and removed four bodies from the rubble.")).toEqual([["azerbaijan", 4, 12]]);
  });
  it("still reads bodies, then injured people, as one record", () => {
    expect(read("Four bodies had been recovered and 12 injured people taken to hospital.")).toEqual([["azerbaijan", 4, 12]]);
  });
  it("keeps injured soldiers and bodies of civilians apart", () => {
    expect(read("The ministry said 12 soldiers were injured and four bodies of civilians were found.")).toHaveLength(2);
  });
});
