import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

const sorted = (sides: string[]) => [...sides].sort();

describe("'the two leaders' and 'each … the other' speak for the pair the text just named", () => {
  it("gives 'the two foreign ministries' the two states whose ministers the sentence before named", () => {
    expect(
      sorted(
        sidesOf(
          "The foreign ministers of Armenia and Azerbaijan met for a second day of talks in Geneva.",
          "Afterwards the two foreign ministries said progress had been made on the border text.",
        ),
      ),
    ).toEqual(["armenia", "azerbaijan"]);
  });

  it("gives 'the two presidents' the pair the story named, not the usual pair", () => {
    expect(
      sorted(sidesOf("Vladimir Putin received Recep Tayyip Erdogan in Sochi on Friday.", "The two presidents said they had discussed the ceasefire.")),
    ).toEqual(["russia", "turkey"]);
  });

  it("takes the two belligerents when a mediator hosted them", () => {
    expect(
      sorted(
        sidesOf(
          "Charles Michel hosted Ilham Aliyev and Nikol Pashinyan in Brussels.",
          "The two leaders said they would ask their foreign ministers to draft a treaty.",
        ),
      ),
    ).toEqual(["armenia", "azerbaijan"]);
  });

  it("leaves 'the two leaders' unclear when the text named no pair", () => {
    expect(sidesOf("Snow closed the mountain road on Sunday.", "The two leaders said they would meet again in spring.")).toEqual(["unclear"]);
  });

  it("reads 'each accused the other' after a sentence that named the pair without letting them speak", () => {
    expect(
      sorted(sidesOf("Delegations from Baku and Yerevan sat down in Moscow on Thursday.", "Each accused the other of breaking the truce overnight.")),
    ).toEqual(["armenia", "azerbaijan"]);
  });

  it("gives 'the sides' the pair the text just named, and no side without one", () => {
    expect(
      sorted(
        sidesOf(
          "Armenia and Azerbaijan agreed on Friday to start marking the border near two villages.",
          "The sides said the commissions would meet again in May.",
        ),
      ),
    ).toEqual(["armenia", "azerbaijan"]);
    expect(sidesOf("Snow closed the pass on Sunday.", "The sides said the commissions would meet again in May.")).toEqual(["unclear"]);
  });

  it("reads 'the UN refugee agency' as the UN's agency", () => {
    expect(sidesOf("The UN refugee agency said it was sending tents to Goris.")).toEqual(["united-nations"]);
  });

  it("reads two states 'trading accusations' in a clause opened by 'with'", () => {
    expect(
      sorted(sidesOf("Shelling resumed along the northern front on Monday, with Armenia and Azerbaijan trading accusations over who fired first.")),
    ).toEqual(["armenia", "azerbaijan"]);
  });
});

describe("an office's remit is no speaker's name", () => {
  it("gives 'Georgia's Minister for Foreign Affairs, NAME,' the minister's state, not the last speaker's", () => {
    expect(
      sidesOf(
        "Armenia's Minister for Foreign Affairs, Ararat Mirzoyan, told the council that the road had been closed for months.",
        "Azerbaijan's Minister for Foreign Affairs, Jeyhun Bayramov, said the road had never been closed.",
      ),
    ).toEqual(["azerbaijan"]);
  });

  it("reads a remit of several words joined by 'and'", () => {
    expect(
      sidesOf(
        "Armenia's Minister for Foreign Affairs, Ararat Mirzoyan, told the council that the road had been closed for months.",
        "France's Minister for Europe and Foreign Affairs, Catherine Colonna, said nobody believed the operation was improvised.",
      ),
    ).toEqual(["france"]);
  });

  it("still reads a name after 'for' followed by its description as the person spoken for", () => {
    expect(sidesOf("A spokesperson for Federica Mogherini, the EU's foreign policy chief, said Brussels was concerned.")).toEqual(["european-union"]);
  });
});
