import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { stem } from "../../src/core/search/stem.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

describe("irregular past forms", () => {
  it("meet their base verb: sent and send, fled and fleeing, shot and shooting, fought and fight", () => {
    expect(stem("sent")).toBe(stem("send"));
    expect(stem("fled")).toBe(stem("fleeing"));
    expect(stem("shot")).toBe(stem("shooting"));
    expect(stem("fought")).toBe(stem("fight"));
    expect(stem("withdrew")).toBe(stem("withdrawal"));
  });

  it("leave homographs whose noun reading wins apart: a wound is no winding, lost ground no losing", () => {
    expect(stem("wound")).not.toBe(stem("wind"));
    expect(stem("ground")).not.toBe(stem("grind"));
    expect(analyze("lost")).not.toEqual(analyze("killed"));
  });

  it("lets 'when did anyone send observers' find the passage saying observers were sent", () => {
    const index = buildSearchIndex(
      corpusFixture(
        {
          file: "observers.txt",
          published: "2011-05-03",
          paragraphs: ["The co-chairs sent two observers to the line of contact in May.", "Farmers near the line complained about dry fields."],
        },
        { file: "grain.txt", published: "2011-05-04", paragraphs: ["Observers of the grain market and weather observers near the line expect a dry May."] },
      ),
    );
    expect(searchPassages(index, "when did anyone send observers to the line").hits[0]?.record.passage.text).toContain("sent two observers");
  });
});
