// "The film explains why Baku accepted the truce." (issue 7): a film, a book or a memoir is its
// maker's telling; an official who spoke last is not its author, so it claims nothing for his side.
// A writer or scholar who just spoke may still be the author of "the book".
import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a created work opening a sentence", () => {
  it("is no side's after an official spoke", () => {
    expect(sidesOf("Armenia's defence ministry spokesman called the downing a provocation.", "The film explains why Baku accepted the truce.")).toEqual([]);
  });

  it("is the writer's who spoke just before", () => {
    expect(sidesOf("Historian Thomas de Waal said the war had no winners.", "The book argues that Moscow armed both sides.")).toEqual(["other"]);
  });

  it("leaves a report with the body that spoke last", () => {
    expect(sidesOf("Azerbaijan's foreign ministry said on Monday that it had published its findings.", "The report says the shelling was deliberate.")).toEqual(
      ["azerbaijan"],
    );
  });
});
