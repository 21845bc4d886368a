// A live blog printed newest first is read in the order its entries were written.
import { describe, expect, it } from "vitest";
import { inWrittenOrder, runsNewestFirst, stampMinutes } from "../../src/core/ingest/liveBlogOrder.ts";
import { extractLines } from "../attribution/readSides.ts";

describe("the order of a live blog's time stamps", () => {
  it("reads a time of day, with the day of the month where the stamp gives one", () => {
    expect(stampMinutes("17:10")).toBe(17 * 60 + 10);
    expect(stampMinutes("13 Nov, 10.02 GMT")).toBe(13 * 24 * 60 + 10 * 60 + 2);
    expect(stampMinutes("Updated")).toBeNull();
  });

  it("runs newest first when every stamp is no later than the one above it", () => {
    expect(runsNewestFirst(["17:10", "16:35", "16:35", "10:02"])).toBe(true);
    expect(runsNewestFirst(["10:02", "10:30", "17:10"])).toBe(false);
    expect(runsNewestFirst(["17:10", "10:02", "12:00"])).toBe(false);
    expect(runsNewestFirst(["17:10"])).toBe(false);
  });

  it("puts the page's head first, then its entries oldest first with their paragraphs in order", () => {
    const passages = ["title", "e3", "e3b", "e2", "e1", "e1b"].map((id) => ({ id }));
    expect(inWrittenOrder(passages, ["e3", "e2", "e1"]).map((p) => p.id)).toEqual(["title", "e1", "e1b", "e2", "e3", "e3b"]);
  });
});

describe("a live blog from a trial, printed newest first", () => {
  const { article, claims } = extractLines(
    "LIVE: Closing statements at the military court",
    "Updated 12 March 2024",
    "",
    "15:40",
    "",
    "The prosecution rested its case.",
    "",
    "11:05",
    "",
    "First speaker. Elnur Karimli, an assistant to the prosecutor general, opened the closing statements. He said the defendants had organised the attacks on the villages.",
    "",
    "10:00",
    "",
    "The session opened at the Baku Military Court with all five defendants present.",
  );

  it("is known to run newest first", () => {
    expect(article.meta.genre).toBe("live-blog");
    expect(article.structure.newestFirst).toBe(true);
  });

  it("reads the court named in the first entry before the prosecutor who speaks in a later one", () => {
    expect(claims.find((c) => c.sentence.startsWith("He said the defendants"))?.side).toBe("azerbaijan");
  });
});
