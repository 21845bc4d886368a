// A year's count of mine victims stands on the ground the article's figures stand on (issue 7, casualties):
// mines lie in one country's fields, unlike a year's toll of a front. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const onAzerbaijaniGround = { ...ctx("other"), articleGround: "azerbaijan" as const };

describe("a year's count of mine victims", () => {
  it("stands on the article's ground when a third party gives it", () => {
    expect(
      extractCasualties("A campaign group said in its yearly review that 12 people were killed and 30 injured by mines in 2022.", onAzerbaijaniGround),
    ).toEqual([{ affected: "azerbaijan", killed: 12, wounded: 30, qualifier: null }]);
  });
  it("still leaves a year's toll that no mine caused to no one ground", () => {
    expect(extractCasualties("A campaign group said in its yearly review that 12 people were killed in shooting in 2022.", onAzerbaijaniGround)).toEqual([
      { affected: "unspecified", killed: 12, wounded: null, qualifier: null },
    ]);
  });
});

describe("a bare count after mine victims were counted", () => {
  const following = (sentenceBefore: string) => ({
    ...ctx("unattributed"),
    earlier: { outcome: "killed" as const, affected: "azerbaijan" as const },
    sentenceBefore,
  });
  it("counts the mine victims, dead and maimed together, so gives no toll of the dead", () => {
    expect(extractCasualties("By June the count had passed 150.", following('"The number of landmine victims keeps growing," the agency said.'))).toEqual([]);
  });
  it("still carries on the dead counted before when no mine victims were", () => {
    expect(extractCasualties("By June the count had passed 150.", following("The ministry said more soldiers had died."))).toEqual([
      { affected: "unspecified", killed: 150, wounded: null, qualifier: null },
    ]);
  });
});
