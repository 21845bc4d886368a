import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const killed = (sentence: string, claimant: Parameters<typeof ctx>[0] = "other") => extractCasualties(sentence, ctx(claimant)).map((d) => d.killed);

describe("a toll only guessed at", () => {
  it("reads no figure in 'as many as N may have died' after a count given firmly", () => {
    expect(killed("The monitor said at least 40 villagers were killed, and that as many as 100 to 150 may have died.")).toEqual([40]);
    expect(killed("Investigators confirmed 12 deaths, though up to 30 people might have been killed in the raid.")).toEqual([12]);
  });
  it("still reads a guessed toll that stands alone", () => {
    expect(killed("Local officials say as many as 300 residents may have died in the assault.", "azerbaijan")).toEqual([300]);
  });
});

describe("who the dead were, listed after a colon", () => {
  it("reads the ranks listed after 'the five dead:' as the same dead, not more", () => {
    expect(killed("The ministry released the names of the five dead: a captain, a sergeant and three conscripts.", "armenia")).toEqual([5]);
  });
  it("still reads a list with verbs of its own as deaths it tells", () => {
    expect(killed("The army has acknowledged five dead: three soldiers were killed on Monday, after two officers died in the shelling.", "armenia")).toEqual([
      5, 3, 2,
    ]);
  });
});
