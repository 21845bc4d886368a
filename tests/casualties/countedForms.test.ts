import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/core/rules/rule.ts";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { EARLIER_SOURCE_RULES, FIGURE_SOURCE_RULES, OFFICIAL_DATA_RULES, RECORDING_BODY_RULES } from "../../src/core/casualties/figureSources.ts";
import { NAMED_VICTIM_RULES } from "../../src/core/casualties/victimGroups.ts";
import { UNCOUNTED_VICTIM_RULES } from "../../src/core/casualties/uncountedVictims.ts";
import { RESTATED_VICTIM_RULES } from "../../src/core/casualties/restatedVictims.ts";
import type { CasualtyContext } from "../../src/core/casualties/casualtyContext.ts";
import type { Claimant, Side } from "../../src/core/types.ts";
import { ctx, testSideOf } from "./helpers.ts";

const only = (sentence: string, claimant: Claimant = "unattributed") => extractCasualties(sentence, ctx(claimant));

/** The test gazetteer, plus two bodies it does not know by a nationality word. */
function withBodies(claimant: Claimant = "unattributed"): CasualtyContext {
  const sideOf = (phrase: string): Side | null => (/\bMine Agency\b|\bMIA\b/.test(phrase) ? "azerbaijan" : testSideOf(phrase));
  return { ...ctx(claimant), sideOf };
}

