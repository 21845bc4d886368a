// The part of those harmed whom the harm killed: "N of them fatally". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, c = ctx("azerbaijan")) => extractCasualties(sentence, c).map((d) => [d.affected, d.killed, d.wounded, d.qualifier]);

describe("a fatal share of those harmed", () => {
  it("counts the dead among a toll of the killed and the hurt together", () => {
    expect(read("The agency said 212 people had been killed or injured by mines since the war ended, 48 of them fatally.")).toEqual([
      ["azerbaijan", 48, null, null],
    ]);
    expect(read("Some 90 civilians had been hit by shrapnel in the district, eleven of whom mortally.")).toEqual([["azerbaijan", 11, null, null]]);
  });
  it("reads no share of those harmed that the sentence does not say died", () => {
    expect(read("The agency said 212 people had been killed or injured by mines since the war ended, 48 of them children.")).toEqual([]);
  });
});
