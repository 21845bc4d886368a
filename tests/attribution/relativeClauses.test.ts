import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a speech verb in a relative clause", () => {
  it("speaks for the actor right before ', who'", () => {
    expect(sidesOf("The visit by the French president has drawn sharp criticism from Azerbaijani officials, who accuse Paris of taking sides.")).toEqual([
      "azerbaijan",
    ]);
  });

  it("speaks for the body right before ', which'", () => {
    expect(sidesOf("The news came in a statement from Armenia's Foreign Ministry, which said the talks had been postponed.")).toEqual(["armenia"]);
  });
});
