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

describe("a season before its year is a part of the period, not a word to search", () => {
  const year = (y: number) => ({ text: String(y), start: `${y}-01-01`, end: `${y}-12-31`, precision: "year" }) as const;

  it("reads 'in winter 2023' as the December before to the end of February, and takes 'in winter' out", () => {
    const phase = periodPhase("who cut the gas to the region in winter 2023", year(2023));
    expect(phase?.text).toBe("in winter");
    expect(phase?.date).toMatchObject({ start: "2022-12-01", end: "2023-02-28" });
  });

  it("reads 'during the summer of 2014' and 'autumn 2020' as their months", () => {
    expect(periodPhase("deaths during the summer of 2014", year(2014))?.date).toMatchObject({ start: "2014-06-01", end: "2014-08-31" });
    expect(periodPhase("the autumn 2020 fighting", year(2020))?.date).toMatchObject({ start: "2020-09-01", end: "2020-11-30" });
  });

  it("keeps a named event's days within the season, and leaves 'the fall of a town' alone", () => {
    expect(periodPhase("the autumn 2020 fighting", war)?.date).toMatchObject({ start: "2020-09-27", end: "2020-11-10" });
    expect(periodPhase("after the fall of the town in 1992", year(1992))).toBeNull();
  });
});

describe("a question naming its season finds a report that does not say the season", () => {
  const index = buildSearchIndex(
    corpusFixture({
      file: "gas.txt",
      published: "2023-01-20",
      paragraphs: [
        "The gas pipeline to the mountain region was cut on 13 January, and the local gas company said homes were living on what was left in the pipes.",
        "Schools in the capital stayed closed for a week.",
      ],
    }),
  );

  it("is answered by the report of January, not found too weak to trust", () => {
    const result = searchPassages(index, "Who cut the gas in winter 2023?");
    expect(result.weak).toBe(false);
    expect(result.hits[0]?.record.passage.text).toContain("pipeline to the mountain region was cut");
  });
});
