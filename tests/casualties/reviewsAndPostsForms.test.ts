// Forms met on first contact with reviews, culture pages and social or forum posts: a toll whose wounded come after
// "while", deaths named by where they fell, a count joined to an uncounted object of the verb, one dead identified by
// nation, victims described by a relative clause, the dead named again after a report that went on to its wounded, a
// toll named as a side's "military dead", reports of a nation's media, and a post's words quoted whole. Sentences of
// our own.
import { describe, expect, it } from "vitest";
import { extractCasualties, type CasualtyContext } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

type Claimant = Parameters<typeof ctx>[0];
const read = (sentence: string, claimant: Claimant = "unattributed", more: Partial<CasualtyContext> = {}) =>
  extractCasualties(sentence, { ...ctx(claimant), ...more }).map((d) => [d.claimedBy ?? claimant, d.affected, d.killed, d.wounded]);

describe("a toll and its wounded", () => {
  it("reads the wounded given after 'while' as the same toll, past the civilians among the dead", () => {
    expect(
      read("Azerbaijan's defence ministry said 95 people had been killed, four of them civilians, while 180 soldiers had been wounded.", "azerbaijan"),
    ).toEqual([
      ["azerbaijan", "azerbaijan", 95, 180],
      ["azerbaijan", "azerbaijan", 4, null],
    ]);
    expect(read("The ministry said 12 of its soldiers had been killed, while 30 had been wounded.", "armenia")).toEqual([["armenia", "armenia", 12, 30]]);
  });
  it("keeps apart the wounded of another side given after 'while'", () => {
    expect(read("Baku said 12 of its soldiers had been killed, while 30 Armenian soldiers had been wounded.", "azerbaijan")).toEqual([
      ["azerbaijan", "azerbaijan", 12, null],
      ["azerbaijan", "armenia", null, 30],
    ]);
  });
});

describe("deaths named by where they fell", () => {
  it("reads 'around 90 combat deaths among its own troops' as the speaker's dead", () => {
    expect(read("Armenia's defence ministry later acknowledged around 90 combat deaths among its own troops.", "armenia")).toEqual([
      ["armenia", "armenia", 90, null],
    ]);
    expect(read("The ministry reported 40 battlefield deaths.", "azerbaijan")).toEqual([["azerbaijan", "azerbaijan", 40, null]]);
  });
});

describe("a count joined to an uncounted object of the verb", () => {
  it("reads 'killed senior enemy commanders and 40 Azerbaijani soldiers' as 40 killed", () => {
    expect(read("Yerevan said in turn that it had killed senior Azerbaijani commanders and 40 Azerbaijani soldiers, which Baku denied.", "armenia")).toEqual([
      ["armenia", "azerbaijan", 40, null],
    ]);
  });
  it("leaves a count with a clause of its own, or after a passive, to its own predicate", () => {
    expect(read("The drone killed the commanders and 30 soldiers were wounded.")).toEqual([["unattributed", "unspecified", null, 30]]);
    expect(read("Nine civilians were killed there and 34 injured, the ministry said.", "azerbaijan")).toEqual([["azerbaijan", "azerbaijan", 9, 34]]);
    expect(read("Ten families were wiped out, 20 children lost both parents and 110 children lost one parent.")).toEqual([]);
  });
});

describe("one dead identified by nation", () => {
  it("reads 'identified the dead Armenian as a sergeant' as one dead of that nation", () => {
    expect(read("The news agency Armenpress identified the dead Armenian as a sergeant.", "armenia")).toEqual([["armenia", "armenia", 1, null]]);
  });
  it("still leaves 'the dead soldier' alone, one counted before", () => {
    expect(read("The news agency identified the dead soldier as a sergeant.", "armenia")).toEqual([]);
  });
});

describe("victims described by a relative clause", () => {
  it("reads 'at least 150 people who had gone there for bread were killed'", () => {
    expect(read("A warehouse outside the town exploded, and at least 150 people who had gone there for bread were killed.")).toEqual([
      ["unattributed", "unspecified", 150, null],
    ]);
    expect(read("Three soldiers who were guarding the post were wounded.", "armenia")).toEqual([["armenia", "armenia", null, 3]]);
  });
});

describe("the dead named again", () => {
  it("reads 'named the dead as A and B' after a report that went on to its wounded as no new figure", () => {
    const earlier = { earlier: { outcome: "wounded" as const, affected: "azerbaijan" as const } };
    expect(read("The press service has named the dead as Elvin Mammadov and Rashad Aliyev.", "azerbaijan", earlier)).toEqual([]);
  });
});

describe("tolls and reports named by whose dead they count", () => {
  it("reads 'the number of Armenian military dead it has announced since Friday to 9'", () => {
    expect(read("That brings the number of Armenian military dead it has announced since Friday to 9.", "armenia")).toEqual([["armenia", "armenia", 9, null]]);
  });
  it("gives 'Azerbaijani media reports of more than twenty Armenian dead' to Azerbaijan, whoever calls them false", () => {
    expect(read("The ministry said Azerbaijani media reports of more than twenty Armenian dead were false.", "armenia")).toEqual([
      ["azerbaijan", "armenia", 20, null],
    ]);
  });
});

describe("a post's words quoted whole", () => {
  it("gives '\"Azerbaijan admits 95 soldiers dead\"' to the state that speaks in it", () => {
    expect(read('"Azerbaijan admits 95 soldiers dead"')).toEqual([["azerbaijan", "azerbaijan", 95, null]]);
    expect(read('"Stepanakert says 150 dead in one day"', "unattributed", { headline: true })).toEqual([["nagorno-karabakh", "nagorno-karabakh", 150, null]]);
  });
  it("leaves a quote a user is said to have written to that user", () => {
    expect(read('"Azerbaijan admits 95 soldiers dead," a user wrote.')).not.toContainEqual(["azerbaijan", "azerbaijan", 95, null]);
  });
});
