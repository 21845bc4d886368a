// Who speaks when the sentence's shape hides it: a name after a fronted time and before an
// apposition, the one told rather than the teller, a pair's joint voice and one of its names later,
// a subject that names nobody. Sentences of our own.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a name after a fronted time, told or telling", () => {
  it("gives 'X, adviser to the president, told diplomats that' to X, not to the diplomats", () => {
    expect(
      sidesOf("On Monday, Hikmet Hajiyev, foreign policy adviser to President Aliyev, told foreign diplomats in Baku that the convoy had been let through."),
    ).toEqual(["azerbaijan"]);
  });
  it("reads a name right after a fronted time as the subject, not as an apposition", () => {
    expect(sidesOf("In March, Ararat Mirzoyan, the foreign minister, said that the talks would resume.")).toEqual(["armenia"]);
  });
});

describe("a pair's joint voice and one of its names later", () => {
  it("gives the one named later his own side, not the pair's", () => {
    const [joint, later] = readSentences(
      "In a joint statement, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan said they would meet again.",
      "A week later Pashinyan said he was ready to sign a peace treaty.",
    );
    expect(joint?.sides).toEqual(["azerbaijan", "armenia"]);
    expect(later?.sides).toEqual(["armenia"]);
  });
});

describe("a subject that names nobody", () => {
  it.each(["Neither Aliyev nor Pashinyan spoke to the press after the talks.", "No one in Yerevan commented on the report on Sunday."])(
    "reads '%s' as no claim",
    (sentence) => {
      expect(sidesOf(sentence)).toEqual([]);
    },
  );
  it("still reads 'neither' inside what was said as the speaker's claim", () => {
    expect(sidesOf("Aliyev said that neither side would give ground.")).toEqual(["azerbaijan"]);
  });
});
