// "During the war both Baku and Yerevan claimed …" (issue 7): an event that times the clause ("the
// war", "the fighting", "the talks") heads a phrase of its own, so the subject after it speaks;
// before, "war" was read as an adjective and the subject as the object of "during".
import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a clause opened by an event that times it, with no comma", () => {
  it("keeps the subject after the event as the speaker", () => {
    expect(sidesOf("During the war both Baku and Yerevan claimed far greater losses on the other side.")).toEqual(["azerbaijan", "armenia"]);
    expect(sidesOf("During the talks Baku said that it wanted a lasting peace.")).toEqual(["azerbaijan"]);
  });

  it("still reads a body after a preposition and an adjective as its object", () => {
    expect(sidesOf("The march went ahead despite warnings from the unofficial Karabakh Committee.")).toEqual([]);
  });
});
