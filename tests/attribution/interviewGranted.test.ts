// "He spoke to our correspondent in Baku on Monday": the outlet tells that it interviewed someone;
// the sentence itself says nothing, so it is no claim. What he said to us is one.
import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("an interview granted to the outlet", () => {
  it("is no claim when the sentence only says it took place", () => {
    expect(sidesOf("Hikmet Hajiyev spoke to us in Baku on Tuesday.")).toEqual([]);
    expect(sidesOf("Ararat Mirzoyan spoke to our Brussels correspondent, Anna Vogt, at the ministry on Friday.")).toEqual([]);
  });
  it("is a claim when the sentence says what was said", () => {
    expect(sidesOf("Hikmet Hajiyev spoke to us about the talks with Yerevan.")).toEqual(["azerbaijan"]);
  });
  it("is a claim when the official spoke to others", () => {
    expect(sidesOf("Ararat Mirzoyan spoke to reporters in Brussels on Friday.")).toEqual(["armenia"]);
  });
});
