// "Did Yerevan admit its army took part?" is a yes-or-no question about owning up: the report
// that answers it may say the government denied it as well as that it confirmed it.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { QUESTION_ALSO } from "../../src/core/search/synonyms.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const filler = [
  "Officials on both sides traded statements through the day while diplomats urged calm along the border.",
  "Markets in the capital opened as usual, and the border crossing kept its normal hours.",
  "The weather in the mountains turned cold, and snow closed two passes for a day.",
];

describe("a question about owning up", () => {
  const index = buildSearchIndex(
    corpusFixture({
      file: "pass.txt",
      published: "1993-04-06",
      paragraphs: [
        "Villagers fled over the mountain pass as the district fell to the attacking forces.",
        "In the capital, the government denied that its troops were involved in the offensive on the district.",
        "The army of the neighbouring state took up new positions in the valley.",
        ...filler,
      ],
    }),
  );
  const QUESTION = "Did the government admit its troops took part in the offensive?";

  it("also reads 'admit' as a denial and as a confirmation, in the word's own slot", () => {
    expect(QUESTION_ALSO.admit).toEqual(["confirmed", "denied"]);
    const query = planQuery(index, QUESTION);
    const denied = analyze("denied")[0];
    const slotOf = (term: string | undefined) => query.slots[query.terms.findIndex((t) => t.term === term)];
    expect(slotOf(denied)).toBe(slotOf(analyze("admit")[0]));
  });

  it("finds the denial", () => {
    expect(searchPassages(index, QUESTION).hits[0]?.record.passage.text).toContain("denied that its troops were involved");
  });
});
