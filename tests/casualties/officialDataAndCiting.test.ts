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
