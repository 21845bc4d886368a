import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("a war's dead given by nation, with the missing", () => {
  it("reads 'military' after two nations' counts as the forces each lost", () => {
    expect(read("By the council's estimate, some 1 200 Armenian and 800 Azerbaijani military were killed in the spring fighting.", "other")).toEqual([
      { affected: "armenia", killed: 1200, wounded: null, qualifier: "some" },
      { affected: "azerbaijan", killed: 800, wounded: null, qualifier: null },
    ]);
  });
  it("reads those 'killed or missing' as the dead", () => {
    expect(read("The report lists about 600 Armenian and 450 Azerbaijani military killed or missing, and many displaced.", "other")).toEqual([
      { affected: "armenia", killed: 600, wounded: null, qualifier: "about" },
      { affected: "azerbaijan", killed: 450, wounded: null, qualifier: null },
    ]);
    expect(read("The ministry said 64 of its soldiers were killed or missing after the assault.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 64, wounded: null, qualifier: null },
    ]);
  });
  it("still reads the dead and the missing together ('dead or missing') as no toll of the dead", () => {
    expect(read("Officials said 90 people were dead or missing after the assault.", "armenia")).toEqual([]);
  });
  it("reads 'military' as no one when a thing follows it", () => {
    expect(read("The strike destroyed three military vehicles near the road.", "azerbaijan")).toEqual([]);
    expect(read("Two military officers were killed in the strike.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
  });
});

describe("the dead by their remains, and the dead an authority declared", () => {
  it("reads remains found as the dead, and 'remains' as a verb as no count", () => {
    expect(read("Rescuers said a total of 48 remains had been recovered from the collapsed mine.", "armenia")).toEqual([
      { affected: "armenia", killed: 48, wounded: null, qualifier: null },
    ]);
    expect(read("One remains in hospital after the shelling of the village.", "armenia")).toEqual([]);
  });
  it("reads those 'declared dead' as the dead, a bare count too", () => {
    expect(read("Of the missing, 12 were later found alive and 21 were declared dead by a court.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 21, wounded: null, qualifier: null },
    ]);
  });
});

describe("the hurt by where they were taken", () => {
  it("reads a toll of the wounded that 'remained' at a number", () => {
    expect(read("The health ministry said the number of injured remained 74.", "armenia")).toEqual([
      { affected: "armenia", killed: null, wounded: 74, qualifier: null },
    ]);
  });
  it("reads people 'taken to hospital' as the hurt when the sentence names no injured", () => {
    expect(read("Officials said 35 people had been taken to hospital after the blast.", "armenia")).toEqual([
      { affected: "armenia", killed: null, wounded: 35, qualifier: null },
    ]);
  });
  it("reads those taken to hospital among the injured already counted as no one more", () => {
    expect(read("Officials said nine people were injured and five were taken to hospital.", "armenia")).toEqual([
      { affected: "armenia", killed: null, wounded: 9, qualifier: null },
    ]);
    expect(read("She said 60 of the wounded had been taken to hospitals in the capital.", "armenia")).toEqual([]);
  });
});

describe("bodies given back are the dead of the side that gets them", () => {
  it("reads bodies handed over to a side as that side's dead, whoever found them", () => {
    expect(read("The agency said 412 bodies were found in the hills and handed over to Armenia last year.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: 412, wounded: null, qualifier: null },
    ]);
    expect(read("The Red Cross said it had transferred 75 bodies to Azerbaijan since the truce.", "icrc")).toEqual([
      { affected: "azerbaijan", killed: 75, wounded: null, qualifier: null },
    ]);
  });
  it("reads bodies a side gave back as its enemy's dead", () => {
    expect(read("The envoy said Armenia had returned 18 bodies in the exchange.", "other")).toEqual([
      { affected: "azerbaijan", killed: 18, wounded: null, qualifier: null },
    ]);
  });
  it("keeps a speaker's own dead when the bodies go to no side", () => {
    expect(read("The ministry said the bodies of 12 soldiers were transferred to the forensic bureau.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 12, wounded: null, qualifier: null },
    ]);
  });
});

describe("a toll the last speaker keeps", () => {
  const afterTheSpeaker = (sentence: string) => extractCasualties(sentence, ctx("unattributed", "nagorno-karabakh"));
  it("reads 'their previous toll', after that side spoke, as that side's figure of its own dead", () => {
    expect(afterTheSpeaker("Their earlier toll was 41 dead, with about 90 wounded.")).toEqual([
      { affected: "nagorno-karabakh", killed: 41, wounded: 90, qualifier: "about", claimedBy: "nagorno-karabakh" },
    ]);
  });
  it("leaves a toll of no one's the outlet's", () => {
    expect(afterTheSpeaker("The death toll rose to 41.")).toEqual([{ affected: "unspecified", killed: 41, wounded: null, qualifier: null }]);
  });
});

describe("deaths by fire, cold or hunger", () => {
  it("reads people who 'burned to death' or 'froze to death' as the dead", () => {
    expect(read("Witnesses said about 30 people had burned to death in the warehouse.", "armenia")).toEqual([
      { affected: "armenia", killed: 30, wounded: null, qualifier: "about" },
    ]);
    expect(read("Officials said three villagers froze to death on the mountain road.", "armenia")).toEqual([
      { affected: "armenia", killed: 3, wounded: null, qualifier: null },
    ]);
  });
});
