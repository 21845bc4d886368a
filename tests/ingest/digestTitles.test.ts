// A digest of several items has no title of its own, unless its first heading names the edition.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

const meta = (...lines: string[]) => parseArticle({ file: "d.txt", text: lines.join("\n") }).meta;

describe("a press digest whose first heading names the edition", () => {
  const m = meta(
    "CASPIAN PRESS MONITOR",
    "",
    "DAILY DIGEST",
    "",
    "What the papers say: Tuesday, 5 April 2016",
    "Compiled by the desk | 08:10 GMT",
    "",
    "The fighting dominates the front pages in all three capitals this morning.",
    "",
    "BAKU",
    "",
    "The government daily says the army has taken two hills near the line of contact.",
    "",
    "YEREVAN",
    "",
    "The opposition paper says the losses were higher than the ministry admits.",
  );

  it("keeps that heading as the title and its date as the published day", () => {
    expect(m.title).toBe("What the papers say: Tuesday, 5 April 2016");
    expect(m.published).toBe("2016-04-05");
  });
});
