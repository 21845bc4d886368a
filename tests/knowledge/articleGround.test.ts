// Victims no word of their sentence places, in an article whose figures so far all counted one side's dead.
// Small reports written for these tests, read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { victimsGround } from "../../src/core/casualties/articleGround.ts";

function figuresIn(...sentences: string[]) {
  const text = ["Aftermath of the assault", "", ...sentences.flatMap((s) => [s, ""])].join("\n");
  return extractArticle(parseArticle({ file: "ground.txt", text })).casualties.map((f) => [f.claimedBy, f.affected, f.killed, f.wounded]);
}

const opening = [
  "Azerbaijani officials said 40 civilians from the town had been killed.",
  "Five Azerbaijani soldiers died defending the road, the defence ministry said.",
];

describe("a witness's count in a report from one side's ground", () => {
  it("counts that side's dead when the figures before all counted its victims", () => {
    expect(figuresIn(...opening, "I counted 12 bodies in the mosque yard.")).toContainEqual(["unattributed", "azerbaijan", 12, null]);
    expect(figuresIn(...opening, "A doctor said 30 wounded people had been brought in overnight.")).toContainEqual(["other", "azerbaijan", null, 30]);
  });
  it("places nothing when the figures before counted victims of both camps", () => {
    expect(figuresIn(opening[0] ?? "", "Four Armenian soldiers were killed nearby.", "I counted 12 bodies in the mosque yard.")).toContainEqual([
      "unattributed",
      "unspecified",
      12,
      null,
    ]);
  });
  it("counts that side's dead when the one figure before named its victims", () => {
    expect(figuresIn(opening[0] ?? "", "I counted 12 bodies in the mosque yard.")).toContainEqual(["unattributed", "azerbaijan", 12, null]);
  });
  it("places no war's toll, no span's toll and no dead of a town it cannot place", () => {
    const read = figuresIn(
      ...opening,
      "Some 30,000 people were killed in the first war.",
      "Last year eleven people were killed along the line of contact.",
      "Reporters were told that 17 people had died in Qazanchi.",
    );
    expect(read).toContainEqual(["unattributed", "unspecified", 30000, null]);
    expect(read).toContainEqual(["unattributed", "unspecified", 11, null]);
    expect(read).toContainEqual(["unattributed", "unspecified", 17, null]);
  });
});

describe("the ground of an article's figures", () => {
  it("is the one camp all named figures counted, by its side named most", () => {
    expect(victimsGround([{ affected: "nagorno-karabakh" }, { affected: "armenia" }, { affected: "nagorno-karabakh" }, { affected: "unspecified" }])).toBe(
      "nagorno-karabakh",
    );
    expect(victimsGround([{ affected: "azerbaijan" }, { affected: "armenia" }])).toBeNull();
    expect(victimsGround([{ affected: "azerbaijan" }, { affected: "unspecified" }])).toBe("azerbaijan");
    expect(victimsGround([{ affected: "unspecified" }])).toBeNull();
  });
});
