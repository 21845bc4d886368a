import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { QUESTION_ALSO, SYNONYM_GROUPS } from "../../src/core/search/synonyms.ts";

describe("the synonym data", () => {
  it("puts each word in one group only, so a word is indexed one way", () => {
    const words = SYNONYM_GROUPS.flat();
    expect(new Set(words).size).toBe(words.length);
  });
  it("gives 'died' and 'fatalities' the group of 'killed', and 'captured' a second reading as prisoners", () => {
    const killed = SYNONYM_GROUPS.find((g) => g[0] === "killed");
    expect(killed).toEqual(expect.arrayContaining(["died", "fatalities"]));
    expect(QUESTION_ALSO.captured).toEqual(["prisoners"]);
  });
  it("counts an apology as owning up, and reads a question's 'funeral' also as a ceremony", () => {
    expect(analyze("apologised")).toEqual(analyze("admitted"));
    expect(analyze("apologized")).toEqual(analyze("acknowledged"));
    expect(QUESTION_ALSO.funeral).toEqual(["ceremony"]);
    expect(analyze("ceremony")).not.toEqual(analyze("funeral"));
  });
});
