import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const only = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("numbers and qualifiers", () => {
  it("keeps 'at least' apart from the figure", () => {
    expect(only("At least seven Armenian soldiers were killed near Fizuli.")).toEqual([
      { affected: "armenia", killed: 7, wounded: null, qualifier: "at least" },
    ]);
  });
  it("reads 'more than 3,000 people were killed' as 3000 with 'more than'", () => {
    expect(only("More than 3,000 people were killed in the spring offensive.")).toEqual([
      { affected: "unspecified", killed: 3000, wounded: null, qualifier: "more than" },
    ]);
  });
  it.each([
    ["Nearly 40 civilians were killed in the raid.", "nearly", 40],
    ["Almost 30,000 people were killed in the first war.", "almost", 30000],
    ["Some 4,000 people were killed in the 1990s war, which lasted six years.", "some", 4000],
    ["About twenty-one villagers died in the shelling.", "about", 21],
    ["Around a hundred civilians have died since the war began.", "around", 100],
    ["Over 100 civilians were killed in the autumn fighting.", "over", 100],
  ])("reads the qualifier in %s", (sentence, qualifier, killed) => {
    expect(only(sentence)).toEqual([{ affected: "unspecified", killed, wounded: null, qualifier }]);
  });
  it("reads 'up to 30 people were injured' as 30 wounded, qualifier 'up to'", () => {
    expect(only("Up to 30 people were injured when a missile hit the city on Monday.")).toEqual([
      { affected: "unspecified", killed: null, wounded: 30, qualifier: "up to" },
    ]);
  });
  it("reads 'a dozen journalists' as twelve", () => {
    expect(only("The war claimed the lives of a dozen journalists.")[0]?.killed).toBe(12);
  });
});

describe("killed and wounded words", () => {
  it("reads 'lost their lives' as killed", () => {
    expect(only("The ministry said twenty-one servicemen lost their lives.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 21, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'fatally wounded' as killed", () => {
    expect(only("An Azerbaijani soldier was fatally wounded by sniper fire.")).toEqual([{ affected: "azerbaijan", killed: 1, wounded: null, qualifier: null }]);
  });
  it("reads 'another sustained fatal injuries' as one more killed", () => {
    expect(only("The army said two conscripts were killed at a checkpoint and another sustained fatal injuries in hospital.", "armenia")).toEqual([
      { affected: "armenia", killed: 2, wounded: null, qualifier: null },
      { affected: "armenia", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'N deaths' and 'N fatalities' as killed", () => {
    expect(only("Officials recorded 85 civilian deaths in the district.")[0]?.killed).toBe(85);
    expect(only("The region had 12 fatalities overnight.")[0]?.killed).toBe(12);
  });
  it("reads 'the death toll rose to N' as killed", () => {
    expect(only("The ministry said the military death toll rose to 2,783.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2783, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'hurt' as wounded", () => {
    expect(only("Four residents were hurt when a shell struck the market.")[0]?.wounded).toBe(4);
  });
  it("counts numbered casualties as killed only when the sentence speaks of killing", () => {
    expect(only("Officials said 50 casualties were reported in the town.")).toEqual([]);
    expect(only("The fighting caused 40 casualties, all of them killed by shelling.")[0]?.killed).toBe(40);
  });
  it("gives no figure for casualties without a number", () => {
    expect(only("The attackers were pushed back, suffering significant casualties.", "nagorno-karabakh")).toEqual([]);
  });
});

describe("zero figures", () => {
  it("reads 'no soldiers were killed or wounded' as zero killed and zero wounded", () => {
    expect(only("No Azerbaijani soldiers were killed or wounded in the exchange, it said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 0, wounded: 0, qualifier: null },
    ]);
  });
  it("reads 'none of its troops were hurt' as zero killed and zero wounded (hurt in no way)", () => {
    expect(only("The ministry said none of its troops were hurt.", "armenia")).toEqual([{ affected: "armenia", killed: 0, wounded: 0, qualifier: null }]);
  });
  it("reads 'nobody was killed' as zero killed", () => {
    expect(only("Nobody was killed in the incident.")).toEqual([{ affected: "unspecified", killed: 0, wounded: null, qualifier: null }]);
  });
});
