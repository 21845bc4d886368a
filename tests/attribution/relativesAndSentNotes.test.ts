import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a relative clause after a body the text names by its title", () => {
  it("speaks for the prosecution the court's city places", () => {
    expect(
      sidesOf(
        "A military court in Baku on Monday jailed a Karabakh man for 12 years.",
        "The term matched the one sought by the prosecution, which had told the court that the law barred a longer sentence.",
      ),
    ).toEqual(["azerbaijan"]);
  });
});

describe("a note handed over", () => {
  it("says what its sender says, not the envoy it was handed to", () => {
    expect(
      sidesOf(
        "Hungary's foreign ministry summoned Azerbaijan's ambassador, Rauf Mammadli, and handed him a protest note stating that Budapest condemned the release.",
      ),
    ).toEqual(["other"]);
  });

  it("speaks later for the ministry that handed it", () => {
    expect(
      sidesOf(
        "Hungary's foreign ministry handed the ambassador a formal note on Sunday.",
        "The note said Baku had promised in writing that the officer would serve 25 years.",
      ),
    ).toEqual(["other"]);
  });

  it("is nobody's when no sender was named", () => {
    expect(sidesOf("Armenia's foreign ministry said the talks were off.", "The note said Baku had promised the officer would serve 25 years.")).toEqual([]);
  });
});
