import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

describe("a count whose verb is left out", () => {
  it("reads a second count with an adjunct like the first's: 'four on Monday and three on Tuesday'", () => {
    expect(read("The shelling killed four people in the village on Monday and three on Tuesday.")).toEqual([
      { affected: "unspecified", killed: 4, wounded: null },
      { affected: "unspecified", killed: 3, wounded: null },
    ]);
  });
  it("reads 'and a fourth by a mine' after soldiers killed by fire, past a clause of no count", () => {
    expect(read("Three Armenian soldiers were killed by sniper fire that came from an Azerbaijani post, and a fourth by a mine.")).toEqual([
      { affected: "armenia", killed: 3, wounded: null },
      { affected: "armenia", killed: 1, wounded: null },
    ]);
  });
  it("reads a second subject and its count at the sentence's end as a toll of the same verb", () => {
    expect(read("The first war had killed about 25,000 people, and the second one some 7,000.")).toEqual([
      { affected: "unspecified", killed: 25000, wounded: null },
      { affected: "unspecified", killed: 7000, wounded: null },
    ]);
  });
  it("keeps a war's toll the outlet's for the count that goes on with it, whoever spoke before", () => {
    expect(
      extractCasualties("The 1994 war had killed some 25,000 people, and the second war about 7,000.", ctx("armenia")).map(
        ({ claimedBy, affected, killed }) => ({ claimedBy, affected, killed }),
      ),
    ).toEqual([
      { claimedBy: "unattributed", affected: "unspecified", killed: 25000 },
      { claimedBy: "unattributed", affected: "unspecified", killed: 7000 },
    ]);
  });
  it("reads 'then 34 a week later' after the dead of a first report", () => {
    expect(read('The ministry said 20 servicemen had died repelling what it called "an attack on our positions", then 34 a week later.', "azerbaijan")).toEqual(
      [
        { affected: "azerbaijan", killed: 20, wounded: null },
        { affected: "azerbaijan", killed: 34, wounded: null },
      ],
    );
  });
  it("reads no count into a bare number after 'and' with no adjunct of the first's kind", () => {
    expect(read("The shelling killed four people in the village, and 30 houses were damaged.")).toEqual([
      { affected: "unspecified", killed: 4, wounded: null },
    ]);
    expect(read("Two soldiers were killed on Monday, and the talks resumed in Vienna with 12 delegates.")).toEqual([
      { affected: "unspecified", killed: 2, wounded: null },
    ]);
  });
});

describe("a toll the outlet adds up from both sides", () => {
  it("gives 'putting the combined toll reported by the two governments at N' to no one, of no side", () => {
    expect(
      extractCasualties(
        "Armenia's defence ministry raised its toll to 60 dead, putting the combined death toll reported by the two governments at more than 110.",
        ctx("armenia"),
      ).map(({ claimedBy, affected, killed }) => ({ claimedBy: claimedBy ?? "armenia", affected, killed })),
    ).toEqual([
      { claimedBy: "armenia", affected: "armenia", killed: 60 },
      { claimedBy: "unattributed", affected: "unspecified", killed: 110 },
    ]);
  });
});

describe("the earlier figure a new count replaces", () => {
  const killed = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant)).map((d) => d.killed);
  it("reads 'revising upwards a figure of N it gave' as the same speaker's earlier count", () => {
    expect(
      killed(
        "It said more than 90 soldiers had been killed in the week's fighting near the town, revising upwards a figure of 64 it gave on Monday.",
        "armenia",
      ),
    ).toEqual([90, 64]);
  });
  it("reads 'up from the single death it had confirmed' as an earlier count of one", () => {
    expect(
      killed(
        "The ministry said on Friday that five of its soldiers had been killed in the clashes on the northern border, up from the single death it had confirmed.",
        "azerbaijan",
      ),
    ).toEqual([5, 1]);
  });
});
