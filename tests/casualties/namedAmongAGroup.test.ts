// The named among a group (issue 7, casualties): "six people, among them Hakobyan and the deputy minister" are placed
// by the nation the named victims' surnames are of, as a name in apposition places one or two. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("a group with named victims among it", () => {
  it("places six people among whom a surname is Armenian", () => {
    expect(read("The gunmen killed six people, among them Hakobyan and the deputy minister.")).toEqual([["armenia", 6, null]]);
  });
  it("places six men including two named with Armenian surnames", () => {
    expect(read("Within minutes six men, including Hakobyan and Deputy Minister Aram Petrosyan, were shot dead.")).toEqual([["armenia", 6, null]]);
  });
  it("places no one by victims named with no surname", () => {
    expect(read("The shelling killed six people, including two children.")).toEqual([["unspecified", 6, null]]);
  });
});
