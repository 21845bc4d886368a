// Tolls told in other words (issue 7, casualties): "the number of its soldiers who died in the war had risen to N", a
// relative clause for the outcome. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "armenia") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("a toll whose outcome a relative clause tells", () => {
  it("reads 'the number of its soldiers who died in the war had risen to N' as N of the speaker's dead", () => {
    expect(read("By June the number of its soldiers who died in the fighting had risen to 3,100.")).toEqual([["armenia", 3100, null]]);
  });
  it("reads 'the number of civilians who have been killed rose to N'", () => {
    expect(read("The number of Azerbaijani civilians who have been killed rose to 93.", "azerbaijan")).toEqual([["azerbaijan", 93, null]]);
  });
  it("reads 'the number of people who were wounded stood at N' as wounded", () => {
    expect(read("The number of people who were wounded stood at 400.")).toEqual([["armenia", null, 400]]);
  });
  it("counts no one by 'the number of people who fled'", () => {
    expect(read("The number of people who fled reached 4,000.")).toEqual([]);
  });
});
