import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const outlet = (sentence: string) => extractCasualties(sentence, ctx("unattributed"));

describe("figures credited to official data of no named body", () => {
  it("gives a belligerent's own losses 'according to official data' to that belligerent", () => {
    expect(outlet("Since the war ended, 30 Azerbaijani civilians have been killed by mines, according to official data.")).toEqual([
      { affected: "azerbaijan", killed: 30, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("gives victims of no side no record: the officials are someone's, but the sentence does not say whose", () => {
    expect(outlet("According to official figures, 12 people died in the blast.")).toEqual([]);
  });
  it("leaves official data of a named body to the rules that read that body", () => {
    expect(outlet("Twelve Armenian soldiers died, according to official figures released by a monitoring group.")[0]?.claimedBy).not.toBe("armenia");
  });
});

describe("an outlet that reports citing a body", () => {
  it("gives the figure to the body cited after 'informs citing'", () => {
    expect(outlet("In total, 40 Azerbaijani servicemen were killed, the agency informs citing the Azerbaijani Defence Ministry.")[0]?.claimedBy).toBe(
      "azerbaijan",
    );
  });
});

describe("a toll named by a capital", () => {
  it("is the figure of the government the capital speaks for", () => {
    const sideOf = (p: string) => (/baku/i.test(p) ? "azerbaijan" : /yerevan/i.test(p) ? "armenia" : null);
    const read = (s: string) => extractCasualties(s, { claimant: "unattributed", possessorSide: null, sideOf });
    expect(read("Background: Baku's toll of 900 dead includes, by its count, 100 women.")[0]).toMatchObject({ claimedBy: "azerbaijan", killed: 900 });
    expect(read("Yerevan's official tally of soldiers killed stood at 3,800.")[0]).toMatchObject({ claimedBy: "armenia", killed: 3800 });
  });
});

describe("the official data of the two sides", () => {
  const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant));
  it("gives each side its own losses, though one of them relays the sentence", () => {
    expect(
      read("Thus, according to the official data of the two sides, 150 people were killed on the Armenian side and 60 on the Azerbaijani side.", "azerbaijan"),
    ).toEqual([
      { affected: "armenia", killed: 150, wounded: null, qualifier: null, claimedBy: "armenia" },
      { affected: "azerbaijan", killed: 60, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("leaves the relaying speaker the figures of data no side is named for", () => {
    expect(read("According to official data, 150 Armenian soldiers were killed.", "azerbaijan")[0]?.claimedBy).toBeUndefined();
  });
});
