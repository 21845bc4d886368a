import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { lineJudge } from "../../src/core/ingest/lineJudge.ts";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";

// Lines written for this test: furniture, metadata and news.
const LINES = [
  "Share this story on Telegram",
  "© 2021 Lowland Courier. All rights reserved.",
  "Published 14 March 2021",
  "By Anna Vardanyan",
  "The ministry said two soldiers were wounded near the village overnight.",
  "",
];

describe("an article's line judge", () => {
  it("judges furniture as isBoilerplate does, first time and every time after", () => {
    const judge = lineJudge();
    for (const round of [1, 2]) {
      for (const line of LINES) expect(judge.isBoilerplate(line), `${line} (round ${round})`).toBe(isBoilerplate(line));
    }
  });

  it("reads metadata as readMetadataLine does, and gives the same reading when asked again", () => {
    const judge = lineJudge();
    for (const line of LINES) expect(judge.readMetadataLine(line)).toEqual(readMetadataLine(line));
    expect(judge.readMetadataLine("Published 14 March 2021")).toBe(judge.readMetadataLine("Published 14 March 2021"));
    expect(judge.readMetadataLine("Published 14 March 2021")?.date?.iso).toBe("2021-03-14");
  });

  it("remembers no-metadata answers too", () => {
    const judge = lineJudge();
    const news = "The ministry said two soldiers were wounded near the village overnight.";
    expect(judge.readMetadataLine(news)).toBeNull();
    expect(judge.readMetadataLine(news)).toBeNull();
  });
});
