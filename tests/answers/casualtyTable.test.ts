import { beforeAll, describe, expect, it } from "vitest";
import { buildAnswerIndex, type AnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { casualties } from "../../src/core/answers/index.ts";
import { tollCorpus } from "./tollFixture.ts";

let index: AnswerIndex;
beforeAll(() => {
  index = buildAnswerIndex(tollCorpus());
});

const killed = (query?: string) => (casualties(index, query).table ?? []).map((r) => r.killed);

describe("the casualty table", () => {
  it("filters by place", () => {
    expect(killed("Beylagan").sort()).toEqual([12, 7]);
  });

  it("filters by year alone", () => {
    expect(killed("2016")).toEqual([9]);
  });

  it("filters by a named event's period", () => {
    expect(killed("the four-day war")).toEqual([9]);
  });

  it("filters by side: the claimant's or the victims' camp", () => {
    expect(killed("armenian")).toEqual([9]);
    expect(killed("azerbaijan 2020").sort()).toEqual([12, 7]);
  });

  it("shows a headline's figure only when no body sentence gives it", () => {
    const rows = casualties(index).table ?? [];
    expect(rows.filter((r) => r.killed === 12)).toHaveLength(1);
    expect(rows.find((r) => r.killed === 12)?.wounded).toBe(31);
  });

  it("says which figure came first and how a toll was updated", () => {
    const rows = casualties(index, "Beylagan").table ?? [];
    expect(rows.find((r) => r.killed === 7)?.change).toBe("first");
    expect(rows.find((r) => r.killed === 12)?.change).toBe("updated (7 → 12)");
  });

  it("marks a figure disputed only when another side contests it", () => {
    const rows = casualties(index).table ?? [];
    expect(rows.find((r) => r.killed === 7)?.disputed).toBe(true);
    expect(rows.find((r) => r.killed === 9)?.disputed).toBe(false);
  });

  it("is a table, not a bullet list of sentences", () => {
    const answer = casualties(index);
    expect(answer.lines).toEqual([]);
    expect(answer.text).toMatch(/claimed by\s+\| whose losses\s+\| killed\s+\| wounded/);
  });
});
