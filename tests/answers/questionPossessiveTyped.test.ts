// A possessive typed without its apostrophe ("washingtons reaction", "irans position") still names
// the side that speaks, while plurals ("ministers", "regions", "Russians") stay plurals.
import { describe, expect, it } from "vitest";
import { understandQuestion, withPossessivesMarked } from "../../src/core/answers/question.ts";

describe("a possessive typed without its apostrophe", () => {
  it("reads the speaking side of 'washingtons reaction' and 'tehrans position'", () => {
    expect(understandQuestion("what was washingtons reaction to the new checkpoint").claimant).toBe("united-states");
    expect(understandQuestion("what was tehrans position on the border fighting").claimant).toBe("iran");
    expect(understandQuestion("what did pashinyans office say about the talks").claimant).toBe("armenia");
  });

  it("leaves plurals of roles, common nouns and peoples as they are", () => {
    const question = "what did the foreign ministers of both regions say about the Russians and Azerbaijanis";
    expect(withPossessivesMarked(question)).toBe(question);
  });
});
