// A toll's list after the speaker's aside (issue 7, casualties): "Among the dead, she said, were N civilians" lists
// N of the dead as "Among the dead were N civilians" does. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string) => extractCasualties(sentence, ctx("azerbaijan")).map((d) => [d.affected, d.killed, d.wounded]);

describe("a toll's list after an aside", () => {
  it("reads 'Among the dead, she said, were N civilians' as N dead", () => {
    expect(read("Among the dead, she said, were 14 Azerbaijani civilians.")).toEqual([["azerbaijan", 14, null]]);
  });
  it("reads 'The wounded, the ministry added, included N soldiers' as N wounded", () => {
    expect(read("The wounded, the ministry added, included six Azerbaijani soldiers.")).toEqual([["azerbaijan", null, 6]]);
  });
  it("still reads the list without an aside", () => {
    expect(read("Among the wounded were six Azerbaijani soldiers.")).toEqual([["azerbaijan", null, 6]]);
  });
});
