// Members of a state's parliament named by the chamber's adjective or by a bare "deputy" before the
// verb, written for this test: "An Armenian parliamentary figure said" is the state's own voice.
import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a state's parliamentary figure", () => {
  it("speaks for the state its adjective names", () => {
    expect(sidesOf("An Armenian parliamentary figure puts the number of missing at 212.")).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijani parliamentary sources said the vote would come on Friday.")).toEqual(["azerbaijan"]);
  });

  it("as a deputy right before the verb, is a member of parliament, not a deputy minister", () => {
    expect(sidesOf("An Armenian deputy puts the number of missing at 212.")).toEqual(["armenia"]);
  });

  it("leaves a Western one a third party's, never the state's", () => {
    expect(sidesOf("A Western parliamentary figure said the talks had stalled.")).not.toContain("armenia");
  });
});
