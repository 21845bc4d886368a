import { describe, expect, it } from "vitest";
import { parseQueryDate } from "../../src/core/dates/queryDates.ts";

describe("parseQueryDate", () => {
  it("reads 'in December 2020' as a month", () => {
    expect(parseQueryDate("casualties in December 2020")).toEqual({
      text: "in December 2020",
      start: "2020-12-01",
      end: "2020-12-31",
      precision: "month",
    });
  });
  it("reads 'on 26 November 2020' as a day", () => {
    expect(parseQueryDate("what happened on 26 November 2020?")).toEqual({
      text: "on 26 November 2020",
      start: "2020-11-26",
      end: "2020-11-26",
      precision: "day",
    });
  });
  it("reads 'in 2016' and a bare year as a year", () => {
    expect(parseQueryDate("fighting in 2016")).toEqual({ text: "in 2016", start: "2016-01-01", end: "2016-12-31", precision: "year" });
    expect(parseQueryDate("Talysh 2016")?.precision).toBe("year");
  });
  it("reads 'March 2021' with no preposition as a month", () => {
    expect(parseQueryDate("March 2021 clashes")?.start).toBe("2021-03-01");
  });
  it("reads a month range with a year", () => {
    expect(parseQueryDate("deaths September-November 2020")).toMatchObject({ start: "2020-09-01", end: "2020-11-30", precision: "range" });
  });
  it("gives null for relative wording it cannot anchor", () => {
    expect(parseQueryDate("what happened last week")).toBeNull();
    expect(parseQueryDate("clashes on Saturday")).toBeNull();
  });
  it("gives null for decades and durations", () => {
    expect(parseQueryDate("the war of the 1990s")).toBeNull();
    expect(parseQueryDate("six weeks of war")).toBeNull();
  });
});
