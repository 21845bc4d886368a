// Forms of book reviews and court reports met after the last set's (blind52) first contact, on
// sentences written for them: a pronoun inside a sentence that opens with an author's name, "what
// it called" after the state that went to court, and "it" after a court that acted.
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

  it("reads 'It rejected …' after 'The court … ordered Armenia' as no claim of Armenia's", () => {
    const [, , rejected] = readSentences(
      "Azerbaijan asked the International Court of Justice to order Armenia to stop.",
      "Update, 3 March 2023: The court, by 14 votes to one, ordered Armenia to take all measures at its disposal.",
      "It unanimously rejected Armenia's request on the road.",
    );
    expect(rejected?.sides).not.toContain("armenia");
  });
});
