import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { UNVOICED_SPEAKER_RULES } from "../../src/core/casualties/unvoicedSpeakers.ts";
import { ctx } from "./helpers.ts";

const outlet = (sentence: string) => extractCasualties(sentence, ctx("unattributed"));

describe("a figure in the words of a speaker the sentence's reading could not place", () => {
  it("gives no record for a count reported by a speaker with no side, named before it", () => {
    expect(outlet("Investigators said four villagers were killed when the shell hit the school.")).toEqual([]);
    expect(outlet("By Sunday night, local officials said 11 bodies had been pulled from the rubble.")).toEqual([]);
  });
  it("gives unnamed officials' count of a belligerent's own victims to that belligerent, as official data of its own losses", () => {
    expect(outlet("Local officials said two Azerbaijani shepherds were killed by a mine.")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null, claimedBy: "azerbaijan" },
    ]);
    expect(outlet("Five Armenian soldiers were wounded in the shelling, officials told the agency.")[0]?.claimedBy).toBe("armenia");
  });
  it("gives no record for unnamed officials' count of victims of no named side", () => {
    expect(outlet("Officials said 14 people were killed in the blast.")).toEqual([]);
  });
  it("gives no record for a count whose speaker is named after it", () => {
    expect(outlet("A farmer was wounded in the field near the river, the district head said on Friday.")).toEqual([]);
  });
  it("gives no record for a count a speaker is said not to have given", () => {
    expect(outlet("The spokesman did not say that 300 soldiers had died.")).toEqual([]);
  });
  it("keeps the outlet's own figures, its earlier versions and counts reported in the passive", () => {
    expect(outlet("The war that followed claimed about 25,000 lives.")).toHaveLength(1);
    expect(outlet("An earlier version of this story said nine soldiers had been killed.")).toHaveLength(1);
    expect(outlet("Two soldiers were reported wounded near the river.")).toHaveLength(1);
    expect(outlet("Some 900 people are thought to have died, although both capitals say the real number is far higher.")).toHaveLength(1);
  });
  it("gives no record for a count credited to a source with no side 'according to' it", () => {
    expect(outlet("According to the regional authorities, the blast killed five workers and wounded 12.")).toEqual([]);
    expect(outlet("Three shepherds were killed near the river, according to local reports.")).toEqual([]);
  });
  it("keeps estimates the outlet sums up, and figures the sentence credits to the sides themselves", () => {
    expect(outlet("The war killed some 25,000 people, according to most estimates.")).toHaveLength(1);
    expect(outlet("Armenia lost 40 soldiers and Azerbaijan 35, according to their own official counts.").map((d) => d.claimedBy)).toEqual([
      "armenia",
      "azerbaijan",
    ]);
    expect(outlet("Since the ceasefire, 12 Azerbaijani civilians have been killed by mines, according to official data.")[0]?.claimedBy).toBe("azerbaijan");
  });
  it("keeps the outlet's own sum after a speaker's figure", () => {
    expect(outlet("The ministry said another soldier had died, bringing the toll to 14 by our count.").map((d) => d.killed)).toContain(14);
  });
  it("leaves a speaker the sentence's reading placed to that speaker", () => {
    expect(extractCasualties("Investigators said four villagers were killed.", ctx("azerbaijan"))[0]?.killed).toBe(4);
  });
});

describe("the unplaced-speaker rules", () => {
  const cases = Object.entries(UNVOICED_SPEAKER_RULES).flatMap(([name, rule]) => [
    ...rule.examples.map((text) => ({ name, text, matches: true, pattern: rule.pattern })),
    ...rule.counterExamples.map((text) => ({ name, text, matches: false, pattern: rule.pattern })),
  ]);
  it.each(cases)("rule '$name' on \"$text\" matches: $matches", ({ pattern, text, matches }) => {
    expect(pattern.test(text)).toBe(matches);
  });
});
