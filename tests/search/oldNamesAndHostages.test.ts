// Words a question uses that the report does not: the OSCE under its old name, the CSCE, and
// hostages reported as people taken prisoner.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { QUESTION_ALSO } from "../../src/core/search/synonyms.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const filler = [
  "Officials on both sides traded statements through the day while diplomats urged calm along the border.",
  "Markets in the capital opened as usual, and the border crossing kept its normal hours.",
  "The weather in the mountains turned cold, and snow closed two passes for a day.",
];

describe("the OSCE's old name", () => {
  it("meets the new one, spelled out or short", () => {
    expect(analyze("CSCE")).toEqual(analyze("OSCE"));
    expect(analyze("the Conference on Security and Cooperation in Europe")).toEqual(analyze("the OSCE"));
  });

  it("finds a 1993 report of the Conference's envoy for a question about the OSCE chairman", () => {
    const index = buildSearchIndex(
      corpusFixture({
        file: "envoy.txt",
        published: "1993-07-25",
        paragraphs: [
          "The chairman of the Minsk Group of the Conference on Security and Cooperation in Europe said the offensive gravely damaged the timetable.",
          "The town fell after three days of fighting, and its people fled east.",
          ...filler,
        ],
      }),
    );
    expect(searchPassages(index, "What did the OSCE chairman say when the town fell?").hits[0]?.record.passage.text).toContain("gravely damaged");
  });
});

describe("a question's hostages", () => {
  it("also read as prisoners, and keep their own word", () => {
    expect(QUESTION_ALSO.hostages).toEqual(["prisoners"]);
    expect(analyze("hostages")).not.toEqual(analyze("prisoners"));
  });

  it("find the report of people taken prisoner", () => {
    const index = buildSearchIndex(
      corpusFixture({
        file: "village.txt",
        published: "1992-02-20",
        paragraphs: [
          "A ministry spokesman said 118 people from the village, among them women, had been taken prisoner.",
          "The village was held by the attackers for two days after it fell.",
          ...filler,
        ],
      }),
    );
    // "hostages" is not in this corpus: it is still searched, as itself and as prisoners, not corrected away.
    expect(planQuery(index, "How many hostages were taken in the village?").terms.map((t) => t.term)).toEqual(
      expect.arrayContaining([analyze("hostages")[0], analyze("prisoners")[0]]),
    );
    expect(searchPassages(index, "How many hostages were taken in the village?").hits[0]?.record.passage.text).toContain("taken prisoner");
  });
});
