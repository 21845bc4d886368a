// Forms of book reviews and court reports met after the last set's (blind52) first contact, on
// sentences written for them: a pronoun inside a sentence that opens with an author's name, and
// "what it called" after the state that went to court.
import { describe, expect, it } from "vitest";
import { readSentences } from "./readSides.ts";

describe("a pronoun in a sentence that opens with a person's name", () => {
  it("gives 'Van Dijk is blunt about Agdam, where, he notes, …' to the author, not to the minister quoted before", () => {
    const [, review] = readSentences(
      "Robert Kocharyan, then Karabakh's leader, told him in 1999 that the town had been a base for artillery.",
      "Van Dijk is blunt about Agdam, where, he notes, the looting went on for months.",
    );
    expect(review?.sides).toEqual(["unclear"]);
  });

  it("reads a time or a rank with a shared surname as no opening name", () => {
    const [, time] = readSentences("Karabakh's army spokesman said 30 soldiers had been killed.", "By Monday the count had risen to 45, he said.");
    expect(time?.sides).toEqual(["nagorno-karabakh"]);
    const [, rank] = readSentences(
      "Serzh Sargsyan, Armenia's president, said the talks would go on.",
      "Colonel Sargsyan had briefed journalists in Stepanakert, where he said the road was shelled.",
    );
    expect(rank?.sides).not.toContain("armenia");
  });

  it("keeps a one-word opening that is no name out of it", () => {
    expect(readSentences("The representative of France spoke next.", "Aid must reach all those who have fled, she said.")[1]?.sides).toEqual(["france"]);
  });
});

describe("a state that went to court, and the court", () => {
  it("gives 'Azerbaijan asked the Court to order Armenia to end what it called the mining' to Azerbaijan", () => {
    expect(
      readSentences("Azerbaijan asked the International Court of Justice to order Armenia to end what it called the mining of its land.")[0]?.sides,
    ).toEqual(["azerbaijan"]);
  });
});
