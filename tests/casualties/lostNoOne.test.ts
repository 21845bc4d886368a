// "lost no one" (issue 7, casualties): a side that lost no one had no dead, and the wounded it had after that are
// the same side's people, one record. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant));

describe("a side that lost no one", () => {
  it("reads 'lost no one' as no dead", () => {
    expect(read("The army said it lost no one in the raid.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 0, wounded: null, qualifier: null },
    ]);
  });
  it("joins the wounded it had after that to the same record", () => {
    expect(read("In the army's version, the Karabakh side lost no one and had three men wounded.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 0, wounded: 3, qualifier: null },
    ]);
  });
  it("counts nothing a side 'lost none of' or lost with no noun", () => {
    expect(read("The army lost none of its positions.", "nagorno-karabakh")).toEqual([]);
    expect(read("The army lost two and gained three.", "nagorno-karabakh")).toEqual([]);
  });
});

describe("a death denied after the wounding", () => {
  it("reads 'wounded, not killed' as one wounded and no dead", () => {
    expect(read("The ministry said the conscript had been wounded, not killed.", "armenia")).toEqual([
      { affected: "armenia", killed: 0, wounded: 1, qualifier: null },
    ]);
  });
  it("leaves the dead unknown when no death is denied", () => {
    expect(read("The ministry said the conscript had been wounded.", "armenia")).toEqual([{ affected: "armenia", killed: null, wounded: 1, qualifier: null }]);
  });
});
