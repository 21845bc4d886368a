// Classes met on first contact with opinion pages and debates (blind120, issue 7): a ruling party by
// its own name, an official placed by the body he works in, a panellist's past service, a minister who
// co-chairs a commission. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const claimsOf = (text: string) =>
  extractArticle(parseArticle({ file: "column.txt", text: `The week in argument\nOpinion Desk\n10 September 2012\n\n${text}` })).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, fragment: string) => claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

describe("a party the text says is in power, named by its own capitalised name", () => {
  const claims = claimsOf(
    'Ali Hasanov, a secretary of the ruling New Azerbaijan Party, called the release "a victory of justice".\n\nThe opposition Azerbaijan Popular Front Party said the celebrations shamed the country.',
  );
  it("speaks for the state its name names, and an opposition party for no side", () => {
    expect(sideOf(claims, "a victory of justice")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "shamed the country")).toEqual(["other"]);
  });
});

describe("a person placed by the body he works in, now or once", () => {
  const claims = claimsOf(
    "Rafael Mammadov, who works in Azerbaijan's presidential administration, said the transfer had followed the convention.\n\nAnna Petrosyan, who works at a bakery in Yerevan, said the bread ran out by noon.\n\nPekka Rautio, a retired colonel who served on OSCE missions in the 1990s, said both armies inflate the enemy's losses.",
  );
  it("gives an official the state that owns the body he works in", () => {
    expect(sideOf(claims, "had followed the convention")).toEqual(["azerbaijan"]);
  });
  it("gives no state to a baker in its capital, nor a mediator's side to a retired monitor", () => {
    expect(sideOf(claims, "the bread ran out")).not.toContain("armenia");
    expect(sideOf(claims, "inflate the enemy's losses")).not.toContain("osce-minsk-group");
  });
});

describe("a minister who co-chairs a commission", () => {
  const claims = claimsOf(
    "Dmitry Rogozin, who oversees Russia's defence industry and co-chairs the Russian-Azerbaijani intergovernmental commission, said the contracts would be honoured.",
  );
  it("speaks for his state, not for the mediators whose title the verb shares", () => {
    expect(sideOf(claims, "the contracts would be honoured")).toEqual(["russia"]);
  });
});

describe("a roundup of other papers' leaders", () => {
  const claims = claimsOf(
    'The Harbour Gazette\'s leader writers found the return to war "deeply dismaying", noting that the call for a truce had been ignored. "War is its own disease," the paper observed.\n\nThe problems of the region are not Europe\'s alone to solve, the editors wrote.',
  );
  it("gives a paper's leader writers, the paper and its editors to no side", () => {
    expect(sideOf(claims, "deeply dismaying")).toEqual(["other"]);
    expect(sideOf(claims, "War is its own disease")).toEqual(["other"]);
    expect(sideOf(claims, "not Europe's alone to solve")).toEqual(["other"]);
  });
});

describe("an official placed by an office of no state in his own clause, right after a state's sentence", () => {
  it("is that state's; after a sentence naming another party's state too, no one's", () => {
    const placed = claimsOf(
      "Baku's defence arrived quickly and in good legal order. Fuad Alasgarov, who handles law-enforcement matters in the presidential administration, said both states had complied with the convention.",
    );
    expect(sideOf(placed, "had complied with the convention")).toEqual(["azerbaijan"]);
    const open = claimsOf(
      "Russia's envoy, Vladimir Kazimirov, was received in Baku on 7 January. Ramiz Mehdiyev, who heads the presidential administration, said the envoy had brought no new proposal.",
    );
    expect(sideOf(open, "had brought no new proposal")).not.toContain("russia");
  });
});

describe("a review's film-maker, after officials spoke", () => {
  it("is not a post of the ministry that spoke just before", () => {
    const claims = claimsOf("Armenia's foreign ministry condemned the strike.\n\nThe director Anna Vardanyan said she made the film for her grandmother.");
    expect(sideOf(claims, "she made the film")).not.toContain("armenia");
  });
  it("is never the man the text has called 'he', when it says 'she'", () => {
    const claims = claimsOf(
      "In April Prime Minister Nikol Pashinyan told parliament that the dead numbered about 4,000. Of those, he said, 3,621 had been identified.\n\nThe jury praised the film. The work was nearly finished, she explained, when the exodus began.",
    );
    expect(sideOf(claims, "3,621 had been identified")).toEqual(["armenia"]);
    expect(sideOf(claims, "she explained")).not.toContain("armenia");
  });
});
