// "The first days of the 2020 war", "the last week of the blockade": a phase of the question's
// period narrows it, and its words are time, not topic a passage must hold to answer.
import { describe, expect, it } from "vitest";
import { periodPhase } from "../../src/core/search/periodPhase.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const war = { text: "2020 war", start: "2020-09-27", end: "2020-11-10", precision: "range" } as const;

describe("a phase names a part of the question's period", () => {
  it("reads 'the first days of' as the period's first week", () => {
    expect(periodPhase("shelling in the first days of the 2020 war", war)?.date).toMatchObject({ start: "2020-09-27", end: "2020-10-03" });
  });

  it("reads 'the opening hours of' as the first day and the day after, when it is reported", () => {
    expect(periodPhase("who fired first in the opening hours of the 2020 war", war)?.date).toMatchObject({ start: "2020-09-27", end: "2020-09-28" });
  });

  it("reads 'the final week of' from the period's end", () => {
    expect(periodPhase("what did moscow say in the final week of the 2020 war", war)?.date).toMatchObject({ start: "2020-11-04", end: "2020-11-10" });
  });

  it("gives the words it takes out, without the 'of' the date may begin with", () => {
    expect(periodPhase("losses during the first few days of the 2020 war", war)?.text).toBe("during the first few days");
  });

  it("leaves a question with no phase, and a day, alone", () => {
    expect(periodPhase("what was the first reaction of moscow", war)).toBeNull();
    expect(periodPhase("the first hours of 27 September 2020", { ...war, precision: "day", end: war.start })).toBeNull();
  });
});

describe("a passage of the phase's days answers without saying 'first days'", () => {
  const index = buildSearchIndex(
    corpusFixture(
      {
        file: "report.txt",
        published: "2020-10-01",
        paragraphs: [
          "The human rights defender of the region recorded eleven civilians killed and more than sixty wounded by 30 September 2020.",
          "Schools in the capital stayed closed while shelters filled with families.",
        ],
      },
      {
        file: "later.txt",
        published: "2020-11-20",
        paragraphs: ["Reconstruction plans for the damaged schools were presented to donors in the capital."],
      },
    ),
  );

  it("finds the defender's count for 'civilian casualties in the first days of the 2020 war according to the rights defender'", () => {
    const result = searchPassages(index, "civilian casualties in the first days of the 2020 war according to the rights defender");
    expect(result.weak).toBe(false);
    expect(result.query.date).toMatchObject({ start: "2020-09-27", end: "2020-10-03" });
    expect(result.hits[0]?.record.passage.text).toContain("eleven civilians killed");
  });
});
