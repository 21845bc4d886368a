// A relative and "N other" victims (issue 7, casualties): "killed his sister and at least two other Armenians" counts
// three, as "other" counts the relative among them; and blows that kill only "to death". Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string) => extractCasualties(sentence, ctx("other")).map((d) => [d.killed, d.affected]);

describe("a relative counted with 'N other' victims", () => {
  it("counts the relative among the others", () => {
    expect(read("He said the mob had killed his brother and at least three other Armenians in the town.")).toEqual([[4, "armenia"]]);
  });
  it("counts the relative stabbed to death before the others killed", () => {
    expect(read("He said they had stabbed his brother to death and killed three other Armenians.")).toEqual([[4, "armenia"]]);
  });
  it("counts 'N other' alone as N", () => {
    expect(read("He said the mob had killed three other Armenians.")).toEqual([[3, "armenia"]]);
  });
});

describe("blows that kill only 'to death'", () => {
  it("reads 'stabbed N … to death' as N dead", () => {
    expect(read("He said they stabbed three Armenians to death.")).toEqual([[3, "armenia"]]);
  });
  it("reads no death in a stabbing or a beating without 'to death'", () => {
    expect(read("He said they stabbed three Armenians in the street.")).toEqual([]);
    expect(read("Police beat two Armenian protesters.")).toEqual([]);
  });
});
