// Classes met when a set of science, environment and teaching texts was scored, fixed with sentences
// written for this test: officials of a ministry the text named, state agencies, private people as sources.
import { describe, expect, it } from "vitest";
import { sidesOf, sideInArticle as sideOf } from "./readSides.ts";

describe("an official of a ministry the text named by its country before", () => {
  it("is that ministry's when a deputy minister is named with no remit", () => {
    const sides = sidesOf(
      "Tural Aliyev, who runs the water desk at Azerbaijan's Ministry of Agriculture, said the canals were dry.",
      "Last winter Deputy Minister Orkhan Mammadli said the orchards had lost half their harvest.",
    );
    expect(sides).toEqual(["azerbaijan"]);
  });

  it("stays unclear when the text named ministries of two sides", () => {
    const sides = sidesOf(
      "Armenia's defence ministry said the border was calm.",
      "Azerbaijan's foreign ministry said the talks would resume in spring.",
      "Deputy Minister Orkhan Mammadli said the orchards had lost half their harvest.",
    );
    expect(sides).toEqual(["unclear"]);
  });

  it("is that ministry's when named by its remit, whatever firm of another people was named between", () => {
    const side = sideOf(
      "Last month",
      "Tural Aliyev, who runs the water desk at Azerbaijan's Ministry of Agriculture, said the canals were dry.",
      "The Swiss company Alpen Bergbau owns the smelter upstream, and Azerbaijani officials have often named it. Last month Elmar Guliyev of the agriculture ministry told reporters that the smelter was poisoning the canals.",
    );
    expect(side).toBe("azerbaijan");
  });
});

describe("a state company or agency named by its own name", () => {
  it("is its state's: a satellite operator", () => {
    expect(sidesOf("In 2016 the satellite operator Azercosmos said its images showed fires along the front line.")).toEqual(["azerbaijan"]);
  });
});
