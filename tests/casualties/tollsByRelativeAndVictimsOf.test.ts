// Tolls told in other words (issue 7, casualties): "the number of its soldiers who died in the war had risen to N", a
// relative clause for the outcome; "the country's dead numbered about N", a toll the dead came to; "estimates of the dead run to N"; "N of them were victims of the explosion", the dead a blast made. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "armenia") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("a toll whose outcome a relative clause tells", () => {
  it("reads 'the number of its soldiers who died in the war had risen to N' as N of the speaker's dead", () => {
    expect(read("By June the number of its soldiers who died in the fighting had risen to 3,100.")).toEqual([["armenia", 3100, null]]);
  });
  it("reads 'the number of civilians who have been killed rose to N'", () => {
    expect(read("The number of Azerbaijani civilians who have been killed rose to 93.", "azerbaijan")).toEqual([["azerbaijan", 93, null]]);
  });
  it("reads 'the number of people who were wounded stood at N' as wounded", () => {
    expect(read("The number of people who were wounded stood at 400.")).toEqual([["armenia", null, 400]]);
  });
  it("counts no one by 'the number of people who fled'", () => {
    expect(read("The number of people who fled reached 4,000.")).toEqual([]);
  });
});

describe("the dead a blast or an attack made, as its victims", () => {
  it("reads 'N bodies …, and that M of them were victims of the explosion' as two figures of the dead", () => {
    expect(read("The minister said 90 bodies had reached the morgues and that 41 of them were victims of the explosion.")).toEqual([
      ["armenia", 90, null],
      ["armenia", 41, null],
    ]);
  });
  it("reads 'N people were victims of the attack' as N dead", () => {
    expect(read("Twelve people were victims of the attack on the market.")).toEqual([["armenia", 12, null]]);
  });
  it("counts no one as victims of a war with no number", () => {
    expect(read("Many were victims of the war.")).toEqual([]);
  });
});

describe("the dead that numbered or totalled a figure", () => {
  it("reads 'the country's dead numbered about N' as about N dead", () => {
    expect(extractCasualties("The premier told parliament that the country's dead numbered about 3,900.", ctx("armenia"))).toEqual([
      { affected: "armenia", killed: 3900, wounded: null, qualifier: "about" },
    ]);
  });
  it("reads 'their dead totalled N' as N dead", () => {
    expect(read("Their dead totalled 2,700.")).toEqual([["armenia", 2700, null]]);
  });
  it("counts no one by 'the refugees numbered N'", () => {
    expect(read("The refugees numbered about 4,000.")).toEqual([]);
  });
});

describe("estimates of the dead as a toll", () => {
  it("reads 'estimates of the dead … run to more than N' as more than N dead, no one side's", () => {
    expect(extractCasualties("Estimates of the dead across the region run to more than 25,000, most of them in the first war.", ctx("unattributed"))).toEqual([
      { affected: "unspecified", killed: 25000, wounded: null, qualifier: "more than" },
    ]);
  });
  it("counts no one when the estimates give no number", () => {
    expect(read("Estimates of the dead vary widely.", "unattributed")).toEqual([]);
  });
});
