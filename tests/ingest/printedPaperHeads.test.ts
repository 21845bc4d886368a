// A printed paper's head and small print met on first contact in blind95 (issue 7): its masthead in
// capitals under the headline, its date with the same day in another calendar, its colophon. Pages
// written for this test.
import { describe, expect, it } from "vitest";
import { texts, parse } from "./helpers.ts";

describe("a printed paper's head", () => {
  const a = parse(
    "a.txt",
    "Truce holds on the line of contact",
    "THE ANNAPURNA EVENING GAZETTE",
    "Kathmandu, Monday, May 6, 1991 (Baisakh 23, 2048 B.S.)",
    "",
    "A ceasefire held overnight, officials in Yerevan said.",
    "",
    "ALSO ON THIS PAGE: Monsoon expected early",
    "Printed and published by Valley Press Ltd., Ring Road, Kathmandu.",
    "For subscription and advertisement enquiries: 2-21457, P.O. Box 2040.",
  );

  it("takes the masthead in capitals for the outlet, written as a name", () => {
    expect(a.meta.outlet).toBe("The Annapurna Evening Gazette");
  });

  it("reads the date with the same day in another calendar after it", () => {
    expect(a.meta.published).toBe("1991-05-06");
  });

  it("keeps the page's small print out of the text", () => {
    expect(texts(a).join(" ")).not.toMatch(/ALSO ON THIS PAGE|Printed and published|subscription and advertisement/);
  });

  it("reads a Hijri date after a dash the same way", () => {
    expect(
      parse("b.txt", "Riots toll put at 31", "THE GULF MORNING HERALD", "Sunday, March 6, 1988 - Rajab 18, 1408", "", "Tass said 31 people died.").meta
        .published,
    ).toBe("1988-03-06");
  });
});

describe("a section's caps line under the headline", () => {
  it("names no outlet", () => {
    expect(parse("c.txt", "Truce holds", "FOREIGN NEWS", "6 May 1991", "", "A ceasefire held overnight.").meta.outlet).toBeNull();
  });
});
