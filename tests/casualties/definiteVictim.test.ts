// One victim named by the article or by a role, with "the": "the pilot was killed". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, c = ctx("armenia")) => extractCasualties(sentence, c).map((d) => [d.affected, d.killed, d.wounded]);

describe("one victim named with 'the'", () => {
  it("counts one victim whose fate follows the noun at once", () => {
    expect(read("The ministry said an Azerbaijani drone had hit the post, and that the driver was killed.")).toEqual([["armenia", 1, null]]);
    expect(read('She wrote that the Armenian medic "has tragically died."')).toEqual([["armenia", 1, null]]);
    expect(read("It said the conscript had been wounded by shrapnel.")).toEqual([["armenia", null, 1]]);
  });
  it("counts no one when the fate does not follow, when the noun is the rest of the victims, or when the victim is a body or a toll", () => {
    expect(read("The ministry said the driver had reported the drone before it struck.")).toEqual([]);
    expect(read("The other wounded are being treated in hospital.")).toEqual([]);
    expect(read("The toll was raised again on Monday.")).toEqual([]);
  });
  it("counts no one when the figures just before counted another side's victims, whom 'the soldier' may be", () => {
    const afterEnemyDead = { ...ctx("azerbaijan"), earlierVictims: "armenia" as const };
    expect(read("The ministry says the soldier died in an accident.", afterEnemyDead)).toEqual([]);
    expect(read("The ministry says the Armenian soldier died in an accident.", afterEnemyDead)).toEqual([["armenia", 1, null]]);
  });
});