describe("a part counted out of a whole", () => {
  it("reads '12 of the 40 passengers aboard the bus were killed' as 12 killed", () => {
    expect(only("In all, 12 of the 40 passengers aboard the bus were killed.")).toEqual([
      { affected: "unspecified", killed: 12, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'three of the nine Azerbaijani soldiers in the post were wounded' as three Azerbaijani wounded", () => {
    expect(only("Three of the nine Azerbaijani soldiers in the post were wounded.")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 3, qualifier: null },
    ]);
  });
});

describe("killed and wounded of one kind, with another group between", () => {
  it("joins the wounded troops to the killed servicemen, past the civilians listed with them", () => {
    expect(only("The ministry said 40 servicemen and two civilians were killed in the offensive and 90 troops wounded.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 40, wounded: 90, qualifier: null },
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
  });
  it("keeps apart soldiers wounded in another clause", () => {
    expect(only("Five soldiers were killed on Monday; on Tuesday two civilians were killed and seven soldiers wounded.", "azerbaijan")).toHaveLength(3);
  });
  it("keeps apart soldiers an earlier report counted, in a clause of their own", () => {
    expect(
      only(
        "The ministry, which had first reported three wounded soldiers, said on Friday that five of its troops had been killed and eight wounded.",
        "armenia",
      ),
    ).toEqual([
      { affected: "armenia", killed: null, wounded: 3, qualifier: null },
      { affected: "armenia", killed: 5, wounded: 8, qualifier: null },
    ]);
  });
  it("keeps apart civilians wounded after soldiers killed", () => {
    expect(only("Three soldiers were killed and ten civilians injured.", "armenia")).toHaveLength(2);
  });
  it("reads 'three deaths and 17 injuries' as one record", () => {
    expect(only("The group said it had logged three deaths and 17 injuries in 2023.", "other")).toEqual([
      { affected: "unspecified", killed: 3, wounded: 17, qualifier: null },
    ]);
  });
});

describe("the survivors of a toll", () => {
  it("reads 'survivors were injured' as the wounded of the same record", () => {
    expect(only("Eleven people died in the collapse, while 40 survivors were hospitalised.", "armenia")).toEqual([
      { affected: "armenia", killed: 11, wounded: 40, qualifier: null },
    ]);
  });
  it("reads the travellers of a crash as no side's, even in a belligerent's figure", () => {
    expect(only("Officials said 21 people died when the plane crashed, while nine survivors were injured.", "azerbaijan")).toEqual([
      { affected: "unspecified", killed: 21, wounded: 9, qualifier: null },
    ]);
  });
  it("still reads soldiers killed in a helicopter crash as the claimant's own", () => {
    expect(only("A military helicopter crashed, killing 12 servicemen.", "azerbaijan")[0]?.affected).toBe("azerbaijan");
  });
  it("reads 'sought medical help' as wounded", () => {
    expect(only("Police said 60 residents and two officers sought medical help after the rally.", "armenia")).toEqual([
      { affected: "armenia", killed: null, wounded: 60, qualifier: null },
      { affected: "armenia", killed: null, wounded: 2, qualifier: null },
    ]);
  });
});

describe("a count named by its source, with no speaker", () => {
  it("gives figures 'put' by a body's figures to that body's side, as its own losses", () => {
    expect(extractCasualties("In May Mine Agency-based figures put the toll since 2021 at 40 killed and 90 injured.", withBodies())).toEqual([
      { affected: "azerbaijan", killed: 40, wounded: 90, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("gives figures of 'a briefing by the Azerbaijani side' to Azerbaijan", () => {
    expect(only("A briefing by the Azerbaijani side published by a UN agency in May gave 50 people killed and 120 injured.")).toEqual([
      { affected: "azerbaijan", killed: 50, wounded: 120, qualifier: null, claimedBy: "azerbaijan" },
    ]);
  });
  it("gives a global report's breakdown to a third party, with no side's victims and no 'casualties' read as dead", () => {
    expect(
      only("Globally, the *Mine Action Review 2023* report recorded 5,100 casualties from mines in 2022, of whom 1,200 people were killed and 3,900 injured."),
    ).toEqual([{ affected: "unspecified", killed: 1200, wounded: 3900, qualifier: null, claimedBy: "other" }]);
  });
  it("leaves figures the outlet's when the source is an unnamed report or unknown body", () => {
    expect(only("The report recorded 12 deaths in the district.")[0]?.claimedBy).toBeUndefined();
    expect(only("In May Red Crescent-based figures put the toll at 40 killed.")[0]?.claimedBy).toBeUndefined();
  });
  it("gives the bodies footage on a state's television showed to that state", () => {
    expect(only("Footage broadcast by Azerbaijani television on Monday showed about 15 bodies in a field near the village.")).toEqual([
      { affected: "azerbaijan", killed: 15, wounded: null, qualifier: "about", claimedBy: "azerbaijan" },
    ]);
    expect(only("Video broadcast on Monday showed about 15 bodies in a field.")[0]?.claimedBy).toBeUndefined();
  });
  it("never overrides a speaker the sentence already has", () => {
    expect(only("A briefing by the Azerbaijani side gave 50 people killed, Armenian officials said.", "armenia")[0]?.claimedBy).toBeUndefined();
  });
  it("reads victims a belligerent's body recorded as that side's, whoever relays them", () => {
    expect(extractCasualties("An activist said the Mine Agency had recorded four deaths and 32 injuries this year.", withBodies("other"))).toEqual([
      { affected: "azerbaijan", killed: 4, wounded: 32, qualifier: null },
    ]);
  });
});

describe("one named victim and what he suffered", () => {
  const wounded = [{ affected: "azerbaijan", killed: null, wounded: 1, qualifier: null }];
  it("reads a name in apposition after a noun that counts no one: 'one of its drivers, X, was badly injured'", () => {
    expect(only("The agency said one of its engineers, Rauf Karimov, was badly injured near the road.", "azerbaijan")).toEqual(wounded);
  });
  it("counts a name in apposition to a counted victim once", () => {
    expect(only("The agency said a 40-year-old resident of Qazax, Rauf Karimov, was badly injured.", "azerbaijan")).toEqual(wounded);
  });
  it("reads 'suffered injuries to his right arm' as one wounded", () => {
    expect(only("The agency said deminer Orkhan Aliyev suffered injuries to his right arm and chest.", "azerbaijan")).toEqual(wounded);
  });
  it("reads 'stepped on a mine and lost a leg' and an amputation as one wounded, not killed", () => {
    expect(only("Orkhan Aliyev stepped on an anti-personnel mine and lost a leg.", "azerbaijan")).toEqual(wounded);
    expect(only("Farid Quliyev stepped on a mine while herding sheep and his right foot had to be amputated.", "azerbaijan")).toEqual(wounded);
  });
  it("reads nothing into a lost seat", () => {
    expect(only("Sabir Huseynov lost his seat in parliament.", "azerbaijan")).toEqual([]);
  });
  it("never counts the last of two coordinated names as the only victim", () => {
    expect(only("Two brothers, Huseyn and Ziyaddin Safarov, died in the raid.").map((d) => d.killed)).not.toContain(1);
  });
});

const TABLES: Record<string, Record<string, Rule>> = {
  "figure source": FIGURE_SOURCE_RULES,
  "earlier source": EARLIER_SOURCE_RULES,
  "recording body": RECORDING_BODY_RULES,
  "official data": OFFICIAL_DATA_RULES,
  "named victim": NAMED_VICTIM_RULES,
  "restated victim": RESTATED_VICTIM_RULES,
  "uncounted victim": UNCOUNTED_VICTIM_RULES,
};
const cases = Object.entries(TABLES).flatMap(([table, rules]) =>
  Object.entries(rules).flatMap(([name, rule]) => [
    ...rule.examples.map((text) => ({ table, name, text, matches: true, rule })),
    ...rule.counterExamples.map((text) => ({ table, name, text, matches: false, rule })),
  ]),
);

describe("casualty rule tables", () => {
  it.each(cases)("$table rule '$name' on \"$text\" matches: $matches", ({ rule, text, matches }) => {
    expect(new RegExp(rule.pattern.source, rule.pattern.flags.replace("g", "")).test(text)).toBe(matches);
  });
});
