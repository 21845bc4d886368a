// Reported speech that runs on past its verb keeps its speaker; narrative and new voices do not.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function sidesBySentence(...paragraphs: string[]) {
  const knowledge = extractArticle(parseArticle({ file: "c.txt", text: ["Council meets", ...paragraphs].join("\n\n") }));
  return (start: string) => knowledge.claims.filter((c) => c.sentence.startsWith(start)).map((c) => c.side);
}

describe("reported speech that runs on", () => {
  const sides = sidesBySentence(
    "The representative of Azerbaijan said the district had been shelled for a week. Thousands of villagers had fled across the mountains. The town was founded in the 18th century.",
    "The representative of Armenia said his country had no troops there. A spokesman said the shelling would continue.",
  );

  it("keeps the speaker for a backshifted sentence in the same paragraph", () => {
    expect(sides("Thousands of villagers had fled")).toEqual(["azerbaijan"]);
  });

  it("does not carry the speaker into narrative", () => {
    expect(sides("The town was founded")).toEqual([]);
  });

  it("does not give a new, unresolved speaker the previous one's side", () => {
    expect(sides("A spokesman said the shelling")).toEqual([]);
  });
});
