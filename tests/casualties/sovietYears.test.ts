import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const affected = (sentence: string, claimant: Parameters<typeof ctx>[0]) => extractCasualties(sentence, ctx(claimant)).map((d) => d.affected);

describe("the Soviet Union's last years", () => {
  it("reads the people or soldiers a republic's voice counts under Soviet rule as no one side's", () => {
    expect(affected("Azerinform said two soldiers had been slightly wounded when the convoy was stopped.", "azerbaijan")).toEqual(["unspecified"]);
    expect(affected("At least 30 people have been killed in a week of clashes, the chairman of the republic's Supreme Soviet said.", "armenia")).toEqual([
      "unspecified",
    ]);
  });
  it("still reads villagers a republic counts as its own", () => {
    expect(affected("Armenian officials said at least 20 villagers had been killed in an operation by Soviet troops.", "armenia")).toEqual(["armenia"]);
  });
  it("takes a Soviet-made weapon for no sign of those years", () => {
    expect(affected("Azerbaijani officials said a Soviet-made missile had killed 12 people in the town.", "azerbaijan")).toEqual(["azerbaijan"]);
  });
});

describe("where the speaker spoke", () => {
  it("does not place the victims where a news conference was held", () => {
    expect(affected("Two people were killed by the shelling, a Red Cross official told a news conference in Stepanakert.", "other")).toEqual(["unspecified"]);
  });
  it("still places them where they were hit", () => {
    expect(affected("Two people were killed by shelling in Stepanakert, a Red Cross official said.", "other")).toEqual(["nagorno-karabakh"]);
  });
});
