// Statements and petitions of bodies that are no state's (issue 7): a students' union's numbered
// statement relays governments in its own voice, as a press release does; "the same office" is the
// one that spoke last. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { readSentences, sideInArticle } from "./readSides.ts";

const STATEMENT = [
  "UNION OF STUDENTS OF THE HARBOUR UNIVERSITY",
  "Executive Committee · Port Louis",
  "Statement No. 2024/07",
  "STATEMENT ON THE CLOSURE OF THE ROAD TO STEPANAKERT",
  "1. We note that the Government of Armenia considers the closure a provocation, and that Azerbaijan's foreign ministry has said the road is open to civilian traffic.",
  "2. The Committee calls on all sides to let the ICRC pass.",
];

describe("a numbered statement of a students' union", () => {
  it("speaks for the union throughout, also where it relays a government", () => {
    expect(sideInArticle("We note that the Government of Armenia", ...STATEMENT)).toBe("other");
  });
});

describe("the same office", () => {
  it("is the body or official that spoke last, not an older office", () => {
    const reads = readSentences(
      "Karabakh's ombudsman's office said the market had been shelled.",
      "Azerbaijan's prosecutor general said that a rocket had killed four civilians in Barda.",
      "Two days later the same office said that seven civilians had been killed.",
    );
    expect(reads.at(-1)?.sides).toEqual(["azerbaijan"]);
  });
});
