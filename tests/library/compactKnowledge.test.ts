import { describe, expect, it } from "vitest";
import { compactKnowledge, expandKnowledge } from "../../src/adapters/library/compactKnowledge.ts";
import { knowledgeSchema } from "../../src/adapters/library/savedIndexSchema.ts";
import { extractCorpus } from "../../src/adapters/library/extractor.ts";
import { conflictCorpus } from "../answers/conflictFixture.ts";
import { ARTICLES } from "./articles.ts";

describe("the saved knowledge's compact form", () => {
  it("restores exactly the knowledge it was made from", () => {
    const extracted = extractCorpus(Object.entries(ARTICLES).map(([file, text]) => ({ file, text }))).knowledge;
    for (const knowledge of [conflictCorpus(), extracted]) {
      const restored = expandKnowledge(JSON.parse(JSON.stringify(compactKnowledge(knowledge))));
      expect(restored).toEqual(knowledge);
      expect(knowledgeSchema.safeParse(restored).success).toBe(true);
    }
  });

  it("stores each sentence's text once", () => {
    const compact = JSON.stringify(compactKnowledge(conflictCorpus()));
    expect(compact.split("four of its soldiers died").length - 1).toBe(1);
  });
});
