// Named victims counted one by one (issue 7, casualties): a name with its year of birth or its age set off by commas,
// then a relative or a second name, is two people, and an age closing the sentence counts no one. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "azerbaijan") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("named victims with an aside after the first name", () => {
  it("counts a woman born in a year and her grandson born in another as two dead", () => {
    expect(
      read("The ministry said the shelling killed Leyla Mammadova, born in 1961, and her grandson Elvin, born in 2016, and wounded Sevda Aliyeva."),
    ).toEqual([["azerbaijan", 2, 1]]);
  });
  it("counts a woman of 52 and her grandson of 3 as two dead, and the closing age as no one", () => {
    expect(read("The ministry said the shelling killed Leyla Mammadova, 52, and her grandson Elvin, 3.")).toEqual([["azerbaijan", 2, null]]);
  });
  it("counts two full names, each with an age, as two dead", () => {
    expect(read("The shelling killed Leyla Mammadova, 52, and Sevda Aliyeva, 60, the ministry said.")).toEqual([["azerbaijan", 2, null]]);
  });
  it("still counts one named person with an age before another verb as one", () => {
    expect(read("The shelling killed Leyla Mammadova, 52, and wounded her son.")).toEqual([["azerbaijan", 1, null]]);
  });
});

describe("a named victim whose harm a relative clause tells", () => {
  it("reads 'who he said was shot dead' after a named child as one dead", () => {
    expect(read("He recalled nine-year-old Elvin Aliyev, who he said was shot dead by a sniper near Tartar in 2011.")).toEqual([["azerbaijan", 1, null]]);
  });
  it("does not count a person recalled as one 'who was killed' years before, with no one saying so", () => {
    expect(read("Levon Hakobyan, who was killed in the parliament in 1999, was buried in Yerevan.", "armenia")).toEqual([]);
  });
  it("counts no one named as the speaker of a wound", () => {
    expect(read("Levon Hakobyan, who said he was wounded, spoke to reporters.", "armenia")).toEqual([]);
  });
  it("counts no one who died, as an obituary tells it", () => {
    expect(read("Levon Hakobyan, who died in 2009, was buried in Yerevan.", "armenia")).toEqual([]);
  });
});

describe("a surname killed by a named person", () => {
  it("reads 'A killed B with an axe' as one dead of B's nation", () => {
    expect(read("In 2004 Mammadov killed Hakobyan with an axe as he slept.", "unattributed")).toEqual([["armenia", 1, null]]);
  });
  it("reads 'A had killed B' as one dead", () => {
    expect(read("Hakobyan had killed Mammadov in his sleep.", "unattributed")).toEqual([["azerbaijan", 1, null]]);
  });
  it("counts no one whose surname is a possessive after the verb", () => {
    expect(read("Mammadov killed Hakobyan's plan in committee.", "unattributed")).toEqual([]);
  });
  it("counts no one after a subject that is no name", () => {
    expect(read("The regiment killed Hakobyan's men.", "unattributed")).toEqual([]);
  });
});
