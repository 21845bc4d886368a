// Notes to the reader about the page itself never reach the index.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

describe("a newsletter's and a report's notes to the reader", () => {
  const passages = parseArticle({
    file: "n.txt",
    text: [
      "Pipeline flows steady",
      "",
      "By Staff, 7 October 2020",
      "",
      "Crude kept moving through the pipeline on Wednesday, the operator said.",
      "",
      "Distributed under licence. Not for redistribution without permission.",
      "",
      "Next issue: gas storage levels and the winter outlook.",
      "",
      "Rapporteur: Dr. Ana Weiss (University of Basel)",
      "",
      "-- Additional reporting by Caspian Desk staff",
      "",
      "You are receiving this briefing because you subscribe to Kura Markets Weekly.",
    ].join("\n"),
  }).passages.map((p) => p.text);

  it("keeps the news and drops every note", () => {
    expect(passages).toEqual(["Pipeline flows steady", "Crude kept moving through the pipeline on Wednesday, the operator said."]);
  });
});
