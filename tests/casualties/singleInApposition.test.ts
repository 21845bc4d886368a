// One person described again in apposition (issue 7, casualties): "a ninth victim, a 40-year-old man, died" is one
// dead, not two; a list of single persons still counts each. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const killed = (sentence: string, claimant: Parameters<typeof ctx>[0] = "azerbaijan") => extractCasualties(sentence, ctx(claimant)).map((d) => d.killed);

describe("a single person set off by commas before the verb", () => {
  it("counts 'a ninth victim, a 40-year-old man, died' once", () => {
    expect(killed("The office said eight civilians were killed and 30 wounded; a ninth victim, a 40-year-old man, died in hospital the next day.")).toEqual([
      8, 1,
    ]);
  });
  it("counts 'a soldier, a 20-year-old conscript, was killed' once, with the nation named first", () => {
    expect(extractCasualties("An Azerbaijani soldier, a 20-year-old conscript, was killed.", ctx("unattributed"))).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("still counts every single person of a list", () => {
    expect(killed("A soldier, a policeman and a driver were killed.")).toEqual([3]);
    expect(killed("A soldier, a policeman, a driver and a nurse were killed.")).toEqual([4]);
  });
});
