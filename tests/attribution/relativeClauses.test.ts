import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a speech verb in a relative clause", () => {
  it("speaks for the actor right before ', who'", () => {
    expect(sidesOf("The visit by the French president has drawn sharp criticism from Azerbaijani officials, who accuse Paris of taking sides.")).toEqual([
      "azerbaijan",
    ]);
  });

  it("speaks for the body right before ', which'", () => {
    expect(sidesOf("The news came in a statement from Armenia's Foreign Ministry, which said the talks had been postponed.")).toEqual(["armenia"]);
  });
});

describe("who a pronoun or a participle points back to", () => {
  it("lets 'he' point back to 'a spokesman for the ministry', not to an older minister", () => {
    expect(
      sidesOf(
        "Russian Defence Minister Pavel Grachev told reporters the truce would hold.",
        "In Baku, a spokesman for the Azerbaijani Defence Ministry said the government wanted a halt to the fighting.",
        "He said Baku would accept foreign monitors only under an international mandate.",
      ),
    ).toEqual(["azerbaijan"]);
  });

  it("gives a participle after a comma the sentence's subject, not the object nearer to it", () => {
    expect(sidesOf("Armenia's ombudsman has sent the United Nations a report on the shelling of Goris, accusing Azerbaijan of targeting civilians.")).toEqual([
      "armenia",
    ]);
  });
});
