import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0]) =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

describe("reporters and foreign civilians belong to no party", () => {
  it("reads reporters no text places with a side as no party's, whoever counts them", () => {
    expect(read("The ombudsman said the shelling had hit the school again, injuring four reporters who were filming the ruins.", "nagorno-karabakh")).toEqual([
      { affected: "unspecified", killed: null, wounded: 4 },
    ]);
  });
  it("reads people of a state that does not fight, named by their nation alone, as no party's", () => {
    expect(read("A ministry spokesman said two Russians were hurt in the blast, a cameraman and his driver.", "armenia")).toEqual([
      { affected: "unspecified", killed: null, wounded: 2 },
    ]);
  });
  it("still reads that state's soldiers as its own", () => {
    expect(read("The ministry said two Russians were hurt when their patrol of peacekeepers was shelled.", "russia")).toEqual([
      { affected: "russia", killed: null, wounded: 2 },
    ]);
  });
  it("keeps reporters named with their employer or with others to the side those name", () => {
    expect(read("The prosecutor said three reporters and a local official were killed when their car hit a mine.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 4, wounded: null },
    ]);
    expect(read("The ministry said a reporter of the AzTV channel was wounded near the front.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 1 },
    ]);
  });

  it("reads what reporters were doing between them and their fate ('four reporters documenting the ruins were hurt')", () => {
    expect(read("The ombudsman said four reporters documenting the ruins of the school had been hurt in a second strike.", "nagorno-karabakh")).toEqual([
      { affected: "unspecified", killed: null, wounded: 4 },
    ]);
  });
});
