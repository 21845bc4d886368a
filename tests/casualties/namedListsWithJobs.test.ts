// Named victims listed with what they did before each name (issue 7, casualties): "cameraman A, agency reporter B
// and local official C were killed" counts every name once, and the others wounded with them join the toll.
// Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "azerbaijan") => extractCasualties(sentence, ctx(claimant));

describe("a list of names with a job before each", () => {
  it("counts three names whose jobs come before them, with the people wounded after", () => {
    expect(
      read(
        "Officials said TV cameraman Rauf Karimov, agency reporter Elvin Guliyev and local official Samir Huseynov were killed and three other people were injured.",
      ),
    ).toEqual([{ affected: "azerbaijan", killed: 3, wounded: 3, qualifier: null }]);
  });
  it("counts the last name too when an aside describes it before the verb", () => {
    expect(
      read(
        "TV cameraman Rauf Karimov, agency reporter Elvin Guliyev and Samir Huseynov, a deputy head of the executive authorities of the district, were killed, and four people were wounded.",
      ),
    ).toEqual([{ affected: "azerbaijan", killed: 3, wounded: 4, qualifier: null }]);
  });
  it("still needs names: a job with no name after it is no one listed", () => {
    expect(read("Rauf Karimov and local official were killed.").map((d) => d.killed)).not.toContain(2);
  });
});
