import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a spokesman voicing his leader's stance", () => {
  it("speaks for the leader whose concern his quotation opens with", () => {
    expect(sidesOf('"President Macron is deeply concerned by the verdict," Élysée spokeswoman Marie Durand said in a statement.')).toEqual(["france"]);
  });

  it("speaks for the leader whose welcome the reported clause opens with", () => {
    expect(sidesOf("Security Council spokesman Tom Hale said that President Obama welcomed the prisoner exchange.")).toEqual(["united-states"]);
  });

  it("is not placed by a leader the words only speak of", () => {
    expect(sidesOf('"President Obama has armed Azerbaijan for years," spokesman Tom Hale said.')).not.toEqual(["united-states"]);
  });
});

describe("one of the mediating states, described as such", () => {
  it("speaks for itself as 'one of the three co-chairs'", () => {
    expect(sidesOf("Russia, one of the three co-chairs of the Minsk Group, said the release had caused deep concern.")).toEqual(["russia"]);
  });

  it("speaks for itself as 'another co-chair country'", () => {
    expect(sidesOf("France, another co-chair country, warned that the decision risked damaging the talks.")).toEqual(["france"]);
  });

  it("leaves the listed states speaking as the mediating body", () => {
    expect(sidesOf("France, the US and Russia, the co-chairs of the Minsk Group, called for restraint.")).toEqual(["osce-minsk-group"]);
  });
});

describe("a closing report followed by when it was made", () => {
  it("gives the sentence to the office that closes it, past a long phrase of the occasion", () => {
    expect(
      sidesOf(
        "Armenia's prime minister agreed to resume the border talks, the Kremlin press service said after a telephone conversation between the two leaders.",
      ),
    ).toEqual(["russia"]);
  });

  it("still leaves a closing clause that adds a report of its own to the sentence's subject", () => {
    expect(sidesOf("Armenia's prime minister agreed to resume the border talks, the Kremlin said, adding that a date would be set later.")).toEqual(["russia"]);
  });
});
